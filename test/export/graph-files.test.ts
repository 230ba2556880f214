// graph.json and graph.gexf written together, the GEXF by a worker thread from graph.json's text: the files
// must be exactly toJson's and toGexf's text. Run through the compiled code (dist/): under vitest the
// sources are .ts and the worker thread needs the built JavaScript.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { fileStatKey as GexfStatKey } from '../../src/export/gexf-pieces.js';
import type { graphFileData as GraphFileData } from '../../src/export/graph-files.js';
import { toGexf } from '../../src/export/gexf.js';
import { toJson } from '../../src/export/json.js';
import type { writeFilesAtomic as WriteFilesAtomic } from '../../src/export/write-atomic.js';
import { layout } from '../../src/graph/layout.js';
import { contractGraph } from './contract-graph.js';

const root = join(import.meta.dirname, '..', '..');
let graphFileData: typeof GraphFileData;
let fileStatKey: typeof GexfStatKey;
let writeFilesAtomic: typeof WriteFilesAtomic;
let PRINT: symbol;
const dir = mkdtempSync(join(tmpdir(), 'diplograph-graph-files-'));

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'export', 'gexf-worker.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  const dist = (f: string) => pathToFileURL(join(root, 'dist', 'export', f)).href;
  ({ graphFileData } = await import(dist('graph-files.js')));
  ({ fileStatKey } = await import(dist('gexf-pieces.js')));
  ({ writeFilesAtomic } = await import(dist('write-atomic.js')));
  ({ PRINT } = await import(pathToFileURL(join(root, 'dist', 'graph', 'prints.js')).href));
}, 60_000);

const meta = { meta: { creator: 'diplograph', description: 'Built from <2> & "some" documents' } };

/**
 * Writes the graph's two files with the worker (whatever its size), as build() does: from the lines of the
 * previous graph.gexf of the same name that are still right. Returns their text and how many lines were copied.
 */
async function write(graph: AbstractGraph, name: string, printsOf?: string): Promise<{ json: string; gexf: string; copied: number }> {
  const json = join(dir, `${name}.json`);
  const gexf = join(dir, `${name}.gexf`);
  const pieces = join(dir, `${name}.pieces.json`);
  const data = graphFileData(graph, meta, { minElements: 0, previous: { gexf, json, pieces }, printsOf });
  rmSync(pieces, { force: true });
  await writeFilesAtomic([{ path: json, data: data.json }, { path: gexf, data: data.gexf }]);
  const record = await data.pieces!(fileStatKey(gexf), fileStatKey(json));
  if (record) writeFileSync(pieces, record);
  return { json: readFileSync(json, 'utf8'), gexf: readFileSync(gexf, 'utf8'), copied: data.copied!()! };
}

/** `copies` copies of the contract graph, laid out: hostile text, parallel edges, every kind of value. */
function bigGraph(copies: number): Graph {
  const one = contractGraph();
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  g.replaceAttributes(one.getAttributes());
  for (let i = 0; i < copies; i++) {
    one.forEachNode((n, a) => g.addNode(`${n}~${i}`, structuredClone(a)));
    one.forEachEdge((e, a, s, t) => g.addEdgeWithKey(`${e}~${i}`, `${s}~${i}`, `${t}~${i}`, structuredClone(a)));
  }
  layout(g, { iterations: 2 });
  return g;
}

