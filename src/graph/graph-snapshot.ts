// What a rebuild needs of the previous graph to patch it (patch-graph.ts) instead of merging every document's
// result again: the documents merged, in the order they came, and for every node and edge its key, kind, print,
// part of the GEXF model and the documents merged into it. Kept in the cache folder, beside the results.

import { edgeSignature, nodeSignature, type Signature } from '../export/gexf.js';
import type { DiploGraph, Part, Recorder } from './build-graph.js';
import { printOf, SKELETON } from './prints.js';

export const SNAPSHOT = 'graph-snapshot.bin';

/** A document merged into the graph: its name and its text's hash. */
export interface DocRef {
  id: string;
  hash: string;
}

/** What a skeleton element (prints.ts's SKELETON) keeps of the previous graph. */
export interface Skeleton {
  signature: Signature;
  /** The documents merged into it: docIds[docList[from]] to docIds[docList[to - 1]] (the previous snapshot's). */
  docIds: readonly string[];
  docList: Numbers;
  from: number;
  to: number;
  /** A hub's parts: hubs' runs from `from` to `to` (the previous snapshot's). */
  hub?: { hubs: Hubs; from: number; to: number };
}

/** Nodes or edges, in graph order. */
export interface ElementList {
  keys: string[];
  kinds: string[];
  prints: Numbers;
  /** Index into Snapshot.signatures. */
  sigs: Numbers;
  /** How many documents each has (its run of docList); none for `met` edges, which are derived. */
  docCounts: Numbers;
  /** Indexes into Snapshot.docs. */
  docList: Numbers;
}

/** Numbers of a snapshot: arrays while it is made, typed arrays when read from its file. */
export type Numbers = ArrayLike<number>;

/**
 * The hubs: entities, offices and places' countries merged from many documents (HUB_SHARE of them), with what each
 * merge of a document gave them (Merging's `part`), so that a rebuild need not read every document again to
 * build one again (patch-graph.ts). Runs of docList/partList, `counts[i]` long, in the order of the merges.
 */
export interface Hubs {
  keys: string[];
  /** Every part, once. */
  parts: string[];
  counts: Numbers;
  /** Indexes into Snapshot.docs. */
  docList: Numbers;
  /** Indexes into `parts`. */
  partList: Numbers;
}

/** An element is a hub from this many documents: 1 in 8 of them, at least 8, at most 256. */
export const hubFrom = (docs: number): number => Math.max(8, Math.min(256, Math.floor(docs / 8)));

/** Kinds of elements whose merges depend only on their parts, their evidence and their print (Recorder's). */
export const HUB_KINDS: ReadonlySet<string> = new Set(['person', 'country', 'location', 'organization', 'represents', 'located_in']);

/** What a build's merges gave each element (Recorder's calls, in order): the hubs of its snapshot come from it. */
export class Parts {
  readonly byKey = new Map<string, { docs: string[]; parts: Part[] }>();

  record: Recorder = (key, doc, part) => {
    let e = this.byKey.get(key);
    if (!e) this.byKey.set(key, (e = { docs: [], parts: [] }));
    e.docs.push(doc);
    e.parts.push(part);
  };
}

export interface Snapshot {
  /** The digest of the inputs of the build that made it (last-build.ts). */
  inputs: string;
  /** The version of the code that wrote its files (graph-files.ts's writerVersion): only that code can copy from them. */
  writer: string;
  docs: string[];
  hashes: string[];
  signatures: Signature[];
  nodes: ElementList;
  edges: ElementList & { sources: Numbers; targets: Numbers };
  hubs: Hubs;
}

type Growing<T> = { [K in keyof T]: T[K] extends Numbers ? number[] : T[K] };
const emptyList = (): Growing<ElementList> => ({ keys: [], kinds: [], prints: [], sigs: [], docCounts: [], docList: [] });

