// The visible part of the graph, as a graph of its own (same contract), and its GEXF.
import Graph from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import type { Visibility } from './visibility.js';

export function visibleSubgraph(graph: Graph, vis: Visibility): Graph {
  const sub = new Graph({ type: 'directed', multi: true });
  sub.replaceAttributes({ ...graph.getAttributes() });
  for (const n of vis.nodes) sub.addNode(n, { ...graph.getNodeAttributes(n) });
  for (const e of vis.edges) {
    sub.addDirectedEdgeWithKey(e, graph.source(e), graph.target(e), { ...graph.getEdgeAttributes(e) });
  }
  return sub;
}

const VIZ = new Set(['x', 'y', 'size', 'color', 'label']);

/** GEXF attributes hold scalars: lists of names become "a | b", evidence becomes its sentences. */
function flatten(attrs: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (VIZ.has(k) || v === undefined || v === null) continue;
    if (k === 'evidence' && Array.isArray(v)) {
      out[k] = v.map((e: any) => `${e.doc}:${e.start}-${e.end} ${e.text}`).join(' | ');
    } else if (Array.isArray(v)) out[k] = v.map(String).join(' | ');
    else if (typeof v === 'object') out[k] = JSON.stringify(v);
    else out[k] = v as string | number | boolean;
  }
  return out;
}

export function toGexf(graph: Graph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: String(a.label ?? ''),
      viz: { x: a.x, y: a.y, size: a.size, ...(typeof a.color === 'string' ? { color: a.color } : {}) },
      attributes: flatten(a),
    }),
    formatEdge: (_key, a) => ({
      label: String(a.kind ?? ''),
      weight: typeof a.weight === 'number' ? a.weight : 1,
      attributes: flatten(a),
    }),
  });
}
