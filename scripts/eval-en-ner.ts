// Scratch: English NER on ../shared/eval/conll2003-ner/dev.jsonl (read at run time, never copied).
// npx tsx scripts/eval-en-ner.ts [--errors N] [--kind PER]
import { readFileSync } from 'node:fs';
import { splitSentencesEn } from '../src/extract/en/sentences.js';
import { findNamesEn } from '../src/extract/en/names.js';
import { scoreNer, type GoldNerDoc } from '../src/eval/ner.js';

const file = new URL('../../shared/eval/conll2003-ner/dev.jsonl', import.meta.url);
const gold = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldNerDoc);
const t0 = performance.now();
const { perKind, errors } = scoreNer(gold, (text) => findNamesEn(text, splitSentencesEn(text)), {
  person: 'PER', country: 'LOC', location: 'LOC', organization: 'ORG',
});
const ms = performance.now() - t0;
for (const [k, s] of Object.entries(perKind)) {
  console.log(`${k}\tP ${s.precision.toFixed(3)}\tR ${s.recall.toFixed(3)}\tF1 ${s.f1.toFixed(3)}\t(tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
}
console.log(`${gold.length} docs in ${ms.toFixed(0)} ms`);
const arg = (n: string) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
const nErr = Number(arg('--errors') ?? 0);
const kind = arg('--kind');
const errs = errors.filter((e) => !kind || e.kind === kind);
for (const e of errs.slice(0, nErr)) {
  const g = gold.find((d) => d.doc === e.doc)!;
  const ctx = g.text.slice(Math.max(0, e.start - 40), e.end + 40).replace(/\n/g, ' | ');
  console.log(`${e.error}\t${e.kind}\t${e.text}\t… ${ctx}`);
}
