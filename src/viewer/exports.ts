// Downloads: a PNG of the view, and the visible subgraph as GEXF or graphology JSON.
import type Graph from 'graphology';
import type Sigma from 'sigma';
import { toBlob } from '@sigma/export-image';
import { toGexf, visibleSubgraph } from './subgraph.js';
import type { Visibility } from './visibility.js';

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

export async function exportPng(renderer: Sigma): Promise<void> {
  const blob = await toBlob(renderer, { format: 'png', backgroundColor: '#ffffff' });
  download(blob, 'diplograph.png');
}

export function exportGexf(graph: Graph, vis: Visibility): void {
  download(new Blob([toGexf(visibleSubgraph(graph, vis))], { type: 'application/xml' }), 'diplograph-visible.gexf');
}

export function exportJson(graph: Graph, vis: Visibility): void {
  const json = JSON.stringify(visibleSubgraph(graph, vis).export());
  download(new Blob([json], { type: 'application/json' }), 'diplograph-visible.json');
}
