// The graph as GEXF 1.3 (pure: graph in, text out), for Gephi, Gephi Lite, networkx and graphology-gexf.
//
// - validates against the official RELAX NG schema (no xsi:schemaLocation: the schema rejects it);
// - every attribute declared with a type: boolean, integer, long, double or string; lists of plain values
//   are joined with " | ", objects and lists of objects (evidence) are JSON (which keeps every character);
// - node `label` is the node's label; x/y, size and color (as r/g/b, which networkx reads) are viz
//   elements; an edge's numeric `weight` is the edge weight and its `kind` also the GEXF edge kind;
// - a node's `date`/`endDate` become GEXF time `start`/`end` (graph mode="dynamic", timeformat="date");
// - characters XML 1.0 forbids are removed, white space in attribute values is kept as references.
//
// The text is produced in pieces, one node or edge at a time (`gexfChunks`), so that a big graph can be
// streamed to a file without holding the whole document in memory; `toGexf` joins them.

import type { AbstractGraph, Attributes } from 'graphology-types';
import { SKELETON } from '../graph/prints.js';
import { parseColor } from './color.js';
import { gexfTime } from './gexf-time.js';
import { stripForbidden, xmlAttr, xmlText } from './xml.js';

export interface GexfOptions {
  meta?: {
    creator?: string;
    description?: string;
    keywords?: string;
    /** "YYYY-MM-DD"; left out unless given, so that the output depends on the graph alone. */
    lastModified?: string;
  };
}

export type AttrType = 'boolean' | 'integer' | 'long' | 'double' | 'string';

const INT32 = 2 ** 31;

/** The GEXF type a value needs, or undefined when the value is absent. */
function typeOf(value: unknown): AttrType | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    if (value >= -INT32 && value < INT32) return 'integer';
    return Number.isSafeInteger(value) ? 'long' : 'double';
  }
  return 'string';
}

const NUMERIC: AttrType[] = ['integer', 'long', 'double'];

/** The narrowest type that holds values of both types. */
function widen(a: AttrType, b: AttrType): AttrType {
  if (a === b) return a;
  if (NUMERIC.includes(a) && NUMERIC.includes(b)) return NUMERIC[Math.max(NUMERIC.indexOf(a), NUMERIC.indexOf(b))];
  return 'string';
}

function isPlain(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** A value as the text of an attribute value (not yet escaped). */
function format(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value) && value.every(isPlain)) return value.join(' | ');
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : jsonForXml(json);
  } catch {
    return String(value); // cycles, BigInt inside
  }
}

/**
 * JSON text with U+FFFE/U+FFFF escaped: JSON.stringify escapes control characters and lone surrogates, and
 * these are the other characters XML forbids, so that objects (evidence) survive whole.
 */
