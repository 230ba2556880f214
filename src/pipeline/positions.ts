// The node positions of the last build, kept beside its graph (<out>/.layout.json) so that the next build can
// keep them (see layout's `previous`): far smaller and quicker to read than graph.json. Written atomically
// with graph.json and graph.gexf; a missing or unreadable file just means a fresh layout.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AbstractGraph } from 'graphology-types';
import type { Position } from '../graph/layout.js';

export const positionsPath = (out: string) => join(out, '.layout.json');

interface PositionsFile {
  keys: string[];
  x: number[];
  y: number[];
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
  if (!Array.isArray(f.keys) || !Array.isArray(f.x) || !Array.isArray(f.y)) return map;
  for (let i = 0; i < f.keys.length; i++) map.set(f.keys[i], { x: f.x[i], y: f.y[i] });
  return map;
}

/** The file's text for the positions of a laid-out graph (JSON numbers read back as the same doubles). */
export function positionsJson(graph: AbstractGraph): string {
  const f: PositionsFile = { keys: [], x: [], y: [] };
  graph.forEachNode((key, a) => {
    f.keys.push(key);
    f.x.push(a.x as number);
    f.y.push(a.y as number);
  });
  return JSON.stringify(f);
}
