// Where an entity's names occur in an evidence sentence, ignoring case and diacritics, so that the
// Details panel can mark them. Pure: returns ranges into the sentence, never HTML.
import { fold, foldWithOrigin } from './fold.js';

export interface Piece {
  text: string;
  mark: boolean;
}

/** Non-overlapping [start, end) ranges of `text` where any of `names` occurs (longest names first). */
export function findNames(text: string, names: readonly string[]): [number, number][] {
  const { folded, origin } = foldWithOrigin(text);
  const wanted = [...new Set(names.map((n) => fold(n.trim())).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  const taken = new Array<boolean>(folded.length).fill(false);
  const ranges: [number, number][] = [];
  for (const name of wanted) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!isBoundary(folded, at - 1) || !isBoundary(folded, end)) continue;
      let free = true;
      for (let k = at; k < end && free; k++) free = !taken[k];
      if (!free) continue;
      for (let k = at; k < end; k++) taken[k] = true;
      ranges.push([origin[at], origin[end]]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** A name must not start or end inside a word: "Nga" is not marked inside "Ngay". */
function isBoundary(s: string, i: number): boolean {
  return i < 0 || i >= s.length || !/[\p{L}\p{N}]/u.test(s[i]);
}

/** The sentence cut into plain and marked pieces. */
export function highlight(text: string, names: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [s, e] of findNames(text, names)) {
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
