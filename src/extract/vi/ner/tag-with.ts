// Tagging a text with a given model: syllables → hashed features → emission scores →
// Viterbi per line → depth-0 entity spans.

import { viterbi } from './decode.js';
import { propagate } from './propagate.js';
import { featureRows, N_FEATURES } from './features.js';
import { GAZ_MAX, GAZETTEER } from './gazetteer-flags.js';
import type { NerModel } from './model.js';
import { syllables, type Syllables } from './syllables.js';
import { N_TAGS, spansOf, type NerSpan } from './tags.js';

const F = N_FEATURES;
const T = N_TAGS;
let rows = new Int32Array(0);
let emit = new Float32Array(0);
let tags = new Int32Array(0);

/** Sum of the weights of each token's features into emit[i * N_TAGS + t]. */
export function emissions(rowsOf: Int32Array, from: number, to: number, weights: Float32Array, out: Float32Array): void {
  for (let i = from; i < to; i++) {
    const o = (i - from) * T;
    for (let t = 0; t < T; t++) out[o + t] = 0;
    const fo = i * F;
    for (let f = 0; f < F; f++) {
      const r = rowsOf[fo + f];
      if (r < 0) continue;
      const w = r * T;
      for (let t = 0; t < T; t++) out[o + t] += weights[w + t];
    }
  }
}

/** emissions() over the shipped 16-bit weights: integer sums, scaled once per token and tag. */
export function emissionsQ(rowsOf: Int32Array, from: number, to: number, q: Int16Array, scale: number, out: Float32Array): void {
  for (let i = from; i < to; i++) {
    const o = (i - from) * T;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    const fo = i * F;
    for (let f = 0; f < F; f++) {
      const r = rowsOf[fo + f];
      if (r < 0) continue;
      const w = r * T;
      s0 += q[w]; s1 += q[w + 1]; s2 += q[w + 2]; s3 += q[w + 3]; s4 += q[w + 4];
      s5 += q[w + 5]; s6 += q[w + 6]; s7 += q[w + 7]; s8 += q[w + 8];
    }
    out[o] = s0 * scale; out[o + 1] = s1 * scale; out[o + 2] = s2 * scale; out[o + 3] = s3 * scale; out[o + 4] = s4 * scale;
    out[o + 5] = s5 * scale; out[o + 6] = s6 * scale; out[o + 7] = s7 * scale; out[o + 8] = s8 * scale;
  }
}

/** Calls fn(from, to) for each line of tokens. */
export function forEachLine(syl: Syllables, fn: (from: number, to: number) => void): void {
  let from = 0;
  for (let i = 1; i <= syl.n; i++) {
    if (i === syl.n || syl.lineStart[i]) {
      if (i > from) fn(from, i);
      from = i;
    }
  }
}

export function tagWith(model: NerModel, text: string): NerSpan[] {
  const syl = syllables(text);
  const n = syl.n;
  if (rows.length < n * F) rows = new Int32Array(Math.max(n * F, rows.length * 2));
  featureRows(text, syl, model.flags, model.bits, rows, GAZETTEER, GAZ_MAX);
  const spans: NerSpan[] = [];
  forEachLine(syl, (from, to) => {
    const len = to - from;
    if (emit.length < len * T) emit = new Float32Array(Math.max(len * T, emit.length * 2));
    if (tags.length < len) tags = new Int32Array(Math.max(len, tags.length * 2));
    if (model.q && model.scale !== undefined && T === 9) emissionsQ(rows, from, to, model.q, model.scale, emit);
    else emissions(rows, from, to, model.weights, emit);
    viterbi(emit, len, model.trans, tags, syl.glued, from);
    spansOf(tags, syl.start, syl.end, from, to, spans);
  });
  return propagate(text, spans);
}
