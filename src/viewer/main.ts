// The viewer: loads graph.json (next to the page), draws it with sigma, and keeps the view state
// outside the graph. Every change goes through update(): state → visibility → reducers → panels → URL.
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import './style.css';
import { byId, h } from './el.js';
import { dayToIso } from './dates.js';
import { renderEdgeDetails, renderNodeDetails, type DetailsActions } from './details.js';
import { exportGexf, exportJson, exportPng } from './exports.js';
import { startLayout, type LayoutControl } from './layout.js';
import { shortestPath, type Path } from './path.js';
import { buildSearchIndex } from './search.js';
import { setupSearchBox } from './search-box.js';
import { renderLegend, renderPath, setupFocus, setupTimeRange, type TimeRangeControl } from './sidebar.js';
import type { ViewState } from './state.js';
import { decodeState, encodeState } from './url-state.js';
import { computeVisibility, timeIndex, type Visibility } from './visibility.js';
import { KIND_COLORS, OTHER_COLOR } from '../graph/colors.js';

const KIND_ORDER = ['person', 'country', 'meeting', 'location', 'organization'];
// the build's colours, for graphs written without layout attributes
const FALLBACK_COLORS = KIND_COLORS;
const FADED_NODE = '#e2e8f0';
const EDGE_COLOR = '#cbd5e1';
const EDGE_FADED = '#f1f5f9';
const EDGE_STRONG = '#334155';
const PATH_COLOR = '#0f172a';
const LAYOUT_LIMIT = 3000;
const BIG_GRAPH = 5000;

const tints = new Map<string, string>();
/** A pale version of a color (mixed with white), for what is not in focus. */
function tint(color: unknown): string {
  const c = String(color);
  let t = tints.get(c);
  if (!t) {
    const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(c) ?? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
    const rgb = m ? [1, 2, 3].map((i) => (m[0].startsWith('rgb') ? Number(m[i]) : parseInt(m[i], 16))) : [148, 163, 184];
    t = `rgb(${rgb.map((v) => Math.round(v + (255 - v) * 0.7)).join(', ')})`;
    tints.set(c, t);
  }
  return t;
}

/** Loads the graph: whatever the file misses for drawing (positions, sizes, colors) gets a default. */
function loadGraph(data: any): { graph: Graph; missingPositions: number } {
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  graph.import(data);
  let missingPositions = 0;
  const extent = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes((_key, a) => {
    const { type: _type, ...rest } = a; // `type` picks a sigma program; the contract never sets it
    if (!Number.isFinite(rest.x) || !Number.isFinite(rest.y)) {
      missingPositions++;
      rest.x = (Math.random() - 0.5) * extent;
      rest.y = (Math.random() - 0.5) * extent;
    }
    if (!Number.isFinite(rest.size) || rest.size <= 0) rest.size = 4;
    if (typeof rest.color !== 'string') rest.color = FALLBACK_COLORS[rest.kind] ?? OTHER_COLOR;
    if (typeof rest.label !== 'string') rest.label = rest.label == null ? _key : String(rest.label);
    return rest;
  });
  graph.forEachEdge((key, a) => {
    if ('type' in a) graph.removeEdgeAttribute(key, 'type');
  });
  return { graph, missingPositions };
}