/** The snapshot of a laid-out graph built from `docs` (in the order they were merged). */
export function snapshotOf(graph: DiploGraph, docs: readonly DocRef[], inputs: string, writer: string, parts: Parts): Snapshot {
  const docAt = new Map<string, number>();
  docs.forEach((d, i) => docAt.set(d.id, i));
  const signatures: Signature[] = [];
  const sigAt = new Map<string, number>();
  const sameSig = new Map<Signature, number>(); // a skeleton's: one object per signature of the previous snapshot
  const sigIndex = (sig: Signature): number => {
    let i = sameSig.get(sig);
    if (i !== undefined) return i;
    const text = JSON.stringify(sig);
    i = sigAt.get(text);
    if (i === undefined) sigAt.set(text, (i = signatures.push(sig) - 1));
    sameSig.set(sig, i);
    return i;
  };
  // a skeleton's documents, from the previous snapshot's indexes to this one's
  const remaps = new Map<readonly string[], Int32Array>();
  const remap = (ids: readonly string[]): Int32Array => {
    let r = remaps.get(ids);
    if (!r) remaps.set(ids, (r = Int32Array.from(ids, (id) => docAt.get(id) ?? -1)));
    return r;
  };
  const add = (list: Growing<ElementList>, key: string, a: Record<string, unknown>, signature: (a: Record<string, unknown>) => Signature) => {
    const skeleton = (a as { [SKELETON]?: Skeleton })[SKELETON];
    list.keys.push(key);
    list.kinds.push(String(a.kind));
    list.prints.push(printOf(a));
    const before = list.docList.length;
    if (skeleton) {
      list.sigs.push(sigIndex(skeleton.signature));
      const r = remap(skeleton.docIds);
      if (a.kind !== 'met') for (let j = skeleton.from; j < skeleton.to; j++) list.docList.push(r[skeleton.docList[j]]);
    } else {
      list.sigs.push(sigIndex(signature(a)));
      if (a.kind !== 'met') for (const id of (a.docs as string[] | undefined) ?? []) list.docList.push(docAt.get(id)!);
    }
    list.docCounts.push(list.docList.length - before);
    if (list.docList.length - before >= hubAt && HUB_KINDS.has(String(a.kind))) {
      const merges = skeleton ? undefined : parts.byKey.get(key);
      if (skeleton?.hub) {
        const { hubs: was, from, to } = skeleton.hub;
        const r = remap(skeleton.docIds);
        const p = partsOf(was);
        hubs.keys.push(key);
        hubs.counts.push(to - from);
        for (let j = from; j < to; j++) {
          const q = was.partList[j];
          if (p[q] < 0) p[q] = partIndex(was.parts[q]);
          hubs.docList.push(r[was.docList[j]]);
          hubs.partList.push(p[q]);
        }
      } else if (merges) {
        hubs.keys.push(key);
        hubs.counts.push(merges.docs.length);
        for (const id of merges.docs) hubs.docList.push(docAt.get(id)!);
        for (const p of merges.parts) hubs.partList.push(partIndex(typeof p === 'string' ? p : JSON.stringify(p)));
      }
    }
  };
  const hubAt = hubFrom(docs.length);
  const hubs: Growing<Hubs> = { keys: [], parts: [], counts: [], docList: [], partList: [] };
  const partAt = new Map<string, number>();
  const partIndex = (part: string): number => {
    let i = partAt.get(part);
    if (i === undefined) partAt.set(part, (i = hubs.parts.push(part) - 1));
    return i;
  };
  // a kept hub's parts, from the previous snapshot's indexes to this one's (-1: not met yet)
  const partMaps = new Map<Hubs, Int32Array>();
  const partsOf = (was: Hubs): Int32Array => {
    let m = partMaps.get(was);
    if (!m) partMaps.set(was, (m = new Int32Array(was.parts.length).fill(-1)));
    return m;
  };
  const nodes = emptyList();
  const nodeAt = new Map<string, number>();
  graph.forEachNode((key, a) => {
    nodeAt.set(key, nodes.keys.length);
    add(nodes, key, a, nodeSignature);
  });
  const edges = { ...emptyList(), sources: [] as number[], targets: [] as number[] };
  graph.forEachEdge((key, a, source, target) => {
    add(edges, key, a, edgeSignature);
    edges.sources.push(nodeAt.get(source)!);
    edges.targets.push(nodeAt.get(target)!);
  });
  return { inputs, writer, docs: docs.map((d) => d.id), hashes: docs.map((d) => d.hash), signatures, nodes, edges, hubs };
}

