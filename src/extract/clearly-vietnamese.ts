// The quick half of language detection: text with Vietnamese letters is Vietnamese, without loading a
// language detector (eld takes ~0.35 s to load; most documents never need it).

const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** The part of a text that language detection looks at. */
export const langSample = (text: string) => text.slice(0, 2000);

/** Whether the text's sample has at least 5 letters only Vietnamese uses. */
export function clearlyVietnamese(text: string): boolean {
  return (langSample(text).match(VI_LETTERS)?.length ?? 0) >= 5;
}
