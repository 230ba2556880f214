import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { jsonChunks, toJson } from '../../src/export/json.js';
import { layout } from '../../src/graph/layout.js';
import { contractGraph, DOCS, HOSTILE_LABEL } from './contract-graph.js';

const graph = contractGraph();
layout(graph);

describe('toJson', () => {
  it('is graphology’s serialization with the contract options', () => {
    const data = JSON.parse(toJson(graph));
    expect(data.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(data.attributes).toEqual({ schemaVersion: 1 });
    expect(data.nodes).toHaveLength(graph.order);
    expect(data.edges).toHaveLength(graph.size);
  });

  it('round-trips through Graph.from with every attribute equal, hostile text included', () => {
    const back = Graph.from(JSON.parse(toJson(graph)));
    expect(back.type).toBe('directed');
    expect(back.multi).toBe(true);
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges()).toEqual(graph.edges());
    graph.forEachNode((n, a) => expect(back.getNodeAttributes(n)).toEqual(a));
    graph.forEachEdge((e, a, s, t) => {
      expect(back.getEdgeAttributes(e)).toEqual(a);
      expect([back.source(e), back.target(e)]).toEqual([s, t]);
    });
    // JSON keeps what XML cannot: control characters and the lone surrogate.
    expect(back.getNodeAttribute('person:bob-oneil', 'label')).toBe(HOSTILE_LABEL);
  });

  it('keeps evidence offsets that index the documents', () => {
    const back = Graph.from(JSON.parse(toJson(graph)));
    back.forEachNode((_, a) => {
      for (const e of a.evidence) expect(DOCS[e.doc].slice(e.start, e.end)).toBe(e.text);
    });
  });
});

describe('jsonChunks', () => {
  it('joins to exactly toJson’s text, for directed, undirected and mixed graphs', () => {
    const mixed = new Graph({ type: 'mixed', multi: true });
    mixed.addNode('a', { label: 'ạ' });
    mixed.addNode('b');
    mixed.addDirectedEdge('a', 'b', { kind: 'met' });
    mixed.addUndirectedEdge('a', 'b');
    const undirected = new Graph({ type: 'undirected' });
    undirected.mergeEdge('x', 'y', { w: 1 });
    for (const g of [graph, mixed, undirected, new Graph()]) expect([...jsonChunks(g)].join('')).toBe(toJson(g));
  });

  it('streams big graphs in small pieces', () => {
    const big = new Graph({ multi: true });
    for (let i = 0; i < 3000; i++) big.addNode(`person:p${i}`, { kind: 'person', names: [`P ${i}`] });
    for (let i = 1; i < 3000; i++) big.addEdge(`person:p${i}`, `person:p${i - 1}`, { kind: 'met', weight: 1 });
    const chunks = [...jsonChunks(big)];
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(c.length).toBeLessThan(70_000);
    expect(chunks.join('')).toBe(toJson(big));
  });
});
