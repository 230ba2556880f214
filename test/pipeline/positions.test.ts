// The positions file reads back as exactly the doubles written, and the earlier JSON-number form still reads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/build-graph.js';
import { positionsJson, positionsPath, readPositions } from '../../src/pipeline/positions.js';

describe('positions', () => {
  it('round-trips every double exactly', () => {
    const g = createGraph();
    const xs = [0, -0.1, 1 / 3, 1e-300, -123456.789e10, Math.PI, 5e-324];
    xs.forEach((x, i) => g.addNode(`n${i}`, { x, y: -x * 7 }));
    const out = mkdtempSync(join(tmpdir(), 'diplograph-positions-'));
    writeFileSync(positionsPath(out), positionsJson(g));
    const back = readPositions(out);
    expect([...back.keys()]).toEqual(g.nodes());
    xs.forEach((x, i) => expect(back.get(`n${i}`)).toEqual({ x, y: -x * 7 }));
  });

  it('reads the earlier form, and nothing from a damaged file', () => {
    const out = mkdtempSync(join(tmpdir(), 'diplograph-positions-'));
    writeFileSync(positionsPath(out), JSON.stringify({ keys: ['a', 'b'], x: [1.5, 2], y: [3, -4.25] }));
    expect(readPositions(out)).toEqual(new Map([['a', { x: 1.5, y: 3 }], ['b', { x: 2, y: -4.25 }]]));
    writeFileSync(positionsPath(out), JSON.stringify({ keys: ['a', 'b'], xy: 'AAAA' }));
    expect(readPositions(out).size).toBe(0);
  });
});
