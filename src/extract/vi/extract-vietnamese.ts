// Extraction of a Vietnamese document: the tagger's spans, the rules given the tagger's people, and the two
// combined.

import type { Doc, Extraction } from '../../types.js';
import { extractVi } from './extract-vi.js';
import { combineMentions } from './ner/combine-mentions.js';
import { tagVi, type NerSpan } from './ner/tag-vi.js';

export function extractVietnamese(doc: Doc): Extraction {
  // offsets from the body's to the document's (the span written out: a spread with fields after it took
  // V8's slow path, ~1 µs a span)
  const b = doc.bodyStart;
  const spans = tagVi(doc.text.slice(b)).map((s): NerSpan => ({ start: s.start + b, end: s.end + b, type: s.type }));
  const x = extractVi(doc, spans.filter((s) => s.type === 'PERSON'));
  return combineMentions(doc.text, x, spans);
}
