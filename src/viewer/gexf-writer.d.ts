// graphology-gexf's writer alone (its browser entry also loads the parser, which needs DOMParser).
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writeGexf: typeof write;
  export default writeGexf;
}
