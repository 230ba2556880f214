// One document, one reading: a name the tagger found once is the same name where it recurs,
// with the type most of its mentions got.
// Adds spans for untagged recurrences of tagged entity texts, and of the given name (last
// syllable) or the parts of a foreign person's name when they stand alone as a capitalised word.

import { charClass, isWordClass, UPPER } from './chars.js';
import type { NerSpan, NerType } from './tags.js';

/** Above this many names in a document, they are looked up in an index of its words (see tryAll). */
const MANY_NAMES = 64;

const isWordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isWordClass(charClass[text.charCodeAt(i)]);

/** Whether a capitalised word touches [s, e) across one space ("Hà" in "Hà Nội"). */
function capNeighbour(text: string, s: number, e: number): boolean {
  if (s >= 2 && text.charCodeAt(s - 1) === 32 && isWordAt(text, s - 2)) {
    let b = s - 2;
    while (b > 0 && isWordAt(text, b - 1)) b--;
    // a capitalised word that only starts the sentence ("Theo Hoa,") does not count
    let k = b - 1;
    while (k >= 0 && text.charCodeAt(k) === 32) k--;
    const startsSentence = k < 0 || '.!?:\n"“'.includes(text[k]);
    if (charClass[text.charCodeAt(b)] === UPPER && !startsSentence) return true;
  }
  if (e + 1 < text.length && text.charCodeAt(e) === 32 && charClass[text.charCodeAt(e + 1)] === UPPER) return true;
  return false;
}

export function propagate(text: string, spans: NerSpan[]): NerSpan[] {
  if (spans.length === 0) return spans;
  const full = new Map<string, Map<NerType, number>>();
  const part = new Map<string, number>();
  const vote = (m: Map<string, Map<NerType, number>>, k: string, t: NerType) => {
    const v = m.get(k) ?? new Map<NerType, number>();
    v.set(t, (v.get(t) ?? 0) + 1);
    m.set(k, v);
  };
  for (const s of spans) {
    const t = text.slice(s.start, s.end);
    vote(full, t, s.type);
    if (s.type === 'PERSON') {
      const words = t.split(' ');
      if (words.length >= 2) {
        const given = words[words.length - 1];
        if (given.length >= 2) part.set(given, (part.get(given) ?? 0) + 1);
      }
    }
  }
  // the same text keeps one type across the document: the majority's
  const best = (v: Map<NerType, number>): NerType => [...v].sort((a, b) => b[1] - a[1])[0][0];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const v = full.get(text.slice(s.start, s.end));
    if (v && v.size > 1) {
      const b = best(v);
      if ((v.get(b) ?? 0) > (v.get(s.type) ?? 0)) spans[k] = { ...s, type: b };
    }
  }
  const taken = new Uint8Array(text.length + 1);
  for (const s of spans) taken.fill(1, s.start, s.end);
  const added: NerSpan[] = [];
  const tryAt = (s: number, e: number, type: NerType, standalone: boolean) => {
    if (isWordAt(text, s - 1) || isWordAt(text, e)) return;
    if (taken[s] || taken[e - 1]) return;
    for (let i = s; i < e; i++) if (taken[i]) return;
    if (standalone && capNeighbour(text, s, e)) return;
    // not the hyphenated piece of a longer word ("Pu" of "Pu-tin")
    if (text.charCodeAt(e) === 45 && isWordAt(text, e + 1)) return;
    if (s > 0 && text.charCodeAt(s - 1) === 45 && isWordAt(text, s - 2)) return;
    taken.fill(1, s, e);
    added.push({ start: s, end: e, type });
  };
  // where a name is looked for: where its first word starts (tryAt takes no other place). A document of few
  // names searches the text once per name (indexOf is fast); one of many names, with the same result, looks
  // them up in an index of where each capitalised word starts, built once (a search per name grew with the
  // number of names times the length of the text: minutes for a few MB of sports news on one line)
  let wordStarts: Map<string, number[]> | undefined;
  const indexWords = (): Map<string, number[]> => {
    const starts = new Map<string, number[]>();
    for (let i = 0; i < text.length; i++) {
      if (!isWordAt(text, i) || isWordAt(text, i - 1) || charClass[text.charCodeAt(i)] !== UPPER) continue;
      let j = i;
      while (isWordAt(text, j)) j++;
      const w = text.slice(i, j);
      const l = starts.get(w);
      if (l) l.push(i);
      else starts.set(w, [i]);
      i = j;
    }
    return starts;
  };
  const tryAll = (t: string, type: NerType) => {
    if (full.size + part.size <= MANY_NAMES) {
      for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) tryAt(i, i + t.length, type, true);
      return;
    }
    wordStarts ??= indexWords();
    let j = 0;
    while (isWordAt(t, j)) j++;
    for (const i of wordStarts.get(t.slice(0, j)) ?? []) if (text.startsWith(t, i)) tryAt(i, i + t.length, type, true);
  };
  // longest names first
  for (const [t, v] of [...full].sort((a, b) => b[0].length - a[0].length)) {
    if (charClass[t.charCodeAt(0)] !== UPPER) continue;
    tryAll(t, best(v));
  }
  for (const [t] of part) {
    if (full.has(t) || charClass[t.charCodeAt(0)] !== UPPER) continue;
    tryAll(t, 'PERSON');
  }
  if (added.length === 0) return spans;
  return spans.concat(added).sort((a, b) => a.start - b.start);
}
