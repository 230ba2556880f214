// Test corpora made from the default corpus: `copies` copies of each article under other names, each
// with its own last line so that none is a duplicate of another.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

export function copiesOfCorpus(dir: string, copies: number): number {
  const names = readdirSync(DEFAULT_CORPUS).filter((n) => /\.(txt|md)$/.test(n));
  const texts = names.map((n) => readFileSync(join(DEFAULT_CORPUS, n)));
  for (let c = 0; c < copies; c++) {
    const sub = join(dir, `copy-${String(c).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    names.forEach((n, i) => writeFileSync(join(sub, n), Buffer.concat([texts[i], Buffer.from(`\n\n(copy ${c})\n`)])));
  }
  return copies * names.length;
}
