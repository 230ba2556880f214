// What a build records about the graph.gexf and graph.json it wrote (GEXF_PIECES, beside them), so that the
// next build can copy what did not change (graph-files.ts): for each node and edge, its key, a hash and the
// length of its graph.json text, where its GEXF line is, its print (graph/prints.ts) and where its text is.
//
// The numbers are stored as the bytes of their doubles in base64, one block per field: a vi rebuild reads and
// writes about 1.2 million of them, which as JSON numbers cost ~0.5 s of printing, parsing and copying.

import { statSync, type Stats } from 'node:fs';

/** The file beside graph.gexf that says where its lines are, for the next build. */
export const GEXF_PIECES = '.gexf-pieces.json';

/** The numbers kept per element. */
export const FIELDS = ['hashes', 'lengths', 'offsets', 'bytes', 'prints', 'jsonOffsets', 'jsonBytes'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * One list (nodes or edges), per element: `hashes` and `lengths` of its graph.json text (UTF-16 code units),
 * `offsets` and `bytes` of its line in graph.gexf, its `prints` (0: none), `jsonOffsets` and `jsonBytes` of its
 * text in graph.json.
 */
export type PieceList = { keys: string[] } & Record<Field, Float64Array>;

/**
 * The line of an element is a function of its text and of the attribute declarations: the next build copies
 * the line of every element whose text has the same hash and length, when the declarations, the writer's code
 * (`version`) and graph.gexf itself (its stat) are the same. It copies the text of every element whose print
 * is the same too, when the prints mean the same (`printsOf`) and graph.json is the file written (its stat).
 */
export interface GexfPieces {
  version: string;
  declarations: string;
  gexf: string;
  json: string;
  printsOf: string | null;
  nodes: PieceList;
  edges: PieceList;
}

/** Where each of a list's keys is. */
export function keyIndex(l: PieceList): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < l.keys.length; i++) map.set(l.keys[i], i);
  return map;
}

/** A list being recorded. */
export type PieceRecord = { keys: string[] } & Record<Field, number[]>;

export function pieceRecord(): PieceRecord {
  const r = { keys: [] as string[] } as PieceRecord;
  for (const f of FIELDS) r[f] = [];
  return r;
}

/** A record's stored form: the keys, and each field's doubles in base64. */
function storedList(r: PieceRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { keys: r.keys };
  for (const f of FIELDS) out[f] = Buffer.from(Float64Array.from(r[f]).buffer).toString('base64');
  return out;
}

function readList(stored: Record<string, unknown>): PieceList | undefined {
  const keys = stored?.keys;
  if (!Array.isArray(keys)) return undefined;
  const l = { keys } as PieceList;
  for (const f of FIELDS) {
    if (typeof stored[f] !== 'string') return undefined;
    const b = Buffer.from(stored[f] as string, 'base64');
    if (b.length !== 8 * keys.length) return undefined;
    // a copy: a Float64Array must start at a multiple of 8 bytes, which the buffer may not
    l[f] = new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
  }
  return l;
}

/** GEXF_PIECES' text. */
export function piecesText(p: Partial<Omit<GexfPieces, 'nodes' | 'edges'>>, nodes: PieceRecord, edges: PieceRecord): string {
  return JSON.stringify({ ...p, nodes: storedList(nodes), edges: storedList(edges) });
}

/** The pieces in GEXF_PIECES' text; undefined when it is not such a text (e.g. of an older version). */
export function readPieces(text: string): GexfPieces | undefined {
  try {
    const p = JSON.parse(text) as Record<string, unknown>;
    const nodes = readList(p.nodes as Record<string, unknown>);
    const edges = readList(p.edges as Record<string, unknown>);
    if (!nodes || !edges || typeof p.version !== 'string' || typeof p.gexf !== 'string' || typeof p.json !== 'string') return undefined;
    return { ...(p as unknown as GexfPieces), nodes, edges };
  } catch {
    return undefined;
  }
}

/** The stat key the pieces record of a file. */
export const statKeyOf = (st: Stats): string => `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;

/** The stat key of the file at `path`. */
export const fileStatKey = (path: string): string => statKeyOf(statSync(path));
