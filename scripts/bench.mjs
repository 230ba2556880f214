#!/usr/bin/env node
// Issue 5's bench: builds each benchmark corpus with the compiled pipeline (dist/, `npm run build` first)
// in a child process and prints a table: documents, MB, seconds, MB/s, peak memory (the child's max RSS),
// the ratio to the floor (reading, decoding and NFC-normalizing the same files in the same kind of
// process: listCorpus + readDoc, no extraction), and the time of a rebuild after changing one article (the
// median of --rebuilds runs, each after another change to the same article, with their range), and of a
// build after them with nothing changed (which keeps the files of the last one: pipeline/last-build.ts).
//
// Usage: node scripts/bench.mjs [--only NAME] [--workers N] [--min-docs N] [--rebuilds N (3)] [--no-rebuild] [--keep]
// The corpora (../shared/bench/*.tar.gz) are unpacked into a temporary folder outside the repository
// and removed afterwards (unless --keep). A missing tarball is skipped with a message.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../dist');
const CORPORA = ['vi-news-2017', 'en-reuters-1987'];

if (process.argv[2] === '--child') await child(process.argv.slice(3));
else await parent();

/** In a fresh process: one measurement, printed as one JSON line. */
async function child([what, corpus, out, optsJson]) {
  const t0 = performance.now();
  let result;
  if (what === 'floor') {
    const { listCorpus } = await import(pathToFileURL(join(dist, 'corpus/list-corpus.js')).href);
    const { readDoc } = await import(pathToFileURL(join(dist, 'corpus/read-doc.js')).href);
    const { statSync } = await import('node:fs');
    let docs = 0;
    let bytes = 0;
    for await (const f of listCorpus(corpus)) {
      if (!('path' in f)) continue;
      bytes += statSync(f.path).size;
      if (readDoc(f.path, f.id).doc) docs++;
    }
    result = { docs, bytes };
  } else {
    const { build } = await import(pathToFileURL(join(dist, 'pipeline.js')).href);
    const s = await build({ corpus, out, noViewer: true, ...JSON.parse(optsJson ?? '{}') });
    result = { docs: s.docs, skipped: s.skipped.length, nodes: s.nodes, edges: s.edges, cached: s.cached, dropped: s.dropped, phases: s.phases, unchanged: s.unchanged ?? false };
  }
  const seconds = (performance.now() - t0) / 1000;
  // maxRSS covers this process and its worker threads (they share it)
  console.log(JSON.stringify({ ...result, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

function run(args) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench child ${args[0]} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function parent() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      workers: { type: 'string' },
      'min-docs': { type: 'string' },
      'no-rebuild': { type: 'boolean' },
      rebuilds: { type: 'string', default: '3' },
      keep: { type: 'boolean' },
    },
  });
  if (!existsSync(join(dist, 'pipeline.js'))) {
    console.error('bench: dist/pipeline.js is missing; run `npm run build` first');
    process.exit(2);
  }
  const opts = {};
  if (values.workers !== undefined) opts.workers = Number(values.workers);
  if (values['min-docs'] !== undefined) opts.minDocs = Number(values['min-docs']);
  const tmp = mkdtempSync(join(tmpdir(), 'diplograph-bench-'));
  const rows = [];
  try {
    for (const name of CORPORA) {
      if (values.only && !name.includes(values.only)) continue;
      const tarball = join(here, '../../shared/bench', `${name}.tar.gz`);
      if (!existsSync(tarball)) {
        console.error(`bench: ${tarball} is missing; ${name} skipped`);
        continue;
      }
      const dir = join(tmp, name);
      execFileSync('mkdir', ['-p', dir]);
      execFileSync('tar', ['-xzf', tarball, '-C', dir]);
      const out = join(tmp, `${name}-out`);
      console.error(`bench: ${name}: floor…`);
      const floor = run(['floor', dir]);
      console.error(`bench: ${name}: build…`);
      const full = run(['build', dir, out, JSON.stringify(opts)]);
      const rebuilds = [];
      let same;
      if (!values['no-rebuild']) {
        // change one article, then build again into the same folder (its cache holds the others); again, to
        // see how much the time of one rebuild varies
        const inner = readdirSync(dir).length === 1 ? join(dir, readdirSync(dir)[0]) : dir;
        const first = readdirSync(inner).filter((f) => f.endsWith('.txt')).sort()[0];
        for (let i = 1; i <= Number(values.rebuilds); i++) {
          appendFileSync(join(inner, first), `\nThis sentence was added by the bench (${i}).\n`);
          console.error(`bench: ${name}: rebuild ${i} after changing ${first}…`);
          rebuilds.push(run(['build', dir, out, JSON.stringify(opts)]));
        }
        console.error(`bench: ${name}: build again with nothing changed…`);
        same = run(['build', dir, out, JSON.stringify(opts)]);
      }
      const times = rebuilds.map((r) => r.seconds).sort((a, b) => a - b);
      const rebuild = rebuilds.length ? { ...rebuilds[0], seconds: times[(times.length - 1) >> 1] } : undefined;
      const range = times.length > 1 ? `; ${times[0].toFixed(1)}–${times[times.length - 1].toFixed(1)}` : '';
      const mb = floor.bytes / 1e6;
      rows.push({
        corpus: name,
        documents: full.docs,
        MB: mb.toFixed(1),
        seconds: full.seconds.toFixed(1),
        'MB/s': (mb / full.seconds).toFixed(2),
        'peak MB': Math.round(full.maxRssMB),
        'floor s': floor.seconds.toFixed(1),
        'x floor': (full.seconds / floor.seconds).toFixed(1),
        'rebuild s': rebuild ? `${rebuild.seconds.toFixed(1)} (${((100 * rebuild.seconds) / full.seconds).toFixed(1)}%${range})` : '-',
        'unchanged s': same ? `${same.seconds.toFixed(1)}${same.unchanged ? '' : ' (built)'}` : '-',
        nodes: full.nodes,
        edges: full.edges,
      });
      console.error(JSON.stringify({ name, floor, full, rebuilds, same }));
      if (!values.keep) rmSync(join(tmp, name), { recursive: true, force: true }), rmSync(out, { recursive: true, force: true });
    }
  } finally {
    if (!values.keep) rmSync(tmp, { recursive: true, force: true });
    else console.error(`bench: kept ${tmp}`);
  }
  printTable(rows);
}

function printTable(rows) {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(width[i])).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
  console.log(`(node ${process.version}, ${new Date().toISOString().slice(0, 10)}; peak = max RSS of the build process, worker threads included)`);
}
