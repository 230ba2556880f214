// The thread that writes graph.gexf while the main thread makes graph.json (graph-files.ts): it gets the
// plan, the file descriptor to write to, and batches of nodes or edges in order, with their graph.json text,
// and writes their lines as UTF-8: made by the main thread, copied from the previous graph.gexf when the
// element's text is the same as then, or made here from that text. At the end it sends back the GexfPieces
// of the file it wrote (for the next build to copy lines from).

import { readFileSync, writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Attributes } from 'graphology-types';
import { GEXF_END, gexfEdge, gexfMiddle, gexfNode, gexfStart } from './gexf.js';
import { declarationsOf, hash, writerVersion, type FromWorker, type GexfPieces, type PieceList, type ToWorker, type WorkerData } from './graph-files.js';

/** Bytes written at a time. */
const SIZE = 1 << 22;

interface JsonElement {
  key: string;
  attributes?: Attributes;
  source: string;
  target: string;
  undirected?: boolean;
}

const { plan, previous } = workerData as WorkerData;
// the previous graph.gexf (unreadable now: no line is copied) and its pieces, by key
const old = readOld();
const before = old && previous && { nodes: index(previous.pieces.nodes), edges: index(previous.pieces.edges) };

function readOld(): Buffer | undefined {
  try {
    return previous && readFileSync(previous.gexf);
  } catch {
    return undefined;
  }
}
// this file's pieces
const record = { nodes: list(), edges: list() };

function index(l: PieceList): Map<string, number> {
  const map = new Map<string, number>();
  l.keys.forEach((k, i) => map.set(k, i));
  return map;
}

function list(): PieceList {
  return { keys: [], hashes: [], lengths: [], offsets: [], bytes: [] };
}
const port = parentPort!;
let fd: number | undefined;
// what is made before the file is known waits here
const waiting: Buffer[] = [];
let buf = Buffer.allocUnsafeSlow(SIZE);
let used = 0;
/** Bytes written so far (flushed or not). */
let offset = 0;

function writeAll(bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd!, bytes, done, bytes.length - done);
}

function flush(): void {
  if (used === 0) return;
  if (fd === undefined) {
    waiting.push(buf.subarray(0, used));
    buf = Buffer.allocUnsafeSlow(SIZE);
  } else writeAll(buf.subarray(0, used));
  used = 0;
}

/** Makes room for `bytes` more bytes in the buffer. */
function room(bytes: number): void {
  if (used + bytes > buf.length) {
    flush();
    if (bytes > buf.length) buf = Buffer.allocUnsafeSlow(bytes);
  }
}

function write(s: string): number {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit
  room(3 * s.length);
  const n = buf.write(s, used, 'utf8');
  used += n;
  offset += n;
  return n;
}

/** Writes an element's line. */
function line(l: PieceList, s: string): void {
  l.offsets.push(offset);
  l.bytes.push(write(s));
}

/** Writes an element's line copied from the previous file. */
function copy(l: PieceList, from: number, length: number): void {
  copied++;
  l.offsets.push(offset);
  l.bytes.push(length);
  room(length);
  used += old!.copy(buf, used, from, from + length);
  offset += length;
}

let middle = false;
let ended = false;
let copied = 0;
write(gexfStart(plan));
port.on('message', (m: ToWorker) => {
  if ('fd' in m) {
    fd = m.fd;
    for (const b of waiting.splice(0)) writeAll(b);
    if (ended) finish();
    return;
  }
  if ('end' in m) {
    if (!middle) write(gexfMiddle(plan));
    write(GEXF_END);
    ended = true;
    // the file may not be open yet (a small graph is made before): then when it is
    if (fd !== undefined) finish();
    return;
  }
  if (m.edges && !middle) write(gexfMiddle(plan)), (middle = true);
  const l = m.edges ? record.edges : record.nodes;
  const was = previous && (m.edges ? previous.pieces.edges : previous.pieces.nodes);
  const at = before && (m.edges ? before.edges : before.nodes);
  const text = Buffer.from(m.text.buffer, m.text.byteOffset, m.text.byteLength).toString('utf16le');
  for (let k = 0, pos = 0; k < m.keys.length; k++) {
    const key = m.keys[k];
    const length = m.lengths[k];
    const json = text.slice(pos, (pos += length));
    const h = hash(json);
    l.keys.push(key);
    l.hashes.push(h);
    l.lengths.push(length);
    if (m.lines) {
      line(l, m.lines[k]);
      continue;
    }
    const i = at?.get(key);
    if (was && i !== undefined && was.hashes[i] === h && was.lengths[i] === length && was.offsets[i] + was.bytes[i] <= old!.length) {
      copy(l, was.offsets[i], was.bytes[i]);
      continue;
    }
    const e = JSON.parse(json) as JsonElement;
    const a = e.attributes ?? {};
    line(l, m.edges ? gexfEdge(plan, key, e.source, e.target, a, e.undirected === true) : gexfNode(plan, key, a));
  }
});

function finish(): void {
  flush();
  const pieces: Omit<GexfPieces, 'gexf'> = { version: writerVersion(), declarations: declarationsOf(plan), ...record };
  port.postMessage({ written: true, pieces: JSON.stringify(pieces), copied } satisfies FromWorker);
  port.close();
}