function jsonForXml(json: string): string {
  return json.includes('\ufffe') || json.includes('\uffff') ? json.replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`) : json;
}

/** `xmlAttr(format(value))`. */
function valueAttr(value: unknown): string {
  // numbers and booleans have nothing to escape
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return xmlAttr(format(value));
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Node attributes written as something else than an attvalue (label attribute, viz elements). */
function nodeKeyIsSpecial(key: string, a: Attributes): boolean {
  switch (key) {
    case 'label': return true;
    case 'x':
    case 'y': return isFiniteNumber(a.x) && isFiniteNumber(a.y);
    case 'size': return isFiniteNumber(a.size) && a.size >= 0;
    case 'color': return parseColor(a.color) !== undefined;
    default: return false;
  }
}

/** Edge attributes written as something else than an attvalue (label, weight, viz color). */
function edgeKeyIsSpecial(key: string, a: Attributes): boolean {
  switch (key) {
    case 'label': return true;
    case 'weight': return isFiniteNumber(a.weight);
    case 'color': return parseColor(a.color) !== undefined;
    default: return false;
  }
}

type IsSpecial = (key: string, a: Attributes) => boolean;

/** Attribute name -> [GEXF id, type], in order of first appearance. */
export type Model = Map<string, [string, AttrType]>;

/** An element's part of the model: its attributes' names and types, in its order (specials left out). */
export type Signature = [string, AttrType][];

function signatureOf(attributes: Attributes, isSpecial: IsSpecial): Signature {
  const sig: Signature = [];
  for (const key in attributes) {
    if (isSpecial(key, attributes)) continue;
    const t = typeOf(attributes[key]);
    if (t) sig.push([key, t]);
  }
  return sig;
}

/** A node's and an edge's part of the GEXF model (what collectModel reads of it). */
export const nodeSignature = (a: Attributes): Signature => signatureOf(a, nodeKeyIsSpecial);
export const edgeSignature = (a: Attributes): Signature => signatureOf(a, edgeKeyIsSpecial);

function collectModel(entries: Iterable<{ attributes: Attributes }>, isSpecial: IsSpecial): Model {
  const types = new Map<string, AttrType>();
  for (const { attributes } of entries) {
    // an element whose attributes were not made (a patched rebuild's): the signature they had
    const sig = (attributes as { [SKELETON]?: { signature: Signature } })[SKELETON]?.signature ?? signatureOf(attributes, isSpecial);
    for (const [key, t] of sig) {
      const seen = types.get(key);
      if (seen !== t) types.set(key, seen ? widen(seen, t) : t);
    }
  }
  const model: Model = new Map();
  let id = 0;
  for (const [key, type] of types) model.set(key, [String(id++), type]);
  return model;
}

function declarations(cls: 'node' | 'edge', model: Model): string {
  if (model.size === 0) return '';
  let s = `    <attributes class="${cls}" mode="static">\n`;
  for (const [key, [id, type]] of model) s += `      <attribute id="${id}" title="${xmlAttr(key)}" type="${type}"/>\n`;
  return s + '    </attributes>\n';
}

function attvalues(a: Attributes, model: Model, isSpecial: IsSpecial): string {
  let s = '';
  for (const key in a) {
    const value = a[key];
    if (value === undefined || value === null || isSpecial(key, a)) continue;
    const [id] = model.get(key)!;
    s += `<attvalue for="${id}" value="${valueAttr(value)}"/>`;
  }
  return s ? `<attvalues>${s}</attvalues>` : '';
}

function vizColor(color: unknown): string {
  const c = parseColor(color);
  if (!c) return '';
  return `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"${c.a === undefined ? '' : ` a="${c.a}"`}/>`;
}

/**
 * Keys as GEXF ids: keys without forbidden characters stay as they are; the others lose those characters
 * and, if that makes them collide with another key, get a "~n" suffix. Undefined when every key is clean.
 */
function idMap(keys: Iterable<string>): Map<string, string> | undefined {
  const all = [...keys];
  if (!all.some((k) => stripForbidden(k) !== k)) return undefined;
  const used = new Set(all.filter((k) => stripForbidden(k) === k));
  const map = new Map<string, string>();
  for (const k of all) {
    const clean = stripForbidden(k);
    if (clean === k) continue;
    let id = clean;
    for (let n = 2; used.has(id); n++) id = `${clean}~${n}`;
    used.add(id);
    map.set(k, id);
  }
  return map;
}

/**
 * What writing the nodes and edges needs to know about the whole graph: the attribute declarations (a
 * pass over every element), the GEXF ids of keys that need new ones, and the document's head. Plain data
 * (structured-cloneable), so that another thread can write the elements (see graph-files.ts).
 */
export interface GexfPlan {
  head: string;
  nodeModel: Model;
  edgeModel: Model;
  nodeIds?: Map<string, string>;
  edgeIds?: Map<string, string>;
  defaultType: 'directed' | 'undirected';
  order: number;
  size: number;
}

