// The graph contract file (graph.json): graphology's serialization, `graph.export()`, as JSON.

import type { AbstractGraph, Attributes } from 'graphology-types';
import { Chunks } from './chunks.js';


function hasKeys(o: Attributes): boolean {
  for (const _ in o) return true;
  return false;
}

/** The graph as graphology's serialization in JSON (what `Graph.from(JSON.parse(text))` reads back). */
export function toJson(graph: AbstractGraph): string {
  return JSON.stringify(graph.export());
}

/**
 * The same text as `toJson(graph)`, in pieces of about 64 KB, one node or edge at a time: streamed to a
 * file it never holds the whole serialization (or the whole text) in memory.
 */
export function* jsonChunks(graph: AbstractGraph): Generator<string, void, undefined> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const chunks = new Chunks();
  chunks.push(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
  let sep = '';
  for (const { node, attributes } of graph.nodeEntries()) {
    const s = sep + JSON.stringify(hasKeys(attributes) ? { key: node, attributes } : { key: node });
    sep = ',';
    const full = chunks.push(s);
    if (full) yield full;
  }
  chunks.push('],"edges":[');
  sep = '';
  const mixed = graph.type === 'mixed';
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
    const e: Record<string, unknown> = { key: edge, source, target };
    if (hasKeys(attributes)) e.attributes = attributes;
    if (mixed && undirected) e.undirected = true;
    const s = sep + JSON.stringify(e);
    sep = ',';
    const full = chunks.push(s);
    if (full) yield full;
  }
  chunks.push(']}');
  yield chunks.flush();
}
