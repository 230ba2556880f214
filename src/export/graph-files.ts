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
// Given the prints of the elements (graph/prints.ts), this thread does not even make the graph.json text of an
// element whose print is the previous build's: the writer copies it from the previous graph.json (runs of such
// elements at once), and the worker copies its line without any text.
//
// The worker only gets a batch once `json` has passed it, so both files must be written at the same time
// (writeFilesAtomic does). Small graphs, and runs without the compiled worker (the tests run the .ts
// sources), get jsonChunks and gexfChunks in this thread.

import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { hashString, mix, mixNumber, printOf, SKELETON } from '../graph/prints.js';
import { gexfChunks, gexfEdge, gexfNode, gexfPlan, type GexfOptions, type GexfPlan } from './gexf.js';
import { keyIndex, readPieces, statKeyOf, type GexfPieces, type PieceList } from './gexf-pieces.js';
import { JSON_END, JSON_MIDDLE, jsonChunks, jsonEdge, jsonNode, jsonStart } from './json.js';
import type { FileData, FileRange } from './write-atomic.js';

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

export interface WorkerData {
  plan: GexfPlan;
  /** The previous build's pieces and graph.gexf (open, checked against the pieces), when its lines can be copied. */
  previous?: { pieces: GexfPieces; gexfFd: number };
  /** Bytes of graph.json before the first node (for the offsets of the elements' text in it). */
  jsonStartBytes: number;
}

/**
 * To the worker, in order: the file to write to (at any moment), batches of nodes or edges — their keys, their
 * prints (0: none), the UTF-16 code units of their graph.json text one after the other and the length of each
 * (-1: the element's text is the previous build's, and is not sent), and maybe their GEXF lines made by the
 * main thread — and the end.
 */
export type ToWorker =
  | { fd: number }
  | { edges: boolean; keys: string[]; prints: Float64Array; lengths: Int32Array; text: Uint8Array; lines?: string[] }
  | { end: true };
/** From the worker: the file is written whole (not yet synced), with how many lines were copied; then the GexfPieces of it, but its stat. */
export type FromWorker = { written: true; copied: number } | { pieces: string };

export interface GraphFileData {
  json: Iterable<string | FileRange>;
  gexf: FileData;
  /** After both files are written and renamed: the text of GEXF_PIECES, given graph.gexf's and graph.json's stat keys. */
  pieces?: (gexfStat: string, jsonStat: string) => Promise<string | undefined>;
  /** After graph.gexf is written: how many lines were copied from the previous one. */
  copied?: () => number | undefined;
}

export interface GraphFileOptions {
  /** The size from which a worker thread helps. */
  minElements?: number;
  /** The previous graph.gexf and graph.json with their GEXF_PIECES file, whose lines and text may be copied. */
  previous?: { gexf: string; json: string; pieces: string };
  /**
   * What the prints of the graph's elements (graph/prints.ts) stand for: two prints are only compared when
   * this is the same (the version of the results they were made from). Without it, no text is copied.
   */
  printsOf?: string;
}

let version: string | undefined;
/** A hash of the code that turns graph.json's elements into GEXF lines. */
export function writerVersion(): string {
  if (version) return version;
  const h = createHash('sha256');
  // and the code that makes the attributes whose prints are compared, and the snapshot that says which were copied
  for (const f of ['gexf.js', 'gexf-worker.js', 'gexf-pieces.js', 'graph-files.js', 'json.js', 'xml.js', 'color.js', 'gexf-time.js', '../graph/build-graph.js', '../graph/prints.js', '../graph/graph-snapshot.js']) {
    h.update(readFileSync(new URL(f, import.meta.url))).update('\0');
  }
  return (version = h.digest('hex').slice(0, 16));
}

/** The text of the attribute declarations and the edge type: what every line depends on besides its element. */
export function declarationsOf(plan: GexfPlan): string {
  return JSON.stringify([plan.defaultType, [...plan.nodeModel], [...plan.edgeModel]]);
}

/** The file at `path`, open for reading, when its stat key is `key` (else undefined). */
function openIf(path: string, key: string | undefined): number | undefined {
  if (key === undefined) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (statKeyOf(fstatSync(fd)) === key) return fd;
  } catch {
    // missing or unreadable: nothing to copy
  }
  if (fd !== undefined) closeSync(fd);
  return undefined;
}

/** What the previous build left that can be copied into the files of this one. */
interface Previous {
  pieces: GexfPieces;
  /** graph.gexf, open and checked against the pieces: the worker reads its lines. */
  gexfFd: number;
  /** graph.json, open and checked against the pieces, when the text of elements with the same print can be copied from it. */
  json?: { fd: number; size: number };
}

