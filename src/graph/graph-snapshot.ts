// What a rebuild needs of the previous graph to patch it (patch-graph.ts) instead of merging every document's
// result again: the documents merged, in the order they came, and for every node and edge its key, kind, print,
// part of the GEXF model and the documents merged into it. Kept in the cache folder, beside the results.

import { edgeSignature, nodeSignature, type Signature } from '../export/gexf.js';
import type { DiploGraph } from './build-graph.js';
import { printOf, SKELETON } from './prints.js';

export const SNAPSHOT = 'graph-snapshot.json';

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
  docList: readonly number[];
  from: number;
  to: number;
}

/** Nodes or edges, in graph order. */
export interface ElementList {
  keys: string[];
  kinds: string[];
  prints: number[];
  /** Index into Snapshot.signatures. */
  sigs: number[];
  /** How many documents each has (its run of docList); none for `met` edges, which are derived. */
  docCounts: number[];
  /** Indexes into Snapshot.docs. */
  docList: number[];
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
  edges: ElementList & { sources: number[]; targets: number[] };
}

const emptyList = (): ElementList => ({ keys: [], kinds: [], prints: [], sigs: [], docCounts: [], docList: [] });

/** The snapshot of a laid-out graph built from `docs` (in the order they were merged). */
export function snapshotOf(graph: DiploGraph, docs: readonly DocRef[], inputs: string, writer: string): Snapshot {
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
  const add = (list: ElementList, key: string, a: Record<string, unknown>, signature: (a: Record<string, unknown>) => Signature) => {
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
  return { inputs, writer, docs: docs.map((d) => d.id), hashes: docs.map((d) => d.hash), signatures, nodes, edges };
}

/** The snapshot in `text`, or undefined when it is not one (damaged, or of another shape). */
export function parseSnapshot(text: string): Snapshot | undefined {
  try {
    const s = JSON.parse(text) as Snapshot;
    const whole = (l: ElementList) => l && [l.kinds, l.prints, l.sigs, l.docCounts].every((a) => Array.isArray(a) && a.length === l.keys.length);
    if (typeof s.inputs !== 'string' || typeof s.writer !== 'string' || !Array.isArray(s.docs) || s.hashes?.length !== s.docs.length || !Array.isArray(s.signatures)) return undefined;
    if (!whole(s.nodes) || !whole(s.edges) || s.edges.sources?.length !== s.edges.keys.length || s.edges.targets?.length !== s.edges.keys.length) return undefined;
    return s;
  } catch {
    return undefined;
  }
}
