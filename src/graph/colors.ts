// One colour per node kind, shared by the layout (written into the graph), the GEXF and the viewer.
// The same hues as the viewer's legend; written without spaces, as GEXF readers (graphology-gexf) print them.

export const KIND_COLORS: Readonly<Record<string, string>> = {
  person: 'rgb(37,99,235)', // blue
  country: 'rgb(220,38,38)', // red
  meeting: 'rgb(234,138,0)', // amber
  location: 'rgb(22,163,74)', // green
  organization: 'rgb(147,51,234)', // purple
};

/** For a node of a kind not listed above. */
export const OTHER_COLOR = 'rgb(100,116,139)'; // slate

export function kindColor(kind: unknown): string {
  return (typeof kind === 'string' && Object.hasOwn(KIND_COLORS, kind) ? KIND_COLORS[kind] : undefined) ?? OTHER_COLOR;
}
