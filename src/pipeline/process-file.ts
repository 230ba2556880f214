// One corpus file to what the graph needs from it: read and decode it, then extract and resolve (or take
// the result from the cache). Pure apart from reading the file and the cache: run in worker threads.
// The result travels as JSON text: cheaper between threads than a structured clone, and what the cache holds.

import { readDoc } from '../corpus/read-doc.js';
import type { Problem } from '../types.js';
import { readCachedJson, writeCachedJson } from './doc-cache.js';

export interface FileTask {
  path: string;
  id: string;
}

export interface FileResult {
  id: string;
  /** The DocResult as JSON; absent when the file was skipped. */
  json?: string;
  /** sha256 of the document's text (for duplicates). */
  hash?: string;
  problems: Problem[];
  /** true when the result came from the cache. */
  cached?: boolean;
}

// Loaded on the first cache miss: a rebuild from the cache never loads the extractors and their models.
let processDoc: typeof import('./process-doc.js').processDoc | undefined;

/** Reads, decodes and processes one file; `cache` is the cache folder to read and fill, if any. */
export async function processFile(task: FileTask, cache?: string): Promise<FileResult> {
  const r = readDoc(task.path, task.id);
  if (!r.doc || !r.hash) return { id: task.id, problems: r.problems };
  if (cache) {
    const hit = readCachedJson(cache, task.id, r.hash);
    if (hit !== undefined) return { id: task.id, json: hit, hash: r.hash, problems: r.problems, cached: true };
  }
  processDoc ??= (await import('./process-doc.js')).processDoc;
  const json = JSON.stringify(processDoc(r.doc).result);
  if (cache) writeCachedJson(cache, task.id, r.hash, json);
  return { id: task.id, json, hash: r.hash, problems: r.problems };
}
