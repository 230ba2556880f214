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

/** graph.json's text before the first node. */
export function jsonStart(graph: AbstractGraph): string {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  return `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
}
/** graph.json's text between the last node and the first edge, and after the last edge. */
export const JSON_MIDDLE = '],"edges":[';
export const JSON_END = ']}';

/** A node in graph.json (without the comma before it). */
export function jsonNode(node: string, attributes: Attributes): string {
  return JSON.stringify(hasKeys(attributes) ? { key: node, attributes } : { key: node });
}

/** An edge in graph.json (without the comma before it); `mixed`: the graph's type is mixed. */
export function jsonEdge(edge: string, source: string, target: string, attributes: Attributes, undirected: boolean, mixed: boolean): string {
  const e: Record<string, unknown> = { key: edge, source, target };
  if (hasKeys(attributes)) e.attributes = attributes;
  if (mixed && undirected) e.undirected = true;
  return JSON.stringify(e);
}

/**
 * The same text as `toJson(graph)`, in pieces: one node or edge at a time. Streamed to a file it never holds
 * the whole serialization (or the whole text) in memory; the writer encodes the pieces straight into its
 * buffer (joining them into bigger strings first only cost a copy).
 */
export function* jsonChunks(graph: AbstractGraph): Generator<string, void, undefined> {
  yield jsonStart(graph);
  let sep = '';
  for (const { node, attributes } of graph.nodeEntries()) {
    yield sep + jsonNode(node, attributes);
    sep = ',';
  }
  yield JSON_MIDDLE;
  sep = '';
  const mixed = graph.type === 'mixed';
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
    yield sep + jsonEdge(edge, source, target, attributes, undirected, mixed);
    sep = ',';
  }
  yield JSON_END;
}