// The file: MAGIC, the length of the header (4 bytes), the header (the snapshot's JSON but its numbers), zeros up
// to a multiple of 8 bytes, then each of NUMBERS as a typed array, one after the other (16 MB for vi-news-2017's,
// against 18 MB of JSON that took 0.23–0.3 s to read and parse, 0.12 s to write).
const MAGIC = 'diplograph-snapshot-1\n';
// (the 8-byte numbers first: a typed array starts at a multiple of its element's size)
const NUMBERS = [
  ['nodes', 'prints', Float64Array], ['edges', 'prints', Float64Array],
  ['nodes', 'sigs', Int32Array], ['nodes', 'docCounts', Int32Array], ['nodes', 'docList', Int32Array],
  ['edges', 'sigs', Int32Array], ['edges', 'docCounts', Int32Array], ['edges', 'docList', Int32Array],
  ['edges', 'sources', Int32Array], ['edges', 'targets', Int32Array],
  ['hubs', 'counts', Int32Array], ['hubs', 'docList', Int32Array], ['hubs', 'partList', Int32Array],
] as const;
type NumberFields = Record<string, Numbers>;

/** The bytes of the snapshot's file, in pieces. */
export function snapshotFile(s: Snapshot): Uint8Array[] {
  const header = { ...s, nodes: { ...s.nodes }, edges: { ...s.edges }, hubs: { ...s.hubs }, lengths: [] as number[] };
  const arrays: Uint8Array[] = [];
  for (const [part, field, Type] of NUMBERS) {
    const values = (s[part] as unknown as NumberFields)[field];
    const typed = values instanceof Type ? values : Type.from(values);
    arrays.push(new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength));
    header.lengths.push(typed.length);
    delete (header[part] as unknown as Partial<NumberFields>)[field];
  }
  const json = Buffer.from(JSON.stringify(header));
  const start = Buffer.alloc(MAGIC.length + 4);
  start.write(MAGIC, 'latin1');
  start.writeUInt32LE(json.length, MAGIC.length);
  const pad = Buffer.alloc((8 - ((start.length + json.length) % 8)) % 8);
  return [start, json, pad, ...arrays];
}

/** The snapshot in the bytes of its file, or undefined when they are not one (damaged, or of another version). */
export function readSnapshotFile(bytes: Buffer): Snapshot | undefined {
  try {
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const length = bytes.readUInt32LE(MAGIC.length);
    let at = MAGIC.length + 4;
    const s = JSON.parse(bytes.toString('utf8', at, at + length)) as Snapshot & { lengths?: number[] };
    const lengths = s.lengths!;
    delete s.lengths;
    at += length;
    at += (8 - (at % 8)) % 8;
    // typed arrays must start at a multiple of their size in their buffer
    const buffer = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
    NUMBERS.forEach(([part, field, Type], i) => {
      const n = lengths[i];
      if (!(n >= 0) || at + n * Type.BYTES_PER_ELEMENT > buffer.length) throw new Error('short');
      (s[part] as unknown as NumberFields)[field] = new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + at, n);
      at += n * Type.BYTES_PER_ELEMENT;
    });
    const whole = (l: ElementList) => l && Array.isArray(l.keys) && [l.kinds, l.prints, l.sigs, l.docCounts].every((a) => a.length === l.keys.length);
    if (typeof s.inputs !== 'string' || typeof s.writer !== 'string' || !Array.isArray(s.docs) || s.hashes?.length !== s.docs.length || !Array.isArray(s.signatures)) return undefined;
    if (!whole(s.nodes) || !whole(s.edges) || s.edges.sources.length !== s.edges.keys.length || s.edges.targets.length !== s.edges.keys.length) return undefined;
    const h = s.hubs;
    if (!Array.isArray(h.keys) || h.counts.length !== h.keys.length || !Array.isArray(h.parts) || h.docList.length !== h.partList.length) return undefined;
    return s;
  } catch {
    return undefined;
  }
}
