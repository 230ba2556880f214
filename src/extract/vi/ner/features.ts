// Hashed features of every syllable token of a document: N_FEATURES row numbers per token
// (-1 where a template does not apply) into a weight table of 2^bits rows. Hashing is numeric
// (FNV-1a over code units, then integer mixing), so no feature strings are ever built.

import { charClass, lowerCode, LOWER, UPPER, DIGIT, PUNCT, isWordClass } from './chars.js';
import { IntTable } from './int-table.js';
import type { Syllables } from './syllables.js';

/** Bit flags a lexicon gives a lower-cased syllable. */
export const FAMILY = 1;
export const GIVEN = 2;
export const PERSON_CUE = 4;
export const LOCATION_CUE = 8;
export const ORGANIZATION_CUE = 16;
export const ORGANIZATION_HEAD = 32;
export const LOCATION_HEAD = 64;

/** Lower-cased syllable hash → lexicon flags. */
export type LexiconFlags = IntTable;

export const N_FEATURES = 36;

const BOS = 0x2b1d3a7;
const EOS = 0x5c4e1f9;

/** FNV-1a over the lower-cased code units of text[from, to). */
export function hashLower(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ lowerCode[text.charCodeAt(i)], 0x01000193);
  return h | 0;
}

/** The hash hashLower gives a whole string. */
export const hashWord = (word: string): number => hashLower(word, 0, word.length);

const mix = (h: number, x: number): number => {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return h ^ (h >>> 15);
};

/** The key of two adjacent lower-cased syllables in a table of word pairs ("đầu tư", "thống kê"). */
export const pairKey = (a: number, b: number): number => mix(mix(0x2545f491, a), b);

/** The row of feature template `id` with values a and b. */
function row(shift: number, id: number, a: number, b: number): number {
  let h = mix(mix(Math.imul(id, 0x01000193) + 0x3c6ef372, a), b);
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> shift;
}

const SENT_END = new Uint8Array(65536);
for (const c of [46, 33, 63, 58, 59, 8230, 34, 8220, 8221, 40, 91, 45, 8211, 8212, 42, 8226]) SENT_END[c] = 1;

/** True when token i starts a line or follows a sentence-ending mark, a colon, a quotation mark or a dash. */
export function opensSentence(text: string, syl: Syllables, i: number): boolean {
  if (syl.lineStart[i]) return true;
  return syl.end[i - 1] - syl.start[i - 1] === 1 && SENT_END[text.charCodeAt(syl.start[i - 1])] === 1;
}

// scratch arrays, grown as needed (the tagger is synchronous, so sharing them is safe)
let cap = 0;
let lw = new Int32Array(0);
let shape = new Int32Array(0);
let capKind = new Int32Array(0);
let sent = new Uint8Array(0);
let lineId = new Int32Array(0);
let chunkPos = new Int32Array(0);
let chunkLen = new Int32Array(0);
let chunkFirst = new Int32Array(0);
let chunkLast = new Int32Array(0);
let chunkBefore = new Int32Array(0);
let chunkAfter = new Int32Array(0);
let chunkBefore2 = new Int32Array(0);
let lexf = new Int32Array(0);
let docf = new Int32Array(0);
let groupStart = new Uint8Array(0);
let gaz = new Int32Array(0);
/** lower-cased word hash → how the document writes it (see featureRows) */
const docSeen = new IntTable(1024);

function grow(n: number): void {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 1024);
  lw = new Int32Array(cap); shape = new Int32Array(cap); capKind = new Int32Array(cap);
  sent = new Uint8Array(cap); lineId = new Int32Array(cap);
  chunkPos = new Int32Array(cap); chunkLen = new Int32Array(cap); chunkFirst = new Int32Array(cap);
  chunkLast = new Int32Array(cap); chunkBefore = new Int32Array(cap); chunkAfter = new Int32Array(cap); chunkBefore2 = new Int32Array(cap);
  lexf = new Int32Array(cap); docf = new Int32Array(cap); groupStart = new Uint8Array(cap); gaz = new Int32Array(cap);
}

