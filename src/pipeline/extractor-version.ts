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

/** A short hex hash of the files at `paths` (folders: every file in them, but source maps), named from the package root. */
export function hashOfFiles(paths: string[]): string {
  const list: string[] = [];
  for (const p of paths) files(p, list);
  const h = createHash('sha256');
  for (const f of list) h.update(f.slice(PACKAGE_ROOT.length)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

let cached: string | undefined;

/** A short hex hash naming the extractor's code, data and model as they are on disk now. */
export function extractorVersion(): string {
  cached ??= hashOfFiles([...PARTS.map((p) => join(CODE_ROOT, p)), ...EXTRA]);
  return cached;
}
