import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { KIND_COLORS, OTHER_COLOR } from '../../src/graph/colors.js';
import { defaultIterations, layout, sizeForDegree } from '../../src/graph/layout.js';
import { contractGraph } from '../export/contract-graph.js';

const positions = (g: Graph) => g.mapNodes((n, a) => [n, a.x, a.y, a.size, a.color]);

describe('layout', () => {
  it('gives every node finite x, y, a size and an rgb() colour by kind', () => {
    const g = contractGraph();
    g.addNode('event:unknown-kind', { kind: 'event' });
    g.addNode('person:alone', { kind: 'person' });
    layout(g);
    g.forEachNode((node, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y), node).toBe(true);
      expect(a.size).toBe(sizeForDegree(g.degree(node)));
      expect(a.color).toMatch(/^rgb\(\d{1,3},\d{1,3},\d{1,3}\)$/);
      expect(a.color).toBe(KIND_COLORS[a.kind] ?? OTHER_COLOR);
    });
    expect(g.getNodeAttribute('person:alone', 'size')).toBe(4);
  });

  it('keeps every other attribute', () => {
    const g = contractGraph();
    const before = g.mapNodes((_, a) => ({ ...a }));
    layout(g);
    g.mapNodes((_, a) => a).forEach((a, i) => expect(a).toMatchObject(before[i]));
  });

  it('is deterministic: the same graph gives the same positions, whatever its previous positions', () => {
    const a = contractGraph();
    const b = contractGraph();
    b.forEachNode((n) => b.mergeNodeAttributes(n, { x: 1e6, y: -1e6 }));
    layout(a);
    layout(b);
    expect(positions(b)).toEqual(positions(a));
    const c = contractGraph();
    layout(c, { seed: 7 });
    expect(positions(c)).not.toEqual(positions(a));
  });

  it('separates nodes and pulls linked ones together', () => {
    const g = contractGraph();
    layout(g);
    const dist = (u: string, v: string) =>
      Math.hypot(g.getNodeAttribute(u, 'x') - g.getNodeAttribute(v, 'x'), g.getNodeAttribute(u, 'y') - g.getNodeAttribute(v, 'y'));
    const xs = new Set(g.mapNodes((_, a) => `${a.x},${a.y}`));
    expect(xs.size).toBe(g.order);
    // A host and the meeting he hosted end up closer than two people in unrelated meetings.
    expect(dist('person:tap-can-binh', 'meeting:a1b2c3d4e5f6')).toBeLessThan(dist('person:tap-can-binh', 'person:sergey-lavrov'));
  });

  it('sizes by degree within bounds', () => {
    expect([0, 1, 4, 9, 10_000].map(sizeForDegree)).toEqual([4, 7, 10, 13, 30]);
  });

  it('spends fewer iterations on bigger graphs', () => {
    expect([20, 1000, 3000, 10_000, 100_000].map(defaultIterations)).toEqual([500, 75, 33, 10, 2]);
  });

  it('lays out a 3000-node graph with Barnes-Hut when asked for iterations (speed is for npm run bench, not a test)', () => {
    const g = new Graph({ multi: true });
    for (let i = 0; i < 3000; i++) g.addNode(`person:${i}`, { kind: i % 5 ? 'person' : 'meeting' });
    for (let i = 0; i < 9000; i++) g.addEdge(`person:${(i * 7919) % 3000}`, `person:${(i * 104729 + 1) % 3000}`);
    layout(g, { iterations: 2 });
    g.forEachNode((_, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  }, 30_000);
});
