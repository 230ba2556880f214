// The one place that orders the stages: read → extract → resolve → build → layout → write.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { listCorpus, type CorpusFile } from './corpus/list-corpus.js';
import { readDoc } from './corpus/read-doc.js';
import { GEXF_PIECES, fileStatKey } from './export/gexf-pieces.js';
import { graphFileData, MIN_ELEMENTS_FOR_WORKER, NotCopied, writerVersion } from './export/graph-files.js';
import { hashString } from './graph/prints.js';
import { writeFileAtomic, writeFilesAtomic } from './export/write-atomic.js';
import { addDocResult, addMetEdges, createGraph, inKeyOrder, type DiploGraph } from './graph/build-graph.js';
import { layout } from './graph/layout.js';
import { decodeResult } from './pipeline/compact-result.js';
import { cacheDir, removeOtherVersions } from './pipeline/doc-cache.js';
import { DocStore, hasLocation, type Location } from './pipeline/doc-store.js';
import { extractorVersion } from './pipeline/extractor-version.js';
import type { FileResult, FileTask } from './pipeline/process-file.js';
import { indexJson, indexPath, loadIndex, statKey, type FileIndex, type IndexEntry } from './pipeline/file-index.js';
import type { BatchTask } from './pipeline/worker.js';
import { Inputs, LAST_BUILD, lastBuildJson, outputsIntact, readLastBuild, type GraphCounts, type LastBuild } from './pipeline/last-build.js';
import { positionsJson, positionsPath, readPositions } from './pipeline/positions.js';
import { readSnapshot, writeSnapshot } from './pipeline/snapshot-file.js';
import { patchGraph } from './graph/patch-graph.js';
import { Parts, snapshotOf, type DocRef } from './graph/graph-snapshot.js';
import { pruneGraph, type Pruned } from './pipeline/prune-graph.js';
import type { LazyDocResult, Problem } from './types.js';

/**
 * Extracts one file in this thread. The extractors (models, compromise) load on first use only: a
 * rebuild whose results all come from the cache, or whose few changed files go to the workers, never
 * pays for them on the main thread.
 */
const processFile = async (task: FileTask): Promise<FileResult> => (await import('./pipeline/process-file.js')).processFile(task);

export interface BuildOptions {
  corpus: string;
  out: string;
  /** Called after each document with the number done so far. */
  /** Called after each file with the number of files done and the number listed. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Skip writing the viewer next to the graph. */
  noViewer?: boolean;
  /** Worker threads for extraction: by default one per core; 0 extracts in this thread. */
  workers?: number;
  /** Do not read or fill the per-document cache (<out>/.cache/). */
  noCache?: boolean;
  /** Keep only entities found in at least this many documents (and the meetings that keep a person). */
  minDocs?: number;
  /** Keep only this many entities, those with the highest degree (and the meetings that keep a person). */
  top?: number;
  /** Lay the graph out afresh instead of keeping the positions of the previous build in `out`. */
  freshLayout?: boolean;
  /**
   * Nodes and edges from which graph.gexf is made by a thread of its own, and both files are copied from the
   * previous build's where they can be (graph-files.ts); below, both are made in this thread. For tests.
   */
  writerThreadFrom?: number;
}

export interface BuildSummary extends GraphCounts {
  skipped: Problem[];
  /** Problems with files that were still read (e.g. "decoded as Windows-1258"). */
  warnings: Problem[];
  /** Documents whose extraction came from the cache. */
  cached: number;
  files: string[];
  seconds: number;
  /** Seconds spent building the graph (reading, extracting, merging), laying it out, and writing it. */
  phases: { graph: number; layout: number; write: number };
  /** Nothing the graph depends on changed since the last build: its files were kept as they were (last-build.ts). */
  unchanged?: true;
  /** The last build's graph was patched with the few files that changed (graph/patch-graph.ts). */
  patched?: true;
}

/** Below this many files the corpus is extracted in the main thread: starting workers costs more. */
export const MIN_FILES_FOR_WORKERS = 50;

// The compiled worker (dist/pipeline/worker.js); under tsx or vitest the sources are .ts and there is none.
const WORKER = new URL('./pipeline/worker.js', import.meta.url);

