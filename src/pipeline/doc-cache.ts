// The cache of incremental builds lives in the output folder, one folder per extractor version
// (<out>/.cache/<version>/): results of another version of the extractor are never read.

import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The cache folder of extractor `version` inside output folder `out`. */
export function cacheDir(out: string, version: string): string {
  return join(out, '.cache', version);
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
