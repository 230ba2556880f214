// The text a document's result travels and is cached as: DocResult JSON with each evidence sentence written
// once. A document's evidence repeats its own id and the same few sentences for every entity and relation
// found in them (two thirds of the bytes on the vi bench corpus); written as [start, end, sentence number]
// against one list of sentences, the cache is about half as big and a rebuild decodes and parses half as much.
// The mention keys (a seventh of what was left) are written as the number of the entity with that key.
// Entities and located-in relations, the bulk of the rest, are written as arrays of their values (their kind
// is their key's prefix; a label that is the first name is 0): a fifth less text, which parses a seventh
// faster than the objects. decodeResult gives back exactly the DocResult that was encoded (same values, same
// key order); what does not fit these forms is left as it is.
//
// The sentences follow the result, one JSON string a line (JSON never writes a line break inside a string):
// `{"n":2,"r":{…}}\n"first sentence"\n"second sentence"`. A rebuild parses only the first line of each of its
// 35k results; a sentence is parsed when a node or edge keeps it as evidence (at most 8 do), and most never are:
// they were 63 of the cache's 117 M characters on vi, parsed, kept until merged and collected for nothing.

import type { DocResult, Entity, Evidence, LazyDocResult, Sentences } from '../types.js';

interface Compact {
  /** How many evidence sentences follow, one a line. */
  n: number;
  /**
   * The result, its evidence of this document as [start, end, index into s], its mention keys that are
   * the key of an entity as the index of the first such entity.
   */
  r: DocResult;
}

type Item = { evidence?: unknown };

/** An entity as an array: key, label (0: its first name), names, evidence, titles (0: none), country (0: none). */
type EntityArray = [string, string | 0, string[], unknown[], string[] | 0, string | 0];
/** A located-in relation, and as an array: location, country, evidence. */
type Located = { location: string; country: string; evidence: unknown[] };
type LocatedArray = [string, string, unknown[]];

/** The key orders of the entities written as arrays. */
const ENTITY_KEYS = new Set(['key,kind,label,names,evidence', 'key,kind,label,names,titles,evidence', 'key,kind,label,names,country,evidence', 'key,kind,label,names,titles,country,evidence']);

/** `e` as an array, when decodeEntity gives it back exactly (else undefined). */
function entityArray(e: Entity & { evidence: unknown[] }): EntityArray | undefined {
  if (!ENTITY_KEYS.has(Object.keys(e).join(',')) || e.key.indexOf(':') !== e.kind.length || !e.key.startsWith(e.kind)) return undefined;
  if (typeof e.label !== 'string' || !Array.isArray(e.names) || (e.titles !== undefined && !Array.isArray(e.titles)) || (e.country !== undefined && typeof e.country !== 'string')) return undefined;
  return [e.key, e.names.length > 0 && e.names[0] === e.label ? 0 : e.label, e.names, e.evidence, e.titles ?? 0, e.country ?? 0];
}

/** The entity of an EntityArray, its keys in the order entityArray took them from. */
function decodeEntity(a: EntityArray): Entity {
  const key = a[0];
  const kind = key.slice(0, key.indexOf(':')) as Entity['kind'];
  const label = a[1] === 0 ? a[2][0] : a[1];
  const names = a[2];
  const evidence = a[3] as Evidence[];
  const titles = a[4];
  const country = a[5];
  if (titles === 0) return country === 0 ? { key, kind, label, names, evidence } : { key, kind, label, names, country, evidence };
  return country === 0 ? { key, kind, label, names, titles, evidence } : { key, kind, label, names, titles, country, evidence };
}

const isLocatedPlain = (l: object) => Object.keys(l).join(',') === 'location,country,evidence';

/** Whether `e` is exactly `{doc, start, end, text}` (in that order) of document `doc`: what can be shortened. */
function isPlainEvidence(e: unknown, doc: string): e is Evidence {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return false;
  const keys = Object.keys(e);
  const ev = e as Evidence;
  return keys.length === 4 && keys[0] === 'doc' && keys[1] === 'start' && keys[2] === 'end' && keys[3] === 'text'
    && ev.doc === doc && typeof ev.text === 'string' && Number.isInteger(ev.start) && Number.isInteger(ev.end);
}

