// What the last build learned about each file, to skip reading unchanged files on the next one (as git's
// index does): the file's size, modification and change times and inode, with its text hash and the
// problems reading it raised, and where its result is in the document store (doc-store.ts). A file whose
// stat differs is read again.

import type { Stats } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../types.js';
import type { Location } from './doc-store.js';

export interface IndexEntry extends Partial<Location> {
  stat: string;
  hash: string;
  problems: Problem[];
}

export type FileIndex = Map<string, IndexEntry>;

/** The part of a stat that changes when a file's content may have. */
export function statKey(st: Stats): string {
  return `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
}

export const indexPath = (cache: string) => join(cache, 'index.json');

export function loadIndex(cache: string): FileIndex {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(indexPath(cache), 'utf8')) as Record<string, IndexEntry>));
  } catch {
    return new Map();
  }
}

export function indexJson(index: FileIndex): string {
  return JSON.stringify(Object.fromEntries(index));
}
