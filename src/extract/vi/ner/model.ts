// The tagger's model and its file format: gzip of
//   "VINER1" | u32 header length | header JSON | f32 transitions | i16 or i8 weights (little-endian)
// The header holds the hash size, the weight scale and the lexicons mined from the training data.

import { gunzipSync, gzipSync } from 'node:zlib';
import { FAMILY, GIVEN, hashWord, pairKey, LOCATION_CUE, LOCATION_HEAD, ORGANIZATION_CUE, ORGANIZATION_HEAD, PERSON_CUE, type LexiconFlags } from './features.js';
import { IntTable } from './int-table.js';
import { N_TAGS } from './tags.js';

/** Mined word lists: lower-cased syllables. */
export interface Lexicons {
  family: string[];
  given: string[];
  personCue: string[];
  locationCue: string[];
  organizationCue: string[];
  organizationHead: string[];
  locationHead: string[];
  /** two-syllable words of the training text, lower-cased ("đầu tư"), with their cohesion 1..3 */
  pairs?: [string, number][];
  /** capitalised words that open sentences and never begin or lie in a name ("Theo", "Trong"): near-names.ts */
  openers?: string[];
}

export interface NerModel {
  bits: number;
  /** rows * N_TAGS emission weights */
  weights: Float32Array;
  /** The same weights as shipped (16-bit, weights = q * scale): half the memory to read while tagging. */
  q?: Int16Array;
  scale?: number;
  /** (N_TAGS + 1) * N_TAGS transition weights; row 0 is the start */
  trans: Float32Array;
  lexicons: Lexicons;
  flags: LexiconFlags;
  /** pairKey of a two-syllable word → its cohesion (see featureRows) */
  pairs: IntTable;
  /** hashWord of each of lexicons.openers → 1 */
  openers: IntTable;
}

interface Header {
  bits: number;
  tags: number;
  scale: number;
  width: 8 | 16;
  lexicons: Lexicons;
  trained?: Record<string, unknown>;
}

const MAGIC = 'VINER1';

export function lexiconFlags(lex: Lexicons): LexiconFlags {
  const flags: LexiconFlags = new IntTable();
  const add = (words: string[], bit: number) => {
    for (const w of words) {
      const h = hashWord(w);
      flags.set(h, flags.get(h) | bit);
    }
  };
  add(lex.family, FAMILY);
  add(lex.given, GIVEN);
  add(lex.personCue, PERSON_CUE);
  add(lex.locationCue, LOCATION_CUE);
  add(lex.organizationCue, ORGANIZATION_CUE);
  add(lex.organizationHead, ORGANIZATION_HEAD);
  add(lex.locationHead, LOCATION_HEAD);
  return flags;
}

export function pairTable(lex: Lexicons): IntTable {
  const table = new IntTable(lex.pairs?.length ?? 16);
  for (const [pair, cohesion] of lex.pairs ?? []) {
    const [a, b] = pair.split(' ');
    table.set(pairKey(hashWord(a), hashWord(b)), cohesion);
  }
  return table;
}

export function openerTable(lex: Lexicons): IntTable {
  const table = new IntTable(lex.openers?.length ?? 16);
  for (const w of lex.openers ?? []) table.set(hashWord(w), 1);
  return table;
}

export function encodeModel(m: NerModel, width: 8 | 16, trained?: Record<string, unknown>): Buffer {
  let max = 0;
  for (let i = 0; i < m.weights.length; i++) max = Math.max(max, Math.abs(m.weights[i]));
  const top = width === 16 ? 32767 : 127;
  const scale = max > 0 ? max / top : 1;
  const header: Header = { bits: m.bits, tags: N_TAGS, scale, width, lexicons: m.lexicons, trained };
  const hb = Buffer.from(JSON.stringify(header), 'utf8');
  const q = width === 16 ? new Int16Array(m.weights.length) : new Int8Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weights[i] / scale);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(hb.length);
  const raw = Buffer.concat([
    Buffer.from(MAGIC, 'latin1'), len, hb,
    Buffer.from(new Float32Array(m.trans).buffer), Buffer.from(q.buffer, q.byteOffset, q.byteLength),
  ]);
  return gzipSync(raw, { level: 9 });
}

export function decodeModel(gz: Uint8Array): NerModel {
  const raw = gunzipSync(gz);
  if (raw.subarray(0, 6).toString('latin1') !== MAGIC) throw new Error('not a vi-ner model file');
  const hl = raw.readUInt32LE(6);
  const header = JSON.parse(raw.subarray(10, 10 + hl).toString('utf8')) as Header;
  if (header.tags !== N_TAGS) throw new Error(`model has ${header.tags} tags, the tagger ${N_TAGS}`);
  let o = 10 + hl;
  const nt = (N_TAGS + 1) * N_TAGS;
  const trans = new Float32Array(nt);
  for (let i = 0; i < nt; i++, o += 4) trans[i] = raw.readFloatLE(o);
  const size = (1 << header.bits) * N_TAGS;
  const weights = new Float32Array(size);
  if (header.width === 16) {
    const q = new Int16Array(raw.buffer.slice(raw.byteOffset + o, raw.byteOffset + o + size * 2));
    for (let i = 0; i < size; i++) weights[i] = q[i] * header.scale;
  } else {
    for (let i = 0; i < size; i++) weights[i] = raw.readInt8(o + i) * header.scale;
  }
  const q16 = header.width === 16 ? new Int16Array(raw.buffer.slice(raw.byteOffset + o, raw.byteOffset + o + size * 2)) : undefined;
  return { bits: header.bits, weights, trans, lexicons: header.lexicons, flags: lexiconFlags(header.lexicons), pairs: pairTable(header.lexicons), openers: openerTable(header.lexicons), ...(q16 ? { q: q16, scale: header.scale } : {}) };
}
