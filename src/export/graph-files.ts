// graph.json and graph.gexf of one graph, made at the same time on two cores. This thread makes graph.json
// (the contract), one node or edge at a time, and sends every batch of elements to a worker thread
// (gexf-worker.ts) with their graph.json text (as UTF-16 bytes: copied, not serialized). The worker makes
// the GEXF of every other batch from that text; this thread makes the GEXF of the others itself and sends
// the lines (the worker also parses and hashes, this thread also makes graph.json: so both are about
// equally busy). The worker writes graph.gexf, in order, straight to the file that writeFilesAtomic opened
// for it: no buffer comes back to this thread (buffers handed over by the thousand made this thread's heap
// collect its big graph again and again).
//
// graph.json reads back as the very graph it was made from (every attribute is a JSON value: the graph
// contract, DESIGN.md), so the worker writes the text gexfChunks writes from the graph in memory.
//
// A rebuild changes few elements: the line of an element whose graph.json text is the same as in the
// previous build is copied from the previous graph.gexf (see GexfPieces), and the worker makes the rest.
//
// The worker only gets a batch once `json` has passed it, so both files must be written at the same time
// (writeFilesAtomic does). Small graphs, and runs without the compiled worker (the tests run the .ts
// sources), get jsonChunks and gexfChunks in this thread.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
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
/** Elements per batch at most. */
const BATCH_ELEMENTS = 4096;

/**
 * Of every MAIN_EVERY batches, this thread makes the GEXF of the last one, the worker of the others; when
 * the previous lines can be copied, the worker makes them all (it has little left to do). Measured on vi
 * (thread CPU of the write phase): main 2.5 s and worker 2.3 s without previous lines, 1.6 s and 1.3 s with.
 */
const MAIN_EVERY = 2;

/** The file beside graph.gexf that says where its lines are, for the next build (see `GexfPieces`). */
export const GEXF_PIECES = '.gexf-pieces.json';

export interface WorkerData {
  plan: GexfPlan;
  /** The previous build's pieces and graph.gexf, when its lines can be copied. */
  previous?: { pieces: GexfPieces; gexf: string };
}

/**
 * To the worker, in order: the file to write to (at any moment), batches of nodes or edges — their keys,
 * the UTF-16 code units of their graph.json text one after the other and the length of each, and maybe their
 * GEXF lines made by the main thread — and the end.
 */
export type ToWorker =
  | { fd: number }
  | { edges: boolean; keys: string[]; lengths: number[]; text: Uint8Array; lines?: string[] }
  | { end: true };
/** From the worker: the file is written whole (not yet synced); the GexfPieces of it, but its stat; lines copied. */
export type FromWorker = { written: true; pieces: string; copied: number };

/**
 * What a build records about the graph.gexf it wrote: for each node and edge, its key, a hash and the
 * length of its graph.json text, and where its line is. The line of an element is a function of that text
 * and of the attribute declarations: the next build copies the line of every element whose text has the same
 * hash and length, when the declarations, this code and graph.gexf itself (its stat) are the same.
 */
export interface GexfPieces {
  version: string;
  declarations: string;
  gexf: string;
  nodes: PieceList;
  edges: PieceList;
}

export interface PieceList {
  keys: string[];
  hashes: number[];
  lengths: number[];
  offsets: number[];
  bytes: number[];
}

export interface GraphFileData {
  json: Iterable<string>;
  gexf: FileData;
  /** After both files are written and renamed: the text of GEXF_PIECES, given graph.gexf's stat key. */
  pieces?: (gexfStat: string) => string | undefined;
  /** After graph.gexf is written: how many lines were copied from the previous one. */
  copied?: () => number | undefined;
}

export interface GraphFileOptions {
  /** The size from which a worker thread helps. */
  minElements?: number;
  /** The previous graph.gexf with its GEXF_PIECES file and its stat key, whose lines may be copied. */
  previous?: { gexf: string; pieces: string; stat: (path: string) => string };
}

let version: string | undefined;
/** A hash of the code that turns graph.json's elements into GEXF lines. */
export function writerVersion(): string {
  if (version) return version;
  const h = createHash('sha256');
  for (const f of ['gexf.js', 'gexf-worker.js', 'graph-files.js', 'json.js', 'xml.js', 'color.js', 'gexf-time.js']) h.update(readFileSync(new URL(f, import.meta.url))).update('\0');
  return (version = h.digest('hex').slice(0, 16));
}

