// The graph contract file (graph.json): graphology's serialization, `graph.export()`, as JSON.

import type { AbstractGraph, Attributes } from 'graphology-types';


function hasKeys(o: Attributes): boolean {
  for (const _ in o) return true;
  return false;
}

/** The graph as graphology's serialization in JSON (what `Graph.from(JSON.parse(text))` reads back). */
export function toJson(graph: AbstractGraph): string {
  return JSON.stringify(graph.export());
}

/**
 * The same text as `toJson(graph)`, in pieces: one node or edge at a time. Streamed to a file it never holds
 * the whole serialization (or the whole text) in memory; the writer encodes the pieces straight into its
 * buffer (joining them into bigger strings first only cost a copy).
 */
export function* jsonChunks(graph: AbstractGraph): Generator<string, void, undefined> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let sep = '';
  for (const { node, attributes } of graph.nodeEntries()) {
    yield sep + JSON.stringify(hasKeys(attributes) ? { key: node, attributes } : { key: node });
    sep = ',';
  }
  yield '],"edges":[';
  sep = '';
  const mixed = graph.type === 'mixed';
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
    const e: Record<string, unknown> = { key: edge, source, target };
    if (hasKeys(attributes)) e.attributes = attributes;
    if (mixed && undirected) e.undirected = true;
    yield sep + JSON.stringify(e);
    sep = ',';
  }
  yield ']}';
}