/** The result as compact JSON text. */
export function encodeResult(r: DocResult): string {
  const sentences: string[] = [];
  const index = new Map<string, number>();
  const out = { ...r } as unknown as Record<string, unknown>;
  for (const [field, list] of Object.entries(r)) {
    if (!Array.isArray(list)) continue;
    out[field] = list.map((item: unknown) => {
      if (typeof item !== 'object' || item === null || !Array.isArray((item as Item).evidence)) return item;
      const evidence = ((item as Item).evidence as unknown[]).map((e) => {
        if (!isPlainEvidence(e, r.doc)) return e;
        let i = index.get(e.text);
        if (i === undefined) index.set(e.text, (i = sentences.push(e.text) - 1));
        return [e.start, e.end, i];
      });
      return { ...item, evidence };
    });
  }
  if (Array.isArray(r.mentionKeys) && Array.isArray(r.entities)) {
    const entity = new Map<string, number>();
    r.entities.forEach((e, i) => typeof e?.key === 'string' && !entity.has(e.key) && entity.set(e.key, i));
    out.mentionKeys = r.mentionKeys.map((k) => (typeof k === 'string' ? (entity.get(k) ?? k) : k));
  }
  if (Array.isArray(out.entities)) out.entities = (out.entities as (Entity & { evidence: unknown[] })[]).map((e) => (e && typeof e === 'object' && entityArray(e)) || e);
  if (Array.isArray(out.locatedIn)) {
    out.locatedIn = (out.locatedIn as Located[]).map((l) =>
      l && typeof l === 'object' && isLocatedPlain(l) ? ([l.location, l.country, l.evidence] satisfies LocatedArray) : l,
    );
  }
  let text = JSON.stringify({ n: sentences.length, r: out });
  for (const sentence of sentences) text += `\n${JSON.stringify(sentence)}`;
  return text;
}

/** The sentences written one JSON string a line after `from` in `text`, each parsed when first asked for. */
class LineSentences implements Sentences {
  private starts: number[] | undefined;
  private parsed: string[] = [];
  constructor(private readonly text: string, private readonly from: number) {}

  at(i: number): string | undefined {
    if (this.parsed[i] !== undefined) return this.parsed[i];
    if (!this.starts) {
      // where each line begins (one past its line break): indexOf is a native scan, not a parse
      const starts: number[] = [];
      for (let at = this.from; at >= 0; at = this.text.indexOf('\n', at + 1)) starts.push(at + 1);
      this.starts = starts;
    }
    const start = this.starts[i];
    if (start === undefined) return undefined;
    const end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : this.text.length;
    return (this.parsed[i] = JSON.parse(this.text.slice(start, end)) as string);
  }
}

/**
 * The result of `encodeResult`'s text (or of plain DocResult JSON); with `lazy`, its evidence is left as it is stored
 * (the graph makes an Evidence of an item only when a node or edge keeps it: at most 8 do, so most evidence of a
 * rebuild's 35k results was made to be dropped, a tenth of its replay in garbage collection).
 */
export function decodeResult(json: string, lazy = false): LazyDocResult {
  // plain DocResult JSON (which may hold line breaks) is read whole
  const cut = json.startsWith('{"n":') ? json.indexOf('\n') : -1;
  const parsed = JSON.parse(cut < 0 ? json : json.slice(0, cut)) as Compact | DocResult;
  if (!('n' in parsed && 'r' in parsed)) return parsed as DocResult;
  const { r } = parsed;
  const s = new LineSentences(json, cut);
  const doc = r.doc;
  // entities and located-in relations written as arrays, as objects again (their evidence is expanded below)
  const entities = r.entities as unknown[];
  if (Array.isArray(entities)) for (let k = 0; k < entities.length; k++) if (Array.isArray(entities[k])) entities[k] = decodeEntity(entities[k] as EntityArray);
  const located = r.locatedIn as unknown[];
  if (Array.isArray(located)) {
    for (let k = 0; k < located.length; k++) {
      const l = located[k];
      if (Array.isArray(l)) located[k] = { location: l[0], country: l[1], evidence: l[2] } satisfies Located;
    }
  }
  const keys = r.mentionKeys as unknown[] | undefined;
  if (Array.isArray(keys)) {
    for (let k = 0; k < keys.length; k++) if (typeof keys[k] === 'number') keys[k] = r.entities[keys[k] as number].key;
  }
  if (lazy) {
    (r as LazyDocResult).sentences = s;
    return r;
  }
  // the lists of the result (entities, meetings, represents, locatedIn, ...) and their items with evidence,
  // in plain loops: a generator of items cost a tenth of the decoding
  for (const field in r) {
    const list = (r as unknown as Record<string, unknown>)[field];
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const evidence = (item as Item).evidence;
      if (!Array.isArray(evidence)) continue;
      for (let k = 0; k < evidence.length; k++) {
        const e = evidence[k];
        if (Array.isArray(e)) evidence[k] = { doc, start: e[0], end: e[1], text: s.at(e[2])! } satisfies Evidence;
      }
    }
  }
  return r;
}
