// The thread that writes graph.gexf while the main thread makes graph.json (graph-files.ts): it gets the
// plan, the file descriptor to write to, and batches of nodes or edges in order, with their graph.json text
// (or none, when it is the previous build's), and writes their lines as UTF-8: made by the main thread, copied
// from the previous graph.gexf when the element's text is the same as then, or made here from that text. At
// the end it sends back the GexfPieces of the files written (for the next build to copy from).

import { fstatSync, readSync, write as writeAt } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Attributes } from 'graphology-types';
import { GEXF_END, gexfEdge, gexfMiddle, gexfNode, gexfStart } from './gexf.js';
import { hashString } from '../graph/prints.js';
import { keyIndex, piecesText, pieceRecord, type PieceRecord } from './gexf-pieces.js';
import { declarationsOf, writerVersion, type FromWorker, type ToWorker, type WorkerData } from './graph-files.js';
import { JSON_MIDDLE } from './json.js';

/** Bytes written at a time. */
const SIZE = 1 << 22;

interface JsonElement {
  key: string;
  attributes?: Attributes;
  source: string;
  target: string;
  undirected?: boolean;
}

const { plan, previous, jsonStartBytes } = workerData as WorkerData;
// the previous graph.gexf (open, checked by the main thread: its lines are read where the pieces say) and its
// pieces, by key
const oldSize = previous ? fstatSync(previous.gexfFd).size : 0;
const before = previous && { nodes: keyIndex(previous.pieces.nodes), edges: keyIndex(previous.pieces.edges) };
// this file's pieces
const record = { nodes: pieceRecord(), edges: pieceRecord() };

const port = parentPort!;
let fd: number | undefined;
// what is made before the file is known waits here
const waiting: Buffer[] = [];
let buf = Buffer.allocUnsafeSlow(SIZE);
let used = 0;
/** Bytes written so far (flushed, buffered, or to be copied). */
let offset = 0;
/** Lines of the previous file still to be copied, at once: [runFrom, runTo). */
let runFrom = -1;
let runTo = -1;

/** Where the next buffer goes in the file. */
let position = 0;
/** Buffers being written, the first error of one, and what to do when none is left. */
let pending = 0;
let failed: Error | undefined;
let drained: (() => void) | undefined;

/**
 * Writes `bytes` at their place in the file, on the thread pool: this thread goes on reading and making lines
 * meanwhile (written one after the other in this thread, the copies of a rebuild took twice as long).
 */
function writeAll(bytes: Uint8Array, at = position): void {
  if (at === position) position += bytes.length;
  pending++;
  writeAt(fd!, bytes, 0, bytes.length, at, (err, n) => {
    if (err) failed ??= err;
    else if (n < bytes.length) writeAll(bytes.subarray(n), at + n);
    if (--pending > 0) return;
    // the thread fails (and the build with it, graph-files.ts) only once no write of it is left running: the
    // main thread closes the file then
    if (failed) throw failed;
    drained?.();
  });
}

function flush(): void {
  if (used === 0) return;
  if (fd === undefined) waiting.push(buf.subarray(0, used));
  else writeAll(buf.subarray(0, used));
  buf = Buffer.allocUnsafeSlow(SIZE);
  used = 0;
}

/** Makes room for `bytes` more bytes in the buffer. */
function room(bytes: number): void {
  if (used + bytes > buf.length) {
    flush();
    if (bytes > buf.length) buf = Buffer.allocUnsafeSlow(bytes);
  }
}

/** Reads the lines of the run into the buffer (a buffer at a time). */
function endRun(): void {
  for (let from = runFrom; from < runTo; ) {
    if (used === buf.length) flush();
    const n = readSync(previous!.gexfFd, buf, used, Math.min(runTo - from, buf.length - used), from);
    if (n <= 0) throw new Error('graph.gexf: the previous file ended before its pieces say');
    used += n;
    from += n;
  }
  runFrom = runTo = -1;
}

