// The version of the extractor, for the per-document cache: a hash of the package version, the code that
// turns a document into a DocResult (extract/, resolve/, corpus/) and the form it is cached in
// (pipeline/compact-result), the language data (lexicons/) and the NER models (models/). Any change to one of
// them gives a new version, so cached results are never stale.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Beside the running code: src/ under tsx or vitest, dist/ when compiled.
const CODE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PARTS = ['corpus', 'extract', 'resolve', 'lexicons', 'types.js', 'types.ts', 'pipeline/compact-result.js', 'pipeline/compact-result.ts'];
const EXTRA = [join(PACKAGE_ROOT, 'package.json'), join(PACKAGE_ROOT, 'models'), join(PACKAGE_ROOT, 'src/lexicons')];

function files(path: string, out: string[]): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) files(join(path, name), out);
  } else if (!path.endsWith('.map')) out.push(path);
}

let cached: string | undefined;

/** A short hex hash naming the extractor's code, data and model as they are on disk now. */
export function extractorVersion(): string {
  if (cached) return cached;
  const list: string[] = [];
  for (const p of PARTS) files(join(CODE_ROOT, p), list);
  for (const p of EXTRA) files(p, list);
  const h = createHash('sha256');
  for (const f of list) h.update(f.slice(PACKAGE_ROOT.length)).update('\0').update(readFileSync(f)).update('\0');
  cached = h.digest('hex').slice(0, 16);
  return cached;
}
