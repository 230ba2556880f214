// commonWordAt: words spelt like a name that are common words where they stand.
// - "Anh" is England and a pronoun ("he", "you", "brother"), written with a capital at a sentence's
//   start or in respect: "Anh đã tổng kết là thế hệ 5 nhất", "hoàn cảnh của Anh nên…". The pronoun is
//   read where a word makes it one ("Anh hùng", "Anh ấy"), or where the article uses the lower-case
//   pronoun too and this mention is followed by a lower-case word and is not after a word that
//   introduces a place ("tại Anh", "nước Anh", "Ngoại hạng Anh") or a list mark ("Norwich, Anh").
//   On the training news this reads 65 of 112 untagged "Anh" as the pronoun and 4 of 131 countries wrongly.
// - A compass word after "phía", "hướng", "vùng"… is a direction ("ven biển phía Bắc"), not the region
//   "miền Bắc" or "phương Bắc": none of 61 "phía Bắc/Nam/Đông/Tây" of the training news is an entity.

import { DIRECTION_BEFORE, DIRECTIONS, PLACE_BEFORE, PRONOUN_AFTER, PRONOUN_COUNTRIES } from '../lexicon-vi.js';

const NEXT_WORD = /^ (\p{L}+)/u;

/** How many times (0, 1, 2 for more) `word` stands in `text` as a word of its own. */
function uses(text: string, word: string): number {
  let n = 0;
  const at = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu');
  while (n < 2 && at.exec(text)) n++;
  return n;
}

/** Whether text[start, end) is a common word that shares its spelling with a name. */
export function commonWordAt(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 20), start);
  if (DIRECTIONS.has(name)) return DIRECTION_BEFORE.test(before);
  if (!PRONOUN_COUNTRIES.has(name)) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 20))?.[1];
  if (next === undefined) return false;
  if (PRONOUN_AFTER.has(next.toLowerCase())) return true;
  if (next[0] === next[0].toUpperCase()) return false;
  if (PLACE_BEFORE.test(before) || /[,(\-–]\s*$/u.test(before)) return false;
  return uses(text, name.toLowerCase()) >= 2;
}
