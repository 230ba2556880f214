// The thread that writes graph.gexf while the main thread makes graph.json (graph-files.ts): it gets the
// plan, the file descriptor to write to, and batches of nodes or edges in order — as graph.json's text, of
// which it makes the GEXF, or as GEXF text made by the main thread — and writes them as UTF-8.

import { writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Attributes } from 'graphology-types';
import { GEXF_END, gexfEdge, gexfMiddle, gexfNode, gexfStart, type GexfPlan } from './gexf.js';
import type { FromWorker, ToWorker } from './graph-files.js';

/** Bytes written at a time. */
const SIZE = 1 << 22;

interface JsonElement {
  key: string;
  attributes?: Attributes;
  source: string;
  target: string;
  undirected?: boolean;
}

const plan = (workerData as { plan: GexfPlan }).plan;
const port = parentPort!;
let fd: number | undefined;
// what is made before the file is known waits here
const waiting: Buffer[] = [];
let buf = Buffer.allocUnsafeSlow(SIZE);
let used = 0;

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

function write(s: string): void {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit
  if (used + 3 * s.length > buf.length) {
    flush();
    if (3 * s.length > buf.length) buf = Buffer.allocUnsafeSlow(3 * s.length);
  }
  used += buf.write(s, used, 'utf8');
}

let middle = false;
let ended = false;
write(gexfStart(plan));
port.on('message', (m: ToWorker) => {
  if ('fd' in m) {
    fd = m.fd;
    for (const b of waiting.splice(0)) writeAll(b);
    if (ended) finish();
    return;
  }
  if (!('end' in m) && m.edges && !middle) write(gexfMiddle(plan)), (middle = true);
  if ('gexf' in m) {
    write(m.gexf);
  } else if ('json' in m) {
    for (const e of JSON.parse(m.json) as JsonElement[]) {
      const a = e.attributes ?? {};
      write(m.edges ? gexfEdge(plan, e.key, e.source, e.target, a, e.undirected === true) : gexfNode(plan, e.key, a));
    }
  } else {
    if (!middle) write(gexfMiddle(plan));
    write(GEXF_END);
    ended = true;
    // the file may not be open yet (a small graph is made before): then when it is
    if (fd !== undefined) finish();
  }
});

function finish(): void {
  flush();
  port.postMessage({ written: true } satisfies FromWorker);
  port.close();
}
