// Scratch: extractEn throughput on a folder of English .txt files. npx tsx scripts/bench-en.ts DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEn } from '../src/extract/en/extract-en.js';
const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.txt'));
let bytes = 0, mentions = 0, meetings = 0, ms = 0;
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8');
  const m = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)[^\n]*\n?/u.exec(text);
  const t0 = performance.now();
  const x = extractEn({ id: f, text, date: m?.[1], bodyStart: m ? m[0].length : 0 });
  ms += performance.now() - t0;
  bytes += Buffer.byteLength(text);
  mentions += x.mentions.length;
  meetings += x.meetings.length;
}
console.log(`${files.length} docs, ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s extract time: ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s; ${mentions} mentions, ${meetings} meetings`);