type GraphOptions = Pick<BuildOptions, 'corpus' | 'onProgress' | 'workers' | 'minDocs' | 'top' | 'writerThreadFrom'> & {
  /** The cache folder to read and fill. */
  cache?: string;
  /** The record of the last build: when the inputs are still its inputs, no graph is built (`unchanged`). */
  lastBuild?: LastBuild;
  /** Merge every result again even after a small change, instead of patching the last build's graph (patch-graph.ts). */
  noPatch?: boolean;
};

/** Files changed, added or removed since the last build up to which a rebuild patches its graph: 1 in 100, at most 256. */
const patchLimit = (files: number): number => Math.max(1, Math.min(256, Math.floor(files / 100)));

/** Results newly stored between two writes of the index during a build. */
const CHECKPOINT = 4096;

/** Files per worker task: fewer, bigger messages between threads. */
const BATCH = 32;

/** Whether `files` files are extracted in worker threads (else in this thread). */
const inWorkers = (files: number, workers: number): boolean => workers > 0 && files >= MIN_FILES_FOR_WORKERS && existsSync(fileURLToPath(WORKER));

/**
 * Worker threads for extraction: one at first, more (up to `workers`) while batches wait for one. Each loads
 * the extractors (~0.5 s of a core), so a rebuild with a few files to extract uses one.
 */
const startPool = (workers: number) => new Piscina<BatchTask, FileResult[]>({ filename: WORKER.href, minThreads: 1, maxThreads: workers, idleTimeout: 1000 });

/** A file's result, with its DocResult when it was decoded already (its evidence as stored: compact-result.ts). */
type Processed = FileResult & { result?: LazyDocResult };

/**
 * Runs processFile over `files` and yields the results in the order of `files`, with a bounded number of
 * files in flight: in worker threads when there are enough files, else in this thread. With a store, files
 * whose stat is in the index are not read: their result comes from the store where the index says (decoded
 * here); files read again whose text has the hash the index holds are not processed again either. Every
 * result is recorded in `nextIndex` (results computed now are appended to the store).
 */
