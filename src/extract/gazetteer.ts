// A phrase gazetteer over word tokens: longest match of known phrases, word-aligned.
// Phrases are split into words the way tokenize() splits text; between two words the text must
// hold the phrase's own separator ("Trung-Nga", "U.S.") or white space where the phrase has a space.
// Matching runs at every token for a dozen gazetteers, so it is made cheap for the usual token that
// starts no phrase: every word of every phrase has a number (WORD_IDS), a token's number is looked up
// once and kept on the token, and a gazetteer finds its phrases by the number of their first word.

import { tokenize, type Token } from './tokenize.js';
import { lowerCode } from './vi/ner/chars.js';
import { IntTable } from './vi/ner/int-table.js';

export interface GazetteerMatch<V> {
  start: number;
  end: number;
  text: string;
  value: V;
  /** Index of the first and one past the last token matched. */
  first: number;
  last: number;
}

interface Entry<V> {
  /** the numbers of the phrase's words (WORD_IDS) */
  words: number[];
  /** separators between words, normalized (white space → " ") */
  gaps: string[];
  /** text that must follow the last word, e.g. the final "." of "U.S." */
  tail: string;
  value: V;
}

/** Every word of every gazetteer's phrases, as the gazetteer compares it (lower-cased or not) → its number. */
const WORD_IDS = new Map<string, number>();
/** The same words by number, and their numbers by hash: a token's number without a Map look-up of a new string. */
const WORDS: string[] = [];
const ID_BY_HASH = new IntTable(4096);
/** WORD_IDS.size, read on every match: a plain variable is cheaper than the Map's getter */
let wordCount = 0;
/** FIRST[id] is 1 when some gazetteer has a phrase whose first word is word `id` (grown as words are added) */
let FIRST = new Uint8Array(1024);

/** FNV-1a over the code units of `word`, each lower-cased as lowerCode does when `lower`. */
function hashOf(word: string, lower: boolean): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ (lower ? lowerCode[word.charCodeAt(i)] : word.charCodeAt(i)), 0x01000193);
  return h | 0;
}

/** Whether lowerCode maps `word` to `lower` unit by unit. */
function lowersTo(word: string, lower: string): boolean {
  if (word.length !== lower.length) return false;
  for (let i = 0; i < word.length; i++) if (lowerCode[word.charCodeAt(i)] !== lower.charCodeAt(i)) return false;
  return true;
}

/** Code units that toLowerCase() does not lower one by one as lowerCode does: "İ" (two units), "Σ" (final "ς"). */
const UNLIKE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (String.fromCharCode(c).toLowerCase().length !== 1) UNLIKE[c] = 1;
UNLIKE[0x3a3] = 1;

function hasUnlike(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (UNLIKE[word.charCodeAt(i)] === 1) return true;
  return false;
}

function wordId(word: string): number {
  let id = WORD_IDS.get(word);
  if (id === undefined) {
    id = wordCount++;
    WORD_IDS.set(word, id);
    WORDS.push(word);
    // a hash two words share keeps the first; idOf finds the second through WORD_IDS
    const h = hashOf(word, false);
    if (!ID_BY_HASH.has(h)) ID_BY_HASH.set(h, id);
  }
  return id;
}

/** The number of `word` (lower-cased first when `lower`), -1 when no gazetteer has it. */
function idOf(word: string, lower: boolean): number {
  const id = ID_BY_HASH.get(hashOf(word, lower), -1);
  if (id >= 0 && (lower ? lowersTo(word, WORDS[id]) : WORDS[id] === word)) return id;
  // rare: a hash two words share, or a lower case that lowerCode does not give
  if (id >= 0 || (lower && hasUnlike(word))) return WORD_IDS.get(lower ? word.toLowerCase() : word) ?? -1;
  return -1;
}

/** White space as /\s/u sees it, by code unit (all of it lies in the BMP). */
const SPACE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (/\s/u.test(String.fromCharCode(c))) SPACE[c] = 1;

const normGap = (s: string) => s.replace(/\s+/gu, ' ');

/** Whether normGap(text.slice(from, to)) === gap, without building the slice. */
function gapIs(text: string, from: number, to: number, gap: string): boolean {
  let k = 0;
  for (let i = from; i < to; ) {
    if (SPACE[text.charCodeAt(i)]) {
      if (gap.charCodeAt(k) !== 32) return false;
      k++;
      while (i < to && SPACE[text.charCodeAt(i)]) i++;
    } else {
      if (text.charCodeAt(i) !== gap.charCodeAt(k)) return false;
      i++;
      k++;
    }
  }
  return k === gap.length;
}

/**
 * The number of a token's word, -1 when no gazetteer has it. Kept on the token; numbers looked up before the word
 * list last grew are looked up again.
 */
