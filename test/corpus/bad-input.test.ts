// The bad-input corpus of issue 5: every kind of bad input, its expected report, and the texts it reads as.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read-corpus.js';
import type { Doc, Problem } from '../../src/types.js';
import data from './bad-input-texts.json' with { type: 'json' };

const TEXTS: Record<string, string> = data.texts;
const PAGE_TEXT = data.pageText;

const FIXTURE = new URL('../fixtures/bad-input', import.meta.url).pathname;
const LEGACY = (name: string) => `decoded as ${name}, a legacy Vietnamese encoding (100% of its words read as Vietnamese)`;

// file -> what is reported about it (skipped: the file gives no document)
const EXPECTED_REPORT: [string, string, boolean][] = [
  ['bad-date.txt', 'impossible date 2019-13-45 in the date line; date ignored', false],
  ['binary.txt', 'not text (binary data: NUL bytes)', true],
  ['blank.txt', 'only white space', true],
  ['duplicate.txt', 'duplicate of article.txt (the same text); counted once', true],
  ['empty.txt', 'empty file', true],
  ['huge.txt', 'too large: 50 MB, over the 20 MB limit for one article', true],
  ['more/up', 'link loop: leads back to the corpus folder, which contains it; not followed', true],
  ['moved-away.txt', 'cannot read file: not found (removed or moved while the corpus was read, or a link to nothing) (ENOENT)', true],
  ['page.txt', "HTML saved as text: read as the page's plain text", false],
  ['pipe.txt', 'not a regular file (a pipe, socket or device)', true],
  ['tcvn3.txt', LEGACY('TCVN3 (ABC)'), false],
  ['tones-old.txt', 'duplicate of tones-new.txt (the same text); counted once', true],
  ['utf16le-nobom.txt', 'decoded as UTF-16 LE (no byte-order mark: guessed from its NUL bytes)', false],
  ['vni.txt', LEGACY('VNI'), false],
  ['windows-1258.txt', LEGACY('Windows-1258'), false],
];

// The documents read, in order, with the text each must read as (NFC, traditional tone placement).
const EXPECTED_DOCS: [string, string][] = [
  ['article.txt', TEXTS['article.txt']],
  ['bad-date.txt', TEXTS['bad-date.txt']],
  ['more/note.md', TEXTS['more/note.md']],
  ['nfd.txt', TEXTS['nfd.txt']],
  ['page.txt', PAGE_TEXT],
  ['tcvn3.txt', TEXTS['tcvn3.txt']],
  ['tones-new.txt', TEXTS['tones-new.txt']],
  ['utf16le-bom.txt', TEXTS['utf16le-bom.txt']],
  ['utf16le-nobom.txt', TEXTS['utf16le-nobom.txt']],
  ['utf8-bom.txt', TEXTS['utf8-bom.txt']],
  ['vni.txt', TEXTS['vni.txt']],
  ['windows-1258.txt', TEXTS['windows-1258.txt']],
];

let root: string;
let docs: Doc[];
let problems: Problem[];
let seconds: number;

beforeAll(async () => {
  // A copy of the committed fixture, plus what git cannot hold or should not: a 50 MB file with no
  // line breaks, and a pipe.
  root = mkdtempSync(join(tmpdir(), 'diplograph-bad-input-'));
  cpSync(FIXTURE, root, { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(root, 'huge.txt'), Buffer.alloc(50_000_000, 'Thủ tướng tiếp Đại sứ. '));
  execFileSync('mkfifo', [join(root, 'pipe.txt')]);
  docs = [];
  problems = [];
  const t0 = performance.now();
  for await (const r of readCorpus(root)) {
    if (r.doc) docs.push(r.doc);
    problems.push(...r.problems);
  }
  seconds = (performance.now() - t0) / 1000;
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading the bad-input corpus', () => {
  it('reports each problem once, with the file, what is wrong and what to do', () => {
    expect(problems.map((p) => [p.file, p.message, p.skipped])).toEqual(EXPECTED_REPORT);
    for (const p of problems) expect(p.hint.length).toBeGreaterThan(10);
    expect(problems.find((p) => p.file === 'bad-date.txt')?.line).toBe(1);
  });

  it('reads every file that can be decoded, to its NFC text', () => {
    expect(docs.map((d) => [d.id, d.text])).toEqual(EXPECTED_DOCS);
    for (const d of docs) expect(d.text).toBe(d.text.normalize('NFC'));
  });

  it('keeps the date lines: dates, and the body after them', () => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect(byId.get('tcvn3.txt')).toMatchObject({ date: '2017-11-11', bodyStart: 15 });
    expect(byId.get('tones-new.txt')).toMatchObject({ date: '2023-06', bodyStart: 12 });
    expect(byId.get('bad-date.txt')?.date).toBeUndefined();
    expect(byId.get('page.txt')).toMatchObject({ bodyStart: 0 });
    expect(byId.get('page.txt')?.date).toBeUndefined();
  });

  it('finishes quickly, the 50 MB file included', () => {
    expect(seconds).toBeLessThan(10);
  });
});
