// Vietnamese tone-mark placement made consistent, in the traditional style: "hòa", "thủy", "khỏe"
// (not "hoà", "thuỷ", "khoẻ"). The traditional style is what the press mostly writes: 38 to 0 in the
// Vietnamese articles of ../shared/eval/meetings-dev, and about 100,000 to 40 in vi-news-2017.
// Only open syllables change: in "hoàng", "toán", "quyết" both styles put the mark on the second vowel.

/**
 * o or u followed by a, e or y carrying a tone mark (NFC), at the end of a word: the new-style spelling of
 * open oa, oe, uy. The lookahead (Latin letters and marks) keeps "hoàn", "toán" from matching at all, which
 * halves the time on real text; the replacer checks the rest exactly.
 */
const NEW_STYLE = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![A-Za-z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff])/g;
const LETTER = /[\p{L}\p{M}]/u;
const VOWEL = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]/;

/** Each match of NEW_STYLE that is one of the rhymes oa, oe, uy, with the mark moved: "oà" → "òa". */
const SWAP = new Map<string, string>();
for (const first of 'oOuU') {
  for (const second of 'àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ') {
    const d = second.normalize('NFD');
    const base = d[0];
    if (!((first === 'o' || first === 'O') ? 'ae' : 'y').includes(base.toLowerCase())) continue; // "oỳ", "uà"
    SWAP.set(first + second, (first + d.slice(1)).normalize('NFC') + base);
  }
}

const isLetter = (c: string | undefined) => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(c);
};

/**
 * Moves the tone mark of the open syllables "oa", "oe", "uy" to their first vowel: "hoà" → "hòa",
 * "Thuỵ Điển" → "Thụy Điển", "KHOẺ" → "KHỎE"; "quý", "hoàng", "khuỷu" stay. Expects NFC; keeps the
 * length of the string (each change swaps one letter for one letter), so offsets are unchanged.
 * Returns `s` itself when nothing changes.
 */
export function normalizeTones(s: string): string {
  let changed = false;
  const out = s.replace(NEW_STYLE, (m: string, at: number) => {
    const swapped = SWAP.get(m);
    if (swapped === undefined) return m;
    if (isLetter(s[at + 2])) return m; // a closed or longer syllable: "hoàng", "ngoài"
    const prev = s[at - 1];
    if (prev !== undefined && VOWEL.test(prev.normalize('NFD')[0])) return m; // not the start of the rhyme
    if ((prev === 'q' || prev === 'Q') && (m[0] === 'u' || m[0] === 'U')) return m; // "quý": qu + y
    changed = true;
    return swapped;
  });
  return changed ? out : s;
}
