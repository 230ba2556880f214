// The wire writes its headlines in title case, acronyms too: "Ussr Buys More U.S. Wheat", "Opec Output Rises". A
// headline's word of two to five letters that the story writes in capitals is that acronym: the country or
// organization the story's own mention of it is (not a place "Ussr" or a person "Opec"); one that is a country's
// acronym ("Ussr", "Uk") is that country even where the story writes its name.

import type { Mention } from '../../types.js';
import { findCountries } from '../countries.js';

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}{1,4}$/u;

/** Where the headline ends: the first line's end, or the second's after a line with nothing but the date. */
function headlineEnd(text: string): number {
  const first = text.indexOf('\n');
  if (first < 0) return text.length;
  if (!/^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*$/u.test(text.slice(0, first))) return first;
  const second = text.indexOf('\n', first + 1);
  return second < 0 ? text.length : second;
}

/** `mentions`, the headline's title-cased acronyms read as the story reads them. */
export function headlineAcronyms(text: string, mentions: Mention[]): Mention[] {
  const end = headlineEnd(text);
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
