// One corpus file to what the graph needs from it: read and decode it, then extract and resolve (unless its
// text is the one the cache holds a result for). Pure apart from reading the file: run in worker threads.
// The result travels as JSON text: cheaper between threads than a structured clone, and what the cache holds.

import { readDoc } from '../corpus/read-doc.js';
import { clearlyVietnamese } from '../extract/clearly-vietnamese.js';
import { resolveDoc } from '../resolve/resolve-doc.js';
import type { Doc, Extraction, Lang, Problem } from '../types.js';
import { encodeResult } from './compact-result.js';

export interface FileTask {
  path: string;
  id: string;
  /** The hash of the text the cache holds a result for: a file with this text is not processed again. */
  knownHash?: string;
}

export interface FileResult {
  id: string;
  /** The DocResult as compact JSON (compact-result.ts); absent when the file was skipped. */
  json?: string;
  /** sha256 of the document's text (for duplicates). */
  hash?: string;
  problems: Problem[];
  /** true when the result came from the cache. */
  cached?: boolean;
  /** true when the text's hash is the task's knownHash: `json` is absent, the cache has it. */
  unchanged?: boolean;
}

// Loaded on the first document that needs them: a rebuild from the cache never loads the extractors and their
// models; a Vietnamese corpus never loads compromise (~0.4 s of every worker's start), nor the language detector
// (eld, ~0.35 s) until a document's letters do not say it is Vietnamese.
const extractors: Partial<Record<Lang, (doc: Doc) => Extraction>> = {};
let detectLang: typeof import('../extract/extract.js').detectLang | undefined;

/** The language of a document, as processDoc detects it. */
async function langOf(doc: Doc): Promise<Lang> {
  const body = doc.text.slice(doc.bodyStart);
  if (clearlyVietnamese(body)) return 'vi';
  detectLang ??= (await import('../extract/extract.js')).detectLang;
  return detectLang(body);
}

/** The extractor of a language (extractAs'). */
async function extractorOf(lang: Lang): Promise<(doc: Doc) => Extraction> {
  return (extractors[lang] ??= lang === 'en' ? (await import('../extract/en/extract-en.js')).extractEn : (await import('../extract/vi/extract-vietnamese.js')).extractVietnamese);
}

/** Reads, decodes and processes one file. */
export async function processFile(task: FileTask): Promise<FileResult> {
  const r = readDoc(task.path, task.id);
  if (!r.doc || !r.hash) return { id: task.id, problems: r.problems };
  if (r.hash === task.knownHash) return { id: task.id, hash: r.hash, problems: r.problems, unchanged: true };
  const extract = await extractorOf(await langOf(r.doc));
  const json = encodeResult(resolveDoc(extract(r.doc), r.doc.text));
  return { id: task.id, json, hash: r.hash, problems: r.problems };
}
