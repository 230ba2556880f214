// Which nodes and edges the current state shows: legend kinds, names without a link, people view, time range,
// ego focus.
// Pure: graph and state in, sets out. The sigma reducers hide everything else.
import type Graph from 'graphology';
import { dayRange } from './dates.js';
import type { ViewState } from './state.js';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Meetings outside the time range (and their edges): drawn faded, not shown in full. */
  fadedNodes: Set<string>;
  fadedEdges: Set<string>;
}

export interface TimeIndex {
  /** Day range of every meeting; null when it has no usable date. */
  ranges: Map<string, [number, number] | null>;
  /** First and last day over all dated meetings (null when none is dated). */
  min: number | null;
  max: number | null;
}

export function timeIndex(graph: Graph): TimeIndex {
  const ranges = new Map<string, [number, number] | null>();
  let min: number | null = null;
  let max: number | null = null;
  graph.forEachNode((key, a) => {
    if (a.kind !== 'meeting') return;
    const r = dayRange(a.date, a.endDate);
    ranges.set(key, r);
    if (r) {
      min = min === null ? r[0] : Math.min(min, r[0]);
      max = max === null ? r[1] : Math.max(max, r[1]);
    }
  });
  return { ranges, min, max };
}

/** Does a meeting fall inside the chosen time range (or, undated, are undated meetings shown)? */
export function inTime(time: TimeIndex, state: ViewState, meeting: string): boolean {
  const r = time.ranges.get(meeting);
  if (r === undefined) return true; // not a meeting
  if (r === null) return state.undated;
  return r[1] >= (state.from ?? -Infinity) && r[0] <= (state.to ?? Infinity);
}

export function computeVisibility(graph: Graph, state: ViewState, time: TimeIndex): Visibility {
  const hidden = new Set(state.hiddenKinds);
  const nodes = new Set<string>();
  const fadedNodes = new Set<string>();
  graph.forEachNode((key, a) => {
    if (hidden.has(a.kind)) return;
    if (state.linkedOnly && graph.degree(key) === 0) return;
    if (state.people && a.kind !== 'person') return;
    if (a.kind === 'meeting' && !inTime(time, state, key)) {
      fadedNodes.add(key);
      return;
    }
    nodes.add(key);
  });

  const timeFiltered = state.from !== null || state.to !== null || !state.undated;
  const edges = new Set<string>();
  const fadedEdges = new Set<string>();
  graph.forEachEdge((key, a, source, target) => {
    if (state.people !== (a.kind === 'met')) return;
    if ((fadedNodes.has(source) && (nodes.has(target) || fadedNodes.has(target))) || (fadedNodes.has(target) && nodes.has(source))) {
      fadedEdges.add(key);
      return;
    }
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (state.people !== (a.kind === 'met')) return;
    if (a.kind === 'met' && timeFiltered && !shareMeetingInTime(graph, time, state, source, target)) return;
    edges.add(key);
  });

  if (state.selected && state.focus > 0 && nodes.has(state.selected)) {
    const reached = ego(graph, edges, state.selected, state.focus);
    for (const n of nodes) if (!reached.has(n)) nodes.delete(n);
    for (const e of edges) if (!reached.has(graph.source(e)) || !reached.has(graph.target(e))) edges.delete(e);
    // in a focus, only what the focus reaches stays, faded or not
    fadedNodes.clear();
    fadedEdges.clear();
  }
  return { nodes, edges, fadedNodes, fadedEdges };
}

/** Two people joined by `met` in the time range: they take part in one meeting inside it. */
function shareMeetingInTime(graph: Graph, time: TimeIndex, state: ViewState, a: string, b: string): boolean {
  for (const m of graph.outNeighbors(a)) {
    if (time.ranges.has(m) && graph.hasDirectedEdge(b, m) && inTime(time, state, m)) return true;
  }
  return false;
}

/** Nodes within `depth` steps of `center`, over the given edges, in either direction. */
export function ego(graph: Graph, edges: Set<string>, center: string, depth: number): Set<string> {
  const reached = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (e, _a, s, t) => {
        if (!edges.has(e)) return;
        const other = s === n ? t : s;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return reached;
}