async function* processFiles(files: CorpusFile[], store: DocStore | undefined, workers: number, index: FileIndex, nextIndex: FileIndex,
  stats: Map<string, string>, early?: Piscina<BatchTask, FileResult[]>): AsyncGenerator<Processed> {
  const stored = (id: string): IndexEntry | undefined => {
    const e = store && index.get(id);
    return e && hasLocation(e) ? e : undefined;
  };
  // the stored result of `id` with the given hash and problems, decoded; undefined when it cannot be read
  const fromStore = (id: string, hash: string, problems: Problem[]): Processed | undefined => {
    const json = store!.read(stored(id) as Location);
    if (json === undefined) return undefined;
    try {
      return { id, json, result: decodeResult(json, true), hash, problems, cached: true };
    } catch {
      return undefined; // damaged: extracted again
    }
  };
  const statOf = (f: CorpusFile) => statOnce(f, stats);
  const indexed = (f: CorpusFile): IndexEntry | undefined => {
    const e = stored(f.id);
    const key = statOf(f);
    return e && key !== '' && e.stat === key ? e : undefined;
  };
  const fromIndex = (f: CorpusFile): Processed | undefined => {
    if (!store) return undefined;
    const e = indexed(f);
    return e ? fromStore(f.id, e.hash, e.problems) : undefined;
  };
  const taskOf = (f: CorpusFile): FileTask => {
    const e = stored(f.id);
    return e ? { path: f.path, id: f.id, knownHash: e.hash } : { path: f.path, id: f.id };
  };
  const paths = new Map<string, string>();
  // a file read again with the text the store holds a result for: take that result (or, unreadable, extract)
  const complete = async (r: FileResult): Promise<Processed> => {
    if (!r.unchanged) return r;
    return fromStore(r.id, r.hash!, r.problems) ?? processFile({ path: paths.get(r.id)!, id: r.id });
  };
  const remember = (r: Processed): Processed => {
    const stat = stats.get(r.id) || undefined;
    if (store && stat && r.json && r.hash) {
      const old = r.cached && !store.compacting ? stored(r.id) : undefined;
      const loc: Location = old ? { seg: old.seg!, off: old.off!, len: old.len! } : store.append(r.json);
      nextIndex.set(r.id, { stat, hash: r.hash, problems: r.problems, ...loc });
    }
    return r;
  };
  for (const f of files) paths.set(f.id, f.path);
  // a few files of a big corpus (a patched rebuild) go to the worker started early, which has loaded the extractors
  if (!early && !inWorkers(files.length, workers)) {
    for (const f of files) yield remember(fromIndex(f) ?? (await complete(await processFile(taskOf(f)))));
    return;
  }
  // a rebuild: the workers start now (or have started, `early`) when some file must be extracted, so that they
  // load the extractors while this thread merges the cached results before it (otherwise it waits ~0.5 s
  // there); this takes the stat of every file
  let extracting = !store;
  if (store) for (const f of files) if (!indexed(f)) extracting = true;
  let pool = early;
  if (pool && !extracting) {
    await pool.destroy();
    pool = undefined;
  }
  if (store && extracting) pool ??= startPool(workers);
  const inFlight = workers * 4;
  // in the order of `files`: batches sent to the workers, and cached results (one each)
  const queue: Promise<Processed[]>[] = [];
  let batch: FileTask[] = [];
  const send = () => {
    if (batch.length === 0) return;
    pool ??= startPool(workers);
    const p = pool.run({ files: batch });
    p.catch(() => {}); // awaited in order below; this only keeps a rejection from being unhandled meanwhile
    queue.push(p);
    batch = [];
  };
  try {
    let next = 0;
    while (next < files.length || queue.length > 0) {
      // few cached results ahead: decoded results kept waiting outlive young-generation GCs (reading up to
      // 16M characters ahead while the first worker loads cost ~300 MB of peak memory on vi, for no speed)
      while (next < files.length && queue.length < inFlight) {
        const f = files[next++];
        const hit = fromIndex(f);
        if (!hit) {
          batch.push(taskOf(f));
          if (batch.length === BATCH) send();
          continue;
        }
        send(); // the files before this one first
        queue.push(Promise.resolve([hit]));
      }
      send();
      for (const r of await queue.shift()!) yield remember(await complete(r));
    }
  } finally {
    await pool?.destroy();
  }
}

/** The stat key of a file ('' when it cannot be read: processFile reports it), taken once (`stats`). */
function statOnce(f: CorpusFile, stats: Map<string, string>): string {
  let key = stats.get(f.id);
  if (key === undefined) {
    try {
      key = statKey(statSync(f.path));
    } catch {
      key = '';
    }
    stats.set(f.id, key);
  }
  return key;
}

/** A file as a build takes it: its text's hash (none: it could not be read) and its problems. */
type Seen = { id: string; hash?: string; problems: Problem[] };

/**
 * The hash of the inputs of a build of `files` (last-build.ts), when it can be known without extracting:
 * files whose stat is the index's have the text and problems it holds, the others are read again. Undefined
 * from the first file whose text is not the one the index holds a result for (a new or changed file, or one
 * that could not be read before) on. `seen` gets the files taken, and `restat` the new index entry of each
 * file read again whose text is unchanged (the build that follows need not read it again).
 */
function inputsIfUnchanged(files: CorpusFile[], index: FileIndex, problemsBefore: Map<number, Problem[]>, opts: GraphOptions,
  stats: Map<string, string>, seen: Seen[], restat: Map<string, IndexEntry>): string | undefined {
  const inputs = new Inputs(opts);
  const take = (s: Seen) => (seen.push(s), inputs.file(s.id, s.hash, s.problems));
  for (let i = 0; i < files.length; i++) {
    inputs.listingProblems(problemsBefore.get(i) ?? []);
    const f = files[i];
    const e = index.get(f.id);
    const stat = statOnce(f, stats);
    if (e && hasLocation(e) && stat !== '' && stat === e.stat) {
      take({ id: f.id, hash: e.hash, problems: e.problems });
      continue;
    }
    // read again, as processFile would: a file that still cannot be read (not in the index) counts with its
    // problems; one that now can, or whose text changed, is a change
    const r = readDoc(f.path, f.id);
    if (!r.doc) {
      if (e) return undefined;
      take({ id: f.id, problems: r.problems });
      continue;
    }
    if (!e || !hasLocation(e) || r.hash !== e.hash || stat === '') return undefined;
    restat.set(f.id, { ...e, stat, problems: r.problems });
    take({ id: f.id, hash: e.hash, problems: r.problems });
  }
  inputs.listingProblems(problemsBefore.get(files.length) ?? []);
  return inputs.digest();
}

