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
import { GAZ_COUNTRY, GAZ_EN_PLACE, GAZ_PLACE, GAZ_VN_DISTRICT, GAZETTEER } from './gazetteer-flags.js';
import { SURNAME_ENDING } from '../lexicon-vi.js';
import { hashWord } from './features.js';
import type { NerSpan, NerType } from './tags.js';
import { lastIndexIn } from '../../bounded-index.js';

/** What a gazetteer knowing a name as a place says (gazetteer-flags.ts). */
const KNOWN_PLACE = GAZ_COUNTRY | GAZ_PLACE | GAZ_EN_PLACE | GAZ_VN_DISTRICT;

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
  const nl = lastIndexIn(text, '\n', at - 40, at);
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

/**
 * Receives one feature: the concatenation of its parts. nameFeatures collects the strings (for training);
 * retype only hashes them and looks the hash up in the model, without building a string.
 */
type AddFeature = (a: string, b?: string, c?: string, d?: string) => void;

/** Calls add() with each feature of one name of a document, from its text and all its mentions' spans (repeats included). */
function eachFeature(text: string, name: string, mentions: readonly NerSpan[], names: ReadonlyMap<string, NerSpan[]> | undefined, add: AddFeature): void {
  add('bias');
  const syl = name.split(/[\s\-–]+/u).filter(Boolean);
  const lower = syl.map((s) => s.toLowerCase());
  const viet = syl.filter(isVietnameseSyllable).length;
  const shape = viet === syl.length ? 'viet' : viet === 0 ? 'foreign' : 'mixed';
  const n = String(Math.min(syl.length, 5));
  add('n=', n);
  add('shape=', shape);
  add('shape=', shape, '&n=', n);
  for (const w of lower) add('w=', w);
  add('first=', lower[0]);
  add('last=', lower[lower.length - 1]);
  if (/^[\p{Lu}\d&.\-]+$/u.test(name) && name.length > 1) add('acronym');
  if (/\d/u.test(name)) add('digit');
  if (shape !== 'viet' && /s$/u.test(lower[lower.length - 1])) add('ends-s');
  add('gaz=', String(GAZETTEER.get(hashWord(lower.join(' '))) ?? 0));
  // what compromise's English lexicon knows of a foreign name: "Nancy" a first name, "Denver Nuggets" a team
  if (shape !== 'viet') {
    add('en=', englishClass(lower.join(' ')) ?? '-');
    for (const w of lower) {
      const c = englishClass(w);
      if (c) add('enw=', c);
    }
    add('enlast=', englishClass(lower[lower.length - 1]) ?? '-');
  }
  for (let i = 0; i < syl.length; i++) {
    const g = GAZETTEER.get(hashWord(lower[i]));
    if (g) add('gazword=', String(g));
  }
  const votes = new Map<NerType, number>();
  for (const m of mentions) {
    votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
    const before = wordsBefore(text, m.start, 2);
    add('p1=', before[0] ?? '^');
    if (before.length > 1) add('p2=', before[1], ' ', before[0]);
    add('n1=', wordAfter(text, m.end));
  }
  const major = majority(mentions);
  add('major=', major);
  add('major=', major, '&shape=', shape);
  add('major=', major, '&n=', n);
  for (const t of votes.keys()) add('vote=', t);
  if (votes.size > 1) add('mixed');
  // a shorter form of a longer name of the document ("Bout" after "Viktor Bout", "Hoa" after "Phạm Thị Hoa")
  if (names) for (const f of shorterForms(names).get(name) ?? []) add('in=', f);
  add('count=', String(mentions.length >= 4 ? 4 : mentions.length));
}

const formsOf = new WeakMap<ReadonlyMap<string, NerSpan[]>, Map<string, string[]>>();

/**
 * For each text that is a shorter form of names of the document, what those names say of it, in their
 * order: their majority type and whether it is their head or their tail ("PERSON&tail" for "Bout" of
 * "Viktor Bout"). A form is a run of whole words (cut at spaces) found first there by indexOf.
 */
function shorterForms(names: ReadonlyMap<string, NerSpan[]>): Map<string, string[]> {
  let forms = formsOf.get(names);
  if (forms) return forms;
  forms = new Map();
  for (const [other, group] of names) {
    const major = majority(group);
    for (let i = 0; i < other.length; i++) {
      if (i > 0 && other[i - 1] !== ' ') continue;
      for (let j = i + 1; j <= other.length; j++) {
        if ((j < other.length && other[j] !== ' ') || (i === 0 && j === other.length)) continue;
        const form = other.slice(i, j);
        if (other.indexOf(form) !== i) continue;
        const list = forms.get(form);
        const f = `${major}&${i === 0 ? 'head' : 'tail'}`;
        if (list) list.push(f);
        else forms.set(form, [f]);
      }
    }
  }
  formsOf.set(names, forms);
  return forms;
}

