// The graphology graph of a corpus: the union of what each document contributes. Merging is
// idempotent (deterministic keys), and a document merges only into the elements it names (its relations link
// its own entities), so which elements there are does not depend on the order documents arrive in; what comes
// from the first documents (a label, the first 8 evidence sentences) does. The built graph lists its elements in
// key order (inKeyOrder). Attributes are updated in place, in the object the graph holds: a copy per merge cost a
// third of a cached rebuild's merging.

import { MultiDirectedGraph } from 'graphology';
import { countryInfo } from '../extract/country-info.js';
import type { Entity, Evidence, LazyDocResult, Meeting } from '../types.js';
import { mix, PRINT, printOf } from './prints.js';

export const SCHEMA_VERSION = 1;
/** Evidence sentences kept per node or edge (docs lists every document regardless). */
export const MAX_EVIDENCE = 8;

export type DiploGraph = MultiDirectedGraph;

export function createGraph(): DiploGraph {
  const g: DiploGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.setAttribute('schemaVersion', SCHEMA_VERSION);
  g.setAttribute('generator', 'diplograph');
  return g;
}

type Attrs = Record<string, unknown>;

/** Records in `a` a merge of what `print` stands for (0: no prints are kept). */
function mark(a: Attrs, print: number): void {
  if (print !== 0) (a as { [PRINT]?: number })[PRINT] = mix(printOf(a), print);
}

function addDoc(a: Attrs, doc: string): void {
  const docs = (a.docs as string[] | undefined) ?? [];
  a.docs = docs;
  // documents mostly arrive in id order: appending keeps the list sorted without a search
  const last = docs[docs.length - 1];
  if (last === undefined || last < doc) {
    docs.push(doc);
    return;
  }
  if (last === doc) return;
  // binary search for the rest
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid] < doc) lo = mid + 1;
    else hi = mid;
  }
  if (docs[lo] !== doc) docs.splice(lo, 0, doc);
}

/** An evidence item of `r`: an Evidence, or one still stored as [start, end, sentence] (compact-result.ts). */
function evidenceOf(r: LazyDocResult | undefined, ev: Evidence | readonly [number, number, number]): Evidence {
  return Array.isArray(ev) ? { doc: r!.doc, start: ev[0], end: ev[1], text: r!.sentences!.at(ev[2])! } : (ev as Evidence);
}

/** Adds evidence items of the result `r` (of elements already in the graph: none) until 8 are kept. */
function addEvidence(a: Attrs, evs: Evidence[], r?: LazyDocResult): void {
  const list = (a.evidence as Evidence[] | undefined) ?? [];
  a.evidence = list;
  const before = list.length;
  for (const item of evs) {
    if (list.length >= MAX_EVIDENCE) break;
    const ev = evidenceOf(r, item);
    if (!list.some((e) => e.doc === ev.doc && e.start === ev.start)) list.push(ev);
  }
  if (list.length > before) list.sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start));
}

function union(a: Attrs, field: string, values: string[] | undefined): void {
  if (!values || values.length === 0) return;
  const list = (a[field] as string[] | undefined) ?? [];
  for (const v of values) if (!list.includes(v)) list.push(v);
  a[field] = list;
}

/**
 * The attributes of node `key`, the node added without any first if it is missing: the object the graph
 * holds, to be updated in place. What updateNode did, without its event and its arrays per call (a fifth of
 * a cached rebuild's merging).
 */
function nodeAttrs(g: DiploGraph, key: string): Attrs {
  if (!g.hasNode(key)) g.addNode(key);
  return g.getNodeAttributes(key);
}

/**
 * A new entity node's attributes, made whole at once: objects of one kind then share one shape (the merges that
 * follow read and write them fast), with the keys in the order the merges below would have added them.
 */
