// Tagging a text with a given model: syllables → hashed features → emission scores →
// Viterbi per line → depth-0 entity spans. Only the tokens near marked ones are scored (near-names.ts).

import { viterbi } from './decode.js';
import { propagate } from './propagate.js';
import { extendWords } from './extend-words.js';
import { featureRows, N_FEATURES } from './features.js';
import { tokensToTag, widen, WIDEN } from './near-names.js';
import { GAZ_MAX, GAZETTEER } from './gazetteer-flags.js';
import type { NerModel } from './model.js';
import { simdEmissions, type SimdEmissions } from './simd-emissions.js';
import { syllables, type Syllables } from './syllables.js';
import { N_TAGS, spansOf, type NerSpan } from './tags.js';

const F = N_FEATURES;
const T = N_TAGS;
let jsRows = new Int32Array(0);
let emit = new Float32Array(0);
let tags = new Int32Array(0);
let part = new Int32Array(0);
let toTag = new Uint8Array(0);
let fresh = new Uint8Array(0);

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

/** True when a tag in tags[from, to) is not O. */
function entityWithin(tags: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tags[i] !== 0) return true;
  return false;
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

// the SIMD kernel of each model with 16-bit weights (null: not available here)
const kernels = new WeakMap<NerModel, SimdEmissions | null>();

function kernelOf(model: NerModel): SimdEmissions | undefined {
  if (!model.q || model.scale === undefined || T !== 9) return undefined;
  let k = kernels.get(model);
  if (k === undefined) kernels.set(model, (k = simdEmissions(model.q) ?? null));
  return k ?? undefined;
}

export function tagWith(model: NerModel, text: string, skip = true): NerSpan[] {
  const syl = syllables(text);
  const n = syl.n;
  // the rows live in the kernel's memory when there is one (and it can hold them)
  const kernel = kernelOf(model);
  const inKernel = kernel?.rows(n);
  if (!inKernel && jsRows.length < n * F) jsRows = new Int32Array(Math.max(n * F, jsRows.length * 2));
  const rows = inKernel ?? jsRows;
  if (toTag.length < n) toTag = new Uint8Array(Math.max(n, toTag.length * 2));
  if (skip) tokensToTag(text, syl, toTag, model.openers);
  else toTag.fill(1, 0, n);
  featureRows(text, syl, model.flags, model.bits, rows, GAZETTEER, GAZ_MAX, toTag);
  const spans: NerSpan[] = [];
  forEachLine(syl, (from, to) => {
    const len = to - from;
    if (emit.length < len * T) emit = new Float32Array(Math.max(len * T, emit.length * 2));
    if (tags.length < len) { tags = new Int32Array(Math.max(len, tags.length * 2)); part = new Int32Array(tags.length); }
    tags.fill(0, 0, len);
    // decode each stretch of tokens to tag; the tokens between them are O
    for (let a = from; a < to; ) {
      if (toTag[a] === 0) { a++; continue; }
      let b = a + 1;
      while (b < to && toTag[b] === 1) b++;
      if (inKernel) kernel!.emit(a, b, model.scale!, emit);
      else if (model.q && model.scale !== undefined && T === 9) emissionsQ(rows, a, b, model.q, model.scale, emit);
      else emissions(rows, a, b, model.weights, emit);
      viterbi(emit, b - a, model.trans, part, syl.glued, a, a > from, b < to);
      const left = a > from && entityWithin(part, 0, Math.min(WIDEN, b - a));
      const right = b < to && entityWithin(part, Math.max(0, b - a - WIDEN), b - a);
      if (left || right) {
        // an entity runs into a skipped token: look at a few more tokens and decode the stretch again
        if (fresh.length < n) fresh = new Uint8Array(Math.max(n, toTag.length));
        a = widen(syl, toTag, fresh, from, to, a, b, left, right);
        featureRows(text, syl, model.flags, model.bits, rows, GAZETTEER, GAZ_MAX, fresh);
        fresh.fill(0, 0, n);
        continue;
      }
      for (let i = a; i < b; i++) tags[i - from] = part[i - a];
      a = b;
    }
    spansOf(tags, syl.start, syl.end, from, to, spans);
  });
  return propagate(text, extendWords(text, spans, model.pairs));
}
