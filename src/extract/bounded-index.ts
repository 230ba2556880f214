// indexOf and lastIndexOf within bounds. A search for a comma, a bracket or a line break from every
// mention or cue of a document that has none ran over the whole document each time: quadratic on a
// long article with no line breaks (a 1 MB one took 31 s).

/** The first index of the one-character `ch` in text[start, end), or -1. */
export function indexIn(text: string, ch: string, start: number, end: number): number {
  const c = ch.charCodeAt(0);
  for (let i = Math.max(0, start), e = Math.min(end, text.length); i < e; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The last index of the one-character `ch` in text[start, end), or -1. */
export function lastIndexIn(text: string, ch: string, start: number, end: number): number {
  const c = ch.charCodeAt(0);
  for (let i = Math.min(end, text.length) - 1; i >= Math.max(0, start); i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}
