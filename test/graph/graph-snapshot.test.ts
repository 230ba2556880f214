// The snapshot's file (graph-snapshot.ts): what a rebuild reads back is what the build wrote, whatever the lengths
// of its arrays (typed arrays must start at a multiple of their size), and damaged bytes read as no snapshot.

import { describe, expect, it } from 'vitest';
import { readSnapshotFile, snapshotFile, type Snapshot } from '../../src/graph/graph-snapshot.js';

const list = (keys: string[], kind: string, docs: number[][]) => ({
  keys, kinds: keys.map(() => kind), prints: keys.map((_, i) => 2 ** 52 + i * 7919), sigs: keys.map(() => 0),
  docCounts: docs.map((d) => d.length), docList: docs.flat(),
});

const snapshot: Snapshot = {
  inputs: 'abc', writer: 'def', docs: ['a.txt', 'b/c.txt', 'ð.txt'], hashes: ['1', '2', '3'], signatures: [[['kind', 'string']]],
  nodes: list(['country:VN', 'person:nguyen-phu-trong', 'location:ha-noi'], 'person', [[0, 1, 2], [1], [0, 2]]),
  edges: { ...list(['located_in:location:ha-noi->country:VN'], 'located_in', [[0, 2]]), sources: [2], targets: [0] },
  hubs: { keys: ['country:VN'], parts: ['[null,["Việt Nam"],null]'], counts: [3], docList: [0, 1, 2], partList: [0, 0, 0] },
};

const plain = (s: Snapshot) => JSON.parse(JSON.stringify(s, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v)));

describe('the snapshot file', () => {
  it('reads back as written, with an odd number of 4-byte numbers before the 8-byte ones of the next list', () => {
    const bytes = Buffer.concat(snapshotFile(snapshot));
    expect(plain(readSnapshotFile(bytes)!)).toEqual(plain(snapshot));
    // and from a buffer that does not start at a multiple of 8
    const shifted = Buffer.concat([Buffer.alloc(3), bytes]).subarray(3);
    expect(plain(readSnapshotFile(shifted)!)).toEqual(plain(snapshot));
  });

  it('is no snapshot when cut short, of another version, or not one at all', () => {
    const bytes = Buffer.concat(snapshotFile(snapshot));
    expect(readSnapshotFile(bytes.subarray(0, bytes.length - 4))).toBeUndefined();
    expect(readSnapshotFile(Buffer.from(bytes.toString('latin1').replace('snapshot-1', 'snapshot-0'), 'latin1'))).toBeUndefined();
    expect(readSnapshotFile(Buffer.from('{"inputs":"abc"}'))).toBeUndefined();
  });
});