/** The features of one name of a document, from its text and all its mentions' spans, each once. */
export function nameFeatures(text: string, name: string, mentions: readonly NerSpan[], names?: ReadonlyMap<string, NerSpan[]>): string[] {
  const f = new Set<string>();
  eachFeature(text, name, mentions, names, (a, b = '', c = '', d = '') => f.add(a + b + c + d));
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

/**
 * The model's features by two 32-bit hashes of their text (FNV-1a with two different primes and offsets):
 * a name is scored by hashing its features' parts, so no feature string is built. A feature the model
 * does not know adds nothing, as in scoreClasses; a known one counts once per name (`seen`).
 */
interface HashedModel {
  mask: number;
  /** open addressing: slot → feature index + 1 (0: empty) */
  slots: Int32Array;
  h1: Int32Array;
  h2: Int32Array;
  weights: Float32Array;
  seen: Int32Array;
  stamp: number;
}

const H1 = 0x811c9dc5, P1 = 0x01000193, H2 = 0x9747b28c | 0, P2 = 0x5bd1e995;
let a1 = 0, a2 = 0;
function hashPart(part: string): void {
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    a1 = Math.imul(a1 ^ c, P1);
    a2 = Math.imul(a2 ^ c, P2);
  }
}

function hashedModel(model: TypeModel): HashedModel {
  const size = model.weights.size;
  let cap = 16;
  while (cap < size * 2) cap *= 2;
  const m: HashedModel = { mask: cap - 1, slots: new Int32Array(cap), h1: new Int32Array(size), h2: new Int32Array(size), weights: new Float32Array(size * CLASSES.length), seen: new Int32Array(size), stamp: 0 };
  let k = 0;
  for (const [f, w] of model.weights) {
    a1 = H1; a2 = H2;
    hashPart(f);
    m.h1[k] = a1; m.h2[k] = a2;
    m.weights.set(w.subarray(0, CLASSES.length), k * CLASSES.length);
    let i = a1 & m.mask;
    while (m.slots[i] !== 0) i = (i + 1) & m.mask;
    m.slots[i] = k + 1;
    k++;
  }
  return m;
}

const hashed = new WeakMap<TypeModel, HashedModel>();

/** scoreClasses(model, nameFeatures(…)), without building the features' strings. */
function scoreName(model: TypeModel, text: string, name: string, mentions: readonly NerSpan[], names: ReadonlyMap<string, NerSpan[]>): Float32Array {
  let m = hashed.get(model);
  if (!m) hashed.set(model, (m = hashedModel(model)));
  const hm = m;
  const stamp = ++hm.stamp;
  const s = new Float32Array(CLASSES.length);
  eachFeature(text, name, mentions, names, (a, b, c, d) => {
    a1 = H1; a2 = H2;
    hashPart(a);
    if (b !== undefined) hashPart(b);
    if (c !== undefined) hashPart(c);
    if (d !== undefined) hashPart(d);
    for (let i = a1 & hm.mask; hm.slots[i] !== 0; i = (i + 1) & hm.mask) {
      const k = hm.slots[i] - 1;
      if (hm.h1[k] !== a1 || hm.h2[k] !== a2) continue;
      if (hm.seen[k] === stamp) return;
      hm.seen[k] = stamp;
      for (let t = 0, o = k * CLASSES.length; t < CLASSES.length; t++) s[t] += hm.weights[o + t];
      return;
    }
  });
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
    const s = scoreName(model, text, name, group, names);
    let best = 0;
    for (let c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
    const own = CLASSES.indexOf(majority(group));
    const type = s[best] - s[own] > model.margin ? CLASSES[best] : CLASSES[own];
    // a foreign family name by its ending ("Sevastova"), which the model may type by the team or firm words around it
    const surname = (type === 'ORGANIZATION' || type === 'LOCATION') && SURNAME_ENDING.test(name) && (GAZETTEER.get(hashWord(name)) & KNOWN_PLACE) === 0;
    typeOf.set(name, surname ? 'PERSON' : type);
  }
  const out: NerSpan[] = [];
  for (const s of spans) {
    const t = typeOf.get(text.slice(s.start, s.end))!;
    if (t !== 'NONE') out.push(t === s.type ? s : { ...s, type: t });
  }
  return out;
}