/** The previous build's pieces and files, when its lines (and maybe its text) can be copied into the files of `plan`. */
function previousFiles(plan: GexfPlan, options: GraphFileOptions): Previous | undefined {
  const previous = options.previous;
  if (!previous || plan.nodeIds || plan.edgeIds) return undefined;
  let p: GexfPieces | undefined;
  try {
    p = readPieces(readFileSync(previous.pieces, 'utf8'));
  } catch {
    return undefined; // none, or unreadable
  }
  if (!p || p.version !== writerVersion() || p.declarations !== declarationsOf(plan)) return undefined;
  const gexfFd = openIf(previous.gexf, p.gexf);
  if (gexfFd === undefined) return undefined;
  const jsonFd = options.printsOf && p.printsOf === options.printsOf ? openIf(previous.json, p.json) : undefined;
  return { pieces: p, gexfFd, json: jsonFd === undefined ? undefined : { fd: jsonFd, size: fstatSync(jsonFd).size } };
}

/**
 * Thrown while writing when an element whose attributes were not made (SKELETON) cannot be copied from the previous
 * files: the build that patched the graph must build it whole instead (nothing is written).
 */
export class NotCopied extends Error {
  constructor(key: string) {
    super(`the text of ${key} is not in the previous graph files`);
  }
}

/** Throws NotCopied for an element that has no attributes of its own (see SKELETON). */
function made(key: string, a: Attributes): Attributes {
  if (SKELETON in a) throw new NotCopied(key);
  return a;
}

/** What to write as graph.json and graph.gexf (see above). */
export function graphFileData(graph: AbstractGraph, opts: GexfOptions = {}, options: GraphFileOptions = {}): GraphFileData {
  if (graph.order + graph.size < (options.minElements ?? MIN_ELEMENTS_FOR_WORKER) || !existsSync(fileURLToPath(WORKER))) {
    graph.forEachNode(made);
    graph.forEachEdge(made);
    return { json: jsonChunks(graph), gexf: gexfChunks(graph, opts) };
  }
  const plan = gexfPlan(graph, opts);
  const previous = previousFiles(plan, options);
  const workerData: WorkerData = { plan, jsonStartBytes: Buffer.byteLength(jsonStart(graph)) };
  if (previous) workerData.previous = { pieces: previous.pieces, gexfFd: previous.gexfFd };
  const worker = new Worker(WORKER, { workerData, execArgv: workerExecArgv(process.execArgv) });
  worker.unref(); // never what keeps the process running
  let copied: number | undefined;
  let resolvePieces: (p: string | undefined) => void;
  const piecesMade = new Promise<string | undefined>((resolve) => (resolvePieces = resolve));
  const written = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => ('written' in m ? ((copied = m.copied), resolve()) : resolvePieces(m.pieces)));
    worker.on('error', (e) => (reject(e), resolvePieces(undefined)));
    worker.on('exit', (code) => {
      reject(new Error(`the GEXF writer thread stopped (exit code ${code}) before graph.gexf was written`));
      resolvePieces(undefined);
    });
  });
  written.catch(() => undefined); // awaited by writeTo; this only keeps a rejection from being unhandled meanwhile
  // the previous graph.gexf stays open until the worker is done with it
  if (previous) void written.catch(() => undefined).finally(() => closeSync(previous.gexfFd));
  const printsOf = options.printsOf ?? null;
  return {
    json: jsonFeeding(graph, plan, worker, previous),
    gexf: {
      writeTo: (fd: number) => {
        worker.postMessage({ fd } satisfies ToWorker);
        return written;
      },
    },
    pieces: async (gexfStat: string, jsonStat: string) => {
      const p = copied === undefined ? undefined : await piecesMade;
      return p && `{"gexf":${JSON.stringify(gexfStat)},"json":${JSON.stringify(jsonStat)},"printsOf":${JSON.stringify(printsOf)},${p.slice(1)}`;
    },
    copied: () => copied,
  };
}

/**
 * The flags a worker thread gets: the process's own (inherited: undefined), but when it has --input-type, which a
 * thread started from a file refuses (`node --input-type=module -e`). A list given explicitly may not hold V8 or
 * process-wide flags either (`node --max-old-space-size=4096` made the thread fail), so it keeps only those
 * that load code (`--import tsx`).
 */
export function workerExecArgv(execArgv: readonly string[]): string[] | undefined {
  if (!execArgv.some((a) => a.startsWith('--input-type'))) return undefined;
  const loaders = /^(--import|--require|-r|--loader|--experimental-loader|--conditions|-C)(=|$)/;
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const m = loaders.exec(execArgv[i]);
    if (!m) continue;
    kept.push(execArgv[i]);
    if (m[2] === '' && i + 1 < execArgv.length) kept.push(execArgv[++i]);
  }
  return kept;
}

/** A node's print with what the layout gave it (position, size, colour); 0 when it has none. */
function nodePrint(a: Attributes): number {
  const p = printOf(a);
  if (p === 0) return 0;
  return mix(mixNumber(mixNumber(mixNumber(p, a.x), a.y), a.size), hashString(String(a.color))) || 1;
}

/**
 * graph.json in pieces (jsonChunks' text, or runs of the previous graph.json's bytes), sending the worker
 * every batch on the way.
 */
