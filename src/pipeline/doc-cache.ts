// The per-document cache of incremental builds: one JSON file per document result, keyed by the document's
// id, the hash of its text and the extractor version, inside the output folder (<out>/.cache/<version>/).
// Files are written to a temporary name and renamed, so a killed build never leaves a half-written entry.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The cache folder of extractor `version` inside output folder `out`. */
export function cacheDir(out: string, version: string): string {
  return join(out, '.cache', version);
}

function entryPath(dir: string, id: string, hash: string): string {
  const key = createHash('sha256').update(id).update('\0').update(hash).digest('hex');
  return join(dir, key.slice(0, 2), `${key.slice(2)}.json`);
}

/** The cached result (DocResult JSON) of document `id` with text hash `hash`, or undefined. */
export function readCachedJson(dir: string, id: string, hash: string): string | undefined {
  try {
    return readFileSync(entryPath(dir, id, hash), 'utf8');
  } catch {
    return undefined;
  }
}

/** Stores the result (DocResult JSON) of document `id` with text hash `hash` (errors are ignored: the cache is optional). */
export function writeCachedJson(dir: string, id: string, hash: string, json: string): void {
  const path = entryPath(dir, id, hash);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(tmp, json);
    renameSync(tmp, path);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** Removes the caches of other extractor versions (after a successful build with `version`). */
export function removeOtherVersions(out: string, version: string): void {
  let names: string[];
  try {
    names = readdirSync(join(out, '.cache'));
  } catch {
    return;
  }
  for (const name of names) if (name !== version) rmSync(join(out, '.cache', name), { recursive: true, force: true });
}
