// Extraction of one document: the language decides the extractor.

import { eld } from 'eld/small';
import type { Doc, Extraction, Lang, Mention } from '../types.js';
import { extractEn } from './en/extract-en.js';
import { extractVi } from './vi/extract-vi.js';
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
  // places and organizations the rules did not reach, from the statistical tagger
  const taken = x.mentions.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  const free = (s: { start: number; end: number }) => !taken.some(([a, b]) => a < s.end && s.start < b);
  const extra: Mention[] = [];
  for (const s of spans) {
    if ((s.type === 'LOCATION' || s.type === 'ORGANIZATION') && free(s)) {
      extra.push({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), kind: s.type === 'LOCATION' ? 'location' : 'organization' });
    }
  }
  if (extra.length === 0) return x;
  // keep meeting participant indexes valid: new mentions go to the end
  return { ...x, mentions: [...x.mentions, ...extra] };
}
