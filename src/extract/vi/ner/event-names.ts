// eventNames: "⟦FA Cup⟧", "⟦Australian Open⟧", "⟦SEA Games⟧" — a name of two words or more that ends in an
// English word for an event, a tournament or a show is MISCELLANEOUS, as VLSP tags it (28 of the 31 such
// names of the training news; the others are the journal "BMJ Open" and two tour companies), whatever the
// tagger typed it: its first words are often a place or a person ("Australian", "Oprah Winfrey").

import { EVENT_LAST_WORDS } from '../lexicon-vi.js';
import type { NerSpan } from './tags.js';

export function eventNames(text: string, spans: readonly NerSpan[]): NerSpan[] {
  return spans.map((s) => {
    if (s.type === 'MISCELLANEOUS') return s;
    const at = text.lastIndexOf(' ', s.end - 1);
    return at > s.start && EVENT_LAST_WORDS.has(text.slice(at + 1, s.end)) ? { ...s, type: 'MISCELLANEOUS' } : s;
  });
}
