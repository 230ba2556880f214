// Positions, sizes and colours for the graph (x, y, size, color on every node): a seeded start from each
// node's key, then ForceAtlas2. Deterministic: the same graph (and options) gives the same positions.

import type { AbstractGraph } from 'graphology-types';
import fa2 from 'graphology-layout-forceatlas2';
import { kindColor } from './colors.js';

// The package is CommonJS (`module.exports = forceAtlas2`) but its types declare an ES default export:
// under NodeNext, TypeScript types the default import as the module namespace. At run time it is the function.
const forceAtlas2 = fa2 as unknown as typeof fa2.default;

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer as the graph grows (see `defaultIterations`). */
  iterations?: number;
  /** Changes the starting positions (and so the picture), not its quality. */
  seed?: number;
}

/** Above this many nodes ForceAtlas2 uses the Barnes-Hut approximation (O(n log n) instead of O(n²)). */
export const BARNES_HUT_ABOVE = 1000;

/**
 * Iterations for a graph of `order` nodes and `size` edges: 500 for small graphs, then a fixed amount of
 * work (~6 M node-or-edge visits) so that big graphs stay cheap: 10k/50k gets 100, 100k/500k gets 10.
 */
export function defaultIterations(order: number, size: number): number {
  return Math.max(10, Math.min(500, Math.floor(6_000_000 / Math.max(1, order + size))));
}

/** Node size from its degree: 4 for an isolated node, growing with the square root, at most 30. */
export function sizeForDegree(degree: number): number {
  return Math.min(30, 4 + 3 * Math.sqrt(degree));
}

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

/** A starting point for a node, uniform in a disc whose area grows with the graph. */
function start(key: string, seed: number, radius: number): { x: number; y: number } {
  const next = random(hash(key, seed));
  const r = radius * Math.sqrt(next());
  const angle = 2 * Math.PI * next();
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** Lays the graph out in place: sets `x`, `y`, `size` and `color` (`rgb(...)` by kind) on every node. */
export function layout(graph: AbstractGraph, opts: LayoutOptions = {}): void {
  const seed = opts.seed ?? 0;
  const radius = 10 * Math.sqrt(graph.order + 1);
  graph.updateEachNodeAttributes((node, a) => ({
    ...a,
    ...start(node, seed, radius),
    size: sizeForDegree(graph.degree(node)),
    color: kindColor(a.kind),
  }));
  const iterations = opts.iterations ?? defaultIterations(graph.order, graph.size);
  if (iterations > 0 && graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_ABOVE },
    });
  }
  // ForceAtlas2 never should, but a NaN would break every reader: fall back to the starting point.
  graph.updateEachNodeAttributes((node, a) =>
    Number.isFinite(a.x) && Number.isFinite(a.y) ? a : { ...a, ...start(node, seed, radius) },
  );
}
