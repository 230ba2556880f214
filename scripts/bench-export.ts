// Times the exports on a synthetic graph shaped like the contract (default 100k nodes, 500k edges).
// Each measurement runs in its own process so that its peak RSS is its own.
//
//   npx tsx scripts/bench-export.ts [NODES] [EDGES]          all measurements
//   npx tsx scripts/bench-export.ts [NODES] [EDGES] --check  also validate the streamed GEXF with xmllint
//     (fine at 10k/50k: 12 s; at 100k/500k libxml2's RELAX NG check ran 14+ min and 2.6 GB without finishing)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { gexfChunks, toGexf } from '../src/export/gexf.js';
import { jsonChunks, toJson } from '../src/export/json.js';
import { writeFileAtomic } from '../src/export/write-atomic.js';
import { layout } from '../src/graph/layout.js';

const KINDS = ['person', 'country', 'meeting', 'location', 'organization'] as const;
const SENTENCE = 'Chủ tịch Trung Quốc Tập Cận Bình tiếp Thư ký Hội đồng An ninh Liên bang Nga N.P. Patrushev tại Bắc Kinh.';

/** A deterministic graph with the contract's kinds and attributes, evidence sentences included. */
function syntheticGraph(order: number, size: number): Graph {
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  g.setAttribute('schemaVersion', 1);
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let i = 0; i < order; i++) {
    const kind = KINDS[i % 5];
    const doc = `doc-${i % 5000}.txt`;
    const a: Record<string, unknown> = {
      kind, label: `Nguyễn Văn ${i}`, docs: [doc], evidence: [{ doc, start: 10, end: 10 + SENTENCE.length, text: SENTENCE }],
      x: rand() * 1000, y: rand() * 1000, size: 4 + rand() * 10, color: 'rgb(37,99,235)',
    };
    if (kind === 'meeting') Object.assign(a, { meetingKind: 'talks', date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, place: 'Hà Nội' });
    else Object.assign(a, { names: [`Nguyễn Văn ${i}`, `Nguyen Van ${i}`], country: 'VN' });
    if (kind === 'person') a.titles = ['Bộ trưởng Ngoại giao'];
    g.addNode(`${kind}:n${i}`, a);
  }
  const keys = g.nodes();
  for (let e = 0; e < size; e++) {
    const s = keys[Math.floor(rand() * order)];
    let t = keys[Math.floor(rand() * order)];
    if (t === s) t = keys[(keys.indexOf(s) + 1) % order];
    const doc = `doc-${e % 5000}.txt`;
    g.addEdge(s, t, {
      kind: 'participant', role: e % 2 ? 'host' : 'guest', docs: [doc],
      evidence: [{ doc, start: 10, end: 10 + SENTENCE.length, text: SENTENCE }],
    });
  }
  return g;
}

function measure(mode: string, order: number, size: number, out: string): void {
  const t0 = performance.now();
  const g = syntheticGraph(order, size);
  const built = performance.now();
  let bytes = 0;
  const run = async (): Promise<void> => {
    if (mode === 'toJson') bytes = toJson(g).length;
    else if (mode === 'toGexf') bytes = toGexf(g).length;
    else if (mode === 'stream-json') await writeFileAtomic(join(out, 'graph.json'), jsonChunks(g));
    else if (mode === 'stream-gexf') await writeFileAtomic(join(out, 'graph.gexf'), gexfChunks(g));
    else if (mode === 'layout') layout(g);
    else throw new Error(`unknown mode ${mode}`);
  };
  run().then(() => {
    const seconds = (performance.now() - built) / 1000;
    if (mode.startsWith('stream')) bytes = statSync(join(out, mode === 'stream-json' ? 'graph.json' : 'graph.gexf')).size;
    const rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(JSON.stringify({ mode, seconds: +seconds.toFixed(2), build: +((built - t0) / 1000).toFixed(2), chars: bytes, peakRssMB: rssMB }));
  });
}

const args = process.argv.slice(2);
const [order, size] = [Number(args[0] ?? 100_000), Number(args[1] ?? 500_000)];
if (args[2] === '--child') {
  measure(args[3], order, size, args[4]);
} else {
  const out = mkdtempSync(join(tmpdir(), 'bench-export-'));
  console.log(`graph: ${order} nodes, ${size} edges (peak RSS includes building the graph)`);
  for (const mode of ['stream-json', 'toJson', 'stream-gexf', 'toGexf', 'layout']) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', process.argv[1], String(order), String(size), '--child', mode, out], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
    });
    process.stdout.write(r.stdout || `${mode}: failed (exit ${r.status})\n`);
  }
  if (args.includes('--check')) {
    const t = performance.now();
    const r = spawnSync('xmllint', ['--noout', '--relaxng', 'test/fixtures/export/gexf-1.3/gexf.rng', join(out, 'graph.gexf')], { encoding: 'utf8' });
    console.log(`xmllint: ${r.status === 0 ? 'validates' : r.stderr.slice(0, 500)} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  rmSync(out, { recursive: true, force: true });
}
