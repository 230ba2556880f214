// ForceAtlas2 in a web worker, for graphs small enough to lay out in the browser.
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';

export interface LayoutControl {
  toggle(): void;
  running(): boolean;
}

export function startLayout(graph: Graph): LayoutControl {
  const layout = new FA2Layout(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
  return {
    toggle: () => (layout.isRunning() ? layout.stop() : layout.start()),
    running: () => layout.isRunning(),
  };
}