describe('graphFileData with its worker', () => {
  it('writes exactly toJson and toGexf of a graph of many batches', async () => {
    const g = bigGraph(800);
    expect(g.order + g.size).toBeGreaterThan(20_000);
    const { json, gexf } = await write(g, 'big');
    expect(json).toBe(toJson(g));
    expect(gexf).toBe(toGexf(g, meta));
  }, 60_000);

  it('copies the lines of unchanged elements from the previous graph.gexf, and writes exactly toGexf again', async () => {
    const g = bigGraph(800);
    await write(g, 'again');
    // a changed attribute, a new node and edge, a dropped node (and its edges)
    g.setNodeAttribute('person:tap-can-binh~3', 'label', 'Tập Cận Bình & <Xi>');
    g.addNode('person:new', { kind: 'person', label: 'New', x: 1, y: 2, size: 4, color: 'rgb(1,2,3)' });
    g.addEdgeWithKey('met:new', 'person:new', 'person:tap-can-binh~5', { kind: 'met', weight: 1 });
    g.dropNode('country:VN~7');
    const { json, gexf, copied } = await write(g, 'again');
    expect(json).toBe(toJson(g));
    expect(gexf).toBe(toGexf(g, meta));
    // all but the changed node, the new node and edge, and the edges of the changed node
    expect(copied).toBeGreaterThan(g.order + g.size - 10);
    expect(copied).toBeLessThan(g.order + g.size - 2);
    // a new attribute changes the declarations: no line is copied, and the text is still exact
    g.setNodeAttribute('person:new', 'extra', 7);
    const third = await write(g, 'again');
    expect(third.gexf).toBe(toGexf(g, meta));
    expect(third.copied).toBe(0);
    // nor when graph.gexf is not the file the pieces describe
    writeFileSync(join(dir, 'again.gexf'), readFileSync(join(dir, 'again.gexf')));
    expect((await write(g, 'again')).copied).toBe(0);
  }, 60_000);

  it('copies the graph.json text of the elements whose print is the one they had, when the prints mean the same', async () => {
    const g = bigGraph(800);
    let n = 0;
    const print = (a: object, p: number) => ((a as Record<symbol, number>)[PRINT] = p);
    g.forEachNode((_, a) => print(a, ++n));
    g.forEachEdge((_, a) => print(a, ++n));
    await write(g, 'printed', 'results-1');
    // one node changed, its print too; one node changed, not its print: its text (and line) are the old ones,
    // since the print is the contract; a node that moved has a new print (the layout's values are in it)
    const expected = g.copy();
    g.setNodeAttribute('person:tap-can-binh~3', 'label', 'Changed');
    expected.setNodeAttribute('person:tap-can-binh~3', 'label', 'Changed');
    print(g.getNodeAttributes('person:tap-can-binh~3'), ++n);
    g.setNodeAttribute('person:tap-can-binh~4', 'label', 'Stale');
    g.setNodeAttribute('country:VN~5', 'x', 123.5);
    expected.setNodeAttribute('country:VN~5', 'x', 123.5);
    const second = await write(g, 'printed', 'results-1');
    expect(second.json).toBe(toJson(expected));
    expect(second.gexf).toBe(toGexf(expected, meta));
    expect(second.copied).toBeGreaterThan(g.order + g.size - 10);
    // prints of other results: nothing is taken on their word
    const third = await write(g, 'printed', 'results-2');
    expect(third.json).toBe(toJson(g));
    expect(third.gexf).toBe(toGexf(g, meta));
  }, 60_000);

  it('writes exactly toJson and toGexf of mixed, undirected, tiny and empty graphs, and of keys XML cannot carry', async () => {
    const mixed = new Graph({ type: 'mixed', multi: true });
    mixed.addNode('a', { label: 'ạ', x: 1, y: -0.5 });
    mixed.addNode('b\u0000');
    mixed.addNode('b');
    mixed.addDirectedEdge('a', 'b', { kind: 'met', weight: 2 });
    mixed.addUndirectedEdge('a', 'b\u0000', { evidence: [{ doc: 'd', start: 0, end: 1, text: '\ufffe<&>"\u2028' }] });
    const undirected = new Graph({ type: 'undirected' });
    undirected.mergeEdge('x', 'y', { w: 1 });
    const contract = contractGraph();
    layout(contract);
    for (const [name, g] of Object.entries({ mixed, undirected, contract, empty: new Graph() })) {
      const { json, gexf } = await write(g, name);
      expect(json, name).toBe(toJson(g));
      expect(gexf, name).toBe(toGexf(g, meta));
    }
  }, 30_000);

  it('fails, leaving no file, when the folder cannot be written', async () => {
    const data = graphFileData(contractGraph(), meta, { minElements: 0 });
    const missing = join(dir, 'missing');
    await expect(writeFilesAtomic([{ path: join(missing, 'graph.json'), data: data.json }, { path: join(missing, 'graph.gexf'), data: data.gexf }])).rejects.toThrow();
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
});

describe('workerExecArgv', () => {
  it.each([
    [['--max-old-space-size=4096'], undefined],
    [[], undefined],
    [['--input-type=module'], []],
    [['--import', 'tsx', '--input-type=module', '--max-old-space-size=4096'], ['--import', 'tsx']],
    [['--input-type=module', '--require=./setup.cjs', '--trace-gc', '-r', 'x.cjs'], ['--require=./setup.cjs', '-r', 'x.cjs']],
  ])('%j → %j', async (argv, expected) => {
    const { workerExecArgv } = await import('../../src/export/graph-files.js');
    expect(workerExecArgv(argv)).toEqual(expected);
  });
});
