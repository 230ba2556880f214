// graph.json and graph.gexf written together, the GEXF by a worker thread from graph.json's text: the files
// must be exactly toJson's and toGexf's text. Run through the compiled code (dist/): under vitest the
// sources are .ts and the worker thread needs the built JavaScript.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { graphFileData as GraphFileData } from '../../src/export/graph-files.js';
import { toGexf } from '../../src/export/gexf.js';
import { toJson } from '../../src/export/json.js';
import type { writeFilesAtomic as WriteFilesAtomic } from '../../src/export/write-atomic.js';
import { layout } from '../../src/graph/layout.js';
import { contractGraph } from './contract-graph.js';

const root = join(import.meta.dirname, '..', '..');
let graphFileData: typeof GraphFileData;
let writeFilesAtomic: typeof WriteFilesAtomic;
const dir = mkdtempSync(join(tmpdir(), 'diplograph-graph-files-'));

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'export', 'gexf-worker.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  const dist = (f: string) => pathToFileURL(join(root, 'dist', 'export', f)).href;
  ({ graphFileData } = await import(dist('graph-files.js')));
  ({ writeFilesAtomic } = await import(dist('write-atomic.js')));
}, 60_000);

const meta = { meta: { creator: 'diplograph', description: 'Built from <2> & "some" documents' } };

/** Writes the graph's two files with the worker (whatever its size); returns their text. */
async function write(graph: AbstractGraph, name: string): Promise<{ json: string; gexf: string }> {
  const data = graphFileData(graph, meta, 0);
  const json = join(dir, `${name}.json`);
  const gexf = join(dir, `${name}.gexf`);
  await writeFilesAtomic([{ path: json, data: data.json }, { path: gexf, data: data.gexf }]);
  return { json: readFileSync(json, 'utf8'), gexf: readFileSync(gexf, 'utf8') };
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
    const data = graphFileData(contractGraph(), meta, 0);
    const missing = join(dir, 'missing');
    await expect(writeFilesAtomic([{ path: join(missing, 'graph.json'), data: data.json }, { path: join(missing, 'graph.gexf'), data: data.gexf }])).rejects.toThrow();
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
});
