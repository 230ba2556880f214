// Vietnamese tone-mark placement made consistent, in the traditional style: "hòa", "thủy", "khỏe"
// (not "hoà", "thuỷ", "khoẻ"). The traditional style is what the press mostly writes: 38 to 0 in the
// Vietnamese articles of ../shared/eval/meetings-dev, and about 100,000 to 40 in vi-news-2017.
// Only open syllables change: in "hoàng", "toán", "quyết" both styles put the mark on the second vowel.

/** o or u followed by a, e or y carrying a tone mark (NFC): the new-style spelling of oa, oe, uy. */
const NEW_STYLE = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]/g;
const LETTER = /[\p{L}\p{M}]/u;
const VOWEL = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]/;
const PAIRS: Record<string, string> = { o: 'ae', O: 'AE', u: 'y', U: 'Y' };

/**
 * Moves the tone mark of the open syllables "oa", "oe", "uy" to their first vowel: "hoà" → "hòa",
 * "Thuỵ Điển" → "Thụy Điển", "KHOẺ" → "KHỎE"; "quý", "hoàng", "khuỷu" stay. Expects NFC; keeps the
 * length of the string (each change swaps one letter for one letter), so offsets are unchanged.
 */
export function normalizeTones(s: string): string {
  NEW_STYLE.lastIndex = 0;
  if (!NEW_STYLE.test(s)) return s;
  return s.replace(NEW_STYLE, (m: string, at: number) => {
    const first = m[0];
    const d = m[1].normalize('NFD');
    const base = d[0];
    const mark = d.slice(1);
    if (!PAIRS[first].includes(base)) return m;
    const next = s[at + 2];
    if (next !== undefined && LETTER.test(next)) return m; // a closed or longer syllable: "hoàng", "ngoài"
    const prev = s[at - 1];
    if (prev !== undefined && VOWEL.test(prev.normalize('NFD')[0])) return m; // not the start of the rhyme
    if ((first === 'u' || first === 'U') && (prev === 'q' || prev === 'Q')) return m; // "quý": qu + y
    return (first + mark).normalize('NFC') + base;
  });
}