function newEntityAttrs(e: Entity): Attrs {
  if (e.kind === 'country') {
    const code = e.key.slice(8);
    const info = countryInfo(code);
    return { kind: e.kind, label: info?.label ?? e.label, labelVi: info?.labelVi ?? e.label, iso2: code, names: [] };
  }
  if (e.kind === 'person') return e.country ? { kind: e.kind, label: e.label, names: [], titles: [], country: e.country } : { kind: e.kind, label: e.label, names: [], titles: [] };
  return e.country ? { kind: e.kind, label: e.label, names: [], country: e.country } : { kind: e.kind, label: e.label, names: [] };
}

/**
 * How addDocResult merges: into the elements of the keys in `only` alone (a rebuild patching a graph:
 * patch-graph.ts), and telling `record` what each document gave each entity and office (patch-graph.ts's hubs).
 */
export interface Merging {
  only?: ReadonlySet<string>;
  record?: Recorder;
}

/**
 * Told, for each merge of a document into an entity or an office (`represents`) or a place's country
 * (`located_in`), what the merge depends on besides the evidence and the print: `entityPart` of an entity,
 * an office's title ('' for none and for a place's country).
 */
export type Recorder = (key: string, doc: string, part: Part) => void;
/** A merge's part: an entity's country, names and titles, or a title (kept as they are: written as JSON for hubs only). */
export type Part = string | readonly [string | null, string[], string[] | null];

/** What a merge into an entity takes from it but its evidence, once the node exists (see mergeEntity). */
export const entityPart = (e: Pick<Entity, 'country' | 'names' | 'titles'>): Part => [e.country ?? null, e.names, e.titles ?? null];

function mergeEntity(g: DiploGraph, r: LazyDocResult, e: Entity, print: number, how?: Merging): void {
  if (how?.only && !how.only.has(e.key)) return;
  how?.record?.(e.key, r.doc, entityPart(e));
  // kind, label and a country's names follow from the key or the first document: only a new node gets them
  let a: Attrs;
  if (g.hasNode(e.key)) {
    a = g.getNodeAttributes(e.key);
    if (e.country && !a.country && e.kind !== 'country') a.country = e.country;
  } else g.addNode(e.key, (a = newEntityAttrs(e)));
  mark(a, print);
  union(a, 'names', e.names);
  if (e.kind === 'person') union(a, 'titles', e.titles);
  addDoc(a, r.doc);
  addEvidence(a, e.evidence, r);
}

function mergeMeeting(g: DiploGraph, r: LazyDocResult, m: Meeting, print: number, how?: Merging): void {
  if (how?.only && !how.only.has(m.key)) return;
  const a = nodeAttrs(g, m.key);
  mark(a, print);
  a.kind = 'meeting';
  a.label ??= m.label;
  a.meetingKind = m.kind;
  if (m.date && !a.date) a.date = m.date;
  if (m.endDate && !a.endDate) a.endDate = m.endDate;
  if (m.place && !a.place) a.place = m.place;
  if (m.title && !a.title) a.title = m.title;
  if (m.planned) a.planned = true;
  addDoc(a, r.doc);
  addEvidence(a, m.evidence, r);
}

/**
 * Merges a relation of the document of `r` into edge `kind:source->target`, with `field` set to `value` when given (the
 * last document's wins). A new edge needs both ends in the graph already.
 */
function mergeEdge(g: DiploGraph, print: number, how: Merging | undefined, kind: string, source: string, target: string, r: LazyDocResult, evidence: Evidence[], field?: string, value?: unknown): void {
  const key = `${kind}:${source}->${target}`;
  if (how?.only && !how.only.has(key)) return;
  let a: Attrs;
  if (g.hasEdge(key)) a = g.getEdgeAttributes(key);
  else if (source !== target && g.hasNode(source) && g.hasNode(target)) g.addEdgeWithKey(key, source, target, (a = { kind }));
  else return;
  if (how?.record && (kind === 'represents' || kind === 'located_in')) how.record(key, r.doc, typeof value === 'string' ? value : '');
  mark(a, print);
  if (field !== undefined) a[field] = value;
  addDoc(a, r.doc);
  addEvidence(a, evidence, r);
}

