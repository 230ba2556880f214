// Extraction of one document: its language detected, then the extractor of that language (extract-as.ts).

import { eld } from 'eld/small';
import type { Doc, Extraction, Lang } from '../types.js';
import { clearlyVietnamese, langSample } from './clearly-vietnamese.js';
import { extractAs } from './extract-as.js';

/** Vietnamese or English. Vietnamese letters decide quickly; eld decides the rest. */
export function detectLang(text: string): Lang {
  if (clearlyVietnamese(text)) return 'vi';
  const r = eld.detect(langSample(text));
  return r.language === 'vi' ? 'vi' : 'en';
}

export function extract(doc: Doc, lang: Lang = detectLang(doc.text.slice(doc.bodyStart))): Extraction {
  return extractAs(doc, lang);
}
