// The one place that orders the stages: read → extract → resolve → build → layout → write.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from './corpus/read-corpus.js';
import { toGexf } from './export/gexf.js';
import { jsonChunks } from './export/json.js';
import { writeFileAtomic, writeFilesAtomic } from './export/write-atomic.js';
import { extract } from './extract/extract.js';
import { addDocResult, addMetEdges, createGraph, type DiploGraph } from './graph/build-graph.js';
import { layout } from './graph/layout.js';
import { resolveDoc } from './resolve/resolve-doc.js';
import type { Doc, DocResult, Extraction, Problem } from './types.js';

/** Extraction and resolution of one document: pure. */
export function processDoc(doc: Doc): { extraction: Extraction; result: DocResult } {
  const extraction = extract(doc);
  return { extraction, result: resolveDoc(extraction, doc.text) };
}

export interface BuildOptions {
  corpus: string;
  out: string;
  /** Called after each document with the number done so far. */
  onProgress?: (done: number, file: string) => void;
  /** Skip writing the viewer next to the graph. */
  noViewer?: boolean;
}

export interface BuildSummary {
  docs: number;
  skipped: Problem[];
  /** Problems with files that were still read (e.g. "decoded as Windows-1258"). */
  warnings: Problem[];
  people: number;
  countries: number;
  meetings: number;
  nodes: number;
  edges: number;
  files: string[];
  seconds: number;
}

/** Builds the graph of a corpus in memory. */
export async function buildGraph(opts: Pick<BuildOptions, 'corpus' | 'onProgress'>): Promise<{ graph: DiploGraph; docs: number; skipped: Problem[]; warnings: Problem[] }> {
  const graph = createGraph();
  const skipped: Problem[] = [];
  const warnings: Problem[] = [];
  let docs = 0;
  for await (const r of readCorpus(opts.corpus)) {
    for (const p of r.problems) (p.skipped ? skipped : warnings).push(p);
    if (!r.doc) continue;
    addDocResult(graph, processDoc(r.doc).result);
    docs++;
    opts.onProgress?.(docs, r.doc.id);
  }
  addMetEdges(graph);
  return { graph, docs, skipped, warnings };
}

export const VIEWER_DIR = fileURLToPath(new URL('../viewer-dist', import.meta.url));

/** Builds the graph of a corpus and writes graph.json, graph.gexf and the viewer into opts.out. */
export async function build(opts: BuildOptions): Promise<BuildSummary> {
  const t0 = performance.now();
  const { graph, docs, skipped, warnings } = await buildGraph(opts);
  layout(graph);
  await mkdir(opts.out, { recursive: true });
  const json = join(opts.out, 'graph.json');
  const gexf = join(opts.out, 'graph.gexf');
  await writeFilesAtomic([
    { path: json, data: jsonChunks(graph) },
    { path: gexf, data: toGexf(graph, { meta: { creator: 'diplograph', description: `Built from ${docs} documents` } }) },
  ]);
  const files = [json, gexf];
  if (!opts.noViewer) files.push(...(await writeViewer(opts.out)));
  const count = (kind: string) => graph.filterNodes((_, a) => a.kind === kind).length;
  return {
    docs,
    skipped,
    warnings,
    people: count('person'),
    countries: count('country'),
    meetings: count('meeting'),
    nodes: graph.order,
    edges: graph.size,
    files,
    seconds: (performance.now() - t0) / 1000,
  };
}

/** Copies the built viewer (viewer-dist/) next to graph.json, so the folder is a self-contained site. */
async function writeViewer(out: string): Promise<string[]> {
  if (!existsSync(join(VIEWER_DIR, 'index.html'))) return [];
  const written: string[] = [];
  const walk = async (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const from = join(dir, name);
      const to = join(out, relative(VIEWER_DIR, from));
      if (statSync(from).isDirectory()) {
        await mkdir(to, { recursive: true });
        await walk(from);
      } else {
        await writeFileAtomic(to, readFileSync(from, 'utf8'));
        written.push(to);
      }
    }
  };
  await walk(VIEWER_DIR);
  return written;
}
