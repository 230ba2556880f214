// The shortest path between two entities over what is visible, in either edge direction
// (person → meeting ← person is a path between two people).
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Visibility } from './visibility.js';

export interface Path {
  nodes: string[];
  /** edges[i] joins nodes[i] and nodes[i + 1]. */
  edges: string[];
}

export function shortestPath(graph: Graph, vis: Visibility, from: string, to: string): Path | null {
  if (!vis.nodes.has(from) || !vis.nodes.has(to)) return null;
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of vis.nodes) g.addNode(n);
  for (const e of vis.edges) {
    const s = graph.source(e);
    const t = graph.target(e);
    if (s !== t && !g.hasEdge(s, t)) g.addEdge(s, t, { key: e });
  }
  const nodes = bidirectional(g, from, to);
  if (!nodes) return null;
  const edges: string[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) edges.push(g.getEdgeAttribute(g.edge(nodes[i], nodes[i + 1]), 'key'));
  return { nodes, edges };
}
