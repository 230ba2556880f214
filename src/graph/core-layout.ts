// A first layout for graphs too big for ForceAtlas2 to untangle in a few seconds. ForceAtlas2 gets a few dozen
// iterations on the best-connected nodes (the core); every other linked node is then placed from the nodes it is
// linked to, the core outwards; nodes without any link go to a ring around the rest, one sector per kind.
//
// Why: the news graph of a year is mostly names without a link (on vi-news-2017, 102k of 124k nodes) and a
// core of countries, leaders and their meetings. Two iterations of ForceAtlas2 over all 124k nodes (what ~3 s
// allow) leave them about where they started: the mean length of a link was 0.91 of the mean distance between
// two linked nodes. Here it is 0.23 (in 0.8 s instead of 3.6 s): the core has a real layout, a node's
// neighbours lie around it, and the unlinked names no longer cover the rest.
//
// Pure and deterministic like layout.ts: positions follow from the graph, its order and the seed.

import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import fa2 from 'graphology-layout-forceatlas2';
import type { Position } from './layout.js';
import { seededPair, seededStart } from './seeded-start.js';

const forceAtlas2 = fa2 as unknown as typeof fa2.default;

/** Nodes laid out by ForceAtlas2 itself: the best connected. */
export const CORE_NODES = 1000;
/** ForceAtlas2 iterations on the core (exact repulsion: ~37 ms each at 1000 nodes). */
export const CORE_ITERATIONS = 60;
/** A node placed beside one neighbour lies within ROOM * sqrt(that neighbour's degree) spacings of it. */
const ROOM = 0.3;

/** The ring of unlinked nodes starts this far out, as a share of the linked nodes' radius, */
const RING_GAP = 1.1;
/** and is this wide: narrow, so that the linked nodes keep most of the picture. */
const RING_WIDTH = 0.2;

/** Positions for every node of `graph` (see above); `coreNodes` is for tests. */
export function coreLayout(graph: AbstractGraph, seed = 0, coreNodes = CORE_NODES): Map<string, Position> {
  const placed = new Map<string, Position>();
  const degree = new Map<string, number>();
  const linked: string[] = [];
  const unlinked: string[] = [];
  graph.forEachNode((node) => {
    const d = graph.degree(node);
    degree.set(node, d);
    (d > 0 ? linked : unlinked).push(node);
  });
  // best connected first; a stable sort keeps graph order between equals
  const byDegree = linked.slice().sort((a, b) => degree.get(b)! - degree.get(a)!);

  // 1. the core, by ForceAtlas2 on the links among its nodes
  const core = new UndirectedGraph();
  const coreRadius = 10 * Math.sqrt(Math.min(coreNodes, byDegree.length) + 1);
  for (const node of byDegree.slice(0, coreNodes)) core.addNode(node, seededStart(node, seed, coreRadius));
  core.forEachNode((node) => {
    graph.forEachNeighbor(node, (other) => {
      if (other !== node && core.hasNode(other)) core.mergeEdge(node, other);
    });
  });
  if (core.size > 0) forceAtlas2.assign(core, { iterations: CORE_ITERATIONS, settings: forceAtlas2.inferSettings(core) });
  core.forEachNode((node, a) => placed.set(node, { x: a.x as number, y: a.y as number }));

  // the distance between neighbouring core nodes, roughly: the core's radius over the square root of its size
  const spacing = Math.max(1, radiusOf(placed, centreOf(placed)) / Math.sqrt(placed.size + 1));

  // 2. the other linked nodes, breadth first from the core; a part of the graph the core does not reach starts
  // from its best-connected node, somewhere in the core's disc
  const queued = new Set<string>(placed.keys());
  const queue: string[] = [...placed.keys()];
  const reach = (from: number) => {
    for (let i = from; i < queue.length; i++) {
      const node = queue[i];
      if (!placed.has(node)) placed.set(node, nearNeighbours(graph, node, placed, degree, spacing, seed));
      graph.forEachNeighbor(node, (other) => {
        if (!queued.has(other)) {
          queued.add(other);
          queue.push(other);
        }
      });
    }
  };
  reach(0);
  const disc = Math.max(coreRadius, radiusOf(placed, centreOf(placed)));
  for (const node of byDegree) {
    if (queued.has(node)) continue;
    placed.set(node, seededStart(node, seed, disc));
    queued.add(node);
    queue.push(node);
    reach(queue.length - 1);
  }

  // 3. the unlinked nodes, in a ring around the rest, a sector per kind
  const centre = centreOf(placed);
  const inner = Math.max(coreRadius, radiusOf(placed, centre)) * RING_GAP;
  const outer = inner * (1 + RING_WIDTH);
  const kinds = new Map<string, number>();
  for (const node of unlinked) {
    const kind = String(graph.getNodeAttribute(node, 'kind'));
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const sectors = new Map<string, [from: number, share: number]>();
  let from = 0;
  for (const kind of [...kinds.keys()].sort()) {
    const share = kinds.get(kind)! / unlinked.length;
    sectors.set(kind, [from, share]);
    from += share;
  }
  for (const node of unlinked) {
    const [u, v] = seededPair(node, seed);
    const [start, share] = sectors.get(String(graph.getNodeAttribute(node, 'kind')))!;
    const angle = 2 * Math.PI * (start + v * share);
    const r = Math.sqrt(inner * inner + u * (outer * outer - inner * inner));
    placed.set(node, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  }
  return placed;
}

/**
 * Where a node goes from its neighbours already placed: around the only one, in a disc whose area grows with
 * that neighbour's degree (its other neighbours will share it); between several, at their mean.
 */
function nearNeighbours(graph: AbstractGraph, node: string, placed: Map<string, Position>, degree: Map<string, number>, spacing: number, seed: number): Position {
  let x = 0;
  let y = 0;
  let n = 0;
  let room = 0;
  graph.forEachNeighbor(node, (other) => {
    const p = placed.get(other);
    if (!p) return;
    x += p.x;
    y += p.y;
    n++;
    room = n === 1 ? ROOM * Math.sqrt(degree.get(other)!) : 1;
  });
  const jitter = seededStart(node, seed, spacing * Math.max(1, room));
  return { x: x / n + jitter.x, y: y / n + jitter.y };
}

function centreOf(placed: Map<string, Position>): Position {
  let x = 0;
  let y = 0;
  for (const p of placed.values()) {
    x += p.x;
    y += p.y;
  }
  const n = Math.max(1, placed.size);
  return { x: x / n, y: y / n };
}

/** The distance from `centre` within which 98% of the placed nodes lie (a few far ones do not count). */
function radiusOf(placed: Map<string, Position>, centre: Position): number {
  if (placed.size === 0) return 0;
  const d = [...placed.values()].map((p) => Math.hypot(p.x - centre.x, p.y - centre.y)).sort((a, b) => a - b);
  return d[Math.min(d.length - 1, Math.floor(d.length * 0.98))];
}
