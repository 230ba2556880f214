import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFilesAtomic } from '../../src/export/write-atomic.js';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'diplograph-atomic-'));

function* failingAfter(pieces: string[]): Generator<string> {
  yield* pieces;
  throw new Error('build failed half-way');
}

describe('writeFileAtomic', () => {
  it('writes a string, chunks, or async chunks, and replaces the old file', async () => {
    const dir = fresh();
    const path = join(dir, 'graph.json');
    await writeFileAtomic(path, 'old');
    await writeFileAtomic(path, ['{"a":', '"Tập Cận Bình 🇻🇳"', '}']);
    expect(readFileSync(path, 'utf8')).toBe('{"a":"Tập Cận Bình 🇻🇳"}');
    async function* slow(): AsyncGenerator<string> {
      for (let i = 0; i < 3; i++) yield `${i}`.repeat(700_000); // more than one write batch
    }
    await writeFileAtomic(path, slow());
    expect(readFileSync(path, 'utf8')).toBe('0'.repeat(700_000) + '1'.repeat(700_000) + '2'.repeat(700_000));
    // pieces of every size, one bigger than the write buffer, with characters of 1 to 4 bytes in UTF-8
    const pieces = ['a', 'Đà Nẵng '.repeat(700_000), '🇻🇳', 'ệ'.repeat(10), 'x'.repeat(5_000_000)];
    await writeFileAtomic(path, pieces);
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('copies ranges of another open file between pieces of text, at their place', async () => {
    const dir = fresh();
    const source = join(dir, 'previous.json');
    // bigger than a write buffer (4 MB), with multi-byte characters cut nowhere in particular
    const old = Buffer.from('Hà Nội '.repeat(1_200_000), 'utf8');
    writeFileSync(source, old);
    const fd = openSync(source, 'r');
    try {
      const path = join(dir, 'graph.json');
      const ranges = [{ fd, from: 3, to: 5_000_001 }, { fd, from: 0, to: 1 }, { fd, from: 100, to: 100 }, { fd, from: old.length - 9, to: old.length }];
      await writeFileAtomic(path, ['[', ranges[0], ',', ranges[1], ranges[2], 'é'.repeat(2_000_000), ranges[3], ']']);
      const expected = Buffer.concat([Buffer.from('['), old.subarray(3, 5_000_001), Buffer.from(','), old.subarray(0, 1), Buffer.from('é'.repeat(2_000_000)), old.subarray(old.length - 9), Buffer.from(']')]);
      expect(readFileSync(path).equals(expected)).toBe(true);
      // a range past the end of its file: the old file stays, no temporary file is left
      await expect(writeFileAtomic(path, ['x', { fd, from: old.length - 2, to: old.length + 10 }])).rejects.toThrow(/ended early/);
      expect(readFileSync(path).equals(expected)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['graph.json', 'previous.json']);
    } finally {
      closeSync(fd);
    }
  });

  it('leaves the old file whole and no temporary file when the data fails half-way', async () => {
    const dir = fresh();
    const path = join(dir, 'graph.gexf');
    writeFileSync(path, 'the previous graph');
    await expect(writeFileAtomic(path, failingAfter(['x'.repeat(2_000_000), 'y']))).rejects.toThrow('half-way');
    expect(readFileSync(path, 'utf8')).toBe('the previous graph');
    expect(readdirSync(dir)).toEqual(['graph.gexf']);
  });

  it('fails without touching anything when the folder does not exist', async () => {
    const dir = fresh();
    await expect(writeFileAtomic(join(dir, 'missing', 'graph.json'), '{}')).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes temporary files that a killed run left behind', async () => {
    const dir = fresh();
    // pid 2**22+1 is above Linux's pid_max limit: no such process can be running.
    const stale = `.graph.json.${2 ** 22 + 1}.0123456789ab.tmp`;
    writeFileSync(join(dir, stale), 'half a graph');
    writeFileSync(join(dir, '.other.json.4194305.0123456789ab.tmp'), 'not ours');
    await writeFileAtomic(join(dir, 'graph.json'), '{}');
    expect(readdirSync(dir).sort()).toEqual(['.other.json.4194305.0123456789ab.tmp', 'graph.json']);
  });
});

describe('a run killed while writing', () => {
  it('leaves the previous file whole; the next run cleans up after it', async () => {
    const dir = fresh();
    const path = join(dir, 'graph.json');
    writeFileSync(path, 'the previous graph');
    const module = fileURLToPath(new URL('../../src/export/write-atomic.ts', import.meta.url));
    const script = `
      const { writeFileAtomic } = await import(${JSON.stringify(module)});
      async function* slow() { for (;;) { yield 'x'.repeat(1 << 20); await new Promise((r) => setTimeout(r, 20)); } }
      await writeFileAtomic(${JSON.stringify(path)}, slow());`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
    try {
      // Kill it once its temporary file is there and growing.
      for (let i = 0; i < 300 && !readdirSync(dir).some((n) => n.endsWith('.tmp')); i++) await sleep(50);
      await sleep(200);
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((resolve) => child.once('exit', resolve));
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    expect(readFileSync(path, 'utf8')).toBe('the previous graph');
    await writeFileAtomic(path, 'the next graph');
    expect(readdirSync(dir)).toEqual(['graph.json']);
    expect(readFileSync(path, 'utf8')).toBe('the next graph');
  }, 30_000);
});

describe('writeFilesAtomic', () => {
  it('replaces none of the files when one of them fails', async () => {
    const dir = fresh();
    const json = join(dir, 'graph.json');
    const gexf = join(dir, 'graph.gexf');
    writeFileSync(json, 'old json');
    writeFileSync(gexf, 'old gexf');
    await expect(
      writeFilesAtomic([
        { path: json, data: 'new json' },
        { path: gexf, data: failingAfter(['<gexf>']) },
      ]),
    ).rejects.toThrow('half-way');
    expect([readFileSync(json, 'utf8'), readFileSync(gexf, 'utf8')]).toEqual(['old json', 'old gexf']);
    expect(readdirSync(dir).sort()).toEqual(['graph.gexf', 'graph.json']);
  });

  it('replaces all of them when every one is written', async () => {
    const dir = fresh();
    const files = ['graph.json', 'graph.gexf'].map((name) => ({ path: join(dir, name), data: `new ${name}` }));
    await writeFilesAtomic(files);
    expect(files.map((f) => readFileSync(f.path, 'utf8'))).toEqual(['new graph.json', 'new graph.gexf']);
  });
});
