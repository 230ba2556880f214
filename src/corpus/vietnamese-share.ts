// How much of a text reads as Vietnamese: the share of its non-ASCII words that are well-formed
// Vietnamese syllables. Used to tell the right legacy decoding from mojibake.
import parts from './vi-syllable-parts.json' with { type: 'json' };

const alt = (xs: string[]) => xs.join('|');
const SYLLABLE = new RegExp(
  `^(?:${alt(parts.onsets)})?(?:(?:${alt(parts.closable)})(?:${alt(parts.finals)})|(?:${alt(parts.open)}))$`,
);
/** The five tone marks as combining characters (the vowel marks ˆ ˘ ơ ư stay). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Words are split at white space and punctuation (non-ASCII symbols stay inside, so mojibake stays visible). */
const SEPARATORS = /[\s!-/:-@[-`{-~\u00a0\u2010-\u2027\u00ab\u00bb]+/;
const NON_ASCII = /[^\x00-\x7f]/;

/** True when `word` is one Vietnamese syllable with at most one tone mark ("Quốc", "nghiêng", "hòa"). */
export function isVietnameseSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  const bare = d.replace(TONES, '');
  if (d.length - bare.length > 1) return false;
  return SYLLABLE.test(bare.normalize('NFC'));
}

/**
 * Share (0..1) of the words with a non-ASCII character that are Vietnamese syllables, over the first
 * `sample` characters, and how many such words there were.
 */
export function vietnameseShare(text: string, sample = 20_000): { share: number; words: number } {
  let words = 0;
  let good = 0;
  for (const w of text.slice(0, sample).normalize('NFC').split(SEPARATORS)) {
    if (!NON_ASCII.test(w)) continue;
    words++;
    if (isVietnameseSyllable(w)) good++;
  }
  return { share: words === 0 ? 0 : good / words, words };
}
