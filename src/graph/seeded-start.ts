// Where a node starts when nothing says where it should be: a point drawn from its key, so that the same
// graph gives the same picture, and a node keeps its start whatever else the graph holds.

/** FNV-1a over the UTF-16 code units, mixed with the seed. */
function hash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a small, good-enough PRNG from a 32-bit state. */
function random(state: number): () => number {
  let a = state;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Two numbers in [0, 1) drawn from `key` and `seed`. */
export function seededPair(key: string, seed: number): [number, number] {
  const next = random(hash(key, seed));
  return [next(), next()];
}

/** A point for `key`, uniform in the disc of `radius` around the origin. */
export function seededStart(key: string, seed: number, radius: number): { x: number; y: number } {
  const [u, v] = seededPair(key, seed);
  const r = radius * Math.sqrt(u);
  const angle = 2 * Math.PI * v;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}