/**
 * Adds one document's entities, meetings and relations to the graph; with a `print` (of the document's name
 * and result, not 0), records each merge in the print of the node or edge merged into (prints.ts); see Merging
 * for `how`.
 */
export function addDocResult(g: DiploGraph, r: LazyDocResult, print = 0, how?: Merging): void {
  for (const e of r.entities) mergeEntity(g, r, e, print, how);
  for (const m of r.meetings) {
    mergeMeeting(g, r, m, print, how);
    for (const p of m.participants) {
      // a role seen in one report (host, guest) wins over plain participation
      const key = `participant:${p.entity}->${m.key}`;
      const prevRole = g.hasEdge(key) ? (g.getEdgeAttribute(key, 'role') as string) : undefined;
      const role = prevRole && prevRole !== 'participant' ? prevRole : p.role;
      mergeEdge(g, print, how, 'participant', p.entity, m.key, r, m.evidence, 'role', role);
    }
    for (const c of m.countries) mergeEdge(g, print, how, 'party', `country:${c}`, m.key, r, m.evidence);
    if (m.placeEntity) mergeEdge(g, print, how, 'held_in', m.key, m.placeEntity, r, m.evidence);
  }
  for (const rep of r.represents) mergeEdge(g, print, how, 'represents', rep.person, rep.target, r, rep.evidence, rep.title ? 'title' : undefined, rep.title);
  for (const l of r.locatedIn) mergeEdge(g, print, how, 'located_in', l.location, l.country, r, l.evidence);
}

/** A met edge of `metEdges`: the two people and its attributes. */
export interface MetEdge {
  source: string;
  target: string;
  attributes: Attrs;
}

/**
 * The people-only `met` edges of the meetings in `meetings` (every meeting of `g` by default), by key: one per
 * pair of people, weight = shared meetings (their prints, in the graph's order, its print). `pairs` keeps only
 * those edges.
 */
export function metEdges(g: DiploGraph, meetings: Iterable<string> = g.nodes(), pairs?: ReadonlySet<string>): Map<string, MetEdge> {
  const met = new Map<string, MetEdge>();
  for (const m of meetings) {
    const a = g.getNodeAttributes(m);
    if (a.kind !== 'meeting') continue;
    const people = peopleOf(g, m);
    const ev = a.evidence as Evidence[];
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const key = `met:${people[i]}->${people[j]}`;
        if (pairs && !pairs.has(key)) continue;
        let e = met.get(key);
        if (!e) met.set(key, (e = { source: people[i], target: people[j], attributes: { kind: 'met', weight: 0 } }));
        const attrs = e.attributes;
        attrs.weight = (attrs.weight as number) + 1;
        for (const d of a.docs as string[]) addDoc(attrs, d);
        addEvidence(attrs, ev);
        mark(attrs, printOf(a));
      }
    }
  }
  return met;
}

/** The people taking part in meeting `m`, sorted. */
export const peopleOf = (g: DiploGraph, m: string): string[] => g.inNeighbors(m).filter((n) => g.getNodeAttribute(n, 'kind') === 'person').sort();

/** Adds `met`'s edges to the graph, in key order. */
export function addMetEdges(g: DiploGraph, met: Map<string, MetEdge> = metEdges(g)): void {
  for (const key of [...met.keys()].sort(byKey)) {
    const e = met.get(key)!;
    g.addEdgeWithKey(key, e.source, e.target, e.attributes);
  }
}

/** Code-unit order of keys. */
export const byKey = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The graph with its nodes, then its edges, in key order (the same attribute objects): the order documents came
 * in (which node a build met first) does not show in the files, and a rebuild that patches a graph
 * (patch-graph.ts) can put every element where a full build does.
 */
export function inKeyOrder(g: DiploGraph): DiploGraph {
  const sorted = createGraph();
  for (const key of g.nodes().sort(byKey)) sorted.addNode(key, g.getNodeAttributes(key));
  for (const key of g.edges().sort(byKey)) sorted.addEdgeWithKey(key, g.source(key), g.target(key), g.getEdgeAttributes(key));
  return sorted;
}
