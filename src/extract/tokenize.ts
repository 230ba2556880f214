// Word tokens with offsets. A word is a run of letters, combining marks and digits;
// everything between two words (spaces, punctuation) is the gap the matchers look at.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** text.toLowerCase(), filled in by the first case-insensitive matcher that needs it */
  lower?: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of text[from, to), in order, with offsets into text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    tokens.push({ start: m.index, end, text: text.slice(m.index, end) });
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
