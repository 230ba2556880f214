// extendWords: "⟦Bộ Kế hoạch và Đầu⟧ tư", "⟦Bộ Thương⟧ mại" — the tagger learns most words of an
// organization's name outside names, in lower case, and often ends the name before the second, lower-case
// syllable of its last word. A place or organization that ends in a capitalised syllable takes in the
// lower-case syllable after it when the two are one word of the training text (their pointwise mutual
// information at least 4: "đầu tư", "thương mại", "thống kê"; not "nội hôm").

import { hashLower, pairKey } from './features.js';
import type { IntTable } from './int-table.js';
import type { NerSpan } from './tags.js';

const LOWER_WORD = /^ (\p{Ll}+)(?![\p{L}\p{N}])/u;
const UPPER_START = /^\p{Lu}/u;

export function extendWords(text: string, spans: NerSpan[], pairs: IntTable): NerSpan[] {
  if (pairs.size === 0) return spans;
  return spans.map((s, i) => {
    if (s.type !== 'ORGANIZATION' && s.type !== 'LOCATION') return s;
    const last = text.lastIndexOf(' ', s.end - 1) + 1;
    const from = Math.max(last, s.start);
    if (!UPPER_START.test(text.slice(from, from + 1))) return s;
    const next = LOWER_WORD.exec(text.slice(s.end, s.end + 12));
    if (!next) return s;
    const end = s.end + 1 + next[1].length;
    if (i + 1 < spans.length && spans[i + 1].start < end) return s;
    const key = pairKey(hashLower(text, from, s.end), hashLower(text, s.end + 1, end));
    return pairs.get(key) >= 2 ? { ...s, end } : s;
  });
}
