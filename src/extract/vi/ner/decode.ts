// Viterbi decoding of a first-order tag sequence from emission and transition scores.

import { allowed, N_TAGS } from './tags.js';

const T = N_TAGS;
let back = new Int32Array(0);
let cur = new Float64Array(T);
let nxt = new Float64Array(T);

// Which tag may follow which (tags.ts: 0 is O, odd tags are B, even ones I), written out in the loops below:
// - at any token, O and every B may follow any tag, and an I only the B or I of its own type;
// - at a token glued to the one before ("Vla-đi-mia"), the tag continues the entity or its absence: O follows O
//   only, no B may come, and an I follows the B or I of its own type.
// Predecessors are tried in increasing order and the first best one is kept, so ties go to the lowest tag.

/**
 * The best tag sequence for tokens [0, n): emit[i * T + t] scores tag t at token i;
 * trans[(p + 1) * T + t] scores tag t after tag p (row 0: at the start). Tokens with
 * glued[from + i] set continue the tag of the token before. Writes into `out`.
 * afterO / beforeO: the tokens are a stretch of a line whose neighbours are known to be O (the
 * tagger skips tokens that cannot be in an entity), so the first tag is scored as following an O
 * instead of the line start, and the last one with the O that follows it.
 */
export function viterbi(
  emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array, out: Int32Array,
  glued?: Uint8Array, from = 0, afterO = false, beforeO = false,
): void {
  if (n === 0) return;
  if (back.length < n * T) back = new Int32Array(Math.max(n * T, back.length * 2));
  // the module's arrays in locals: a module-level `let` is loaded again at every use in the loops below
  const bk = back;
  let c = cur, x = nxt;
  const startRow = afterO ? T : 0;
  for (let t = 0; t < T; t++) c[t] = allowed(0, t) ? trans[startRow + t] + emit[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const eo = i * T;
    if (glued !== undefined && glued[from + i] === 1) {
      const s0 = c[0] + trans[T];
      x[0] = (s0 > -Infinity ? s0 : -Infinity) + emit[eo];
      bk[eo] = 0;
      for (let t = 1; t < T; t += 2) {
        x[t] = -Infinity;
        bk[eo + t] = 0;
      }
    } else {
      for (let t = 0; t < T; t += t === 0 ? 1 : 2) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < T; p++) {
          const s = c[p] + trans[(p + 1) * T + t];
          if (s > best) { best = s; arg = p; }
        }
        x[t] = best + emit[eo + t];
        bk[eo + t] = arg;
      }
    }
    // I tags: after their own B (t - 1) or I (t), glued or not
    for (let t = 2; t < T; t += 2) {
      let best = -Infinity;
      let arg = 0;
      const sb = c[t - 1] + trans[t * T + t];
      if (sb > best) { best = sb; arg = t - 1; }
      const si = c[t] + trans[(t + 1) * T + t];
      if (si > best) { best = si; arg = t; }
      x[t] = best + emit[eo + t];
      bk[eo + t] = arg;
    }
    const sw = c; c = x; x = sw;
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const s = beforeO ? c[t] + trans[(t + 1) * T] : c[t];
    if (s > best) { best = s; arg = t; }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = bk[i * T + out[i]];
}