const JOINERS = new Set([45, 46, 39, 8217, 38]); // - . ' ’ &

/**
 * Feature rows for each token: out[i * N_FEATURES + f]. `bits` is log2 of the number of rows.
 * `out` must hold syl.n * N_FEATURES entries. With `only`, rows are written for the tokens i with
 * only[i] set (the others' entries are left as they were; their neighbours still see them).
 */
export function featureRows(text: string, syl: Syllables, lex: LexiconFlags, bits: number, out: Int32Array,
  gazetteer?: IntTable, gazMax = 4, only?: Uint8Array): void {
  const n = syl.n;
  const { start, end } = syl;
  grow(n);
  const shift = 32 - bits;

  // per-token basics
  let line = -1;
  docSeen.clear();
  for (let i = 0; i < n; i++) {
    if (syl.lineStart[i]) line++;
    lineId[i] = line;
    const s = start[i], e = end[i];
    // one pass over the token: its lower-cased hash (hashLower) and what its characters are
    let h = 0x811c9dc5;
    let up = 0, low = 0, dig = 0, oth = 0, nonAscii = 0;
    for (let j = s; j < e; j++) {
      const c = text.charCodeAt(j);
      h = Math.imul(h ^ lowerCode[c], 0x01000193);
      if (c >= 128) nonAscii = 1;
      const k = charClass[c];
      if (k === UPPER) up++; else if (k === LOWER) low++; else if (k === DIGIT) dig++; else oth++;
    }
    lw[i] = h | 0;
    const k0 = charClass[text.charCodeAt(s)];
    let kind: number;
    if (k0 === PUNCT || !isWordClass(k0)) {
      kind = 7;
      nonAscii = 0;
    } else {
      if (dig > 0) kind = up + low + oth === 0 ? 4 : 5;
      else if (up === 0) kind = low > 0 ? 0 : 6;
      else if (k0 === UPPER && up === 1) kind = 1;
      else if (low === 0) kind = e - s > 1 ? 2 : 1;
      else kind = 3;
    }
    capKind[i] = kind;
    const L = e - s;
    const lenB = L <= 1 ? 0 : L === 2 ? 1 : L === 3 ? 2 : L <= 5 ? 3 : 4;
    shape[i] = kind * 16 + nonAscii * 8 + lenB;
    sent[i] = opensSentence(text, syl, i) ? 1 : 0;
    lexf[i] = lex.get(lw[i]);
    // document flags: seen capitalised away from a sentence start (1), seen lower-case (2)
    if (kind === 0) docSeen.set(lw[i], docSeen.get(lw[i]) | 2);
    else if ((kind === 1 || kind === 2) && !sent[i]) docSeen.set(lw[i], docSeen.get(lw[i]) | 1);
  }
  for (let i = 0; i < n; i++) docf[i] = capKind[i] === 1 || capKind[i] === 2 || capKind[i] === 3 ? docSeen.get(lw[i]) : 0;

  // word groups ("Vla-đi-mia", "TP.HCM", "N.P") and chunks of capitalised groups
  for (let i = 0; i < n; i++) {
    groupStart[i] = 1;
    if (!isWordClass(charClass[text.charCodeAt(start[i])])) { groupStart[i] = 0; continue; }
    if (i >= 2 && lineId[i - 2] === lineId[i] && end[i - 1] === start[i] && end[i - 2] === start[i - 1] &&
        end[i - 1] - start[i - 1] === 1 && JOINERS.has(text.charCodeAt(start[i - 1])) &&
        isWordClass(charClass[text.charCodeAt(start[i - 2])])) groupStart[i] = 0;
  }
  chunkPos.fill(0, 0, n);
  let i = 0;
  while (i < n) {
    const k = charClass[text.charCodeAt(start[i])];
    if (!groupStart[i] || (k !== UPPER && capKind[i] !== 2)) { i++; continue; }
    // a chunk starts at i: collect groups
    const first = i;
    let groups = 0;
    let lastWord = i;
    let j = i;
    for (;;) {
      // consume one group starting at j
      groups++;
      lastWord = j;
      let m = j + 1;
      while (m + 1 < n && !groupStart[m + 1] && isWordClass(charClass[text.charCodeAt(start[m + 1])]) && end[m] === start[m + 1]) {
        lastWord = m + 1;
        m += 2;
      }
      j = lastWord + 1;
      let next = j;
      // an initial's dot belongs to the name: "N.P. Patrushev"
      if (j < n && end[lastWord] === start[j] && text.charCodeAt(start[j]) === 46 && end[lastWord] - start[lastWord] === 1) next = j + 1;
      if (next < n && next > 0 && lineId[next] === lineId[i] && groupStart[next] && start[next] > end[next - 1] &&
          (charClass[text.charCodeAt(start[next])] === UPPER || capKind[next] === 2)) {
        j = next;
        continue;
      }
      break;
    }
    const last = j; // exclusive
    const len = groups > 4 ? 4 : groups;
    const before = first > 0 && lineId[first - 1] === lineId[first] ? lw[first - 1] : BOS;
    const before2 = first > 1 && lineId[first - 2] === lineId[first] ? mix(lw[first - 2], before) : mix(BOS, before);
    const after = last < n && lineId[last] === lineId[first] ? lw[last] : EOS;
    let g = 0;
    for (let t = first; t < last; t++) {
      if (groupStart[t]) g++;
      chunkPos[t] = groups === 1 ? 1 : g === 1 ? 2 : g === groups ? 4 : 3;
      chunkLen[t] = len;
      chunkFirst[t] = lw[first];
      chunkLast[t] = lw[lastWord];
      chunkBefore[t] = before;
      chunkAfter[t] = after;
      chunkBefore2[t] = before2;
    }
    i = last;
  }

  // known names (gazetteer): position (1 first, 2 inside) * 64 + class bits, longest match first
  gaz.fill(0, 0, n);
  if (gazetteer) {
    for (let t = 0; t < n; t++) {
      if (charClass[text.charCodeAt(start[t])] !== UPPER) continue;
      let best = 0, bestEnd = t;
      let h = 0x811c9dc5;
      for (let j = t; j < n && j < t + gazMax; j++) {
        if (j > t) {
          if (start[j] !== end[j - 1] + 1 || text.charCodeAt(end[j - 1]) !== 32 || lineId[j] !== lineId[t]) break;
          h = Math.imul(h ^ 32, 0x01000193);
        }
        for (let k = start[j]; k < end[j]; k++) h = Math.imul(h ^ lowerCode[text.charCodeAt(k)], 0x01000193);
        const f = gazetteer.get(h | 0);
        if (f) { best = f; bestEnd = j; }
      }
      if (best) {
        for (let j = t; j <= bestEnd; j++) if (gaz[j] === 0) gaz[j] = (j === t ? 64 : 128) + best;
      }
    }
  }

  // templates
  for (let t = 0; t < n; t++) {
    if (only !== undefined && only[t] === 0) continue;
    const o = t * N_FEATURES;
    const ln = lineId[t];
    const wm1 = t >= 1 && lineId[t - 1] === ln ? lw[t - 1] : BOS;
    const wp1 = t + 1 < n && lineId[t + 1] === ln ? lw[t + 1] : EOS;
    const sm1 = t >= 1 && lineId[t - 1] === ln ? shape[t - 1] : -1;
    const sp1 = t + 1 < n && lineId[t + 1] === ln ? shape[t + 1] : -2;
    const lm1 = t >= 1 && lineId[t - 1] === ln ? lexf[t - 1] : 0;
    const lp1 = t + 1 < n && lineId[t + 1] === ln ? lexf[t + 1] : 0;
    const w0 = lw[t], s0 = shape[t], cp = chunkPos[t];
    out[o] = row(shift, 0, 0, 0);
    out[o + 1] = row(shift, 1, w0, 0);
    out[o + 2] = row(shift, 2, wm1, 0);
    out[o + 3] = row(shift, 3, wp1, 0);
    out[o + 6] = row(shift, 6, wm1, w0);
    out[o + 7] = row(shift, 7, w0, wp1);
    out[o + 10] = row(shift, 10, s0, 0);
    out[o + 11] = row(shift, 11, sm1, s0);
    out[o + 12] = row(shift, 12, s0, sp1);
    out[o + 13] = row(shift, 13, mix(sm1, s0), sp1);
    out[o + 14] = row(shift, 14, w0, capKind[t]);
    // affixes of words of three letters or more
    const s = start[t], e = end[t];
    if (capKind[t] !== 7 && e - s >= 3) {
      const pre2 = hashLower(text, s, s + 2);
      out[o + 15] = row(shift, 15, pre2, 0);
      out[o + 16] = row(shift, 16, Math.imul(pre2 ^ lowerCode[text.charCodeAt(s + 2)], 0x01000193) | 0, 0);
      out[o + 17] = row(shift, 17, hashLower(text, e - 2, e), 0);
      out[o + 18] = row(shift, 18, hashLower(text, e - 3, e), 0);
    } else {
      out[o + 15] = -1; out[o + 16] = -1; out[o + 17] = -1; out[o + 18] = -1;
    }
    out[o + 19] = row(shift, 19, sent[t], s0);
    out[o + 20] = row(shift, 20, sent[t], w0);
    out[o + 21] = row(shift, 21, wm1, s0);
    out[o + 22] = row(shift, 22, s0, wp1);
    if (cp !== 0) {
      out[o + 23] = row(shift, 23, cp, chunkLen[t]);
      out[o + 24] = row(shift, 24, cp, chunkFirst[t]);
      out[o + 25] = row(shift, 25, cp, chunkBefore[t]);
      out[o + 26] = row(shift, 26, cp, chunkLast[t]);
      out[o + 27] = row(shift, 27, cp, chunkAfter[t]);
      out[o + 31] = row(shift, 31, cp, w0);
      out[o + 32] = row(shift, 32, mix(cp, chunkLen[t]), chunkFirst[t]);
      out[o + 4] = row(shift, 4, cp, chunkBefore2[t]);
      out[o + 5] = row(shift, 5, mix(cp, chunkLen[t]), chunkBefore[t]);
      out[o + 8] = row(shift, 8, mix(cp, chunkFirst[t]), chunkLast[t]);
      out[o + 9] = row(shift, 9, mix(cp, lexf[t]), chunkBefore[t]);
    } else {
      out[o + 23] = row(shift, 23, 0, sp1 === -2 ? 0 : chunkPos[t + 1]);
      out[o + 4] = -1; out[o + 5] = -1; out[o + 8] = -1; out[o + 9] = -1;
      out[o + 24] = -1; out[o + 25] = -1; out[o + 26] = -1; out[o + 27] = -1; out[o + 31] = -1; out[o + 32] = -1;
    }
    out[o + 28] = row(shift, 28, lexf[t], cp);
    out[o + 29] = row(shift, 29, mix(lm1, lexf[t]), lp1);
    out[o + 30] = docf[t] !== 0 || sent[t] ? row(shift, 30, docf[t] * 4 + sent[t], s0) : -1;
    out[o + 33] = gaz[t] !== 0 ? row(shift, 33, gaz[t], cp) : -1;
    out[o + 34] = row(shift, 34, wm1, mix(s0, sp1));
    out[o + 35] = row(shift, 35, mix(sm1, s0), wp1);
  }
}
