// The command line as a user meets it: exit codes, one-line errors with a hint, the summary,
// extract's JSONL offsets, and eval's score of the seed (1.0 everywhere).

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'diplograph.js');
const seed = join(root, 'corpus', '000_e3bc600a9e8a6e44.txt');
const seedGold = join(root, 'test', 'gold');

function cli(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let tmp: string;
beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  tmp = mkdtempSync(join(tmpdir(), 'diplograph-cli-'));
  mkdirSync(join(tmp, 'seed'));
  cpSync(seed, join(tmp, 'seed', '000_e3bc600a9e8a6e44.txt'));
});

describe('usage errors', () => {
  const rows: [string[], RegExp][] = [
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['build', '--bogus'], /Unknown option '--bogus'/],
    [['build', '/no/such/folder'], /corpus folder '\/no\/such\/folder' does not exist/],
    [['extract', 'corpus'], /extract needs --jsonl/],
    [['eval', 'graph.json'], /eval needs a graph.json and at least one gold folder/],
    [['serve', '--port', 'abc'], /--port must be a number/],
  ];
  for (const [args, message] of rows) {
    it(args.join(' '), () => {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/Try 'diplograph .*--help'/);
      expect(r.err.trim().split('\n')).toHaveLength(2);
    });
  }
  it('prints help with exit 0', () => {
    for (const args of [['--help'], ['build', '--help'], ['extract', '--help'], ['eval', '--help'], ['serve', '--help']]) {
      const r = cli(args);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/diplograph/);
    }
  });
});

describe('build', () => {
  it('builds the seed: summary, files, exit 0', () => {
    const out = join(tmp, 'out-seed');
    const r = cli(['build', join(tmp, 'seed'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/documents\s+1 read, 0 skipped/);
    expect(r.out).toMatch(/2 people, 3 countries, 4 meetings/);
    for (const f of ['graph.json', 'graph.gexf']) expect(existsSync(join(out, f))).toBe(true);
  });

  it('says so when nothing changed since the last build, with the same figures', () => {
    const out = join(tmp, 'out-seed');
    const r = cli(['build', join(tmp, 'seed'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 people, 3 countries, 4 meetings/);
    expect(r.out).toMatch(/written\s+nothing new: no article, option or code changed since the last build/);
    expect(cli(['build', join(tmp, 'seed'), '--out', out, '--min-docs', '1']).out).toMatch(/written\s+.*graph\.json/);
  });

  it('reports a bad file, goes on, and --strict makes it fatal', () => {
    const corpus = join(tmp, 'mixed');
    mkdirSync(corpus);
    cpSync(seed, join(corpus, 'seed.txt'));
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 7]));
    const r = cli(['build', corpus, '--out', join(tmp, 'out-mixed')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 read, 2 skipped/);
    expect(r.out).toMatch(/empty\.txt: .*empty/);
    expect(r.out).toMatch(/binary\.txt: /);
    expect(cli(['build', corpus, '--out', join(tmp, 'out-mixed'), '--strict', '--quiet']).code).toBe(1);
  });

  it('exits 1 when nothing could be read', () => {
    const corpus = join(tmp, 'nothing');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'empty.txt'), '');
    const r = cli(['build', corpus, '--out', join(tmp, 'out-nothing'), '--quiet']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no document could be read/);
  });

  it('--json prints a machine summary', () => {
    const r = cli(['build', join(tmp, 'seed'), '--out', join(tmp, 'out-json'), '--json']);
    const s = JSON.parse(r.out);
    expect(s).toMatchObject({ docs: 1, people: 2, countries: 3, meetings: 4 });
  });
});

