// Extraction of a Vietnamese document: the tagger's spans, the rules given the tagger's people, and the two
// combined.

import type { Doc, Extraction } from '../../types.js';
import { extractVi } from './extract-vi.js';
import { combineMentions } from './ner/combine-mentions.js';
import { tagVi } from './ner/tag-vi.js';

export function extractVietnamese(doc: Doc): Extraction {
  const spans = tagVi(doc.text.slice(doc.bodyStart)).map((s) => ({ ...s, start: s.start + doc.bodyStart, end: s.end + doc.bodyStart }));
  const x = extractVi(doc, spans.filter((s) => s.type === 'PERSON'));
  return combineMentions(doc.text, x, spans);
}
