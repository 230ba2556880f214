// Word tokens with offsets. A word is a run of letters, combining marks and digits;
// everything between two words (spaces, punctuation) is the gap the matchers look at.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** text.toLowerCase(), filled in by the first case-insensitive matcher that needs it */
  lower?: string;
  /** Gazetteer word numbers of text and lower (-2: not looked up yet), valid while idsAt is the word count (gazetteer.ts). */
  id?: number;
  lowerId?: number;
  idsAt?: number;
}

import { charClass, isWordClass, lowerCode, SURROGATE } from './vi/ner/chars.js';

/** Letters, marks and numbers outside the BMP (checked one code point at a time: they are rare). */
const ASTRAL_WORD = /^[\p{L}\p{M}\p{N}]$/u;

/** Length in code units of the word character at text[i] (a surrogate pair is one), 0 when it is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = charClass[c];
  if (k !== SURROGATE) return isWordClass(k) ? 1 : 0;
  if (c >= 0xdc00 || i + 1 >= text.length) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return ASTRAL_WORD.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** Code units that toLowerCase() changes (İ too, whose lower case is two units). */
const CASED = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (lowerCode[c] !== c || String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c)) CASED[c] = 1;

/** t.text.toLowerCase(), kept on the token; most words are lower-case already and are their own lower case. */
export function lowerOf(t: Token): string {
  if (t.lower !== undefined) return t.lower;
  const w = t.text;
  let cased = false;
  for (let i = 0; i < w.length && !cased; i++) cased = CASED[w.charCodeAt(i)] === 1;
  t.lower = cased ? w.toLowerCase() : w;
  return t.lower;
}

/** The words of text[from, to), in order, with offsets into text: runs of [\p{L}\p{M}\p{N}], scanned by table. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    for (let v = 0; i < to && (v = wordCharAt(text, i)) > 0; ) i += v;
    const end = Math.min(i, to);
    // every field present from the start: one object shape for all tokens, whatever fills them in later
    tokens.push({ start, end, text: text.slice(start, end), lower: undefined, id: -2, lowerId: -2, idsAt: -1 });
  }
  return tokens;
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = word[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
