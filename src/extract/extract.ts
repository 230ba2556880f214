// Extraction of one document: the language decides the extractor.

import { eld } from 'eld/small';
import type { Doc, Extraction, Lang } from '../types.js';
import { extractEn } from './en/extract-en.js';
import { extractVi } from './vi/extract-vi.js';
import { combineMentions } from './vi/ner/combine-mentions.js';
import { tagVi } from './vi/ner/tag-vi.js';

const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Vietnamese or English. Vietnamese letters decide quickly; eld decides the rest. */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, 2000);
  const vi = sample.match(VI_LETTERS)?.length ?? 0;
  if (vi >= 5) return 'vi';
  const r = eld.detect(sample);
  return r.language === 'vi' ? 'vi' : 'en';
}

export function extract(doc: Doc, lang: Lang = detectLang(doc.text.slice(doc.bodyStart))): Extraction {
  if (lang === 'en') return extractEn(doc);
  const spans = tagVi(doc.text.slice(doc.bodyStart)).map((s) => ({ ...s, start: s.start + doc.bodyStart, end: s.end + doc.bodyStart }));
  const x = extractVi(doc, spans.filter((s) => s.type === 'PERSON'));
  return combineMentions(doc.text, x, spans);
}
