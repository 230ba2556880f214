// The shared state of one sentence while Vietnamese extraction claims its words: tokens, what
// each token was claimed as (a person, an office, a country…), name candidates and dates.

import type { SentenceSpan } from '../sentences.js';
import type { Token } from '../tokenize.js';
import type { DateExpr } from './dates-vi.js';

export type Claim =
  | { kind: 'person'; mention: number }
  | { kind: 'title'; text: string; start: number; end: number }
  | { kind: 'honorific' }
  | { kind: 'country'; mention: number; code: string }
  | { kind: 'location'; mention: number; country?: string }
  | { kind: 'organization'; mention: number; country?: string };

export interface Sentence extends SentenceSpan {
  tokens: Token[];
  claims: (Claim | undefined)[];
  /** name candidates not accepted yet: token ranges */
  pending: { first: number; last: number }[];
  dates: DateExpr[];
}

/** The text between token i-1 and token i. */
export function gapAt(text: string, tokens: Token[], i: number): string {
  return text.slice(tokens[i - 1].end, tokens[i].start);
}

export function claimRange(s: Sentence, first: number, last: number, c: Claim): void {
  for (let k = first; k < last; k++) s.claims[k] = c;
}

export function free(s: Sentence, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (s.claims[k]) return false;
  return true;
}
