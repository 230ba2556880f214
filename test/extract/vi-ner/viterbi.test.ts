// Viterbi against the definition: over every tag sequence the rules allow (an I after its own B or I; at a glued
// token, O after O and an I after its own B or I), the best total score. Small random problems, all sequences tried.

import fc from 'fast-check';
import { expect, test } from 'vitest';
import { viterbi } from '../../../src/extract/vi/ner/decode.js';
import { allowed, N_TAGS as T } from '../../../src/extract/vi/ner/tags.js';

const gluedOk = (p: number, t: number) => (p === 0 ? t === 0 : t === p + (p % 2));

/** The best allowed sequence and its score, by trying them all. */
function bruteForce(emit: Float64Array, n: number, trans: Float64Array, glued: Uint8Array, afterO: boolean, beforeO: boolean) {
  let best = -Infinity;
  let bestSeq: number[] = [];
  const seq = new Array<number>(n).fill(0);
  const walk = (i: number, score: number) => {
    if (i === n) {
      const total = beforeO ? score + trans[(seq[n - 1] + 1) * T] : score;
      if (total > best) [best, bestSeq] = [total, seq.slice()];
      return;
    }
    for (let t = 0; t < T; t++) {
      const p = i === 0 ? 0 : seq[i - 1];
      if (!allowed(p, t) || (i > 0 && glued[i] === 1 && !gluedOk(p, t))) continue;
      seq[i] = t;
      walk(i + 1, score + (i === 0 ? trans[(afterO ? T : 0) + t] : trans[(p + 1) * T + t]) + emit[i * T + t]);
    }
  };
  walk(0, 0);
  return { best, bestSeq };
}

const scoreOf = (seq: ArrayLike<number>, emit: Float64Array, trans: Float64Array, afterO: boolean, beforeO: boolean) => {
  let s = 0;
  for (let i = 0; i < seq.length; i++) s += (i === 0 ? trans[(afterO ? T : 0) + seq[i]] : trans[(seq[i - 1] + 1) * T + seq[i]]) + emit[i * T + seq[i]];
  return beforeO ? s + trans[(seq[seq.length - 1] + 1) * T] : s;
};

test('viterbi finds the best sequence the tag rules allow', () => {
  const score = fc.double({ min: -5, max: 5, noNaN: true });
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 4 }).chain((n) =>
        fc.record({
          n: fc.constant(n),
          emit: fc.array(score, { minLength: n * T, maxLength: n * T }),
          trans: fc.array(score, { minLength: (T + 1) * T, maxLength: (T + 1) * T }),
          glued: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
          afterO: fc.boolean(),
          beforeO: fc.boolean(),
        }),
      ),
      ({ n, emit, trans, glued, afterO, beforeO }) => {
        const e = Float64Array.from(emit);
        const tr = Float64Array.from(trans);
        const g = Uint8Array.from(glued);
        const out = new Int32Array(n);
        viterbi(e, n, tr, out, g, 0, afterO, beforeO);
        const { best } = bruteForce(e, n, tr, g, afterO, beforeO);
        expect(scoreOf(out, e, tr, afterO, beforeO)).toBeCloseTo(best, 9);
      },
    ),
    { numRuns: 300 },
  );
});
