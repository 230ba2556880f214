// Viterbi decoding of a first-order tag sequence from emission and transition scores.

import { allowed, N_TAGS } from './tags.js';

const T = N_TAGS;
let back = new Int32Array(0);
let cur = new Float64Array(T);
let nxt = new Float64Array(T);

/** Whether tag t may follow tag p at a token glued to the one before: the same entity or none. */
const continues = (p: number, t: number): boolean => (p === 0 ? t === 0 : t === p + (p % 2));

// the two rules as lists, walked in the inner loop: the tags p that may precede tag t, in increasing
// order, are list.prev[list.at[t] .. list.at[t + 1]) (OPEN: any token; GLUED: a glued token)
interface PrevList { at: Int32Array; prev: Int32Array }
function prevList(ok: (p: number, t: number) => boolean): PrevList {
  const at = new Int32Array(T + 1);
  const prev: number[] = [];
  for (let t = 0; t < T; t++) {
    at[t] = prev.length;
    for (let p = 0; p < T; p++) if (ok(p, t)) prev.push(p);
  }
  at[T] = prev.length;
  return { at, prev: Int32Array.from(prev) };
}
const OPEN = prevList(allowed);
const GLUED = prevList((p, t) => allowed(p, t) && continues(p, t));

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
    const { at, prev } = glued !== undefined && glued[from + i] === 1 ? GLUED : OPEN;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = at[t], end = at[t + 1]; k < end; k++) {
        const p = prev[k];
        const s = c[p] + trans[(p + 1) * T + t];
        if (s > best) { best = s; arg = p; }
      }
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
