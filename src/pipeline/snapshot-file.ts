// The snapshot of the last build's graph (graph/graph-snapshot.ts), in the cache folder.

import { readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../export/write-atomic.js';
import { readSnapshotFile, SNAPSHOT, snapshotFile, type Snapshot } from '../graph/graph-snapshot.js';

/** The snapshot in `cache`; undefined when there is none or it cannot be read. */
export function readSnapshot(cache: string): Snapshot | undefined {
  try {
    return readSnapshotFile(readFileSync(join(cache, SNAPSHOT)));
  } catch {
    return undefined;
  }
}

/** Writes `snapshot` into `cache` (none: removes the one there). */
export async function writeSnapshot(cache: string, snapshot: Snapshot | undefined): Promise<void> {
  if (snapshot) {
    const pieces = snapshotFile(snapshot);
    await writeFileAtomic(join(cache, SNAPSHOT), { writeTo: async (fd: number) => void pieces.forEach((p) => writeSync(fd, p)) });
  } else rmSync(join(cache, SNAPSHOT), { force: true });
}
