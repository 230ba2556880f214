// The layout of big graphs (core-layout.ts), on a small graph shaped like a year of news: country hubs,
// meetings between people of those countries, a part that does not reach the rest, and many names without a
// link. The core is kept small here so that most linked nodes are placed from their neighbours.

import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { coreLayout } from '../../src/graph/core-layout.js';
import { layout, MIN_ITERATIONS, defaultIterations } from '../../src/graph/layout.js';

function newsGraph(unlinked = 300): Graph {
  const g = new Graph({ multi: true });
  const countries = ['VN', 'CN', 'RU', 'US'];
  for (const c of countries) g.addNode(`country:${c}`, { kind: 'country' });
  for (let p = 0; p < 40; p++) g.addNode(`person:${p}`, { kind: 'person' });
  for (let m = 0; m < 60; m++) {
    const meeting = `meeting:${m}`;
    g.addNode(meeting, { kind: 'meeting' });
    const a = (m * 7) % 40;
    const b = (m * 13 + 5) % 40;
    g.addEdge(`person:${a}`, meeting, { kind: 'participant' });
    if (b !== a) g.addEdge(`person:${b}`, meeting, { kind: 'participant' });
    g.addEdge(`country:${countries[a % 4]}`, meeting, { kind: 'party' });
    g.addEdge(`country:${countries[b % 4]}`, meeting, { kind: 'party' });
  }
  for (let p = 0; p < 40; p++) g.addEdge(`person:${p}`, `country:${countries[p % 4]}`, { kind: 'represents' });
  // a meeting of two people the rest never mentions
  g.addNode('person:x', { kind: 'person' });
  g.addNode('person:y', { kind: 'person' });
  g.addNode('meeting:xy', { kind: 'meeting' });
  g.addEdge('person:x', 'meeting:xy', { kind: 'participant' });
  g.addEdge('person:y', 'meeting:xy', { kind: 'participant' });
  const kinds = ['person', 'organization', 'location'];
  for (let i = 0; i < unlinked; i++) g.addNode(`${kinds[i % 3]}:alone-${i}`, { kind: kinds[i % 3] });
  return g;
}

const linkedNodes = (g: Graph) => g.filterNodes((n) => g.degree(n) > 0);

describe('coreLayout', () => {
  const g = newsGraph();
  const pos = coreLayout(g, 0, 10);
  const centre = (() => {
    const ps = linkedNodes(g).map((n) => pos.get(n)!);
    return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
  })();
  const fromCentre = (n: string) => Math.hypot(pos.get(n)!.x - centre.x, pos.get(n)!.y - centre.y);
  const dist = (u: string, v: string) => Math.hypot(pos.get(u)!.x - pos.get(v)!.x, pos.get(u)!.y - pos.get(v)!.y);

  it('places every node, the same way every time, and differently with another seed', () => {
    expect(pos.size).toBe(g.order);
    for (const p of pos.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect([...coreLayout(newsGraph(), 0, 10)]).toEqual([...pos]);
    expect([...coreLayout(newsGraph(), 7, 10)]).not.toEqual([...pos]);
  });

  it('keeps linked nodes near each other: a link is far shorter than the distance between two linked nodes', () => {
    const linked = linkedNodes(g);
    const links = g.mapEdges((_, __, s, t) => dist(s, t));
    let pairs = 0;
    let n = 0;
    for (let i = 0; i < linked.length; i++) for (let j = i + 1; j < linked.length; j++, n++) pairs += dist(linked[i], linked[j]);
    const meanLink = links.reduce((s, d) => s + d, 0) / links.length;
    expect(meanLink).toBeLessThan(0.6 * (pairs / n));
  });

  it('puts the names without a link in a ring around the linked nodes, one sector per kind', () => {
    const linked = linkedNodes(g).map(fromCentre).sort((a, b) => a - b);
    const alone = g.filterNodes((n) => g.degree(n) === 0);
    const ringStart = Math.min(...alone.map(fromCentre));
    expect(ringStart).toBeGreaterThan(linked[Math.floor(linked.length * 0.98)]);
    expect(Math.max(...alone.map(fromCentre))).toBeLessThan(ringStart * 1.25);
    // each kind's angles form a range that no other kind's node enters
    const angle = (n: string) => (Math.atan2(pos.get(n)!.y - centre.y, pos.get(n)!.x - centre.x) + 2 * Math.PI) % (2 * Math.PI);
    const ranges = ['location', 'organization', 'person'].map((k) => {
      const as = alone.filter((n) => g.getNodeAttribute(n, 'kind') === k).map(angle);
      return [Math.min(...as), Math.max(...as)];
    });
    for (let i = 0; i < ranges.length; i++) for (let j = 0; j < ranges.length; j++) {
      if (i !== j) expect(ranges[i][1] < ranges[j][0] || ranges[j][1] < ranges[i][0]).toBe(true);
    }
  });

  it('places the part the core does not reach inside the ring, its nodes together', () => {
    const alone = g.filterNodes((n) => g.degree(n) === 0);
    const ringStart = Math.min(...alone.map(fromCentre));
    for (const n of ['person:x', 'person:y', 'meeting:xy']) expect(fromCentre(n)).toBeLessThan(ringStart);
    expect(dist('person:x', 'meeting:xy')).toBeLessThan(dist('person:x', 'country:VN'));
  });
});

describe('layout of a graph too big for ForceAtlas2 from scratch', () => {
  it('starts from the core layout, and runs no ForceAtlas2 over the whole', () => {
    const g = newsGraph(2600);
    expect(defaultIterations(g.order)).toBeLessThan(MIN_ITERATIONS);
    const want = coreLayout(g);
    layout(g);
    g.forEachNode((n, a) => expect([a.x, a.y]).toEqual([want.get(n)!.x, want.get(n)!.y]));
  });

  it('keeps the previous positions of at least half of the nodes, and places the others beside their neighbours', () => {
    const before = newsGraph(2600);
    layout(before);
    const previous = new Map(before.filterNodes((n) => !n.startsWith('meeting:1')).map((n) => [n, { x: before.getNodeAttribute(n, 'x'), y: before.getNodeAttribute(n, 'y') }]));
    const g = newsGraph(2600);
    layout(g, { previous });
    for (const [n, p] of previous) expect([g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')]).toEqual([p.x, p.y]);
    // a meeting without a previous position lies among its participants
    const xy = (n: string) => [g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y')];
    const [mx, my] = xy('meeting:10');
    const near = g.mapNeighbors('meeting:10', (n) => Math.hypot(xy(n)[0] - mx, xy(n)[1] - my));
    const far = Math.hypot(...xy('person:x').map((v, i) => v - xy('country:VN')[i]));
    expect(Math.min(...near)).toBeLessThan(far);
  });

  it('lays out from scratch when fewer than half of the nodes have a previous position', () => {
    const g = newsGraph(2600);
    layout(g, { previous: new Map([['country:VN', { x: 5, y: 5 }]]) });
    const want = coreLayout(newsGraph(2600));
    g.forEachNode((n, a) => expect([a.x, a.y]).toEqual([want.get(n)!.x, want.get(n)!.y]));
  });

  it('still runs ForceAtlas2 over the whole when asked for iterations', () => {
    const g = newsGraph(2600);
    layout(g, { iterations: 1 });
    const want = coreLayout(newsGraph(2600));
    expect(g.mapNodes((n, a) => a.x === want.get(n)!.x).every(Boolean)).toBe(false);
  });
});
