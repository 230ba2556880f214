// Extraction and resolution of one document: pure.
import { detectLang } from '../extract/extract.js';
import type { Doc, DocResult, Extraction } from '../types.js';
import { processDocAs } from './process-doc-as.js';

export function processDoc(doc: Doc): { extraction: Extraction; result: DocResult } {
  return processDocAs(doc, detectLang(doc.text.slice(doc.bodyStart)));
}
