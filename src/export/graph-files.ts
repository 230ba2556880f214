// graph.json and graph.gexf of one graph, made at the same time on two cores. This thread makes graph.json
// (the contract), one node or edge at a time, and cuts the elements into batches of about BATCH_CHARS of
// their JSON. Two batches in three go to a worker thread (gexf-worker.ts) as that JSON text, and the worker
// makes their GEXF; this thread makes the GEXF of the third itself and sends it as text (the worker also
// parses, this thread also makes graph.json: so both are about equally busy). The worker
// writes graph.gexf, in order, straight to the file that writeFilesAtomic opened for it: no buffer comes
// back to this thread (buffers handed over by the thousand made this thread's heap collect its big graph
// again and again).
//
// graph.json reads back as the very graph it was made from (every attribute is a JSON value: the graph
// contract, DESIGN.md), so the worker writes the text gexfChunks writes from the graph in memory.
//
// The worker only gets a batch once `json` has passed it, so both files must be written at the same time
// (writeFilesAtomic does). Small graphs, and runs without the compiled worker (the tests run the .ts
// sources), get jsonChunks and gexfChunks in this thread.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AbstractGraph } from 'graphology-types';
import { gexfChunks, gexfEdge, gexfNode, gexfPlan, type GexfOptions, type GexfPlan } from './gexf.js';
import { JSON_END, JSON_MIDDLE, jsonChunks, jsonEdge, jsonNode, jsonStart } from './json.js';
import type { FileData } from './write-atomic.js';

const WORKER = new URL('./gexf-worker.js', import.meta.url);

/** Below this many nodes and edges, starting a thread costs more than it saves. */
export const MIN_ELEMENTS_FOR_WORKER = 20_000;

/** Characters of JSON per batch. */
const BATCH_CHARS = 1 << 17;

/** Of every MAIN_EVERY batches, this thread makes the GEXF of the last one, the worker of the others. */
const MAIN_EVERY = 3;

/**
 * To the worker, in order: the file to write to (at any moment), batches of nodes or edges as a JSON array
 * of graph.json's elements or as their GEXF text, and the end.
 */
export type ToWorker = { fd: number } | { edges: boolean; json: string } | { edges: boolean; gexf: string } | { end: true };
/** From the worker: the file is written whole (not yet synced). */
export type FromWorker = { written: true };

export interface GraphFileData {
  json: Iterable<string>;
  gexf: FileData;
}

/** What to write as graph.json and graph.gexf (see above); `minElements`: the size from which a worker helps. */
export function graphFileData(graph: AbstractGraph, opts: GexfOptions = {}, minElements = MIN_ELEMENTS_FOR_WORKER): GraphFileData {
  if (graph.order + graph.size < minElements || !existsSync(fileURLToPath(WORKER))) {
    return { json: jsonChunks(graph), gexf: gexfChunks(graph, opts) };
  }
  const plan = gexfPlan(graph, opts);
  const worker = new Worker(WORKER, { workerData: { plan } });
  worker.unref(); // never what keeps the process running
  const written = new Promise<void>((resolve, reject) => {
    worker.on('message', () => resolve());
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the GEXF writer thread stopped (exit code ${code}) before graph.gexf was written`)));
  });
  written.catch(() => undefined); // awaited by writeTo; this only keeps a rejection from being unhandled meanwhile
  return {
    json: jsonFeeding(graph, plan, worker),
    gexf: {
      writeTo: (fd: number) => {
        worker.postMessage({ fd } satisfies ToWorker);
        return written;
      },
    },
  };
}

/** graph.json in pieces (jsonChunks' text), sending the worker every batch on the way. */
function* jsonFeeding(graph: AbstractGraph, plan: GexfPlan, worker: Worker): Generator<string, void, undefined> {
  let pieces: string[] = [];
  let keys: string[] = [];
  let chars = 0;
  let edges = false;
  let batch = 0;
  const cut = () => {
    if (pieces.length === 0) return;
    if (batch++ % MAIN_EVERY !== MAIN_EVERY - 1) {
      worker.postMessage({ edges, json: `[${pieces.join(',')}]` } satisfies ToWorker);
    } else {
      let gexf = '';
      for (const key of keys) {
        gexf += edges
          ? gexfEdge(plan, key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key), graph.isUndirected(key))
          : gexfNode(plan, key, graph.getNodeAttributes(key));
      }
      worker.postMessage({ edges, gexf } satisfies ToWorker);
    }
    pieces = [];
    keys = [];
    chars = 0;
  };
  const add = (key: string, piece: string) => {
    pieces.push(piece);
    keys.push(key);
    chars += piece.length;
    if (chars >= BATCH_CHARS) cut();
  };
  let finished = false;
  try {
    yield jsonStart(graph);
    let sep = '';
    for (const { node, attributes } of graph.nodeEntries()) {
      const piece = jsonNode(node, attributes);
      yield sep + piece;
      sep = ',';
      add(node, piece);
    }
    cut();
    edges = true;
    yield JSON_MIDDLE;
    sep = '';
    const mixed = graph.type === 'mixed';
    for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
      const piece = jsonEdge(edge, source, target, attributes, undirected, mixed);
      yield sep + piece;
      sep = ',';
      add(edge, piece);
    }
    cut();
    worker.postMessage({ end: true } satisfies ToWorker);
    finished = true;
    yield JSON_END;
  } finally {
    // abandoned (writing graph.json failed) or failed: graph.gexf cannot be whole either
    if (!finished) void worker.terminate();
  }
}
