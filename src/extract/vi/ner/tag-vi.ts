// tagVi: Vietnamese named entities (PERSON, LOCATION, ORGANIZATION, MISCELLANEOUS) as depth-0
// spans the way VLSP 2018 annotates them. The model ships in models/vi-ner.bin.gz at the
// repository root and is read synchronously on the first call (the same relative path works
// from src/extract/vi/ner under vitest/tsx and from dist/extract/vi/ner after tsc).

import { readFileSync } from 'node:fs';
import { eventNames } from './event-names.js';
import { joinOrgPlace } from './join-org-place.js';
import { decodeModel, type NerModel } from './model.js';
import { commonWordAt } from './common-word-at.js';
import { retype } from './retype.js';
import { splitCountry } from './split-country.js';
import { tagWith } from './tag-with.js';
import { withPlaceWord } from './with-place-word.js';
import type { NerSpan } from './tags.js';

export type { NerSpan, NerType } from './tags.js';

const QUOTE = /["'“”‘’«»]/u;

/** "AT&⟦T⟧": a name starts at a word's start, not after a letter, digit or "&" glued to it. */
const GLUED_BEFORE = /[\p{L}\p{N}&]/u;
const startsInsideWord = (text: string, start: number): boolean => start > 0 && GLUED_BEFORE.test(text[start - 1]);

/** A span without the quotation marks the tagger sometimes takes into it ("anh ⟦Chí”⟧"). */
function trimQuotes(text: string, s: NerSpan): NerSpan {
  let { start, end } = s;
  while (start < end && QUOTE.test(text[start])) start++;
  while (end > start && QUOTE.test(text[end - 1])) end--;
  return start === s.start && end === s.end ? s : { ...s, start, end };
}

export const MODEL_URL = new URL('../../../../models/vi-ner.bin.gz', import.meta.url);

let model: NerModel | undefined;

export function loadViNerModel(): NerModel {
  model ??= decodeModel(readFileSync(MODEL_URL));
  return model;
}

/**
 * Depth-0 entity spans of a Vietnamese text, left to right, with offsets into `text`: the tagger's, typed
 * once per name (retype.ts), a country cut off the name it starts (split-country.ts), an organization joined with
 * the place that ends its name (join-org-place.ts), a place with the word before it that says what it is
 * (with-place-word.ts), an event's name miscellaneous (event-names.ts), without common words spelt like names (common-word-at.ts).
 */
export function tagVi(text: string): NerSpan[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return eventNames(text, withPlaceWord(text, joinOrgPlace(text, splitCountry(text, retype(text, tagWith(loadViNerModel(), text)))))).map((s) => trimQuotes(text, s)).filter((s) => s.end > s.start && !startsInsideWord(text, s.start) && !commonWordAt(text, s.start, s.end));
}
