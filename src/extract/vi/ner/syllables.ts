// Syllable tokens: a run of letters, marks and digits, or one other non-space character
// (a surrogate pair counts as one). VLSP entity boundaries fall on these token boundaries.

import { charClass, DIGIT, isWordClass, LOWER, SPACE, SURROGATE } from './chars.js';

export interface Syllables {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** 1 when a line break lies between this token and the one before it (or it is the first). */
  lineStart: Uint8Array;
  /**
   * 1 when the token is glued to the one before it and shares its tag: the hyphen and the
   * lower-case syllable after it in a transliterated word ("Vla-đi-mia", "Pu-tin", "Mát-xcơ-va").
   */
  glued: Uint8Array;
}

export function syllables(text: string): Syllables {
  const len = text.length;
  let cap = Math.max(16, len >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let lineStart = new Uint8Array(cap);
  let n = 0;
  let newLine = 1;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const k = charClass[c];
    if (k === SPACE) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) newLine = 1;
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordClass(k)) {
      while (j < len && isWordClass(charClass[text.charCodeAt(j)])) j++;
    } else if (k === SURROGATE && c < 0xdc00 && j < len) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap); s2.set(start); start = s2;
      const e2 = new Int32Array(cap); e2.set(end); end = e2;
      const l2 = new Uint8Array(cap); l2.set(lineStart); lineStart = l2;
    }
    start[n] = i;
    end[n] = j;
    lineStart[n] = newLine;
    newLine = 0;
    n++;
    i = j;
  }
  const glued = new Uint8Array(n);
  for (let k = 1; k + 1 < n; k++) {
    if (text.charCodeAt(start[k]) !== 45 || end[k] - start[k] !== 1) continue;
    if (end[k - 1] !== start[k] || end[k] !== start[k + 1]) continue;
    if (!isWordClass(charClass[text.charCodeAt(start[k - 1])])) continue;
    const next = charClass[text.charCodeAt(start[k + 1])];
    if (next !== LOWER && next !== DIGIT) continue;
    glued[k] = 1;
    glued[k + 1] = 1;
  }
  return { n, start, end, lineStart, glued };
}