function* jsonFeeding(graph: AbstractGraph, plan: GexfPlan, worker: Worker, previous: Previous | undefined): Generator<string | FileRange, void, undefined> {
  const reuse = previous !== undefined;
  const old = previous?.json;
  let text = Buffer.allocUnsafe(4 * BATCH_CHARS);
  let used = 0;
  let keys: string[] = [];
  let lengths: number[] = [];
  let printed: number[] = [];
  let edges = false;
  let batch = 0;
  const cut = () => {
    if (keys.length === 0) return;
    // the text in an ArrayBuffer of its own, handed over: posting a view of `text` copied all of its buffer,
    // used or not, twice (~0.5 s of a vi rebuild's write, against ~0.1 s for this copy)
    const bytes = new Uint8Array(used);
    bytes.set(text.subarray(0, used));
    const batchPrints = Float64Array.from(printed);
    const batchLengths = Int32Array.from(lengths);
    const m: ToWorker = { edges, keys, prints: batchPrints, lengths: batchLengths, text: bytes };
    // this thread makes the lines of one batch in MAIN_EVERY, unless the worker will mostly copy them
    if (!reuse && batch++ % MAIN_EVERY === MAIN_EVERY - 1) {
      m.lines = keys.map((key) =>
        edges
          ? gexfEdge(plan, key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key), graph.isUndirected(key))
          : gexfNode(plan, key, graph.getNodeAttributes(key)),
      );
    }
    worker.postMessage(m, [bytes.buffer, batchPrints.buffer, batchLengths.buffer]);
    keys = [];
    lengths = [];
    printed = [];
    used = 0;
  };
  // an element, with its text (undefined: the previous build's)
  const add = (key: string, piece: string | undefined, print: number) => {
    if (piece !== undefined) {
      if (used + 2 * piece.length > text.length) {
        cut();
        if (2 * piece.length > text.length) text = Buffer.allocUnsafe(2 * piece.length);
      }
      used += text.write(piece, used, 'utf16le');
    }
    keys.push(key);
    lengths.push(piece === undefined ? -1 : piece.length);
    printed.push(print);
    if (used >= 2 * BATCH_CHARS || keys.length >= BATCH_ELEMENTS) cut();
  };
  // the elements of the previous graph.json that can be copied: by key, where they were
  const was = old && {
    nodes: { list: previous!.pieces.nodes, at: keyIndex(previous!.pieces.nodes) },
    edges: { list: previous!.pieces.edges, at: keyIndex(previous!.pieces.edges) },
  };
  // one list's elements: each one's text, or (when its print is the one the previous file has it with) runs of
  // the previous file's bytes, the commas between them included
  function* elements<T>(entries: Iterable<T>, keyOf: (e: T) => string, printOf: (e: T) => number, textOf: (e: T) => string,
    before: { list: PieceList; at: Map<string, number> } | undefined): Generator<string | FileRange, void, undefined> {
    let sep = '';
    let runFrom = -1;
    let runTo = -1;
    for (const e of entries) {
      const key = keyOf(e);
      const print = printOf(e);
      const i = before && print !== 0 ? before.at.get(key) : undefined;
      const l = before?.list;
      if (i !== undefined && l!.prints[i] === print && l!.jsonOffsets[i] + l!.jsonBytes[i] <= old!.size) {
        const from = l!.jsonOffsets[i];
        if (runFrom >= 0 && sep === ',' && from === runTo + 1) runTo = from + l!.jsonBytes[i];
        else {
          if (runFrom >= 0) yield { fd: old!.fd, from: runFrom, to: runTo };
          if (sep) yield sep;
          runFrom = from;
          runTo = from + l!.jsonBytes[i];
        }
        add(key, undefined, print);
      } else {
        if (runFrom >= 0) yield { fd: old!.fd, from: runFrom, to: runTo }, (runFrom = -1);
        const piece = textOf(e);
        yield sep + piece;
        add(key, piece, print);
      }
      sep = ',';
    }
    if (runFrom >= 0) yield { fd: old!.fd, from: runFrom, to: runTo };
    cut();
  }
  type NodeEntry = { node: string; attributes: Attributes };
  type EdgeEntry = { edge: string; source: string; target: string; attributes: Attributes; undirected: boolean };
  const mixed = graph.type === 'mixed';
  let finished = false;
  try {
    yield jsonStart(graph);
    yield* elements<NodeEntry>(graph.nodeEntries(), (n) => n.node, (n) => nodePrint(n.attributes), (n) => jsonNode(n.node, made(n.node, n.attributes)), was?.nodes);
    edges = true;
    yield JSON_MIDDLE;
    yield* elements<EdgeEntry>(graph.edgeEntries(), (e) => e.edge, (e) => printOf(e.attributes),
      (e) => jsonEdge(e.edge, e.source, e.target, made(e.edge, e.attributes), e.undirected, mixed), was?.edges);
    worker.postMessage({ end: true } satisfies ToWorker);
    finished = true;
    yield JSON_END;
  } finally {
    // abandoned (writing graph.json failed) or failed: graph.gexf cannot be whole either
    if (!finished) void worker.terminate();
    if (old) closeSync(old.fd);
  }
}
