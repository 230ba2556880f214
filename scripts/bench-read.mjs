#!/usr/bin/env node
// The floor of issue 5's bench: reading, decoding and NFC-normalizing a corpus in one process
// (src/corpus readDoc: read, detect the encoding, decode, NFC, tone marks, date line, sha256).
// Usage: node scripts/bench-read.mjs [CORPUS_DIR]
// Without a folder, unpacks ../shared/bench/vi-news-2017.tar.gz into a temporary folder (removed after).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const here = dirname(fileURLToPath(import.meta.url));
const { listCorpus } = await import(join(here, '../src/corpus/list-corpus.ts'));
const { readDoc } = await import(join(here, '../src/corpus/read-doc.ts'));

let dir = process.argv[2];
let tmp;
if (!dir) {
  const tarball = join(here, '../../shared/bench/vi-news-2017.tar.gz');
  if (!existsSync(tarball)) {
    console.error(`no corpus given and ${tarball} is missing`);
    process.exit(2);
  }
  tmp = mkdtempSync(join(tmpdir(), 'diplograph-bench-read-'));
  execFileSync('tar', ['-xzf', tarball, '-C', tmp]);
  dir = tmp;
}

try {
  const files = [];
  for await (const f of listCorpus(dir)) if ('path' in f) files.push(f);

  // Pass 1: bytes only (also warms the page cache, so pass 2 measures the same I/O).
  const t0 = performance.now();
  let bytes = 0;
  for (const f of files) bytes += readFileSync(f.path).length;
  const rawSeconds = (performance.now() - t0) / 1000;

  // Passes 2..: readDoc, the floor; the best of RUNS (the machine is shared, the best is the least disturbed).
  const RUNS = Number(process.env.RUNS ?? 3);
  const times = [];
  const cpuTimes = [];
  let docs = 0;
  let skipped = 0;
  let chars = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    docs = skipped = chars = 0;
    for (const f of files) {
      const r = readDoc(f.path, f.id);
      if (r.doc) { docs++; chars += r.doc.text.length; } else skipped++;
    }
    times.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1e6);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const mb = bytes / 1e6;
  const fmt = (s) => `${s.toFixed(2)} s  ${(mb / s).toFixed(1)} MB/s`;
  console.log(`corpus      ${dir}`);
  console.log(`files       ${files.length} (${docs} read, ${skipped} skipped), ${mb.toFixed(1)} MB, ${chars} characters`);
  console.log(`read only   ${fmt(rawSeconds)}  (readFileSync, warm cache)`);
  console.log(`readDoc     ${fmt(times[0])}  best of ${RUNS}; median ${fmt(times[Math.floor(RUNS / 2)])}`);
  console.log(`readDoc CPU ${fmt(cpuTimes[0])}  (user + system CPU time, best of ${RUNS}: steadier on a busy machine)`);
  console.log('            (read, detect encoding, decode, NFC, tone marks, date line, sha256; one thread)');
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
