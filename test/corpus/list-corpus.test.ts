import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCorpus } from '../../src/corpus/list-corpus.js';

let root: string;
const list = async (dir: string) => {
  const out: string[] = [];
  for await (const item of listCorpus(dir)) out.push('path' in item ? item.id : `! ${item.file}: ${item.message}`);
  return out;
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'diplograph-list-'));
  const w = (p: string, s = 'Thủ tướng tiếp Đại sứ.\n') => {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), s);
  };
  w('b.txt'); w('a.md'); w('A.TXT'); w('c.docx'); w('z/y.txt'); w('z/x/w.txt'); w('.git/HEAD.txt'); w('.draft.txt');
  w('outside/far.txt');
  symlinkSync('..', join(root, 'z/x/up')); // a loop two levels up
  symlinkSync('.', join(root, 'self')); // a loop to itself
  symlinkSync('z', join(root, 'zz')); // a second way into z: not a loop, not read twice
  symlinkSync('b.txt', join(root, 'link-to-b.txt')); // a link to a file: followed
  symlinkSync('nowhere.txt', join(root, 'dangling.txt'));
  symlinkSync('nowhere', join(root, 'dangling-dir'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listCorpus', () => {
  it('lists .txt and .md files in sorted order, with links followed and loops reported once', async () => {
    expect(await list(root)).toEqual([
      'A.TXT',
      'a.md',
      'b.txt',
      '! dangling.txt: cannot read file: not found (removed or moved while the corpus was read, or a link to nothing) (ENOENT)',
      'link-to-b.txt',
      'outside/far.txt',
      '! self: link loop: leads back to the corpus folder, which contains it; not followed',
      '! z/x/up: link loop: leads back to "z", which contains it; not followed',
      'z/x/w.txt',
      'z/y.txt',
    ]);
  });

  it('gives the path to read with each id', async () => {
    for await (const item of listCorpus(join(root, 'z'))) {
      if ('path' in item) expect(item.path).toBe(join(root, 'z', ...item.id.split('/')));
    }
  });

  it('yields a root that is a file itself', async () => {
    const items = [];
    for await (const item of listCorpus(join(root, 'b.txt'))) items.push(item);
    expect(items).toEqual([{ path: join(root, 'b.txt'), id: 'b.txt' }]);
  });

  it('throws for a root that does not exist (a bad option, not a bad file)', async () => {
    await expect(list(join(root, 'missing'))).rejects.toThrow(/ENOENT/);
  });

  it('lists a pipe named .txt (readDoc reports it without blocking)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-fifo-'));
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
      expect(await list(dir)).toEqual(['pipe.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
