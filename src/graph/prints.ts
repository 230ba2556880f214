// Prints: a number per node and edge that follows every merge into it (build-graph.ts keeps it beside the
// attributes). Merging is local (an element's attributes are made only from what the documents merged into it
// say, in their order), so two builds by the same code from the same results give an element the same
// attributes when they give it the same print. A rebuild copies the graph.json text of the elements whose print
// did not change (graph-files.ts) instead of writing it again: most of them, after a small change.

/**
 * Where a node's or edge's print is kept: a symbol-keyed property of its attributes, which JSON, GEXF and
 * every listing of keys leave out.
 */
export const PRINT = Symbol('print');

/**
 * Marks the attributes of an element a rebuild did not make (graph/patch-graph.ts): they hold only its kind and what
 * the layout sets, and the symbol holds its part of the GEXF model (export/gexf.ts's Signature). Its print is the
 * previous build's, so graph.json and graph.gexf take its text from the previous files.
 */
export const SKELETON = Symbol('skeleton');

/** The print of an element's attributes (0: none). */
export const printOf = (a: object): number => (a as { [PRINT]?: number })[PRINT] ?? 0;

/** A 53-bit hash of a string (cyrb53, two UTF-16 code units at a step). */
export function hashString(s: string): number {
  let h1 = 0xdeadbeef ^ s.length;
  let h2 = 0x41c6ce57;
  const last = s.length - 1;
  let i = 0;
  for (; i <= last; i += 2) {
    const c = i < last ? s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16) : s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return finish(h1, h2);
}

function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 53-bit hash of `a` followed by `b` (integers below 2^53, e.g. two prints): order matters. */
export function mix(a: number, b: number): number {
  let h1 = 0x6a09e667;
  let h2 = 0xbb67ae85;
  let x = a >>> 0;
  h1 = Math.imul(h1 ^ x, 2654435761);
  h2 = Math.imul(h2 ^ x, 1597334677);
  x = Math.floor(a / 4294967296);
  h1 = Math.imul(h1 ^ x, 2654435761);
  h2 = Math.imul(h2 ^ x, 1597334677);
  x = b >>> 0;
  h1 = Math.imul(h1 ^ x, 2654435761);
  h2 = Math.imul(h2 ^ x, 1597334677);
  x = Math.floor(b / 4294967296);
  h1 = Math.imul(h1 ^ x, 2654435761);
  h2 = Math.imul(h2 ^ x, 1597334677);
  return finish(h1, h2);
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** `print` followed by a number's exact value (its 64 bits: 0.1 + 0.2 is not 0.3). */
export function mixNumber(print: number, x: number): number {
  bits[0] = x;
  return mix(mix(print, words[0]), words[1]);
}
