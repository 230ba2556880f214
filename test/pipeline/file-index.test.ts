// The file index reads back as it was written, and an index of the earlier form (an object per file) still reads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexJson, indexPath, loadIndex, type FileIndex } from '../../src/pipeline/file-index.js';

const problem = { file: 'b.txt', message: 'decoded as Windows-1258', hint: 'save it as UTF-8' };

describe('file index', () => {
  it('round-trips entries with and without problems, in two segments', () => {
    const index: FileIndex = new Map([
      ['a.txt', { stat: '10:1:2:3', hash: 'ab', problems: [], seg: 's1.seg', off: 0, len: 20 }],
      ['dir/b.txt', { stat: '11:1:2:4', hash: 'cd', problems: [problem], seg: 's2.seg', off: 20, len: 8 }],
      ['c.txt', { stat: '12:1:2:5', hash: 'ef', problems: [], seg: 's1.seg', off: 20, len: 6 }],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-index-'));
    writeFileSync(indexPath(dir), indexJson(index));
    expect(loadIndex(dir)).toEqual(index);
    expect([...loadIndex(dir).keys()]).toEqual(['a.txt', 'dir/b.txt', 'c.txt']);
  });

  it('reads the earlier form, and nothing from a missing or damaged file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-index-'));
    expect(loadIndex(dir).size).toBe(0);
    const entry = { stat: '10:1:2:3', hash: 'ab', problems: [], seg: 's1.seg', off: 0, len: 20 };
    writeFileSync(indexPath(dir), JSON.stringify({ 'a.txt': entry }));
    expect(loadIndex(dir)).toEqual(new Map([['a.txt', entry]]));
    writeFileSync(indexPath(dir), '{"ids":["a.txt"],"stat":[');
    expect(loadIndex(dir).size).toBe(0);
  });
});
