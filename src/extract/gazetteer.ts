// A phrase gazetteer over word tokens: longest match of known phrases, word-aligned.
// Phrases are split into words the way tokenize() splits text; between two words the text must
// hold the phrase's own separator ("Trung-Nga", "U.S.") or white space where the phrase has a space.

import { tokenize, type Token } from './tokenize.js';

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
  words: string[];
  /** separators between words, normalized (white space → " ") */
  gaps: string[];
  /** text that must follow the last word, e.g. the final "." of "U.S." */
  tail: string;
  value: V;
}

const normGap = (s: string) => s.replace(/\s+/gu, ' ');

export class Gazetteer<V> {
  private byFirst = new Map<string, Entry<V>[]>();
  constructor(private readonly caseSensitive = true) {}

  private key(word: string): string {
    return this.caseSensitive ? word : word.toLowerCase();
  }

  /** The lookup key of a token, its lower case computed once and kept on the token. */
  private tokenKey(t: Token): string {
    return this.caseSensitive ? t.text : (t.lower ??= t.text.toLowerCase());
  }

  add(phrase: string, value: V): this {
    const words = tokenize(phrase);
    if (words.length === 0) return this;
    const gaps: string[] = [];
    for (let i = 1; i < words.length; i++) gaps.push(normGap(phrase.slice(words[i - 1].end, words[i].start)));
    const tail = phrase.slice(words[words.length - 1].end).trim();
    const entry: Entry<V> = { words: words.map((w) => this.key(w.text)), gaps, tail, value };
    const list = this.byFirst.get(entry.words[0]) ?? [];
    list.push(entry);
    // longest first, so the first entry that matches is the longest
    list.sort((a, b) => b.words.length - a.words.length || b.tail.length - a.tail.length);
    this.byFirst.set(entry.words[0], list);
    return this;
  }

  /** The entry matching at token i, longest first; undefined when none. */
  matchAt(text: string, tokens: Token[], i: number): GazetteerMatch<V> | undefined {
    const list = this.byFirst.get(this.tokenKey(tokens[i]));
    if (!list) return undefined;
    outer: for (const e of list) {
      if (i + e.words.length > tokens.length) continue;
      for (let k = 1; k < e.words.length; k++) {
        const t = tokens[i + k];
        if (this.tokenKey(t) !== e.words[k]) continue outer;
        if (normGap(text.slice(tokens[i + k - 1].end, t.start)) !== e.gaps[k - 1]) continue outer;
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
      const m = this.matchAt(text, tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      } else i++;
    }
    return out;
  }
}