/** The color the data gives each kind (its most frequent one), for the legend. */
function kindColors(graph: Graph): Map<string, { color: string; count: number }> {
  const tally = new Map<string, Map<string, number>>();
  graph.forEachNode((_k, a) => {
    const kind = String(a.kind ?? 'other');
    const t = tally.get(kind) ?? new Map<string, number>();
    t.set(a.color, (t.get(a.color) ?? 0) + 1);
    tally.set(kind, t);
  });
  const out = new Map<string, { color: string; count: number }>();
  const kinds = [...tally.keys()].sort((a, b) => {
    const ia = KIND_ORDER.indexOf(a);
    const ib = KIND_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  for (const kind of kinds) {
    const t = tally.get(kind)!;
    const [color] = [...t].sort((a, b) => b[1] - a[1])[0];
    out.set(kind, { color, count: [...t.values()].reduce((s, n) => s + n, 0) });
  }
  return out;
}

function setStatus(text: string): void {
  byId('status').textContent = text;
}

async function main(): Promise<void> {
  let data: unknown;
  try {
    const res = await fetch('graph.json');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    data = await res.json();
    performance.mark('graph-json-parsed');
  } catch (err) {
    byId('graph').replaceChildren(
      h('div', { class: 'load-error' }, h('h2', {}, 'Could not load graph.json'), h('p', {}, String(err)),
        h('p', {}, 'Serve the output folder (diplograph serve graph-output) and open the address it prints.')),
    );
    setStatus('No graph loaded.');
    return;
  }
  const { graph, missingPositions } = loadGraph(data);
  performance.mark('graph-imported');
  const colors = kindColors(graph);
  const colorOf = (kind: string) => colors.get(kind)?.color ?? FALLBACK_COLORS[kind] ?? OTHER_COLOR;
  const time = timeIndex(graph);
  const index = buildSearchIndex(graph);
  const big = graph.order > BIG_GRAPH || graph.size > 5 * BIG_GRAPH;

  let state: ViewState = sanitize(decodeState(location.hash));
  let vis: Visibility = computeVisibility(graph, state, time);
  let path: Path | null = null;
  let pathNodes: Set<string> | null = null;
  let pathEdges: Set<string> | null = null;
  let selectionSet: Set<string> | null = null;
  let hovered: string | null = null;
  let hoverSet: Set<string> | null = null;

  function sanitize(s: ViewState): ViewState {
    if (s.selected && !graph.hasNode(s.selected)) s.selected = null;
    if (s.selectedEdge && !graph.hasEdge(s.selectedEdge)) s.selectedEdge = null;
    if (s.pathFrom && !graph.hasNode(s.pathFrom)) s.pathFrom = null;
    if (s.pathTo && !graph.hasNode(s.pathTo)) s.pathTo = null;
    return s;
  }

  recompute(); // before sigma's first draw, which the reducers derive from this state
  const container = byId('graph');
  const renderer = new Sigma(graph, container, {
    allowInvalidContainer: true,
    // Big graphs: 1-pixel GL lines and points instead of anti-aliased quads (far less to rasterize,
    // which matters with software WebGL).
    ...(big ? { edgeProgramClasses: { line: EdgeLineProgram }, nodeProgramClasses: { circle: NodePointProgram } } : {}),
    zIndex: !big, // sorting 100k edges by zIndex on every refresh costs more than it gives
    renderEdgeLabels: false,
    enableEdgeEvents: graph.size <= 50_000,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    labelRenderedSizeThreshold: big ? 14 : graph.order <= 60 ? 0 : 6,
    labelDensity: big ? 0.5 : graph.order <= 60 ? 1 : 0.6,
    labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#0f172a' },
    defaultEdgeColor: EDGE_COLOR,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    stagePadding: 60,
    nodeReducer: (node, d) => {
      const res: Partial<NodeDisplayData> = { ...d };
      if (!vis.nodes.has(node)) {
        if (vis.fadedNodes.has(node)) {
          // outside the time range: still there, faded out
          res.color = FADED_NODE;
          res.label = null;
          res.zIndex = 0;
          res.highlighted = false;
        } else res.hidden = true;
        return res;
      }
      const emphasis = hoverSet ?? pathNodes;
      if (!emphasis && selectionSet && !selectionSet.has(node)) {
        res.color = tint(d.color); // the selection's neighbourhood stands out, the rest stays legible
        res.zIndex = 0;
      } else if (emphasis && !emphasis.has(node)) {
        res.color = FADED_NODE;
        res.label = null;
        res.zIndex = 0;
      } else if (emphasis) res.zIndex = 1;
      if (node === state.selected || node === hovered || node === state.pathFrom || node === state.pathTo) {
        res.highlighted = true;
        res.zIndex = 2;
      }
      return res;
    },
    edgeReducer: (edge, d) => {
      const res: Partial<EdgeDisplayData> = { ...d };
      if (!vis.edges.has(edge)) {
        if (vis.fadedEdges.has(edge)) {
          res.color = EDGE_FADED;
          res.size = 1;
          res.zIndex = 0;
        } else res.hidden = true;
        return res;
      }
      res.color = typeof d.color === 'string' ? d.color : EDGE_COLOR;
      res.size = d.kind === 'met' ? Math.min(1 + Math.log2(Number(d.weight) || 1), 6) : 1;
      if (pathEdges?.has(edge) || edge === state.selectedEdge) {
        res.color = PATH_COLOR;
        res.size = 3;
        res.zIndex = 2;
        return res;
      }
      const focus = hovered ?? state.selected;
      if (hovered && !big && !graph.hasExtremity(edge, hovered)) res.color = EDGE_FADED;
      else if (pathEdges && !hovered) res.color = EDGE_FADED;
      else if (!hovered && selectionSet && !graph.hasExtremity(edge, state.selected!)) res.color = EDGE_FADED;
      else if (focus && graph.hasExtremity(edge, focus)) {
        res.color = EDGE_STRONG;
        res.zIndex = 1;
      }
      return res;
    },
  });
  performance.mark('sigma-first-draw');
  const camera = renderer.getCamera();

  const actions: DetailsActions = {
    select: (node) => select(node, true),
    selectEdge: (edge) => update({ selectedEdge: edge, selected: null }),
    pathFrom: (node) => update({ pathFrom: node }),
    pathTo: (node) => update({ pathTo: node }),
    colorOf,
  };

  function select(node: string | null, moveCamera: boolean): void {
    update({ selected: node, selectedEdge: null });
    if (node && moveCamera) focusCamera(node);
  }

  function focusCamera(node: string): void {
    const d = renderer.getNodeDisplayData(node);
    if (!d) return;
    camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  }

  function recompute(): void {
    vis = computeVisibility(graph, state, time);
    path = state.pathFrom && state.pathTo ? shortestPath(graph, vis, state.pathFrom, state.pathTo) : null;
    pathNodes = path ? new Set(path.nodes) : null;
    pathEdges = path ? new Set(path.edges) : null;
    selectionSet = state.selected && vis.nodes.has(state.selected) ? neighbourhood(state.selected) : null;
  }

  /** The node and its neighbours over visible edges. */
  function neighbourhood(node: string): Set<string> {
    const set = new Set([node]);
    graph.forEachEdge(node, (e, _a, s, t) => {
      if (vis.edges.has(e)) set.add(s === node ? t : s);
    });
    return set;
  }

  function renderPanels(): void {
    const details = byId('details');
    if (state.selected) details.replaceChildren(...renderNodeDetails(graph, state.selected, actions));
    else if (state.selectedEdge) details.replaceChildren(...renderEdgeDetails(graph, state.selectedEdge, actions));
    else details.replaceChildren(...overview());
    renderLegend(byId('legend'), colors, state, (kind, on) => {
      const hidden = new Set(state.hiddenKinds);
      if (on) hidden.delete(kind);
      else hidden.add(kind);
      update({ hiddenKinds: [...hidden] });
    });
    renderPath(byId('path-panel'), graph, state, path, {
      select: (n) => select(n, true),
      clear: () => update({ pathFrom: null, pathTo: null }),
      shown: (n) => vis.nodes.has(n),
    });
    focusControl.sync(state);
    timeControl?.sync(state);
    byId<HTMLInputElement>('unlinked').checked = !state.linkedOnly;
    const people = byId('people-view');
    people.setAttribute('aria-pressed', String(state.people));
    const shownEdges = vis.edges.size;
    setStatus(
      `${vis.nodes.size.toLocaleString('en')} of ${graph.order.toLocaleString('en')} nodes · ` +
        `${shownEdges.toLocaleString('en')} of ${graph.size.toLocaleString('en')} edges shown` +
        (state.people ? ' · people view' : '') +
        (missingPositions ? ` · ${missingPositions} nodes had no position: try Run layout` : ''),
    );
  }

  function overview(): Node[] {
    const docs = new Set<string>();
    graph.forEachNode((_k, a) => {
      if (Array.isArray(a.docs)) for (const d of a.docs) docs.add(String(d));
    });
    return [
      h('header', {}, h('h2', { attrs: { id: 'details-title' } }, 'Details')),
      h('p', { class: 'muted' }, 'Click a node or a link, or search by name, to see what is known and the sentences that say so.'),
      h(
        'dl',
        {},
        ...[...colors].map(([kind, c]) => h('div', { class: 'field' }, h('dt', {}, kind), h('dd', {}, c.count.toLocaleString('en')))),
        h('div', { class: 'field' }, h('dt', {}, 'documents'), h('dd', {}, docs.size.toLocaleString('en'))),
      ),
      h('p', { class: 'muted small' }, 'Keys: / search · Esc clear selection · scroll to zoom · drag to pan.'),
    ];
  }

  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let cameraTouched = state.camera !== null;
  function writeUrl(): void {
    clearTimeout(urlTimer);
    if (cameraTouched) state = { ...state, camera: camera.getState() };
    const hash = encodeState(state);
    history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  function update(patch: Partial<ViewState>): void {
    state = { ...state, ...patch };
    recompute();
    if (hovered && !vis.nodes.has(hovered)) {
      hovered = null;
      hoverSet = null;
    }
    renderer.refresh();
    renderPanels();
    writeUrl();
  }

  // Hover: the node and its neighbours stand out. On big graphs fading everything else would re-run
  // the reducers over every item (~0.4 s at 20k/100k in software WebGL): there, only the node and
  // its own edges are redrawn, darker.
  const repaintAround = (node: string) =>
    renderer.refresh({ partialGraph: { nodes: [node], edges: graph.edges(node) }, skipIndexation: true });
  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    container.classList.add('pointer');
    if (big) return repaintAround(node);
    hoverSet = neighbourhood(node);
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', ({ node }) => {
    hovered = null;
    hoverSet = null;
    container.classList.remove('pointer');
    if (big) return repaintAround(node);
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('enterEdge', () => container.classList.add('pointer'));
  renderer.on('leaveEdge', () => container.classList.remove('pointer'));
  renderer.on('clickNode', ({ node }) => select(node, false));
  renderer.on('clickEdge', ({ edge }) => update({ selectedEdge: edge, selected: null }));
  renderer.on('clickStage', () => {
    if (state.selected || state.selectedEdge) update({ selected: null, selectedEdge: null });
  });
  camera.on('updated', () => {
    cameraTouched = true;
    clearTimeout(urlTimer);
    urlTimer = setTimeout(writeUrl, 250);
  });

  // Controls.
  const timeControl: TimeRangeControl | null = setupTimeRange(time, state, (patch) => update(patch));
  const focusControl = setupFocus(byId('focus'), (focus) => update({ focus }));
  setupSearchBox(byId<HTMLInputElement>('search'), byId('search-results'), index, colorOf, (key) => select(key, true));
  byId('people-view').addEventListener('click', () => update({ people: !state.people }));
  // names that no meeting or relation joins to anything: most nodes of a big corpus's graph (its outer ring)
  const unlinked = graph.filterNodes((n) => graph.degree(n) === 0).length;
  byId('unlinked-count').textContent = unlinked.toLocaleString('en');
  byId('unlinked-row').hidden = unlinked === 0;
  const unlinkedBox = byId<HTMLInputElement>('unlinked');
  unlinkedBox.addEventListener('change', () => update({ linkedOnly: !unlinkedBox.checked }));
  byId('export-png').addEventListener('click', () => void exportPng(renderer).catch(reportError));
  byId('export-gexf').addEventListener('click', () => exportGexf(graph, vis));
  byId('export-json').addEventListener('click', () => exportJson(graph, vis));
  byId('copy-link').addEventListener('click', () => {
    writeUrl();
    navigator.clipboard.writeText(location.href).then(
      () => flash('Link copied'),
      () => flash('Copy the address bar: it holds the view'),
    );
  });
  byId('zoom-in').addEventListener('click', () => camera.animatedZoom({ duration: 250 }));
  byId('zoom-out').addEventListener('click', () => camera.animatedUnzoom({ duration: 250 }));
  byId('zoom-reset').addEventListener('click', () => camera.animatedReset({ duration: 250 }));
  let layout: LayoutControl | null = null;
  const layoutButton = byId<HTMLButtonElement>('layout');
  if (graph.order <= LAYOUT_LIMIT) {
    layoutButton.hidden = false;
    layoutButton.addEventListener('click', () => {
      layout ??= startLayout(graph);
      layout.toggle();
      layoutButton.setAttribute('aria-pressed', String(layout.running()));
      layoutButton.textContent = layout.running() ? 'Stop layout' : 'Run layout';
    });
  }

  function flash(text: string): void {
    const el = byId('toast');
    el.textContent = text;
    el.hidden = false;
    setTimeout(() => (el.hidden = true), 1800);
  }
  function reportError(err: unknown): void {
    flash(`Failed: ${String(err)}`);
  }

  // Keyboard: "/" focuses search, Escape clears the selection (then the path).
  document.addEventListener('keydown', (ev) => {
    const typing = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement;
    if (ev.key === '/' && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      const search = byId<HTMLInputElement>('search');
      search.focus();
      search.select();
    } else if (ev.key === 'Escape') {
      if (state.selected || state.selectedEdge) update({ selected: null, selectedEdge: null });
      else if (state.pathFrom || state.pathTo) update({ pathFrom: null, pathTo: null });
    }
  });

  // A link pasted into this tab: apply the view it describes.
  window.addEventListener('hashchange', () => {
    state = sanitize(decodeState(location.hash));
    if (state.camera) camera.setState(state.camera);
    update({});
  });

  renderPanels();
  if (state.camera) camera.setState(state.camera);
  else if (state.selected) focusCamera(state.selected);

  // Sigma drew synchronously in its constructor; the next animation frame shows it.
  let firstRenderMs: number | null = null;
  requestAnimationFrame(() => {
    firstRenderMs = performance.now(); // since navigation start
    document.body.dataset.ready = 'true';
  });

  // A read-only handle for tests and the curious.
  Object.defineProperty(window, '__diplograph', {
    value: Object.freeze({
      graph,
      renderer,
      get state(): ViewState {
        return structuredClone(state);
      },
      get path(): Path | null {
        return path && structuredClone(path);
      },
      get firstRenderMs() {
        return firstRenderMs;
      },
      /** Milliseconds since navigation start at each loading step. */
      timings: () => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])),
      get hovered() {
        return hovered;
      },
      get layoutRunning() {
        return layout?.running() ?? false;
      },
      visibleNodes: () => [...vis.nodes],
      fadedNodes: () => [...vis.fadedNodes],
      visibleEdges: () => [...vis.edges],
      /** Nodes sigma draws (its display data after the reducers). */
      drawnNodes: () => graph.filterNodes((n) => renderer.getNodeDisplayData(n)?.hidden === false),
      timeBounds: () => ({ min: time.min === null ? null : dayToIso(time.min), max: time.max === null ? null : dayToIso(time.max) }),
    }),
  });
}

main().catch((err) => {
  console.error(err);
  setStatus(`Error: ${String(err)}`);
});

