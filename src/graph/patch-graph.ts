// A rebuild after a small change: the previous graph (its snapshot, graph-snapshot.ts) patched with the documents
// that changed, instead of every document's result merged again (5 µs a merge, ~560,000 merges on vi-news-2017).
//
// A document's result merges only into the nodes and edges it names, and its relations only link its own entities
// (resolve-doc.ts), so what a changed, added or removed document can change is: the elements it touched before
// (the snapshot's lists of documents say which) and those it touches now. Those are built again from every document
// merged into them, in the order documents come (addDocResult with `only`), which gives them what a full build does.
// So are the meetings and people that the `met` edges of a changed meeting depend on, and the people whose degree
// (and so size) may change. Every other element keeps its kind, print and GEXF signature only (SKELETON): the
// writer copies its text from the previous files, and throws NotCopied when it cannot.
//
// The graph is in key order (build-graph.ts's inKeyOrder), so the patched elements go where a full build puts them.

import type { DocResult, Entity, LazyDocResult } from '../types.js';
import { addDocResult, addMetEdges, byKey, createGraph, MAX_EVIDENCE, metEdges, peopleOf, type DiploGraph, type MetEdge } from './build-graph.js';
import { Parts, type DocRef, type ElementList, type Skeleton, type Snapshot } from './graph-snapshot.js';
import { hashString, PRINT, SKELETON } from './prints.js';

/** The print of a document merged into the graph (as a full build gives it: pipeline.ts). */
export const docPrint = (d: DocRef): number => hashString(`${d.id}\0${d.hash}`);

/** What a document gave a hub: its key, kind and part, and its ends when it is an edge. */
interface HubPart {
  key: string;
  kind: string;
  part: string;
  ends?: [string, string];
}

/** A document's result with only what it gave the hubs `hubs` (Recorder's parts) and no evidence. */
function resultOfParts(doc: string, hubs: HubPart[]): LazyDocResult {
  const r: DocResult = { doc, lang: 'vi', entities: [], meetings: [], represents: [], locatedIn: [], mentionKeys: [] };
  for (const h of hubs) {
    if (h.kind === 'represents') r.represents.push({ person: h.ends![0], target: h.ends![1], ...(h.part ? { title: h.part } : {}), evidence: [] });
    else if (h.kind === 'located_in') r.locatedIn.push({ location: h.ends![0], country: h.ends![1], evidence: [] });
    else {
      const [country, names, titles] = JSON.parse(h.part) as [string | null, string[], string[] | null];
      r.entities.push({ key: h.key, kind: h.kind as Entity['kind'], label: '', names, ...(titles ? { titles } : {}), ...(country ? { country } : {}), evidence: [] });
    }
  }
  return r;
}

/** The keys of `few` and of `many` (in key order already, as a snapshot's are: else sorted here), in key order. */
function inOrder(few: string[], many: string[]): string[] {
  for (let i = 1; i < many.length; i++) if (many[i - 1] >= many[i]) return [...few, ...many].sort(byKey);
  few.sort(byKey);
  const out: string[] = [];
  let j = 0;
  for (const key of many) {
    while (j < few.length && few[j] < key) out.push(few[j++]);
    out.push(key);
  }
  while (j < few.length) out.push(few[j++]);
  return out;
}

/** The runs of docList of `list`: where each element's documents start. */
function starts(list: ElementList): Int32Array {
  const at = new Int32Array(list.keys.length + 1);
  for (let i = 0; i < list.keys.length; i++) at[i + 1] = at[i] + list.docCounts[i];
  return at;
}

/**
 * The graph of the documents `docs` (in the order they come), given the snapshot of the graph of the documents
 * before, and each document's result.
 */
