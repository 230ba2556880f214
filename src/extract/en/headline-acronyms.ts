// The wire writes its headlines in title case, acronyms too: "Ussr Buys More U.S. Wheat", "Opec Output Rises". A
// headline's word of two to five letters that the story writes in capitals is that acronym: the country or
// organization the story's own mention of it is (not a place "Ussr" or a person "Opec"); one that is a country's
// acronym ("Ussr", "Uk") is that country even where the story writes its name.

import type { Mention } from '../../types.js';
import { findCountries } from '../countries.js';

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}{1,4}$/u;

/** Where the headline ends: the end of the first line of text after the date line (`bodyStart`, corpus/date-line.ts). */
function headlineEnd(text: string, bodyStart: number): number {
  let from = bodyStart;
  while (from < text.length && /\s/u.test(text[from])) from++;
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** `mentions`, the headline's title-cased acronyms read as the story reads them. */
export function headlineAcronyms(text: string, bodyStart: number, mentions: Mention[]): Mention[] {
  const end = headlineEnd(text, bodyStart);
  const inStory = new Map<string, Mention>();
  for (const m of mentions) if (m.start >= end && !m.nested && !inStory.has(m.text)) inStory.set(m.text, m);
  return mentions.map((m) => {
    if (m.end > end || !TITLE_CASE_WORD.test(m.text)) return m;
    const upper = m.text.toUpperCase();
    // the story may name the country otherwise ("Soviet Union"): a country's acronym is that country anyway
    const story = inStory.get(upper) ?? findCountries(upper, 'en').find((c) => c.text === upper);
    if (!story || (story.kind !== 'country' && story.kind !== 'organization')) return m;
    const read: Mention = { start: m.start, end: m.end, text: m.text, kind: story.kind };
    if (story.entity !== undefined) read.entity = story.entity;
    if (story.country !== undefined) read.country = story.country;
    return read;
  });
}
