// Keeping big graphs legible: drop entities seen in few documents, or all but the best connected ones.
import type { DiploGraph } from '../graph/build-graph.js';

export interface PruneOptions {
  /** Keep people, countries, locations and organizations found in at least this many documents. */
  minDocs?: number;
  /** Then keep only this many of them: those with the highest degree (ties by key). */
  top?: number;
}

export interface Pruned {
  /** Entities (people, countries, locations, organizations) dropped. */
  entities: number;
  /** Meetings dropped: those left without any person taking part. */
  meetings: number;
}

/**
 * Drops entities by `opts` in place, then the meetings that kept no participant; edges go with their
 * nodes. Call before deriving `met` edges. Deterministic: depends only on the graph.
 */
export function pruneGraph(g: DiploGraph, opts: PruneOptions): Pruned {
  const pruned: Pruned = { entities: 0, meetings: 0 };
  if (!opts.minDocs && opts.top === undefined) return pruned;
  const drop = (key: string, what: keyof Pruned) => {
    g.dropNode(key);
    pruned[what]++;
  };
  const isEntity = (kind: unknown) => kind !== 'meeting';
  if (opts.minDocs && opts.minDocs > 1) {
    for (const key of g.filterNodes((_, a) => isEntity(a.kind) && ((a.docs as string[])?.length ?? 0) < opts.minDocs!)) drop(key, 'entities');
  }
  if (opts.top !== undefined) {
    const ranked = g
      .filterNodes((_, a) => isEntity(a.kind))
      .map((key) => ({ key, degree: g.degree(key) }))
      .sort((x, y) => y.degree - x.degree || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    for (const { key } of ranked.slice(Math.max(0, opts.top))) drop(key, 'entities');
  }
  for (const key of g.filterNodes((_, a) => a.kind === 'meeting')) {
    const hasPerson = g.inNeighbors(key).some((n) => g.getNodeAttribute(n, 'kind') === 'person');
    if (!hasPerson) drop(key, 'meetings');
  }
  return pruned;
}