function idOfToken(t: Token): number {
  if (t.idsAt !== wordCount) {
    t.idsAt = wordCount;
    t.id = idOf(t.text, false);
    t.lowerId = -2;
  }
  return t.id!;
}

/** The number of a token's lower-cased word, as idOfToken. */
function lowerIdOfToken(t: Token): number {
  idOfToken(t);
  if (t.lowerId === -2) t.lowerId = idOf(t.text, true);
  return t.lowerId!;
}

export class Gazetteer<V> {
  /** entries by the number of their first word (a plain array: read at every token, cheaper than a Map) */
  private byFirst: (Entry<V>[] | undefined)[] = [];
  /** hasFirst[id] is 1 when some phrase of this gazetteer begins with word `id`: findAll passes other tokens at once */
  private hasFirst = new Uint8Array(0);
  constructor(private readonly caseSensitive = true) {}

  private key(word: string): string {
    return this.caseSensitive ? word : word.toLowerCase();
  }

  /** The number of a token's word, or of its lower case when this gazetteer ignores case. */
  private tokenId(t: Token): number {
    return this.caseSensitive ? idOfToken(t) : lowerIdOfToken(t);
  }

  add(phrase: string, value: V): this {
    const words = tokenize(phrase);
    if (words.length === 0) return this;
    const gaps: string[] = [];
    for (let i = 1; i < words.length; i++) gaps.push(normGap(phrase.slice(words[i - 1].end, words[i].start)));
    const tail = phrase.slice(words[words.length - 1].end).trim();
    const entry: Entry<V> = { words: words.map((w) => wordId(this.key(w.text))), gaps, tail, value };
    while (this.byFirst.length < wordCount) this.byFirst.push(undefined);
    const first = entry.words[0];
    if (first >= FIRST.length) {
      const grown = new Uint8Array(Math.max(FIRST.length * 2, first + 1));
      grown.set(FIRST);
      FIRST = grown;
    }
    FIRST[first] = 1;
    if (first >= this.hasFirst.length) {
      const grown = new Uint8Array(Math.max(this.hasFirst.length * 2, first + 1, 64));
      grown.set(this.hasFirst);
      this.hasFirst = grown;
    }
    this.hasFirst[first] = 1;
    const list = (this.byFirst[first] ??= []);
    list.push(entry);
    // longest first, so the first entry that matches is the longest
    list.sort((a, b) => b.words.length - a.words.length || b.tail.length - a.tail.length);
    return this;
  }

  /**
   * Whether some phrase of some gazetteer may start at token i (by its word or its lower case): when not, no
   * matchAt there can match, and a caller trying several gazetteers at every token can skip it at once.
   */
  static mayStartAt(tokens: Token[], i: number): boolean {
    const t = tokens[i];
    const id = idOfToken(t);
    if (id >= 0 && FIRST[id] === 1) return true;
    const lower = lowerIdOfToken(t);
    return lower >= 0 && FIRST[lower] === 1;
  }

  /** Whether some phrase of this gazetteer begins with token i's word: when not, matchAt there finds nothing. */
  beginsAt(tokens: Token[], i: number): boolean {
    const id = this.tokenId(tokens[i]);
    return id >= 0 && id < this.hasFirst.length && this.hasFirst[id] === 1;
  }

  /** The entry matching at token i, longest first; undefined when none. */
  matchAt(text: string, tokens: Token[], i: number): GazetteerMatch<V> | undefined {
    const id = this.tokenId(tokens[i]);
    if (id < 0 || id >= this.byFirst.length) return undefined;
    const list = this.byFirst[id];
    if (!list) return undefined;
    outer: for (const e of list) {
      if (i + e.words.length > tokens.length) continue;
      for (let k = 1; k < e.words.length; k++) {
        const t = tokens[i + k];
        if (this.tokenId(t) !== e.words[k]) continue outer;
        if (!gapIs(text, tokens[i + k - 1].end, t.start, e.gaps[k - 1])) continue outer;
      }
      const lastTok = tokens[i + e.words.length - 1];
      let end = lastTok.end;
      if (e.tail) {
        if (text.startsWith(e.tail, end)) end += e.tail.length;
        else continue;
      }
      // the match must end at a word boundary (tokens guarantee that), and not run into more letters
      return { start: tokens[i].start, end, text: text.slice(tokens[i].start, end), value: e.value, first: i, last: i + e.words.length };
    }
    return undefined;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(text: string, tokens: Token[]): GazetteerMatch<V>[] {
    const out: GazetteerMatch<V>[] = [];
    for (let i = 0; i < tokens.length; ) {
      if (!this.beginsAt(tokens, i)) {
        i++;
        continue;
      }
      const m = this.matchAt(text, tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      } else i++;
    }
    return out;
  }
}
