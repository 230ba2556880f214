import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDoc, readDoc } from '../../src/corpus/read-doc.js';
import { readErrorProblem } from '../../src/corpus/read-error-problem.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDoc on files that cannot be read', () => {
  it('reports a file that is not there', () => {
    expect(readDoc(join(dir, 'gone.txt'), 'gone.txt')).toEqual({
      problems: [{
        file: 'gone.txt',
        message: 'cannot read file: not found (removed or moved while the corpus was read, or a link to nothing) (ENOENT)',
        hint: 'fix or remove the link, or run again',
        skipped: true,
      }],
    });
  });

  it('reports a folder named like a file', () => {
    mkdirSync(join(dir, 'folder.txt'));
    expect(readDoc(join(dir, 'folder.txt'), 'folder.txt').problems).toEqual([{
      file: 'folder.txt', message: 'cannot read file: is a folder, not a file (EISDIR)',
      hint: 'rename it so it does not end in .txt or .md', skipped: true,
    }]);
  });

  it('reports a pipe without waiting for a writer', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    expect(readDoc(join(dir, 'pipe.txt'), 'pipe.txt').problems).toEqual([{
      file: 'pipe.txt', message: 'not a regular file (a pipe, socket or device)',
      hint: 'replace it with a regular file, or remove it from the corpus', skipped: true,
    }]);
  });

  it('maps the errors of real failing calls, and unknown ones', () => {
    writeFileSync(join(dir, 'plain.txt'), 'Hà Nội\n');
    expect(readDoc(join(dir, 'plain.txt', 'x.txt'), 'plain.txt/x.txt').problems[0].message)
      .toBe('cannot read file: not found (a part of its path is not a folder) (ENOTDIR)');
    expect(readErrorProblem('d', Object.assign(new Error('x'), { code: 'EACCES' }), 'folder')).toEqual({
      file: 'd', message: 'cannot read folder: permission denied (EACCES)',
      hint: 'give the user running diplograph read access, or remove it from the corpus', skipped: true,
    });
    expect(readErrorProblem('a.txt', new Error('disk on fire'))).toEqual({
      file: 'a.txt', message: 'cannot read file: disk on fire (UNKNOWN)',
      hint: 'check that the file can be read, or remove it from the corpus', skipped: true,
    });
  });
});

describe('readDoc on a 50 MB file with no line breaks', () => {
  const huge = () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(50_000_000, 'Thủ tướng tiếp Đại sứ Thụy Điển vì hòa bình, '));
    return path;
  };

  it('skips it by its size, without reading it', () => {
    const path = huge();
    const t0 = performance.now();
    const r = readDoc(path, 'huge.txt');
    expect(performance.now() - t0).toBeLessThan(2_000); // reading 50 MB would take longer; a stat does not
    expect(r).toEqual({
      problems: [{
        file: 'huge.txt', message: 'too large: 50 MB, over the 20 MB limit for one article',
        hint: 'split it into one file per article, or raise the file size limit', skipped: true,
      }],
    });
  });

  it('reads it in linear time when the limit is raised', () => {
    const path = huge();
    const t0 = performance.now();
    const r = readDoc(path, 'huge.txt', { maxBytes: 60_000_000 });
    const ms = performance.now() - t0;
    expect(r.problems).toEqual([]);
    expect(r.doc?.text.startsWith('Thủ tướng tiếp Đại sứ Thụy Điển')).toBe(true);
    expect(r.doc?.text.includes('\n')).toBe(false);
    expect(ms).toBeLessThan(15_000); // about 2 s on an idle 2-core machine
  }, 30_000);
});

describe('decodeDoc is linear on hostile text', () => {
  it.each([
    ['unclosed tags', '<p>' + '<a href="x'.repeat(200_000)],
    ['many tone candidates', 'hoà '.repeat(500_000)],
    ['a long date-looking line', '   date 2019-' + '1'.repeat(1_000_000)],
    ['nothing but NFD', 'ệ'.normalize('NFD').repeat(500_000)],
  ])('%s', (_what, s) => {
    const t0 = performance.now();
    decodeDoc(Buffer.from(s), 'x.txt');
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