/** The text of the attribute declarations and the edge type: what every line depends on besides its element. */
export function declarationsOf(plan: GexfPlan): string {
  return JSON.stringify([plan.defaultType, [...plan.nodeModel], [...plan.edgeModel]]);
}

/** A 53-bit hash of a string (cyrb53, two UTF-16 code units at a step). */
export function hash(s: string): number {
  let h1 = 0xdeadbeef ^ s.length;
  let h2 = 0x41c6ce57;
  const last = s.length - 1;
  let i = 0;
  for (; i <= last; i += 2) {
    const c = i < last ? s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16) : s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The previous build's pieces, when its lines can be copied into a graph.gexf of `plan`. */
function usablePieces(plan: GexfPlan, previous: GraphFileOptions['previous']): GexfPieces | undefined {
  if (!previous || plan.nodeIds || plan.edgeIds) return undefined;
  try {
    const p = JSON.parse(readFileSync(previous.pieces, 'utf8')) as GexfPieces;
    if (p.version !== writerVersion() || p.declarations !== declarationsOf(plan) || p.gexf !== previous.stat(previous.gexf)) return undefined;
    return p;
  } catch {
    return undefined; // none, or unreadable
  }
}

/** What to write as graph.json and graph.gexf (see above). */
export function graphFileData(graph: AbstractGraph, opts: GexfOptions = {}, options: GraphFileOptions = {}): GraphFileData {
  if (graph.order + graph.size < (options.minElements ?? MIN_ELEMENTS_FOR_WORKER) || !existsSync(fileURLToPath(WORKER))) {
    return { json: jsonChunks(graph), gexf: gexfChunks(graph, opts) };
  }
  const plan = gexfPlan(graph, opts);
  const pieces = usablePieces(plan, options.previous);
  const previous = pieces && { pieces, gexf: options.previous!.gexf };
  const worker = new Worker(WORKER, { workerData: { plan, previous } satisfies WorkerData });
  worker.unref(); // never what keeps the process running
  let reply: FromWorker | undefined;
  const written = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => ((reply = m), resolve()));
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the GEXF writer thread stopped (exit code ${code}) before graph.gexf was written`)));
  });
  written.catch(() => undefined); // awaited by writeTo; this only keeps a rejection from being unhandled meanwhile
  return {
    json: jsonFeeding(graph, plan, worker, previous !== undefined),
    gexf: {
      writeTo: (fd: number) => {
        worker.postMessage({ fd } satisfies ToWorker);
        return written;
      },
    },
    pieces: (gexfStat: string) => reply && `{"gexf":${JSON.stringify(gexfStat)},${reply.pieces.slice(1)}`,
    copied: () => reply?.copied,
  };
}

/** graph.json in pieces (jsonChunks' text), sending the worker every batch on the way. */
function* jsonFeeding(graph: AbstractGraph, plan: GexfPlan, worker: Worker, reuse: boolean): Generator<string, void, undefined> {
  let text = Buffer.allocUnsafe(4 * BATCH_CHARS);
  let used = 0;
  let keys: string[] = [];
  let lengths: number[] = [];
  let edges = false;
  let batch = 0;
  const cut = () => {
    if (keys.length === 0) return;
    // the text in an ArrayBuffer of its own, handed over: posting a view of `text` copied all of its buffer,
    // used or not, twice (~0.5 s of a vi rebuild's write, against ~0.1 s for this copy)
    const bytes = new Uint8Array(used);
    bytes.set(text.subarray(0, used));
    const m: ToWorker = { edges, keys, lengths, text: bytes };
    // this thread makes the lines of one batch in MAIN_EVERY, unless the worker will mostly copy them
    if (!reuse && batch++ % MAIN_EVERY === MAIN_EVERY - 1) {
      m.lines = keys.map((key) =>
        edges
          ? gexfEdge(plan, key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key), graph.isUndirected(key))
          : gexfNode(plan, key, graph.getNodeAttributes(key)),
      );
    }
    worker.postMessage(m, [bytes.buffer]);
    keys = [];
    lengths = [];
    used = 0;
  };
  const add = (key: string, piece: string) => {
    if (used + 2 * piece.length > text.length) {
      cut();
      if (2 * piece.length > text.length) text = Buffer.allocUnsafe(2 * piece.length);
    }
    used += text.write(piece, used, 'utf16le');
    keys.push(key);
    lengths.push(piece.length);
    if (used >= 2 * BATCH_CHARS || keys.length >= BATCH_ELEMENTS) cut();
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

/** The stat of graph.gexf as GEXF_PIECES records it. */
export function gexfStatKey(path: string): string {
  const st = statSync(path);
  return `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
}
