// Keeping big graphs legible: minDocs and top on the graph of the default corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiploGraph } from '../../src/graph/build-graph.js';
import { buildGraph } from '../../src/pipeline.js';
import { pruneGraph } from '../../src/pipeline/prune-graph.js';
import { DEFAULT_CORPUS } from './make-corpus.js';

let full: DiploGraph;
beforeAll(async () => {
  full = (await buildGraph({ corpus: DEFAULT_CORPUS, workers: 0 })).graph;
}, 60_000);

const kinds = (g: DiploGraph) => {
  const n: Record<string, number> = {};
  g.forEachNode((_, a) => { n[a.kind as string] = (n[a.kind as string] ?? 0) + 1; });
  return n;
};
const entities = (g: DiploGraph) => g.filterNodes((_, a) => a.kind !== 'meeting');
const meetingsWithoutPerson = (g: DiploGraph) =>
  g.filterNodes((m, a) => a.kind === 'meeting' && !g.inNeighbors(m).some((n) => g.getNodeAttribute(n, 'kind') === 'person'));

describe('pruneGraph', () => {
  it('drops nothing without options', async () => {
    const { graph, dropped } = await buildGraph({ corpus: DEFAULT_CORPUS, workers: 0 });
    expect(dropped).toEqual({ entities: 0, meetings: 0 });
    expect(graph.order).toBe(full.order);
  });

  const rows: [string, { minDocs?: number; top?: number }][] = [
    ['minDocs 2', { minDocs: 2 }],
    ['minDocs 3', { minDocs: 3 }],
    ['top 10', { top: 10 }],
    ['minDocs 2 and top 5', { minDocs: 2, top: 5 }],
  ];
  for (const [name, opts] of rows) {
    it(`${name}: keeps what it should, counts what it drops, and leaves no meeting without a person`, () => {
      const g = full.copy() as DiploGraph;
      for (const e of g.filterEdges((_, a) => a.kind === 'met')) g.dropEdge(e); // pruning comes before the met edges are derived
      const before = kinds(g);
      const dropped = pruneGraph(g, opts);
      const after = kinds(g);
      const kept = entities(g);
      if (opts.minDocs) for (const k of kept) expect((g.getNodeAttribute(k, 'docs') as string[]).length).toBeGreaterThanOrEqual(opts.minDocs);
      if (opts.top !== undefined) expect(kept.length).toBeLessThanOrEqual(opts.top);
      expect(dropped.entities).toBeGreaterThan(0);
      expect(dropped.entities).toBe(entities(full).length - kept.length);
      expect(dropped.meetings).toBe((before.meeting ?? 0) - (after.meeting ?? 0));
      expect(meetingsWithoutPerson(g)).toEqual([]);
      // a kept meeting keeps its kept participants: nothing else was removed
      g.forEachEdge((e, _a, s, t) => expect(full.hasEdge(e) && full.source(e) === s && full.target(e) === t).toBe(true));
    });
  }

  it('through buildGraph: the summary counts, and met edges only between kept people', async () => {
    const { graph, dropped } = await buildGraph({ corpus: DEFAULT_CORPUS, workers: 0, minDocs: 2 });
    expect(dropped.entities).toBeGreaterThan(0);
    expect(graph.order).toBe(full.order - dropped.entities - dropped.meetings);
    expect(graph.filterEdges((_, a) => a.kind === 'met').length).toBeGreaterThan(0);
  });
});