/**
 * What buildGraph's loop reports of files taken as `seen` (all of them, in order), without their results, and the
 * documents it merges (a file with a hash has a result).
 */
function seenReport(seen: Seen[], problemsBefore: Map<number, Problem[]>): { docs: number; cached: number; skipped: Problem[]; warnings: Problem[]; merged: DocRef[] } {
  const skipped: Problem[] = [];
  const warnings: Problem[] = [];
  const firstByHash = new Map<string, string>();
  const merged: DocRef[] = [];
  seen.forEach((r, i) => {
    skipped.push(...(problemsBefore.get(i) ?? []));
    if (r.hash) {
      const first = firstByHash.get(r.hash);
      if (first !== undefined) return void skipped.push(duplicateProblem(r.id, first));
      firstByHash.set(r.hash, r.id);
    }
    for (const p of r.problems) (p.skipped ? skipped : warnings).push(p);
    if (r.hash) merged.push({ id: r.id, hash: r.hash });
  });
  skipped.push(...(problemsBefore.get(seen.length) ?? []));
  return { docs: merged.length, cached: merged.length, skipped, warnings, merged };
}

const duplicateProblem = (file: string, first: string): Problem => ({ file, message: `duplicate of ${first} (the same text); counted once`, hint: 'remove one of the two copies', skipped: true });

/**
 * A rebuild after a small change (at most patchLimit files changed, added or removed since the last build, whose
 * snapshot is in the cache): the files whose stat is not the index's are processed, and the last build's graph is
 * patched with them (graph/patch-graph.ts). Reports what the loop of buildGraph would; undefined when the change is
 * too big or there is no snapshot of the last build (nothing is done then).
 */
async function patchedGraph(files: CorpusFile[], problemsBefore: Map<number, Problem[]>, store: DocStore, workers: number, index: FileIndex,
  stats: Map<string, string>, early: Piscina<BatchTask, FileResult[]> | undefined, opts: GraphOptions): Promise<Awaited<ReturnType<typeof buildGraph>> | undefined> {
  if (opts.minDocs || opts.top !== undefined) return undefined;
  const indexed = (f: CorpusFile): IndexEntry | undefined => {
    const e = index.get(f.id);
    return e && hasLocation(e) && statOnce(f, stats) === e.stat && statOnce(f, stats) !== '' ? e : undefined;
  };
  if (store.compacting) return undefined; // a full build copies every result into a new segment
  const todo = files.filter((f) => !indexed(f));
  if (todo.length > patchLimit(files.length)) return undefined;
  const snapshot = readSnapshot(opts.cache!);
  if (!snapshot || snapshot.inputs !== opts.lastBuild?.inputs || snapshot.writer !== writerVersion()) return undefined;
  // a graph written without copying from the previous files cannot be patched (its elements' text is needed)
  if (snapshot.nodes.keys.length + snapshot.edges.keys.length < (opts.writerThreadFrom ?? MIN_ELEMENTS_FOR_WORKER)) return undefined;
  const listed = new Set(files.map((f) => f.id));
  if (todo.length + snapshot.docs.filter((id) => !listed.has(id)).length > patchLimit(files.length)) return undefined;

  const nextIndex: FileIndex = new Map();
  const done = new Map<string, Processed>();
  for await (const r of processFiles(todo, store, workers, index, nextIndex, stats, early)) done.set(r.id, r);
  // every file as buildGraph's loop takes it: from the index, or processed now
  const inputs = new Inputs(opts);
  const entries = new Map<string, IndexEntry>();
  const seen: Seen[] = files.map((f, i) => {
    inputs.listingProblems(problemsBefore.get(i) ?? []);
    const r = done.get(f.id);
    const e = r ? nextIndex.get(f.id) : indexed(f)!;
    if (e) entries.set(f.id, e);
    const s = r ? { id: f.id, hash: r.json === undefined ? undefined : r.hash, problems: r.problems } : { id: f.id, hash: e!.hash, problems: e!.problems };
    inputs.file(f.id, r ? r.hash : s.hash, s.problems);
    return s;
  });
  inputs.listingProblems(problemsBefore.get(files.length) ?? []);
  const { skipped, warnings, merged } = seenReport(seen, problemsBefore);
  const extracted = new Set([...done.values()].filter((r) => !r.cached).map((r) => r.id));
  const cached = merged.filter((d) => !extracted.has(d.id)).length;
  const resultOf = (d: DocRef): LazyDocResult => {
    const r = done.get(d.id);
    if (r) return r.result ?? decodeResult(r.json!, true);
    return decodeResult(store.read(entries.get(d.id) as Location)!, true);
  };
  const { graph, parts } = patchGraph(snapshot, merged, resultOf);
  store.close();
  await writeFileAtomic(indexPath(opts.cache!), indexJson(entries));
  store.removeUnreferenced(entries, [basename(indexPath(opts.cache!))]);
  opts.onProgress?.(files.length, files.length, files[files.length - 1]?.id ?? '');
  return { graph, docs: merged.length, skipped, warnings, dropped: { entities: 0, meetings: 0 }, cached, inputs: inputs.digest(), merged, parts, patched: true };
}

