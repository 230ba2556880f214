// Parallel and incremental builds give exactly the graph of a serial, full build. Run through the compiled
// pipeline (dist/): under vitest the sources are .ts and worker threads need the built JavaScript.

import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { copiesOfCorpus } from './make-corpus.js';

const root = join(import.meta.dirname, '..', '..');
let pipeline: string;

/**
 * A copy of the compiled package (dist/, the lexicons, the model), so that the extractor version (a hash of
 * them) cannot change between the builds of one test while the tree is being edited.
 */
function frozenPackage(dir: string): string {
  mkdirSync(join(dir, 'src'), { recursive: true });
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(root, 'src', 'lexicons'), join(dir, 'src', 'lexicons'), { recursive: true });
  cpSync(join(root, 'models'), join(dir, 'models'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return pathToFileURL(join(dir, 'dist', 'pipeline.js')).href;
}

/**
 * Runs build(opts) of the compiled pipeline in a new process (`node --input-type=module -e`, or with node flags
 * from a script file); returns its summary.
 */
type Summary = { docs: number; cached: number; nodes: number; edges: number; people: number; unchanged?: true; patched?: true; skipped: { file: string; message: string }[] };

async function build(opts: Record<string, unknown>, nodeFlags?: string[]): Promise<Summary> {
  const script = `const { build } = await import(${JSON.stringify(pipeline)});
    const s = await build(${JSON.stringify({ noViewer: true, ...opts })});
    process.stdout.write(JSON.stringify(s));`;
  let args = ['--input-type=module', '-e', script];
  if (nodeFlags) {
    const file = join(tmp, `build-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(file, script);
    args = [...nodeFlags, file];
  }
  const { stdout } = await promisify(execFile)(process.execPath, args, { encoding: 'utf8' });
  return JSON.parse(stdout);
}

const graphOf = (out: string) => readFileSync(join(out, 'graph.json'), 'utf8');
const gexfOf = (out: string) => readFileSync(join(out, 'graph.gexf'), 'utf8');

let tmp: string;
let corpus: string;
beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'pipeline.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  tmp = mkdtempSync(join(tmpdir(), 'diplograph-parallel-'));
  pipeline = frozenPackage(join(tmp, 'package'));
  corpus = join(tmp, 'corpus');
  copiesOfCorpus(corpus, 4); // 60 files: over the 50 where workers start
  // a duplicate, listed after its first copy
  appendFileSync(join(corpus, 'copy-003', 'zz-duplicate.txt'), readFileSync(join(corpus, 'copy-001', '000_e3bc600a9e8a6e44.txt')));
}, 60_000);

describe('parallel build', () => {
  it('writes the graph of a serial build, and reports the duplicate once, naming the first file', async () => {
    const serial = await build({ corpus, out: join(tmp, 'serial'), workers: 0, noCache: true });
    const parallel = await build({ corpus, out: join(tmp, 'parallel'), workers: 2, noCache: true });
    expect(parallel.docs).toBe(60);
    expect(parallel.skipped).toEqual([
      expect.objectContaining({ file: 'copy-003/zz-duplicate.txt', message: 'duplicate of copy-001/000_e3bc600a9e8a6e44.txt (the same text); counted once' }),
    ]);
    expect(parallel.skipped).toEqual(serial.skipped);
    expect(graphOf(join(tmp, 'parallel'))).toBe(graphOf(join(tmp, 'serial')));
  }, 60_000);

  it('runs its writer thread under the V8 flags people give node for big corpora', async () => {
    // a thread given V8 or process-wide flags explicitly refuses to start (ERR_WORKER_INVALID_EXEC_ARGV)
    const out = join(tmp, 'flags');
    await build({ corpus, out, noCache: true, writerThreadFrom: 0 }, ['--max-old-space-size=4096', '--max-semi-space-size=32']);
    expect(graphOf(out)).toBe(graphOf(join(tmp, 'serial')));
    expect(gexfOf(out)).toContain('</gexf>');
  }, 60_000);
});

describe('incremental build', () => {
  // Positions are kept from the previous build in the output folder (only new nodes are placed), so a
  // rebuild is compared with a full build over a copy of the same previous output: the same graph, x/y
  // included; and with a fresh full build: the same graph but for x/y.
  it('after one changed article takes the others from the cache and writes the graph of a full build', async () => {
    const out = join(tmp, 'incremental');
    expect((await build({ corpus, out })).cached).toBe(0);
    expect((await build({ corpus, out })).cached).toBe(60);
    appendFileSync(join(corpus, 'copy-002', '000_e3bc600a9e8a6e44.txt'), '\nChủ tịch nước Trương Tấn Sang tiếp Tổng thống Pháp François Hollande.\n');
    cpSync(out, join(tmp, 'full'), { recursive: true });
    const again = await build({ corpus, out });
    expect(again.cached).toBe(59);
    await build({ corpus, out: join(tmp, 'full'), noCache: true });
    expect(graphOf(out)).toBe(graphOf(join(tmp, 'full')));
    expect(gexfOf(out)).toBe(gexfOf(join(tmp, 'full')));
    // written by the thread that copies the text and lines of unchanged elements from the previous files, as big
    // graphs are: the same files again, after another change
    const copying = { writerThreadFrom: 0 };
    await build({ corpus, out, ...copying });
    appendFileSync(join(corpus, 'copy-000', '003_vi_phuc-trump-washington-2017-06.txt'), '\nNgày 5/9, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Ấn Độ Narendra Modi.\n');
    cpSync(out, join(tmp, 'full'), { recursive: true });
    expect((await build({ corpus, out, ...copying })).cached).toBe(59);
    await build({ corpus, out: join(tmp, 'full'), noCache: true });
    expect(graphOf(out)).toBe(graphOf(join(tmp, 'full')));
    expect(gexfOf(out)).toBe(gexfOf(join(tmp, 'full')));
    await build({ corpus, out: join(tmp, 'fresh'), noCache: true });
    expect(withoutXY(graphOf(out))).toEqual(withoutXY(graphOf(join(tmp, 'fresh'))));
    expect(graphOf(out)).not.toBe(graphOf(join(tmp, 'serial')));
  }, 90_000);

  it('keeps the positions of the nodes that were there, and places the new ones near their neighbours', async () => {
    const out = join(tmp, 'incremental');
    const before = positionsOf(graphOf(out));
    appendFileSync(join(corpus, 'copy-003', '000_e3bc600a9e8a6e44.txt'), '\nThủ tướng Nguyễn Tấn Dũng hội đàm với Thủ tướng Nhật Bản Shinzo Abe.\n');
    await build({ corpus, out });
    const after = positionsOf(graphOf(out));
    let kept = 0;
    for (const [key, p] of before) if (after.has(key)) expect(after.get(key), key).toEqual(p), kept++;
    expect(kept).toBe(before.size);
    expect(after.size).toBeGreaterThan(before.size);
    await build({ corpus, out, freshLayout: true });
    const fresh = positionsOf(graphOf(out));
    expect([...fresh].filter(([k, p]) => before.has(k) && before.get(k)!.x !== p.x).length).toBeGreaterThan(0);
  }, 90_000);
});

describe('a rebuild after a small change', () => {
  // the previous graph patched with the changed files (graph/patch-graph.ts) gives the files of a full build over a
  // copy of the same previous output, byte for byte, whatever the change: an article that gains a meeting or
  // loses one, one removed, one added, one that becomes a duplicate of another and one that stops being one
  const copying = { writerThreadFrom: 0 };
  const file = (name: string) => join(tmp, 'patch-corpus', name);
  const changes: [string, () => void][] = [
    ['a meeting added', () => appendFileSync(file('copy-001/003_vi_phuc-trump-washington-2017-06.txt'), '\nNgày 5/9, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Ấn Độ Narendra Modi.\n')],
    ['a meeting other articles report too, changed', () => writeFileSync(file('copy-002/000_e3bc600a9e8a6e44.txt'), readFileSync(file('copy-002/000_e3bc600a9e8a6e44.txt'), 'utf8').replace('Patrushev', 'Lavrov'))],
    ['an article removed', () => rmSync(file('copy-003/004_vi_xi-trong-hanoi-apec-2017-11.txt'))],
    ['an article added', () => writeFileSync(file('copy-003/new.txt'), 'Hà Nội, ngày 3/3/2020. Chủ tịch nước Nguyễn Phú Trọng tiếp Tổng thống Pháp Emmanuel Macron tại Hà Nội.\n')],
    ['an article becomes a duplicate', () => cpSync(file('copy-000/001_vi_xi-putin-moscow-2019-06.txt'), file('copy-001/001_vi_xi-putin-moscow-2019-06.txt'))],
    ['an article is one no more', () => appendFileSync(file('copy-001/001_vi_xi-putin-moscow-2019-06.txt'), '\n(again)\n')],
  ];
  it.each(changes)('writes the files of a full build: %s', async (_, change) => {
    const c = join(tmp, 'patch-corpus');
    const out = join(tmp, 'patch');
    if (!existsSync(c)) {
      copiesOfCorpus(c, 4);
      // the last article names China and the US by names no other has: a rebuild that builds them again from what
      // each article gave them (patch-graph.ts's hubs) must keep those names
      writeFileSync(join(c, 'copy-003', 'zz-names.txt'), 'Hà Nội, ngày 4/4/2020. Trung Quốc, tên chính thức là Cộng hòa Nhân dân Trung Hoa, và Mỹ, tên chính thức là Hợp chủng quốc Hoa Kỳ, đã ký thỏa thuận thương mại.\n');
      expect((await build({ corpus: c, out, ...copying })).patched).toBeUndefined();
    }
    change();
    rmSync(join(tmp, 'patch-full'), { recursive: true, force: true });
    cpSync(out, join(tmp, 'patch-full'), { recursive: true });
    const patched = await build({ corpus: c, out, ...copying });
    expect(patched.patched).toBe(true);
    const full = await build({ corpus: c, out: join(tmp, 'patch-full'), noCache: true, ...copying });
    expect(patched).toMatchObject({ docs: full.docs, nodes: full.nodes, edges: full.edges, people: full.people, skipped: full.skipped });
    expect(graphOf(out)).toBe(graphOf(join(tmp, 'patch-full')));
    expect(gexfOf(out)).toBe(gexfOf(join(tmp, 'patch-full')));
  }, 60_000);

  it('builds the graph whole when the previous files cannot be copied from (what says where their pieces are is gone)', async () => {
    const c = join(tmp, 'patch-corpus');
    const out = join(tmp, 'patch');
    rmSync(join(out, '.gexf-pieces.json'));
    appendFileSync(file('copy-000/002_vi_trong-kim-jong-un-hanoi-2019-03.txt'), '\nThủ tướng Nguyễn Tấn Dũng hội đàm với Thủ tướng Nhật Bản Shinzo Abe.\n');
    rmSync(join(tmp, 'patch-full'), { recursive: true, force: true });
    cpSync(out, join(tmp, 'patch-full'), { recursive: true });
    expect((await build({ corpus: c, out, ...copying })).patched).toBeUndefined();
    await build({ corpus: c, out: join(tmp, 'patch-full'), noCache: true, ...copying });
    expect(graphOf(out)).toBe(graphOf(join(tmp, 'patch-full')));
    expect(gexfOf(out)).toBe(gexfOf(join(tmp, 'patch-full')));
    // and the next one patches again
    appendFileSync(file('copy-000/002_vi_trong-kim-jong-un-hanoi-2019-03.txt'), '\n(again)\n');
    expect((await build({ corpus: c, out, ...copying })).patched).toBe(true);
  }, 60_000);
});

describe('a build with nothing changed since the last one', () => {
  it('keeps the files the last build wrote, and reports what it reported', async () => {
    const c = join(tmp, 'same-corpus');
    const out = join(tmp, 'same');
    copiesOfCorpus(c, 4);
    writeFileSync(join(c, 'copy-000', 'zz-binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0, 7, 0]));
    const first = await build({ corpus: c, out });
    expect(first.unchanged).toBeUndefined();
    const written = statSync(join(out, 'graph.json')).mtimeMs;
    const again = await build({ corpus: c, out });
    expect(again.unchanged).toBe(true);
    expect(again).toMatchObject({ docs: first.docs, nodes: first.nodes, edges: first.edges, people: first.people, skipped: first.skipped });
    expect(again.skipped.map((p) => p.file)).toEqual(['copy-000/zz-binary.txt']);
    expect(statSync(join(out, 'graph.json')).mtimeMs).toBe(written);
    // a file with a new date and the same text (touch, a checkout, a copy): still nothing to do
    const file = join(c, 'copy-001', '000_e3bc600a9e8a6e44.txt');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await build({ corpus: c, out })).unchanged).toBe(true);
    expect(statSync(join(out, 'graph.json')).mtimeMs).toBe(written);
    // another option, a file written over, a changed article: a build
    expect((await build({ corpus: c, out, minDocs: 2 })).unchanged).toBeUndefined();
    expect((await build({ corpus: c, out })).unchanged).toBeUndefined();
    expect((await build({ corpus: c, out })).unchanged).toBe(true);
    writeFileSync(join(out, 'graph.gexf'), 'damaged');
    expect((await build({ corpus: c, out })).unchanged).toBeUndefined();
    expect(gexfOf(out)).toContain('</gexf>');
    rmSync(join(out, 'graph.json'));
    expect((await build({ corpus: c, out })).unchanged).toBeUndefined();
    appendFileSync(file, '\nThủ tướng Nguyễn Tấn Dũng hội đàm với Thủ tướng Nhật Bản Shinzo Abe.\n');
    const changed = await build({ corpus: c, out });
    expect(changed.unchanged).toBeUndefined();
    expect(changed.cached).toBe(first.docs - 1);
    await build({ corpus: c, out: join(tmp, 'same-full'), noCache: true });
    expect(withoutXY(graphOf(out))).toEqual(withoutXY(graphOf(join(tmp, 'same-full'))));
  }, 120_000);
});

type Exported = { nodes: { key: string; attributes: Record<string, unknown> }[] };

/** The graph with the nodes' x and y left out. */
function withoutXY(json: string): unknown {
  const g = JSON.parse(json) as Exported;
  for (const n of g.nodes) delete n.attributes.x, delete n.attributes.y;
  return g;
}

function positionsOf(json: string): Map<string, { x: unknown; y: unknown }> {
  return new Map((JSON.parse(json) as Exported).nodes.map((n) => [n.key, { x: n.attributes.x, y: n.attributes.y }]));
}
