// Extraction and resolution of one document in a language already known: pure.
import { extractAs } from '../extract/extract-as.js';
import { resolveDoc } from '../resolve/resolve-doc.js';
import type { Doc, DocResult, Extraction, Lang } from '../types.js';

export function processDocAs(doc: Doc, lang: Lang): { extraction: Extraction; result: DocResult } {
  const extraction = extractAs(doc, lang);
  return { extraction, result: resolveDoc(extraction, doc.text) };
}
