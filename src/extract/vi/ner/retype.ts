// retype: the second, document-level look at the tagger's entities. The tagger decides each
// mention from a few words around it, so the same name gets different types in one article, and a
// team, a company or a province often reads as a person ("Spurs", "Digiworld", "Valenciennes").
// Here every distinct name of the document is typed once, from all its mentions together: its
// syllables, the words around each mention, what the project's gazetteers know of it and how the
// tagger voted. A name can also be judged no entity at all (NONE) and dropped.
// The weights come from scripts/train-vi-types.ts (cross-validated tagger output on ../shared/train).

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { englishClass } from '../../english-class.js';
import { isVietnameseSyllable } from '../syllable.js';
import { charClass, isWordClass, SPACE } from './chars.js';
import { GAZETTEER } from './gazetteer-flags.js';
import { hashWord } from './features.js';
import type { NerSpan, NerType } from './tags.js';

export const CLASSES = ['PERSON', 'LOCATION', 'ORGANIZATION', 'MISCELLANEOUS', 'NONE'] as const;
export type TypeClass = (typeof CLASSES)[number];

/**
 * Feature name → one weight per class, and how much better than the tagger's own type (its majority
 * over the name's mentions) another class must score to replace it (chosen by cross-validation).
 */
export interface TypeModel {
  weights: Map<string, Float32Array>;
  margin: number;
}

export const TYPE_MODEL_URL = new URL('../../../../models/vi-types.json.gz', import.meta.url);

let shipped: TypeModel | undefined;

export function loadTypeModel(): TypeModel {
  if (shipped) return shipped;
  const json = JSON.parse(gunzipSync(readFileSync(TYPE_MODEL_URL)).toString('utf8')) as { margin: number; features: Record<string, number[]> };
  shipped = { margin: json.margin, weights: new Map(Object.entries(json.features).map(([k, w]) => [k, Float32Array.from(w)])) };
  return shipped;
}

const NEWLINE = 10;
const isWordAt = (text: string, i: number): boolean => isWordClass(charClass[text.charCodeAt(i)]);
const isSpaceAt = (text: string, i: number): boolean => charClass[text.charCodeAt(i)] === SPACE;

/**
 * Up to `n` words before `at` on the same line and within 40 characters, nearest first, lower-cased;
 * a punctuation mark right before the name comes first ("(Ảnh: X" gives ":", "ảnh").
 */
function wordsBefore(text: string, at: number, n: number): string[] {
  const nl = text.lastIndexOf('\n', at - 1);
  const from = Math.max(at - 40, nl + 1, 0);
  const out: string[] = [];
  let i = at - 1;
  for (let words = 0; words < n; words++) {
    while (i >= from && !isWordAt(text, i)) i--;
    if (i < from) break;
    const end = i + 1;
    while (i >= from && isWordAt(text, i)) i--;
    out.push(text.slice(i + 1, end).toLowerCase());
  }
  let k = at - 1;
  while (k >= from && isSpaceAt(text, k)) k--;
  if (k >= from && !isWordAt(text, k)) out.unshift(text[k]);
  return out;
}

/** The word or punctuation mark after `at` on the same line (within 30 characters), lower-cased; "$" when none. */
function wordAfter(text: string, at: number): string {
  const to = Math.min(text.length, at + 30);
  let i = at;
  while (i < to && isSpaceAt(text, i) && text.charCodeAt(i) !== NEWLINE) i++;
  if (i >= to || text.charCodeAt(i) === NEWLINE) return '$';
  if (!isWordAt(text, i)) return text[i];
  const start = i;
  while (i < to && isWordAt(text, i)) i++;
  return text.slice(start, i).toLowerCase();
}

// syllables repeat across a corpus: remember which are Vietnamese (bounded, cleared when full)
const vietnamese = new Map<string, boolean>();
function isViet(syllable: string): boolean {
  let v = vietnamese.get(syllable);
  if (v === undefined) {
    if (vietnamese.size > 50_000) vietnamese.clear();
    vietnamese.set(syllable, (v = isVietnameseSyllable(syllable)));
  }
  return v;
}

