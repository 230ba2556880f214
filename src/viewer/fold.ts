// Folding for search and highlighting: case and diacritics ignored, đ folds to d.
// "Tập Cận Bình" → "tap can binh", "Đà Nẵng" → "da nang".

/** Folds one string: lower case, no combining marks, đ → d. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * Folds `text` and keeps, for every position of the folded string, the position in `text` it came
 * from, so that a match found in the folded text maps back to the original characters.
 * `origin` has one more entry than `folded` (its end maps to text.length).
 */
export function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}
