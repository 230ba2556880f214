// Extraction of one document in a language already known: the language decides the extractor.

import type { Doc, Extraction, Lang } from '../types.js';
import { extractEn } from './en/extract-en.js';
import { extractVi } from './vi/extract-vi.js';
import { combineMentions } from './vi/ner/combine-mentions.js';
import { tagVi } from './vi/ner/tag-vi.js';

export function extractAs(doc: Doc, lang: Lang): Extraction {
  if (lang === 'en') return extractEn(doc);
  const spans = tagVi(doc.text.slice(doc.bodyStart)).map((s) => ({ ...s, start: s.start + doc.bodyStart, end: s.end + doc.bodyStart }));
  const x = extractVi(doc, spans.filter((s) => s.type === 'PERSON'));
  return combineMentions(doc.text, x, spans);
}