/** The features of one name of a document, from its text and all its mentions' spans. */
export function nameFeatures(text: string, name: string, mentions: readonly NerSpan[], names?: ReadonlyMap<string, NerSpan[]>): string[] {
  const f = new Set<string>(['bias']);
  const syl = name.split(/[\s\-–]+/u).filter(Boolean);
  const lower = syl.map((s) => s.toLowerCase());
  const viet = syl.filter(isViet).length;
  const shape = viet === syl.length ? 'viet' : viet === 0 ? 'foreign' : 'mixed';
  const n = Math.min(syl.length, 5);
  f.add(`n=${n}`);
  f.add(`shape=${shape}`);
  f.add(`shape=${shape}&n=${n}`);
  for (const w of lower) f.add(`w=${w}`);
  f.add(`first=${lower[0]}`);
  f.add(`last=${lower[lower.length - 1]}`);
  if (/^[\p{Lu}\d&.\-]+$/u.test(name) && name.length > 1) f.add('acronym');
  if (/\d/u.test(name)) f.add('digit');
  if (shape !== 'viet' && /s$/u.test(lower[lower.length - 1])) f.add('ends-s');
  f.add(`gaz=${GAZETTEER.get(hashWord(lower.join(' '))) ?? 0}`);
  // what compromise's English lexicon knows of a foreign name: "Nancy" a first name, "Denver Nuggets" a team
  if (shape !== 'viet') {
    f.add(`en=${englishClass(lower.join(' ')) ?? '-'}`);
    for (const w of lower) {
      const c = englishClass(w);
      if (c) f.add(`enw=${c}`);
    }
    f.add(`enlast=${englishClass(lower[lower.length - 1]) ?? '-'}`);
  }
  for (let i = 0; i < syl.length; i++) {
    const g = GAZETTEER.get(hashWord(lower[i]));
    if (g) f.add(`gazword=${g}`);
  }
  const votes = new Map<NerType, number>();
  for (const m of mentions) {
    votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
    const before = wordsBefore(text, m.start, 2);
    f.add(`p1=${before[0] ?? '^'}`);
    if (before.length > 1) f.add(`p2=${before[1]} ${before[0]}`);
    f.add(`n1=${wordAfter(text, m.end)}`);
  }
  const major = majority(mentions);
  f.add(`major=${major}`);
  f.add(`major=${major}&shape=${shape}`);
  f.add(`major=${major}&n=${n}`);
  for (const t of votes.keys()) f.add(`vote=${t}`);
  if (votes.size > 1) f.add('mixed');
  // a shorter form of a longer name of the document ("Bout" after "Viktor Bout", "Hoa" after "Phạm Thị Hoa")
  if (names) {
    for (const [other, group] of names) {
      if (other.length <= name.length) continue;
      const at = other.indexOf(name);
      if (at < 0 || (at > 0 && other[at - 1] !== ' ') || (at + name.length < other.length && other[at + name.length] !== ' ')) continue;
      f.add(`in=${majority(group)}&${at === 0 ? 'head' : 'tail'}`);
    }
  }
  const count = mentions.length >= 4 ? 4 : mentions.length;
  f.add(`count=${count}`);
  return [...f];
}

/** The type most of the mentions got (the first one's on a tie). */
export function majority(mentions: readonly NerSpan[]): NerType {
  const votes = new Map<NerType, number>();
  let best = mentions[0].type;
  for (const m of mentions) {
    const v = (votes.get(m.type) ?? 0) + 1;
    votes.set(m.type, v);
    if (v > (votes.get(best) ?? 0)) best = m.type;
  }
  return best;
}

/** Scores of each class for a feature list. */
export function scoreClasses(model: TypeModel, features: readonly string[]): Float32Array {
  const s = new Float32Array(CLASSES.length);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < s.length; c++) s[c] += w[c];
  }
  return s;
}

/** The spans grouped by their text. */
export function byName(text: string, spans: readonly NerSpan[]): Map<string, NerSpan[]> {
  const groups = new Map<string, NerSpan[]>();
  for (const s of spans) {
    const k = text.slice(s.start, s.end);
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  }
  return groups;
}

/** The tagger's spans with one type per name, from the document-level model; NONE names are dropped. */
export function retype(text: string, spans: readonly NerSpan[], model: TypeModel = loadTypeModel()): NerSpan[] {
  if (spans.length === 0) return [];
  const typeOf = new Map<string, TypeClass>();
  const names = byName(text, spans);
  for (const [name, group] of names) {
    const s = scoreClasses(model, nameFeatures(text, name, group, names));
    let best = 0;
    for (let c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
    const own = CLASSES.indexOf(majority(group));
    typeOf.set(name, s[best] - s[own] > model.margin ? CLASSES[best] : CLASSES[own]);
  }
  const out: NerSpan[] = [];
  for (const s of spans) {
    const t = typeOf.get(text.slice(s.start, s.end))!;
    if (t !== 'NONE') out.push(t === s.type ? s : { ...s, type: t });
  }
  return out;
}
