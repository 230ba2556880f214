// titleEndIn: where an office that starts before a span ends inside it. "Bộ trưởng Tư pháp ⟦Tư pháp Mỹ⟧":
// the tagger took the end of the office for part of a place; the office ends after "pháp".

import { tokenize } from '../../tokenize.js';
import { TITLES } from '../lexicon-vi.js';
import { lastIndexIn } from '../../bounded-index.js';

const LOOK_BACK = 64;

/** The end offset of an office that starts before `start` and ends inside (start, end); undefined when none. */
export function titleEndIn(text: string, start: number, end: number): number | undefined {
  let from = Math.max(0, start - LOOK_BACK);
  const nl = lastIndexIn(text, '\n', from, start);
  if (nl >= 0) from = nl + 1;
  const tokens = tokenize(text, from, end);
  for (let i = 0; i < tokens.length && tokens[i].start < start; i++) {
    const t = TITLES.matchAt(text, tokens, i);
    if (t && t.end > start && t.end < end) return t.end;
  }
  return undefined;
}

/** Whether [start, end) is an office and nothing else: "BLV", "PTT", which the tagger may read as organizations. */
export function isOffice(text: string, start: number, end: number): boolean {
  const tokens = tokenize(text, start, end);
  return tokens.length > 0 && TITLES.matchAt(text, tokens, 0)?.end === end;
}