describe('the seed graph follows the contract', () => {
  it('has kind, docs and evidence everywhere, with exact offsets', () => {
    const out = join(tmp, 'out-contract');
    expect(cli(['build', join(tmp, 'seed'), '--out', out, '--quiet']).code).toBe(0);
    const g = MultiDirectedGraph.from(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')));
    const text = readFileSync(seed, 'utf8').normalize('NFC');
    expect(g.getAttribute('schemaVersion')).toBe(1);
    const check = (a: Record<string, unknown>) => {
      expect(typeof a.kind).toBe('string');
      expect(a.docs).toEqual(['000_e3bc600a9e8a6e44.txt']);
      const ev = a.evidence as { doc: string; start: number; end: number; text: string }[];
      expect(ev.length).toBeGreaterThan(0);
      for (const e of ev) expect(text.slice(e.start, e.end)).toBe(e.text);
    };
    g.forEachNode((key, a) => {
      check(a);
      expect(key.startsWith(`${a.kind}:`)).toBe(true);
      expect(a.type).toBeUndefined();
      expect(a.color).toMatch(/^rgb\(/);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
    g.forEachEdge((_e, a) => check(a));
    expect(g.getNodeAttributes('person:xi-jinping')).toMatchObject({ label: 'Xi Jinping', names: ['Tập Cận Bình'], titles: ['Chủ tịch'], country: 'CN' });
    expect(g.getNodeAttributes('country:RU')).toMatchObject({ label: 'Russia', labelVi: 'Nga', iso2: 'RU' });
    const reception = g.filterNodes((_, a) => a.meetingKind === 'reception');
    expect(reception).toHaveLength(1);
    expect(g.getNodeAttributes(reception[0])).toMatchObject({ date: '2019-12-02', place: 'Bắc Kinh' });
    const host = g.filterInEdges(reception[0], (_e, a) => a.role === 'host').map((e) => g.source(e));
    expect(host).toEqual(['person:xi-jinping']);
    expect(g.hasEdge('met:person:nikolai-patrushev->person:xi-jinping')).toBe(true);
  });

  it('scores 1.0 against the seed gold', () => {
    const out = join(tmp, 'out-seed');
    if (!existsSync(join(out, 'graph.json'))) cli(['build', join(tmp, 'seed'), '--out', out, '--quiet']);
    const goldDir = join(tmp, 'seed-gold');
    mkdirSync(goldDir, { recursive: true });
    cpSync(join(seedGold, '000_e3bc600a9e8a6e44.txt.json'), join(goldDir, '000_e3bc600a9e8a6e44.txt.json'));
    const r = cli(['eval', join(out, 'graph.json'), goldDir, '--json']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out).totals;
    for (const k of ['people', 'countries', 'meetings']) expect(t[k].f1).toBe(1);
    for (const k of ['date', 'place', 'host']) expect(t[k].accuracy).toBe(1);
    expect(t.meetings.tp).toBe(4);
  });
});

describe('extract --jsonl', () => {
  it('prints one object per document with exact offsets and entities', () => {
    const r = cli(['extract', join(tmp, 'seed'), '--jsonl']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    const x = lines[0];
    expect(x).toMatchObject({ doc: '000_e3bc600a9e8a6e44.txt', lang: 'vi', date: '2019-12' });
    const text = readFileSync(seed, 'utf8').normalize('NFC');
    for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const patrushev = x.mentions.find((m: { text: string }) => m.text === 'N.P. Patrushev');
    expect(patrushev).toMatchObject({ kind: 'person', entity: 'person:nikolai-patrushev', title: 'Thư ký Hội đồng An ninh Liên bang Nga', country: 'RU' });
    expect(x.mentions.some((m: { text: string; kind: string }) => m.text === 'Nga Patrushev' && m.kind === 'person')).toBe(false);
    expect(x.meetings.map((m: { kind: string }) => m.kind).sort()).toEqual(['consultation', 'reception', 'reception', 'session', 'visit']);
  });
});

describe('eval --ner', () => {
  it('scores spans by kind, lists what was missed and wrong, and times extraction apart from the scored pass', () => {
    // two documents in the VLSP layout (offsets into text; depth 0 is what is scored)
    const docs = [
      'Chủ tịch nước Trần Đại Quang đã tiếp Bộ trưởng Ngoại giao Nga tại Hà Nội.',
      'Sáng nay, ông Lê Văn Thành đến thăm Bệnh viện Bạch Mai.',
    ].map((text, i) => {
      const span = (s: string, type: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type, depth: 0 });
      const entities = i === 0 ? [span('Trần Đại Quang', 'PERSON'), span('Nga', 'LOCATION'), span('Hà Nội', 'LOCATION')]
        : [span('Lê Văn Thành', 'PERSON'), span('Bệnh viện Bạch Mai', 'ORGANIZATION')];
      return JSON.stringify({ doc: `d${i}`, text, entities });
    });
    const file = join(tmp, 'ner.jsonl');
    writeFileSync(file, `${docs.join('\n')}\n`);
    const r = cli(['eval', '--ner', file, '--json', '--errors']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j.perKind).sort()).toEqual(['LOCATION', 'ORGANIZATION', 'PERSON']);
    const gold = { PERSON: 2, LOCATION: 2, ORGANIZATION: 1 } as Record<string, number>;
    for (const [kind, n] of Object.entries(gold)) expect(j.perKind[kind].tp + j.perKind[kind].fn, kind).toBe(n);
    // every error is a real span of its document, and the misses are the gold spans not found
    const fn = Object.values(j.perKind as Record<string, { fn: number }>).reduce((s, k) => s + k.fn, 0);
    expect(j.errors.filter((e: { error: string }) => e.error === 'missed')).toHaveLength(fn);
    expect(j.speed.documents).toBe(2);
    expect(j.speed.seconds).toBeGreaterThan(0);
    expect(j.speed.docsPerSecond).toBeCloseTo(2 / j.speed.seconds, 6);
    const text = cli(['eval', '--ner', file]).out;
    expect(text).toMatch(/^kind +precision +recall +F1 +tp +fp +fn$/m);
    expect(text).toMatch(/2 documents in [\d.]+ s: [\d.]+ documents\/s, [\d.]+ MB\/s \(the faster of two passes after the scored one/);
  });
});
