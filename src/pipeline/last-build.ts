// What the last build with a cache wrote, so that the next one can see that nothing the graph depends on has
// changed ("early cutoff", as make and Shake have it): the same files in the same order with the same texts and
// problems, read by the same code with the same options, and graph.json and graph.gexf still the files it
// wrote. The next build then writes nothing: the graph would be the same. Running `npm start` again, or
// building after `touch`, a checkout or a copy that changed only the files' dates, takes the time of reading
// the folder instead of the time of merging every cached result.

import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileStatKey } from '../export/gexf-pieces.js';
import type { Problem } from '../types.js';
import { hashOfFiles } from './extractor-version.js';
import type { Pruned } from './prune-graph.js';

/** The record, in the cache folder of the extractor version. */
export const LAST_BUILD = 'last-build.json';

/** What a build reports that only the graph could tell. */
export interface GraphCounts {
  docs: number;
  people: number;
  countries: number;
  meetings: number;
  nodes: number;
  edges: number;
  /** What minDocs / top dropped. */
  dropped: Pruned;
}

export interface LastBuild {
  /** A hash of the build's inputs (Inputs). */
  inputs: string;
  /** The stat key of each file written (graph.json, graph.gexf), when it was written. */
  outputs: Record<string, string>;
  counts: GraphCounts;
}

// Beside the running code: src/ under tsx or vitest, dist/ when compiled.
const CODE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let codeVersion: string | undefined;

/**
 * A hash of all the code that makes the graph and its files (every module beside this one), the models, the
 * language data and the package's version: any change to them is a change of the inputs.
 */
export function buildCodeVersion(): string {
  codeVersion ??= hashOfFiles([CODE_ROOT, join(PACKAGE_ROOT, 'models'), join(PACKAGE_ROOT, 'src/lexicons'), join(PACKAGE_ROOT, 'package.json')]);
  return codeVersion;
}

/**
 * The inputs of a build, hashed as they come: the code, the options that change the graph, and then, in the
 * order the build takes them, each file (its id, its text's hash, its problems) and each problem of the
 * listing (at its place among the files).
 */
export class Inputs {
  private readonly h: Hash = createHash('sha256');

  constructor(options: { minDocs?: number; top?: number }) {
    this.h.update(JSON.stringify([buildCodeVersion(), options.minDocs ?? null, options.top ?? null]));
  }

  file(id: string, hash: string | undefined, problems: readonly Problem[]): void {
    this.h.update(`\n${JSON.stringify([id, hash ?? null, problems])}`);
  }

  listingProblems(problems: readonly Problem[]): void {
    for (const p of problems) this.h.update(`\n${JSON.stringify(p)}`);
  }

  digest(): string {
    return this.h.digest('hex');
  }
}

/** The record in `cache`, or undefined (none, or unreadable). */
export function readLastBuild(cache: string): LastBuild | undefined {
  try {
    const r = JSON.parse(readFileSync(join(cache, LAST_BUILD), 'utf8')) as LastBuild;
    return typeof r.inputs === 'string' && r.outputs && r.counts ? r : undefined;
  } catch {
    return undefined;
  }
}

/** The record of a build that wrote `paths`, as text. */
export function lastBuildJson(inputs: string, paths: string[], counts: GraphCounts): string {
  const outputs: Record<string, string> = {};
  for (const p of paths) outputs[p] = fileStatKey(p);
  return JSON.stringify({ inputs, outputs, counts } satisfies LastBuild);
}

/** Whether every file the record names is still the one the build wrote. */
export function outputsIntact(r: LastBuild): boolean {
  try {
    return Object.entries(r.outputs).every(([path, key]) => fileStatKey(path) === key);
  } catch {
    return false;
  }
}