export function gexfPlan(graph: AbstractGraph, opts: GexfOptions = {}): GexfPlan {
  const nodeModel = collectModel(graph.nodeEntries(), nodeKeyIsSpecial);
  const edgeModel = collectModel(graph.edgeEntries(), edgeKeyIsSpecial);
  const defaultType = graph.type === 'undirected' ? 'undirected' : 'directed';
  const meta = { creator: 'diplograph', ...opts.meta };
  let head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n'
    + `  <meta${meta.lastModified ? ` lastmodifieddate="${xmlAttr(meta.lastModified)}"` : ''}>\n`;
  for (const tag of ['creator', 'keywords', 'description'] as const) {
    const text = meta[tag];
    if (text) head += `    <${tag}>${xmlText(text)}</${tag}>\n`;
  }
  head += '  </meta>\n'
    + `  <graph defaultedgetype="${defaultType}" idtype="string" mode="dynamic" timeformat="date">\n`
    + declarations('node', nodeModel)
    + declarations('edge', edgeModel);
  return { head, nodeModel, edgeModel, nodeIds: idMap(graph.nodes()), edgeIds: idMap(graph.edges()), defaultType, order: graph.order, size: graph.size };
}

/** The text before the first node. */
export const gexfStart = (plan: GexfPlan): string => `${plan.head}    <nodes count="${plan.order}">\n`;
/** The text between the last node and the first edge. */
export const gexfMiddle = (plan: GexfPlan): string => `    </nodes>\n    <edges count="${plan.size}">\n`;
/** The text after the last edge. */
export const GEXF_END = '    </edges>\n  </graph>\n</gexf>\n';

/** A node's element (one line). */
export function gexfNode(plan: GexfPlan, node: string, a: Attributes): string {
  let s = `      <node id="${xmlAttr(plan.nodeIds?.get(node) ?? node)}"`;
  if (a.label !== undefined && a.label !== null) s += ` label="${valueAttr(a.label)}"`;
  const time = gexfTime(a.date, a.endDate);
  if (time.start) s += ` start="${time.start}" end="${time.end}"`;
  let body = attvalues(a, plan.nodeModel, nodeKeyIsSpecial);
  if (nodeKeyIsSpecial('x', a)) body += `<viz:position x="${a.x}" y="${a.y}"/>`;
  if (nodeKeyIsSpecial('size', a)) body += `<viz:size value="${a.size}"/>`;
  body += vizColor(a.color);
  return s + (body ? `>${body}</node>\n` : '/>\n');
}

/** An edge's element (one line). */
export function gexfEdge(plan: GexfPlan, edge: string, source: string, target: string, a: Attributes, undirected: boolean): string {
  const nodeId = (k: string): string => xmlAttr(plan.nodeIds?.get(k) ?? k);
  let s = `      <edge id="${xmlAttr(plan.edgeIds?.get(edge) ?? edge)}" source="${nodeId(source)}" target="${nodeId(target)}"`;
  if (undirected && plan.defaultType === 'directed') s += ' type="undirected"';
  if (typeof a.kind === 'string' && a.kind) s += ` kind="${xmlAttr(a.kind)}"`;
  if (isFiniteNumber(a.weight)) s += ` weight="${a.weight}"`;
  if (a.label !== undefined && a.label !== null) s += ` label="${valueAttr(a.label)}"`;
  const body = attvalues(a, plan.edgeModel, edgeKeyIsSpecial) + vizColor(a.color);
  return s + (body ? `>${body}</edge>\n` : '/>\n');
}

/** The GEXF document in pieces, one node or edge at a time; their concatenation is `toGexf(graph, opts)`. */
export function* gexfChunks(graph: AbstractGraph, opts: GexfOptions = {}): Generator<string, void, undefined> {
  const plan = gexfPlan(graph, opts);
  yield gexfStart(plan);
  for (const { node, attributes } of graph.nodeEntries()) yield gexfNode(plan, node, attributes);
  yield gexfMiddle(plan);
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) yield gexfEdge(plan, edge, source, target, attributes, undirected);
  yield GEXF_END;
}

/** The graph as a GEXF 1.3 document. For big graphs, stream `gexfChunks` to the file instead. */
export function toGexf(graph: AbstractGraph, opts: GexfOptions = {}): string {
  return [...gexfChunks(graph, opts)].join('');
}