export function patchGraph(s: Snapshot, docs: readonly DocRef[], resultOf: (d: DocRef) => LazyDocResult): { graph: DiploGraph; parts: Parts } {
  const position = new Map<string, number>();
  docs.forEach((d, i) => position.set(d.id, i));
  // the snapshot's documents no longer merged with that text, and this build's documents it does not have
  const gone = new Uint8Array(s.docs.length);
  const before = new Map<string, number>();
  s.docs.forEach((id, i) => {
    before.set(id, i);
    const p = position.get(id);
    if (p === undefined || docs[p].hash !== s.hashes[i]) gone[i] = 1;
  });
  const changed = docs.filter((d) => {
    const i = before.get(d.id);
    return i === undefined || gone[i] === 1;
  });

  // what they touched, and what they touch now
  const nodeStarts = starts(s.nodes);
  const edgeStarts = starts(s.edges);
  const touched = new Set<string>();
  const touchedIn = (list: ElementList, at: Int32Array) => {
    for (let i = 0; i < list.keys.length; i++) {
      for (let j = at[i]; j < at[i + 1]; j++) {
        if (gone[list.docList[j]] === 1) {
          touched.add(list.keys[i]);
          break;
        }
      }
    }
  };
  touchedIn(s.nodes, nodeStarts);
  touchedIn(s.edges, edgeStarts);
  const results = new Map<string, LazyDocResult>();
  const touches = new Map<string, Set<string>>(); // changed document -> the keys it touches now
  const newPeople = new Map<string, string[]>(); // meeting -> people the changed documents have take part in it
  for (const d of changed) {
    const r = resultOf(d);
    results.set(d.id, r);
    const alone = createGraph();
    addDocResult(alone, r);
    const keys = new Set([...alone.nodes(), ...alone.edges()]);
    touches.set(d.id, keys);
    for (const k of keys) touched.add(k);
    alone.forEachNode((m, a) => {
      if (a.kind === 'meeting') newPeople.set(m, [...(newPeople.get(m) ?? []), ...peopleOf(alone, m)]);
    });
  }

  // the meetings and people the `met` edges among the people of touched meetings depend on
  const nodeAt = new Map<string, number>();
  s.nodes.keys.forEach((k, i) => nodeAt.set(k, i));
  const peopleIn = new Map<number, number[]>();
  const meetingsOf = new Map<number, number[]>();
  for (let i = 0; i < s.edges.keys.length; i++) {
    const from = s.edges.sources[i];
    const to = s.edges.targets[i];
    if (s.edges.kinds[i] === 'met' || s.nodes.kinds[from] !== 'person' || s.nodes.kinds[to] !== 'meeting') continue;
    peopleIn.set(to, [...(peopleIn.get(to) ?? []), from]);
    meetingsOf.set(from, [...(meetingsOf.get(from) ?? []), to]);
  }
  const pairs = new Set<string>();
  const rebuilt = new Set(touched);
  for (const m of touched) {
    const i = nodeAt.get(m);
    const isMeeting = i === undefined ? newPeople.has(m) : s.nodes.kinds[i] === 'meeting';
    if (!isMeeting) continue;
    const people = [...new Set([...(i === undefined ? [] : (peopleIn.get(i) ?? []).map((p) => s.nodes.keys[p])), ...(newPeople.get(m) ?? [])])].sort(byKey);
    for (let a = 0; a < people.length; a++) {
      // (a meeting's key is made of its participants, so every document of it names them all: they are in
      // `touched` already; this keeps the patch right without counting on it)
      rebuilt.add(people[a]);
      for (let b = a + 1; b < people.length; b++) {
        pairs.add(`met:${people[a]}->${people[b]}`);
        // the other meetings these two took part in (as before: a meeting that changed is in `touched`)
        const pa = nodeAt.get(people[a]);
        const pb = nodeAt.get(people[b]);
        if (pa === undefined || pb === undefined) continue;
        const theirs = new Set(meetingsOf.get(pb) ?? []);
        for (const x of meetingsOf.get(pa) ?? []) if (theirs.has(x)) rebuilt.add(s.nodes.keys[x]);
      }
    }
  }

  // the elements to build again, from every document merged into them, in order. A hub (graph-snapshot.ts's Hubs)
  // is built from the documents read whole until its evidence is all there, then from what each of the others gave
  // it (its parts) alone: for VN, a few documents read instead of 21,000
  const replay = new Set<number>();
  const whole = new Set<number>();
  const docsOf = (list: ElementList, at: Int32Array, i: number) => {
    for (let j = at[i]; j < at[i + 1]; j++) {
      const k = list.docList[j];
      if (gone[k] === 0) replay.add(position.get(s.docs[k])!), whole.add(position.get(s.docs[k])!);
    }
  };
  const edgeAt = new Map<string, number>();
  s.edges.keys.forEach((k, i) => edgeAt.set(k, i));
  const hubAt = new Map<string, number>();
  s.hubs.keys.forEach((k, i) => hubAt.set(k, i));
  const hubStarts = new Int32Array(s.hubs.keys.length + 1);
  for (let i = 0; i < s.hubs.keys.length; i++) hubStarts[i + 1] = hubStarts[i] + s.hubs.counts[i];
  const parts = new Parts();
  const keptHubs = new Map<string, number>(); // hub kept as it was -> its index in s.hubs
  const onlyParts = new Map<number, HubPart[]>(); // position -> the hubs' parts it gave
  for (let h = 0; h < s.hubs.keys.length; h++) {
    const key = s.hubs.keys[h];
    const n = nodeAt.get(key);
    const e = edgeAt.get(key);
    const kind = n !== undefined ? s.nodes.kinds[n] : s.edges.kinds[e!];
    for (let j = hubStarts[h]; j < hubStarts[h + 1]; j++) {
      const k = s.hubs.docList[j];
      const part = s.hubs.parts[s.hubs.partList[j]];
      // a hub kept as it was keeps its parts for the next snapshot (Skeleton's `hub`)
      if (!rebuilt.has(key)) {
        keptHubs.set(key, h);
        break;
      }
      if (gone[k] === 0) {
        const p = position.get(s.docs[k])!;
        replay.add(p);
        const hubPart: HubPart = { key, kind, part, ends: e === undefined ? undefined : [s.nodes.keys[s.edges.sources[e]], s.nodes.keys[s.edges.targets[e]]] };
        onlyParts.set(p, [...(onlyParts.get(p) ?? []), hubPart]);
      }
    }
  }
  for (const key of rebuilt) {
    if (hubAt.has(key)) continue;
    const n = nodeAt.get(key);
    if (n !== undefined) docsOf(s.nodes, nodeStarts, n);
    const e = edgeAt.get(key);
    if (e !== undefined) docsOf(s.edges, edgeStarts, e);
  }
  for (const d of changed) for (const key of touches.get(d.id)!) if (rebuilt.has(key)) replay.add(position.get(d.id)!), whole.add(position.get(d.id)!);
  const fresh = createGraph();
  const how = { only: rebuilt, record: parts.record };
  const evidenceFull = (h: HubPart): boolean => {
    const a = h.ends ? (fresh.hasEdge(h.key) ? fresh.getEdgeAttributes(h.key) : undefined) : fresh.hasNode(h.key) ? fresh.getNodeAttributes(h.key) : undefined;
    return a !== undefined && (a.evidence as unknown[]).length >= MAX_EVIDENCE;
  };
  for (const p of [...replay].sort((x, y) => x - y)) {
    const d = docs[p];
    const hubs = onlyParts.get(p);
    const read = whole.has(p) || !hubs!.every(evidenceFull);
    addDocResult(fresh, read ? (results.get(d.id) ?? resultOf(d)) : resultOfParts(d.id, hubs!), docPrint(d), how);
  }

  // the graph: every element in key order, built again or kept as a skeleton
  const skeleton = (list: ElementList, at: Int32Array, i: number): Record<string | symbol, unknown> => {
    const sk: Skeleton = { signature: s.signatures[list.sigs[i]], docIds: s.docs, docList: list.docList, from: at[i], to: at[i + 1] };
    const h = keptHubs.get(list.keys[i]);
    if (h !== undefined) sk.hub = { hubs: s.hubs, from: hubStarts[h], to: hubStarts[h + 1] };
    return { kind: list.kinds[i], [PRINT]: list.prints[i], [SKELETON]: sk };
  };
  const g = createGraph();
  const nodeKeys = inOrder(fresh.nodes(), s.nodes.keys.filter((k) => !rebuilt.has(k)));
  for (const key of nodeKeys) g.addNode(key, fresh.hasNode(key) ? fresh.getNodeAttributes(key) : skeleton(s.nodes, nodeStarts, nodeAt.get(key)!));
  const kept: string[] = [];
  const met = new Map<string, MetEdge>();
  s.edges.keys.forEach((key, i) => {
    if (s.edges.kinds[i] === 'met') {
      if (!pairs.has(key)) met.set(key, { source: s.nodes.keys[s.edges.sources[i]], target: s.nodes.keys[s.edges.targets[i]], attributes: skeleton(s.edges, edgeStarts, i) });
    } else if (!rebuilt.has(key)) kept.push(key);
  });
  for (const key of inOrder(fresh.edges(), kept)) {
    const i = edgeAt.get(key);
    if (fresh.hasEdge(key)) g.addEdgeWithKey(key, fresh.source(key), fresh.target(key), fresh.getEdgeAttributes(key));
    else g.addEdgeWithKey(key, s.nodes.keys[s.edges.sources[i!]], s.nodes.keys[s.edges.targets[i!]], skeleton(s.edges, edgeStarts, i!));
  }
  const meetings = [...rebuilt].filter((k) => g.hasNode(k) && g.getNodeAttribute(k, 'kind') === 'meeting').sort(byKey);
  for (const [key, e] of metEdges(g, meetings, pairs)) met.set(key, e);
  addMetEdges(g, met);
  return { graph: g, parts };
}