/** Builds the graph of a corpus in memory. */
export async function buildGraph(opts: GraphOptions): Promise<{
  graph: DiploGraph; docs: number; skipped: Problem[]; warnings: Problem[]; dropped: Pruned; cached: number;
  /** The hash of the build's inputs (last-build.ts), when it has a cache to record them in. */
  inputs?: string;
  /** The inputs are opts.lastBuild's: the graph was not built (it is empty), and only the problems are reported. */
  unchanged?: true;
  /** The documents merged, in order, and what they gave each element (for the snapshot of the graph: graph-snapshot.ts). */
  merged: DocRef[];
  parts?: Parts;
  /** The graph is the last build's patched (its skeleton elements are to be copied from its files). */
  patched?: true;
}> {
  const graph = createGraph();
  const skipped: Problem[] = [];
  const warnings: Problem[] = [];
  const files: CorpusFile[] = [];
  const workers = opts.workers ?? availableParallelism();
  // a rebuild (the cache has an index): one worker starts now, to load the extractors while this thread lists the
  // corpus, reads the index and takes the stat of every file; it stops when the corpus is too small for workers,
  // and processFiles stops it when no file needs extracting
  let early = opts.cache && existsSync(indexPath(opts.cache)) && inWorkers(MIN_FILES_FOR_WORKERS, workers) ? startPool(workers) : undefined;
  // listing problems (unreadable folders, link loops), reported where the listing found them
  const problemsBefore = new Map<number, Problem[]>();
  try {
    for await (const item of listCorpus(opts.corpus)) {
      if ('path' in item) files.push(item as CorpusFile);
      else problemsBefore.set(files.length, [...(problemsBefore.get(files.length) ?? []), item as Problem]);
    }
  } catch (err) {
    await early?.destroy();
    throw err;
  }
  if (early && !inWorkers(files.length, workers)) {
    await early.destroy();
    early = undefined;
  }
  const firstByHash = new Map<string, string>();
  let docs = 0;
  let cached = 0;
  let position = 0;
  let index: FileIndex;
  let store: DocStore | undefined;
  try {
    index = opts.cache ? loadIndex(opts.cache) : new Map();
    if (opts.cache) await mkdir(opts.cache, { recursive: true });
    store = opts.cache ? new DocStore(opts.cache, index) : undefined;
  } catch (err) {
    await early?.destroy();
    throw err;
  }
  const stats = new Map<string, string>();
  if (opts.lastBuild && store) {
    const seen: Seen[] = [];
    const restat = new Map<string, IndexEntry>();
    const inputs = inputsIfUnchanged(files, index, problemsBefore, opts, stats, seen, restat);
    if (inputs === opts.lastBuild.inputs) {
      await early?.destroy();
      store.close();
      if (restat.size > 0) await writeFileAtomic(indexPath(opts.cache!), indexJson(new Map([...index, ...restat])));
      opts.onProgress?.(files.length, files.length, files[files.length - 1]?.id ?? '');
      return { ...seenReport(seen, problemsBefore), graph, dropped: opts.lastBuild.counts.dropped, inputs, unchanged: true, merged: [] };
    }
    for (const [id, e] of restat) index.set(id, e);
    const patched = opts.noPatch ? undefined : await patchedGraph(files, problemsBefore, store, workers, index, stats, early, opts);
    if (patched) return patched;
  }
  // hashed only for the record of a build with a cache (~60 ms on vi)
  const inputs = store ? new Inputs(opts) : undefined;
  const nextIndex: FileIndex = new Map();
  const merged: DocRef[] = [];
  const parts = store ? new Parts() : undefined;
  for await (const r of processFiles(files, store, workers, index, nextIndex, stats, early)) {
    if (store && store.unsaved >= CHECKPOINT) {
      // a killed build keeps what it extracted so far: the index points into the synced segment
      store.flush();
      await writeFileAtomic(indexPath(opts.cache!), indexJson(new Map([...index, ...nextIndex])));
    }
    const listed = problemsBefore.get(position++) ?? [];
    skipped.push(...listed);
    inputs?.listingProblems(listed);
    inputs?.file(r.id, r.hash, r.problems);
    if (r.json && r.hash) {
      const first = firstByHash.get(r.hash);
      if (first !== undefined) {
        skipped.push(duplicateProblem(r.id, first));
        continue;
      }
      firstByHash.set(r.hash, r.id);
    }
    for (const p of r.problems) (p.skipped ? skipped : warnings).push(p);
    if (!r.json) continue;
    merged.push({ id: r.id, hash: r.hash! });
    // each node and edge keeps a print of what was merged into it (graph/prints.ts): here, the document by its
    // name and its text's hash (which, for one extractor version, say what its result is)
    addDocResult(graph, r.result ?? decodeResult(r.json, true), hashString(`${r.id}\0${r.hash}`), parts && { record: parts.record });
    docs++;
    if (r.cached) cached++;
    opts.onProgress?.(position, files.length, r.id);
  }
  skipped.push(...(problemsBefore.get(files.length) ?? []));
  inputs?.listingProblems(problemsBefore.get(files.length) ?? []);
  if (store) {
    store.close();
    await writeFileAtomic(indexPath(opts.cache!), indexJson(nextIndex));
    store.removeUnreferenced(nextIndex, [basename(indexPath(opts.cache!))]);
  }
  const dropped = pruneGraph(graph, opts);
  const ordered = inKeyOrder(graph);
  addMetEdges(ordered);
  return { graph: ordered, docs, skipped, warnings, dropped, cached, inputs: inputs?.digest(), merged, parts };
}

