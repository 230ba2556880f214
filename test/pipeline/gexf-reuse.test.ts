// A build copies the GEXF text of unchanged elements from the previous graph.gexf, and the file is exactly
// the one written from scratch; when the record does not describe graph.gexf any more, nothing is reused.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { gexfChunks, toGexf } from '../../src/export/gexf.js';
import { jsonChunks } from '../../src/export/json.js';
import { writeFilesAtomic } from '../../src/export/write-atomic.js';
import { layout } from '../../src/graph/layout.js';
import { GexfReuse } from '../../src/pipeline/gexf-reuse.js';
import { contractGraph } from '../export/contract-graph.js';

/** What build() does: graph.json, then graph.gexf reusing what it can, then the record. */
async function write(graph: Graph, out: string): Promise<number> {
  const pieces = GexfReuse.load(out);
  await writeFilesAtomic([
    { path: join(out, 'graph.json'), data: jsonChunks(graph, pieces.onJson) },
    { path: join(out, 'graph.gexf'), data: pieces.track(gexfChunks(graph, { reuse: pieces.reuse, onElement: pieces.onElement })) },
  ]);
  await pieces.save(out);
  return pieces.reused;
}

const gexfOf = (out: string) => readFileSync(join(out, 'graph.gexf'), 'utf8');

describe('GexfReuse', () => {
  it('copies unchanged elements and writes the changed ones: the same file as from scratch', async () => {
    const out = mkdtempSync(join(tmpdir(), 'diplograph-gexf-reuse-'));
    const g = contractGraph();
    layout(g);
    const elements = g.order + g.size;
    expect(await write(g, out)).toBe(0);
    expect(gexfOf(out)).toBe(toGexf(g));
    expect(await write(g, out)).toBe(elements);
    expect(gexfOf(out)).toBe(toGexf(g));
    // one node changes, one is added (after the others), an edge goes
    g.setNodeAttribute('person:tap-can-binh', 'label', 'Tập Cận Bình & "Xi"');
    g.addNode('person:new', { kind: 'person', label: 'Người Mới', x: 1, y: 2, size: 4, color: 'rgb(1,2,3)' });
    g.dropEdge(g.edges()[0]);
    expect(await write(g, out)).toBe(g.order + g.size - 2);
    expect(gexfOf(out)).toBe(toGexf(g));
    // a new attribute changes the declarations: nothing is reused
    g.setNodeAttribute('person:new', 'born', 1950);
    expect(await write(g, out)).toBe(0);
    expect(gexfOf(out)).toBe(toGexf(g));
  });

  it('reuses nothing when graph.gexf is not the file recorded, or an element holds null', async () => {
    const out = mkdtempSync(join(tmpdir(), 'diplograph-gexf-reuse-'));
    const g = contractGraph();
    layout(g);
    await write(g, out);
    writeFileSync(join(out, 'graph.gexf'), gexfOf(out).replace('Patrushev', 'Patrushov'));
    expect(await write(g, out)).toBe(0);
    expect(gexfOf(out)).toBe(toGexf(g));
    g.setNodeAttribute('person:tap-can-binh', 'x', Number.NaN);
    await write(g, out);
    expect(await write(g, out)).toBe(g.order + g.size - 1);
    expect(gexfOf(out)).toBe(toGexf(g));
  });
});
