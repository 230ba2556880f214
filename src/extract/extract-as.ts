// Extraction of one document in a language already known: the language decides the extractor.

import type { Doc, Extraction, Lang } from '../types.js';
import { extractEn } from './en/extract-en.js';
import { extractVietnamese } from './vi/extract-vietnamese.js';

export function extractAs(doc: Doc, lang: Lang): Extraction {
  return lang === 'en' ? extractEn(doc) : extractVietnamese(doc);
}
