// The text a document's result travels and is cached as: DocResult JSON with each evidence sentence written
// once. A document's evidence repeats its own id and the same few sentences for every entity and relation
// found in them (two thirds of the bytes on the vi bench corpus); written as [start, end, sentence number]
// against one list of sentences, the cache is about half as big and a rebuild decodes and parses half as much.
// The mention keys (a seventh of what was left) are written as the number of the entity with that key.
// decodeResult gives back exactly the DocResult that was encoded (same values, same key order).

import type { DocResult, Evidence } from '../types.js';

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
  return JSON.stringify({ s: sentences, r: out });
}

/** The result of `encodeResult`'s text (or of plain DocResult JSON). */
export function decodeResult(json: string): DocResult {
  const parsed = JSON.parse(json) as Compact | DocResult;
  if (!('s' in parsed && 'r' in parsed)) return parsed as DocResult;
  const { s, r } = parsed;
  const doc = r.doc;
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
  const keys = r.mentionKeys as unknown[] | undefined;
  if (Array.isArray(keys)) {
    for (let k = 0; k < keys.length; k++) if (typeof keys[k] === 'number') keys[k] = r.entities[keys[k] as number].key;
  }
  return r;
}