export const VIEWER_DIR = fileURLToPath(new URL('../viewer-dist', import.meta.url));

/** Builds the graph of a corpus and writes graph.json, graph.gexf and the viewer into opts.out. */
export async function build(opts: BuildOptions): Promise<BuildSummary> {
  try {
    return await buildOnce(opts);
  } catch (err) {
    // a patched graph whose elements could not all be copied from the previous files (nothing was written): whole
    if (err instanceof NotCopied) return buildOnce(opts, true);
    throw err;
  }
}

async function buildOnce(opts: BuildOptions, noPatch?: boolean): Promise<BuildSummary> {
  const t0 = performance.now();
  const version = extractorVersion();
  const cache = opts.noCache ? undefined : cacheDir(opts.out, version);
  const json = join(opts.out, 'graph.json');
  const gexf = join(opts.out, 'graph.gexf');
  // the last build's record, when the files it wrote are still there as it wrote them (a fresh layout is a change)
  const last = cache && !opts.freshLayout ? readLastBuild(cache) : undefined;
  const lastBuild = last && outputsIntact(last) ? last : undefined;
  const { graph, docs, skipped, warnings, dropped, cached, inputs, unchanged, merged, parts, patched } = await buildGraph({ ...opts, cache, lastBuild, noPatch });
  const t1 = performance.now();
  if (unchanged) {
    const files = [json, gexf];
    if (!opts.noViewer) files.push(...(await writeViewer(opts.out)));
    const t2 = performance.now();
    return { ...lastBuild!.counts, docs, skipped, warnings, dropped, cached, files, unchanged, seconds: (t2 - t0) / 1000, phases: { graph: (t1 - t0) / 1000, layout: 0, write: (t2 - t1) / 1000 } };
  }
  const kinds = new Map<unknown, number>();
  graph.forEachNode((_, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
  const count = (kind: string) => kinds.get(kind) ?? 0;
  const counts = { docs, dropped, people: count('person'), countries: count('country'), meetings: count('meeting'), nodes: graph.order, edges: graph.size };
  const summary = { ...counts, skipped, warnings, cached, ...(patched ? { patched } : {}) };
  // nothing read: the previous graph stays as it was
  if (docs === 0) return { ...summary, files: [], seconds: (t1 - t0) / 1000, phases: { graph: (t1 - t0) / 1000, layout: 0, write: 0 } };
  layout(graph, opts.freshLayout ? {} : { previous: readPositions(opts.out) });
  const t2 = performance.now();
  await mkdir(opts.out, { recursive: true });
  // graph.json here, graph.gexf in a worker thread, at the same time, each from the text or the lines of the
  // previous one that are still right (the prints say which: the same merges of the same results, by the same
  // extractor); what says where they are goes first, and comes back with the new files
  const pieces = join(opts.out, GEXF_PIECES);
  const meta = { creator: 'diplograph', description: `Built from ${docs} documents` };
  const data = graphFileData(graph, { meta }, { previous: { gexf, json, pieces }, printsOf: version, minElements: opts.writerThreadFrom });
  await rm(pieces, { force: true });
  await writeFilesAtomic([
    { path: json, data: data.json },
    { path: gexf, data: data.gexf },
    { path: positionsPath(opts.out), data: positionsJson(graph) },
  ]);
  const record = await data.pieces?.(fileStatKey(gexf), fileStatKey(json));
  if (record) await writeFileAtomic(pieces, record);
  const files = [json, gexf];
  if (cache) {
    removeOtherVersions(opts.out, version);
    // what the next build needs to patch this graph instead of building it again: not for a pruned graph, nor one
    // whose files have no pieces (the next one could not copy from them)
    const whole = inputs && parts && record && !opts.minDocs && opts.top === undefined;
    await writeSnapshot(cache, whole ? snapshotOf(graph, merged, inputs, writerVersion(), parts) : undefined);
    if (inputs) await writeFileAtomic(join(cache, LAST_BUILD), lastBuildJson(inputs, files, counts));
  }
  if (!opts.noViewer) files.push(...(await writeViewer(opts.out)));
  const t3 = performance.now();
  return { ...summary, files, seconds: (t3 - t0) / 1000, phases: { graph: (t1 - t0) / 1000, layout: (t2 - t1) / 1000, write: (t3 - t2) / 1000 } };
}

/**
 * Copies the built viewer (viewer-dist/) next to graph.json, so the folder is a self-contained site.
 * Each file is copied byte for byte to a temporary name and renamed; bundles of an older viewer
 * (hashed names in assets/ that the new one does not have) are removed afterwards.
 */
async function writeViewer(out: string): Promise<string[]> {
  if (!existsSync(join(VIEWER_DIR, 'index.html'))) return [];
  const written: string[] = [];
  const walk = async (dir: string) => {
    const names = readdirSync(dir).sort();
    for (const name of names) {
      const from = join(dir, name);
      const to = join(out, relative(VIEWER_DIR, from));
      if (statSync(from).isDirectory()) {
        await mkdir(to, { recursive: true });
        await walk(from);
        for (const old of readdirSync(to)) if (!existsSync(join(from, old))) await rm(join(to, old), { force: true, recursive: true });
      } else {
        const tmp = `${to}.${process.pid}.tmp`;
        await copyFile(from, tmp);
        await rename(tmp, to);
        written.push(to);
      }
    }
  };
  await walk(VIEWER_DIR);
  return written;
}
