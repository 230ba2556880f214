// What the user has chosen. It lives outside the graph; the sigma reducers derive what is drawn
// from it, and the URL carries it (url-state.ts).

export interface Camera {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface ViewState {
  /** The selected node, or null. */
  selected: string | null;
  /** The selected edge (its evidence is shown), or null. */
  selectedEdge: string | null;
  /** Node kinds switched off in the legend. */
  hiddenKinds: string[];
  /** The time range over meetings, as day numbers (null: from the first / to the last meeting). */
  from: number | null;
  to: number | null;
  /** Show meetings without a date (or without a year). */
  undated: boolean;
  /** Ego network of the selected node: 0 (off), 1 or 2 steps. */
  focus: 0 | 1 | 2;
  /** The two ends of a shortest path. */
  pathFrom: string | null;
  pathTo: string | null;
  /** People only, joined by `met` edges. */
  people: boolean;
  /** Only nodes with a link: the names that no meeting or relation joins to anything are hidden. */
  linkedOnly: boolean;
  camera: Camera | null;
}

export function defaultState(): ViewState {
  return {
    selected: null,
    selectedEdge: null,
    hiddenKinds: [],
    from: null,
    to: null,
    undated: true,
    focus: 0,
    pathFrom: null,
    pathTo: null,
    people: false,
    linkedOnly: false,
    camera: null,
  };
}
