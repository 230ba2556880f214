// Extraction and resolution of one document: pure.
import { extract } from '../extract/extract.js';
import { resolveDoc } from '../resolve/resolve-doc.js';
import type { Doc, DocResult, Extraction } from '../types.js';

export function processDoc(doc: Doc): { extraction: Extraction; result: DocResult } {
  const extraction = extract(doc);
  return { extraction, result: resolveDoc(extraction, doc.text) };
}
