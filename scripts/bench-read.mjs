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
  let t0 = performance.now();
  let bytes = 0;
  for (const f of files) bytes += readFileSync(f.path).length;
  const rawSeconds = (performance.now() - t0) / 1000;

  // Pass 2: readDoc, the floor.
  t0 = performance.now();
  let docs = 0;
  let skipped = 0;
  let chars = 0;
  for (const f of files) {
    const r = readDoc(f.path, f.id);
    if (r.doc) { docs++; chars += r.doc.text.length; } else skipped++;
  }
  const seconds = (performance.now() - t0) / 1000;
  const mb = bytes / 1e6;
  console.log(`corpus      ${dir}`);
  console.log(`files       ${files.length} (${docs} read, ${skipped} skipped), ${mb.toFixed(1)} MB, ${chars} characters`);
  console.log(`read only   ${rawSeconds.toFixed(2)} s  ${(mb / rawSeconds).toFixed(0)} MB/s`);
  console.log(`readDoc     ${seconds.toFixed(2)} s  ${(mb / seconds).toFixed(1)} MB/s  (read, decode, NFC, tones, date line, sha256)`);
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
