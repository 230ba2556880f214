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

/**
 * The index as written: a list per field, the n-th item of each about the n-th file (read and written three
 * times faster than an object per file: 35k files on the vi bench), the segments by number, the problems only
 * where there are some.
 */
interface IndexFile {
  ids: string[];
  stat: string[];
  hash: string[];
  /** Index into `segs`, or -1: no stored result. */
  seg: number[];
  segs: string[];
  off: number[];
  len: number[];
  problems: Record<number, Problem[]>;
}

export function loadIndex(cache: string): FileIndex {
  const index: FileIndex = new Map();
  try {
    const f = JSON.parse(readFileSync(indexPath(cache), 'utf8')) as IndexFile | Record<string, IndexEntry>;
    // an object per file: what builds before this form wrote
    if (!Array.isArray(f.ids)) return new Map(Object.entries(f as Record<string, IndexEntry>));
    const { ids, stat, hash, seg, segs, off, len, problems } = f as IndexFile;
    for (let i = 0; i < ids.length; i++) {
      const e: IndexEntry = { stat: stat[i], hash: hash[i], problems: problems[i] ?? [] };
      if (seg[i] >= 0) Object.assign(e, { seg: segs[seg[i]], off: off[i], len: len[i] });
      index.set(ids[i], e);
    }
    return index;
  } catch {
    return new Map();
  }
}

export function indexJson(index: FileIndex): string {
  const f: IndexFile = { ids: [], stat: [], hash: [], seg: [], segs: [], off: [], len: [], problems: {} };
  const segNumber = new Map<string, number>();
  for (const [id, e] of index) {
    const i = f.ids.push(id) - 1;
    f.stat.push(e.stat);
    f.hash.push(e.hash);
    if (e.problems.length > 0) f.problems[i] = e.problems;
    let s = -1;
    if (e.seg !== undefined) {
      s = segNumber.get(e.seg) ?? -1;
      if (s < 0) segNumber.set(e.seg, (s = f.segs.push(e.seg) - 1));
    }
    f.seg.push(s);
    f.off.push(e.off ?? 0);
    f.len.push(e.len ?? 0);
  }
  return JSON.stringify(f);
}
