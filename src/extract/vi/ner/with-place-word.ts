// withPlaceWord: "thành phố ⟦New York⟧", "cồn ⟦Bình Thủy⟧" — VLSP annotates a place with the lower-case
// word that says what kind of place it is, and the tagger leaves that word out where it is rare or the
// name foreign. A place right after such a word (placeWords in words.json, chosen from the training
// news) starts at the word.

import { PLACE_WORD_BEFORE } from '../lexicon-vi.js';
import type { NerSpan } from './tags.js';

export function withPlaceWord(text: string, spans: readonly NerSpan[]): NerSpan[] {
  return spans.map((s, i) => {
    if (s.type !== 'LOCATION') return s;
    const m = PLACE_WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 14), s.start));
    if (!m) return s;
    const start = s.start - m[1].length - 1;
    return i > 0 && spans[i - 1].end > start ? s : { ...s, start };
  });
}
