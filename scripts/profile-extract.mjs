#!/usr/bin/env node
// One-thread extraction throughput on a fixed sample, for comparing speed changes (issue 5).
// Reads the first COUNT files of FOLDER (sorted by name) with the compiled readDoc, then times only
// processDoc (extraction and resolution, what a worker does on a cache miss) over them.
// Prints MB/s (by wall time, and by CPU time, which varies less on a shared machine), and a hash of every result so that "same output" can be checked between versions.
// Usage: npm run build && node scripts/profile-extract.mjs FOLDER [COUNT=3000] [--tag-only]
//   --tag-only times the Vietnamese tagger alone (tagVi on each body).
// With node --cpu-prof it gives the profile the issue quotes.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const tagOnly = args.includes('--tag-only');
const [dir, countArg] = args.filter((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: node scripts/profile-extract.mjs FOLDER [COUNT] [--tag-only]');
  process.exit(2);
}
const count = Number(countArg ?? 3000);
const dist = new URL('../dist/', import.meta.url);
const { readDoc } = await import(new URL('corpus/read-doc.js', dist));
const { processDoc } = await import(new URL('pipeline/process-doc.js', dist));
const { tagVi } = await import(new URL('extract/vi/ner/tag-vi.js', dist));

const names = readdirSync(dir).filter((n) => n.endsWith('.txt') || n.endsWith('.md')).sort().slice(0, count);
const docs = [];
let bytes = 0;
for (const name of names) {
  const r = readDoc(join(dir, name), name);
  if (!r.doc) continue;
  docs.push(r.doc);
  bytes += Buffer.byteLength(r.doc.text);
}
// load the model and warm up outside the timed loop
tagVi('Chủ tịch Trung Quốc Tập Cận Bình tiếp Bộ trưởng Ngoại giao Nga.');

const h = createHash('sha256');
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (const doc of docs) {
  const out = tagOnly ? tagVi(doc.text.slice(doc.bodyStart)) : processDoc(doc).result;
  h.update(JSON.stringify(out));
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1e6;
console.log(`${docs.length} docs, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s: ${(bytes / 1e6 / s).toFixed(2)} MB/s` +
  ` (cpu ${cpu.toFixed(2)} s: ${(bytes / 1e6 / cpu).toFixed(2)} MB/s)${tagOnly ? ' (tagger only)' : ''}; output ${h.digest('hex').slice(0, 16)}`);
