// Scores tagVi against a VLSP-layout gold file: exact-span precision, recall and F1 per type of
// the depth-0 entities, and the throughput (documents/s, MB/s of UTF-8 text, one core).
//
//   npx tsx scripts/eval-vi-ner.ts [../shared/eval/vlsp2018-ner/dev.jsonl] [--errors [TYPE]]

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { emptyScores, formatScores, scoreSpans } from '../src/extract/vi/ner/score-spans.js';
import type { NerSpan, NerType } from '../src/extract/vi/ner/tags.js';
import { loadViNerModel, tagVi } from '../src/extract/vi/ner/tag-vi.js';

interface GoldDoc { doc: string; text: string; entities: { start: number; end: number; type: NerType; depth: number }[] }

const args = process.argv.slice(2);
const file = resolve(args.find((a) => !a.startsWith('--') && !/^[A-Z]+$/.test(a)) ?? '../shared/eval/vlsp2018-ner/dev.jsonl');
const errorsAt = args.indexOf('--errors');
const errorType = errorsAt >= 0 && /^[A-Z]+$/.test(args[errorsAt + 1] ?? '') ? args[errorsAt + 1] : undefined;

const docs = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldDoc);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text, 'utf8'), 0);

const tLoad = performance.now();
loadViNerModel();
const loadMs = performance.now() - tLoad;
for (const d of docs.slice(0, 10)) tagVi(d.text); // warm up the JIT

const preds: NerSpan[][] = [];
const rounds = 3;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (let i = 0; i < docs.length; i++) preds[i] = tagVi(docs[i].text);
const seconds = (performance.now() - t0) / 1000 / rounds;

const scores = emptyScores();
for (let i = 0; i < docs.length; i++) {
  const gold = docs[i].entities.filter((e) => e.depth === 0).map((e) => ({ start: e.start, end: e.end, type: e.type }));
  scoreSpans(gold, preds[i], scores);
  if (errorsAt >= 0) {
    const key = (s: NerSpan) => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.map(key));
    const p = new Set(preds[i].map(key));
    const show = (s: NerSpan, what: string) => {
      if (errorType && s.type !== errorType) return;
      const t = docs[i].text;
      console.log(`${what} ${s.type.padEnd(13)} ${JSON.stringify(`${t.slice(Math.max(0, s.start - 30), s.start)}[${t.slice(s.start, s.end)}]${t.slice(s.end, s.end + 20)}`)}`);
    };
    for (const s of gold) if (!p.has(key(s))) show(s, 'missed');
    for (const s of preds[i]) if (!g.has(key(s))) show(s, 'wrong ');
  }
}

console.log(`${file}: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(formatScores(scores));
console.log(`speed: ${(docs.length / seconds).toFixed(0)} documents/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s on one core (model load ${loadMs.toFixed(0)} ms)`);