function write(s: string): number {
  if (runFrom >= 0) endRun();
  // UTF-8 takes at most 3 bytes per UTF-16 code unit
  room(3 * s.length);
  const n = buf.write(s, used, 'utf8');
  used += n;
  offset += n;
  return n;
}

/** Writes an element's line. */
function line(l: PieceRecord, s: string): void {
  l.offsets.push(offset);
  l.bytes.push(write(s));
}

/** Writes an element's line copied from the previous file. */
function copy(l: PieceRecord, from: number, length: number): void {
  copied++;
  l.offsets.push(offset);
  l.bytes.push(length);
  offset += length;
  if (runFrom >= 0 && from === runTo) {
    runTo += length;
    return;
  }
  if (runFrom >= 0) endRun();
  runFrom = from;
  runTo = from + length;
}

let middle = false;
let ended = false;
let copied = 0;
// where the last element's text ends in graph.json, and whether it is the first of its list
let jsonEnd = jsonStartBytes;
let firstOfList = true;

/** Records where an element's text of `bytes` bytes is in graph.json. */
function jsonPiece(l: PieceRecord, bytes: number): void {
  const at = firstOfList ? jsonEnd : jsonEnd + 1;
  l.jsonOffsets.push(at);
  l.jsonBytes.push(bytes);
  jsonEnd = at + bytes;
  firstOfList = false;
}
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
  if (m.edges && !middle) {
    write(gexfMiddle(plan));
    middle = true;
    jsonEnd += JSON_MIDDLE.length;
    firstOfList = true;
  }
  const l = m.edges ? record.edges : record.nodes;
  const was = previous && (m.edges ? previous.pieces.edges : previous.pieces.nodes);
  const at = before && (m.edges ? before.edges : before.nodes);
  const text = Buffer.from(m.text.buffer, m.text.byteOffset, m.text.byteLength).toString('utf16le');
  for (let k = 0, pos = 0; k < m.keys.length; k++) {
    const key = m.keys[k];
    const length = m.lengths[k];
    l.keys.push(key);
    l.prints.push(m.prints[k]);
    if (length < 0) {
      // the previous build's text: its line is the previous one
      const i = at?.get(key);
      if (i === undefined || was!.offsets[i] + was!.bytes[i] > oldSize) throw new Error(`graph.gexf: no line of ${key} in the previous file`);
      l.hashes.push(was!.hashes[i]);
      l.lengths.push(was!.lengths[i]);
      jsonPiece(l, was!.jsonBytes[i]);
      copy(l, was!.offsets[i], was!.bytes[i]);
      continue;
    }
    const json = text.slice(pos, (pos += length));
    const h = hashString(json);
    l.hashes.push(h);
    l.lengths.push(length);
    jsonPiece(l, Buffer.byteLength(json));
    if (m.lines) {
      line(l, m.lines[k]);
      continue;
    }
    const i = at?.get(key);
    if (was && i !== undefined && was.hashes[i] === h && was.lengths[i] === length && was.offsets[i] + was.bytes[i] <= oldSize) {
      copy(l, was.offsets[i], was.bytes[i]);
      continue;
    }
    const e = JSON.parse(json) as JsonElement;
    const a = e.attributes ?? {};
    line(l, m.edges ? gexfEdge(plan, key, e.source, e.target, a, e.undirected === true) : gexfNode(plan, key, a));
  }
});

function finish(): void {
  if (runFrom >= 0) endRun();
  flush();
  // once the last buffer is in the file, the main thread may sync and rename it while this one makes its pieces
  const done = () => {
    port.postMessage({ written: true, copied } satisfies FromWorker);
    port.postMessage({ pieces: piecesText({ version: writerVersion(), declarations: declarationsOf(plan) }, record.nodes, record.edges) } satisfies FromWorker);
    port.close();
  };
  if (pending === 0) done();
  else drained = done;
}
