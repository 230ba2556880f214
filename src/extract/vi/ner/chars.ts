// Character tables for the tagger: one lookup per UTF-16 code unit instead of a regular
// expression per character. Built once at load from Unicode properties.

/** Code-unit classes. */
export const SPACE = 0;
export const LOWER = 1;
export const UPPER = 2;
export const DIGIT = 3;
/** Letters without case (CJK, Thai, …) and combining marks: part of a word. */
export const OTHER_LETTER = 4;
export const PUNCT = 5;
export const SURROGATE = 6;

export const charClass = new Uint8Array(65536);
/** The lower-case code unit, or the unit itself when lower-casing it is not one unit. */
export const lowerCode = new Uint16Array(65536);

for (let c = 0; c < 65536; c++) {
  const ch = String.fromCharCode(c);
  const low = ch.toLowerCase();
  lowerCode[c] = low.length === 1 ? low.charCodeAt(0) : c;
  if (c >= 0xd800 && c <= 0xdfff) charClass[c] = SURROGATE;
  else if (/\s/u.test(ch)) charClass[c] = SPACE;
  else if (/\p{Nd}/u.test(ch)) charClass[c] = DIGIT;
  else if (/\p{Lu}|\p{Lt}/u.test(ch)) charClass[c] = UPPER;
  else if (/\p{Ll}/u.test(ch)) charClass[c] = LOWER;
  else if (/[\p{L}\p{M}\p{N}]/u.test(ch)) charClass[c] = OTHER_LETTER;
  else charClass[c] = PUNCT;
}

/** True for classes that make up words. */
export const isWordClass = (k: number): boolean => k >= LOWER && k <= OTHER_LETTER;
