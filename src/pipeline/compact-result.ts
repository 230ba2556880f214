// The text a document's result travels and is cached as: DocResult JSON with each evidence sentence written
// once. A document's evidence repeats its own id and the same few sentences for every entity and relation
// found in them (two thirds of the bytes on the vi bench corpus); written as [start, end, sentence number]
// against one list of sentences, the cache is about half as big and a rebuild decodes and parses half as much.
// The mention keys (a seventh of what was left) are written as the number of the entity with that key.
// Entities and located-in relations, the bulk of the rest, are written as arrays of their values (their kind
// is their key's prefix; a label that is the first name is 0): a fifth less text, which parses a seventh
// faster than the objects. decodeResult gives back exactly the DocResult that was encoded (same values, same
// key order); what does not fit these forms is left as it is.

import type { DocResult, Entity, Evidence, LazyDocResult } from '../types.js';

interface Compact {
  /** The evidence sentences, each once. */
  s: string[];
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
  return JSON.stringify({ s: sentences, r: out });
}

/**
 * The result of `encodeResult`'s text (or of plain DocResult JSON); with `lazy`, its evidence is left as it is stored
 * (the graph makes an Evidence of an item only when a node or edge keeps it: at most 8 do, so most evidence of a
 * rebuild's 35k results was made to be dropped, a tenth of its replay in garbage collection).
 */
export function decodeResult(json: string, lazy = false): LazyDocResult {
  const parsed = JSON.parse(json) as Compact | DocResult;
  if (!('s' in parsed && 'r' in parsed)) return parsed as DocResult;
  const { s, r } = parsed;
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
        if (Array.isArray(e)) evidence[k] = { doc, start: e[0], end: e[1], text: s[e[2]] } satisfies Evidence;
      }
    }
  }
  return r;
}
