// Positions, sizes and colours for the graph (x, y, size, color on every node): a seeded start from each
// node's key, then ForceAtlas2; a graph too big for that starts from its core instead (core-layout.ts).
// Deterministic: the same graph (and options) gives the same positions.
//
// With the positions of a previous build (`previous`), nodes that already existed keep theirs, so the
// picture does not jump between builds. When nearly every node has one (`KEEP_AT_LEAST`), or half of them in a
// graph too big for ForceAtlas2 (`KEEP_BIG_AT_LEAST`), ForceAtlas2 is not run at all: each new node is placed near the nodes
// it is linked to (`placeNew`), which is what makes a rebuild after a small change cheap. Otherwise
// ForceAtlas2 runs from the previous positions.

import type { AbstractGraph } from 'graphology-types';
import fa2 from 'graphology-layout-forceatlas2';
import { kindColor } from './colors.js';
import { coreLayout } from './core-layout.js';
import { seededStart as start } from './seeded-start.js';

// The package is CommonJS (`module.exports = forceAtlas2`) but its types declare an ES default export:
// under NodeNext, TypeScript types the default import as the module namespace. At run time it is the function.
const forceAtlas2 = fa2 as unknown as typeof fa2.default;

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default as many as fit in about 3 s (see `defaultIterations`). */
  iterations?: number;
  /** Changes the starting positions (and so the picture), not its quality. */
  seed?: number;
  /** Positions from a previous layout, by node key: kept for the nodes still in the graph. */
  previous?: ReadonlyMap<string, Position>;
}

export interface Position {
  x: number;
  y: number;
}

/** The share of nodes with a previous position above which new nodes are only placed, without ForceAtlas2. */
export const KEEP_AT_LEAST = 0.95;
/** The same share for a graph too big for ForceAtlas2 (`MIN_ITERATIONS`): below it, the core's layout from scratch. */
export const KEEP_BIG_AT_LEAST = 0.5;

/**
 * Above this many nodes ForceAtlas2 uses the Barnes-Hut approximation: measured here, exact repulsion costs
 * ~37 ms an iteration at 1000 nodes (growing as n²) and Barnes-Hut ~65 ms at 1000-3000 nodes, ~300 ms at
 * 10k (growing as n log n).
 */
export const BARNES_HUT_ABOVE = 1500;

/**
 * Below this many iterations (graphs of more than ~2000 nodes), a layout from scratch starts from the core's
 * (core-layout.ts) instead: a few ForceAtlas2 iterations from random starts leave linked nodes as far apart as
 * any two.
 */
export const MIN_ITERATIONS = 50;

/** What the default number of iterations aims to cost on a 2-core machine. */
const BUDGET_MS = 3000;

/**
 * Iterations for a graph of `order` nodes: as many as fit in about 3 s by the costs measured above
 * (a count, not a clock, so that the layout stays deterministic), between 2 and 500: 500 up to ~270 nodes,
 * 75 at 1000, 33 at 3000, 10 at 10k, 2 at 50k and more.
 */
export function defaultIterations(order: number): number {
  const msPerIteration = order > BARNES_HUT_ABOVE ? 0.03 * order : 4e-5 * order * order;
  return Math.max(2, Math.min(500, Math.floor(BUDGET_MS / Math.max(msPerIteration, 1e-3))));
}

/** Node size from its degree: 4 for an isolated node, growing with the square root, at most 30. */
export function sizeForDegree(degree: number): number {
  return Math.min(30, 4 + 3 * Math.sqrt(degree));
}

/** Whether `p` is a usable previous position. */
function isPosition(p: Position | undefined): p is Position {
  return p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
}

/**
 * Places the nodes that have no position yet (`placed` lacks them), in graph order: at the mean of their
 * neighbours already placed, plus a small offset drawn from the node's key (so that two new nodes with the
 * same neighbours do not overlap), or, without a placed neighbour, at their seeded start in the disc.
 */
function placeNew(graph: AbstractGraph, placed: Map<string, Position>, seed: number, radius: number): void {
  graph.forEachNode((node) => {
    if (placed.has(node)) return;
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(node, (m) => {
      const p = placed.get(m);
      if (p) {
        x += p.x;
        y += p.y;
        n++;
      }
    });
    if (n === 0) {
      placed.set(node, start(node, seed, radius));
      return;
    }
    const jitter = start(node, seed, 1 + Math.sqrt(graph.degree(node)));
    placed.set(node, { x: x / n + jitter.x, y: y / n + jitter.y });
  });
}

/** Lays the graph out in place: sets `x`, `y`, `size` and `color` (`rgb(...)` by kind) on every node. */
export function layout(graph: AbstractGraph, opts: LayoutOptions = {}): void {
  const seed = opts.seed ?? 0;
  const radius = 10 * Math.sqrt(graph.order + 1);
  const placed = new Map<string, Position>();
  if (opts.previous) {
    const previous = opts.previous;
    graph.forEachNode((node) => {
      const p = previous.get(node);
      if (isPosition(p)) placed.set(node, { x: p.x, y: p.y });
    });
  }
  // too big for ForceAtlas2 to untangle in the time it has: with previous positions for at least half of the
  // nodes, those, and the new nodes placed beside their neighbours, as after a small change; else the core's
  // layout (core-layout.ts), from scratch
  const tooBig = opts.iterations === undefined && defaultIterations(graph.order) < MIN_ITERATIONS;
  const keepOnly = graph.order > 0 && placed.size >= (tooBig ? KEEP_BIG_AT_LEAST : KEEP_AT_LEAST) * graph.order;
  if (keepOnly) placeNew(graph, placed, seed, radius);
  const fromCore = tooBig && !keepOnly;
  if (fromCore) {
    placed.clear();
    for (const [node, p] of coreLayout(graph, seed)) placed.set(node, p);
  }
  // in place (the attributes object the graph holds): a copy of every node's attributes cost ~0.1 s on vi
  graph.forEachNode((node, a) => {
    const p = placed.get(node) ?? start(node, seed, radius);
    a.x = p.x;
    a.y = p.y;
    a.size = sizeForDegree(graph.degree(node));
    a.color = kindColor(a.kind);
  });
  const iterations = keepOnly || fromCore ? 0 : (opts.iterations ?? defaultIterations(graph.order));
  if (iterations > 0 && graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_ABOVE },
    });
  }
  // ForceAtlas2 never should, but a NaN would break every reader: fall back to the starting point.
  graph.forEachNode((node, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) return;
    const p = start(node, seed, radius);
    a.x = p.x;
    a.y = p.y;
  });
}
