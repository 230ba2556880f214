// Which tokens the tagger has to look at. Most of a Vietnamese article is lower-case syllables far
// from any capitalised word, digit or foreign script, and the model (almost) never puts an entity there:
// the entities it finds hold such a "marked" token, with at most a few lower-case syllables before it
// ("sân bay quốc tế Kennedy"), after it ("Phòng CSGT đường bộ") or between two of them ("Trung tâm
// điều hành giao thông đô thị Hà Nội"). Tokens outside those reaches are tagged O without computing
// their features or emissions (the bulk of the tagger's time); tag-with.ts decodes the rest in
// stretches that start and end next to an O, which gives the tags a whole-line decode gives whenever
// that decode puts O on the skipped tokens. It does not in 12 of 3,121 bench and VLSP dev articles:
// lower-case-only names ("thị xã"), and names running on for many lower-case syllables.
// Two kinds of marked token reach less: a number only the two words before it ("quận 3"), and a
// capitalised word that opens a sentence and never begins or lies in a name of the training news
// ("Theo", "Trong": the model's `openers`) none at all. That leaves 53% of the bench's tokens to
// score instead of 68%, and changed 3 of its first 3,000 extractions.

import { charClass, DIGIT, LOWER, PUNCT, UPPER } from './chars.js';
import { hashLower, opensSentence } from './features.js';
import { IntTable } from './int-table.js';
import type { Syllables } from './syllables.js';

/** Tokens looked at before and after a marked token, and the longest gap between two marked tokens bridged. */
export const REACH_BEFORE = 4;
export const REACH_AFTER = 5;
export const BRIDGE = 10;
/** Tokens looked at before a token of digits. */
export const DIGITS_BEFORE = 2;

const NONE = 0;
/** A token of digits: names hold few, but a lower-case place may end on one ("quận 3", "quốc lộ 13"). */
const DIGITS = 1;
const MARKED = 2;

/** How a token marks the tokens around it. A capitalised opener ("Theo", "Trong") marks none: VLSP's training news never has it in a name. */
function markOf(text: string, syl: Syllables, i: number, openers: IntTable): number {
  const from = syl.start[i], to = syl.end[i];
  let digits = false;
  for (let j = from; j < to; j++) {
    const k = charClass[text.charCodeAt(j)];
    if (k === DIGIT) digits = true;
    else if (k !== LOWER && k !== PUNCT) {
      if (openers.size > 0 && k === UPPER && isLowerFrom(text, j + 1, to) && opensSentence(text, syl, i) && openers.get(hashLower(text, from, to)) === 1) return NONE;
      return MARKED;
    }
  }
  return digits ? DIGITS : NONE;
}

function isLowerFrom(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (charClass[text.charCodeAt(j)] !== LOWER) return false;
  return true;
}

const NO_OPENERS = new IntTable(1);

/** Sets out[i] = 1 for the tokens to tag, 0 for those that are O whatever their features. */
export function tokensToTag(text: string, syl: Syllables, out: Uint8Array, openers: IntTable = NO_OPENERS): void {
  const n = syl.n;
  out.fill(0, 0, n);
  let prev = -1; // the last marked token
  for (let i = 0; i < n; i++) {
    const mark = markOf(text, syl, i, openers);
    if (mark === NONE) continue;
    if (mark === DIGITS) {
      for (let j = Math.max(0, i - DIGITS_BEFORE); j <= i; j++) out[j] = 1;
      continue;
    }
    const gap = i - prev - 1;
    // the lower-case stretch since the last marked token: all of it when short, else its two ends
    const from = prev >= 0 && gap <= BRIDGE ? prev + 1 : Math.max(prev + 1, i - REACH_BEFORE);
    for (let j = from; j <= i; j++) out[j] = 1;
    if (prev >= 0) for (let j = prev + 1; j <= prev + REACH_AFTER && j < i; j++) out[j] = 1;
    prev = i;
  }
  if (prev >= 0) for (let j = prev + 1; j <= prev + REACH_AFTER && j < n; j++) out[j] = 1;
  // a glued token shares its tag with the one before: never cut between them
  const { glued } = syl;
  for (let i = n - 1; i > 0; i--) if (glued[i] && out[i]) out[i - 1] = 1;
  for (let i = 1; i < n; i++) if (glued[i] && out[i - 1]) out[i] = 1;
}

/** Tokens added at a time when an entity reaches a skipped token. */
export const WIDEN = 3;

/**
 * When a decoded stretch [a, b) of the line [from, to) has an entity touching a skipped token, that
 * entity may go on: marks up to WIDEN skipped tokens on the side(s) given, in toTag and in `fresh`
 * (the tokens whose features are still to compute). Returns the first token of the widened stretch.
 */
export function widen(syl: Syllables, toTag: Uint8Array, fresh: Uint8Array, from: number, to: number,
  a: number, b: number, left: boolean, right: boolean): number {
  const mark = (i: number) => { if (!toTag[i]) { toTag[i] = 1; fresh[i] = 1; } };
  let lo = a;
  if (left) {
    lo = Math.max(from, a - WIDEN);
    while (lo > from && syl.glued[lo]) lo--;
    for (let i = lo; i < a; i++) mark(i);
  }
  if (right) {
    let hi = Math.min(to, b + WIDEN);
    while (hi < to && syl.glued[hi]) hi++;
    for (let i = b; i < hi; i++) mark(i);
  }
  while (lo > from && toTag[lo - 1]) lo--;
  return lo;
}
