// officeAfter: is the name that ends at this offset followed by its office, set off by a comma, a dash or a
// bracket? "ông Nguyễn Đức Chung, Chủ tịch UBND TP Hà Nội", "Bà Trần Lưu Hoa – Trưởng phòng Giáo dục", "ông
// Nguyễn Đức Chung (Chủ tịch UBND Thành phố Hà Nội)": the words the rules read as titles (lexicons/vi/titles.json).

import { tokenize } from '../../tokenize.js';
import { TITLES } from '../lexicon-vi.js';

/** What sets an apposition off: a comma, a dash or an opening bracket, with the spaces around it. */
const SEPARATOR = String.raw`\s*(?:,|-|–|—|\()\s*`;
/** The text right after the name, up to the office. */
const APPOSITION = new RegExp(`^${SEPARATOR}`, 'u');
/** The whole gap between the name and the office, as the rules' tokens leave it (mentions-vi.ts). */
export const APPOSITION_GAP = new RegExp(`^${SEPARATOR}$`, 'u');

/** Longest office we look at, in characters. */
const LOOK_AHEAD = 64;

export function officeAfter(text: string, end: number): boolean {
  const sep = APPOSITION.exec(text.slice(end, end + 4));
  if (!sep) return false;
  const from = end + sep[0].length;
  const tokens = tokenize(text, from, Math.min(text.length, from + LOOK_AHEAD));
  return tokens.length > 0 && tokens[0].start === from && TITLES.matchAt(text, tokens, 0) !== undefined;
}
