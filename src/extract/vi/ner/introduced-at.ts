// introducedAt: does an office or an honorific end right before this offset, on the same line?
// "bà ⟦Nam⟧", "Thứ trưởng ⟦Đông⟧", "HLV ⟦Steve Kerr⟧": the words the rules read as titles
// (lexicons/vi/titles.json), matched case-insensitively.

import { tokenize } from '../../tokenize.js';
import { HONORIFICS_LOWER, TITLES } from '../lexicon-vi.js';
import { lastIndexIn } from '../../bounded-index.js';

/** Longest office we look back for, in characters ("Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc"). */
const LOOK_BACK = 64;

export function introducedAt(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  let from = Math.max(0, start - LOOK_BACK);
  const nl = lastIndexIn(text, '\n', from, start);
  if (nl >= 0) from = nl + 1;
  const tokens = tokenize(text, from, start - 1);
  const n = tokens.length;
  if (n === 0 || tokens[n - 1].end !== start - 1) return false;
  if (HONORIFICS_LOWER.has(tokens[n - 1].text.toLowerCase())) return true;
  for (let i = 0; i < n; i++) {
    const t = TITLES.matchAt(text, tokens, i);
    if (t && t.last === n) return true;
  }
  return false;
}
