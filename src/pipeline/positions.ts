// The node positions of the last build, kept beside its graph (<out>/.layout.json) so that the next build can
// keep them (see layout's `previous`): far smaller and quicker to read than graph.json. Written atomically
// with graph.json and graph.gexf; a missing or unreadable file just means a fresh layout.
//
// The coordinates are stored as the bytes of their doubles (little-endian, in base64): exact, and read and
// written in a few milliseconds, where JSON numbers cost ~0.2 s a rebuild of the vi bench (245k numbers
// printed and parsed). Files of the JSON-number form (`x`, `y`) are still read.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AbstractGraph } from 'graphology-types';
import type { Position } from '../graph/layout.js';

export const positionsPath = (out: string) => join(out, '.layout.json');

interface PositionsFile {
  keys: string[];
  /** x then y of every node, as 8-byte little-endian doubles, in base64. */
  xy?: string;
  /** The earlier form: the numbers in JSON. */
  x?: number[];
  y?: number[];
}

/** The positions written by the last build into `out`, by node key (empty when there are none). */
export function readPositions(out: string): Map<string, Position> {
  const map = new Map<string, Position>();
  let f: PositionsFile;
  try {
    f = JSON.parse(readFileSync(positionsPath(out), 'utf8')) as PositionsFile;
  } catch {
    return map;
  }
  if (!Array.isArray(f.keys)) return map;
  const n = f.keys.length;
  if (typeof f.xy === 'string') {
    const b = Buffer.from(f.xy, 'base64');
    if (b.length !== 16 * n) return map;
    for (let i = 0; i < n; i++) map.set(f.keys[i], { x: b.readDoubleLE(8 * i), y: b.readDoubleLE(8 * (n + i)) });
  } else if (Array.isArray(f.x) && Array.isArray(f.y)) {
    for (let i = 0; i < n; i++) map.set(f.keys[i], { x: f.x[i], y: f.y[i] });
  }
  return map;
}

/** The file's text for the positions of a laid-out graph. */
export function positionsJson(graph: AbstractGraph): string {
  const keys: string[] = [];
  const b = Buffer.allocUnsafe(16 * graph.order);
  const n = graph.order;
  let i = 0;
  graph.forEachNode((key, a) => {
    keys.push(key);
    b.writeDoubleLE(a.x as number, 8 * i);
    b.writeDoubleLE(a.y as number, 8 * (n + i));
    i++;
  });
  return JSON.stringify({ keys, xy: b.toString('base64') } satisfies PositionsFile);
}
