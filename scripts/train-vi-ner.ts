// Trains the Vietnamese NER tagger (an averaged structured perceptron over hashed syllable
// features, first-order Viterbi) on ../shared/train and writes models/vi-ner.bin.gz.
//
//   npx tsx scripts/train-vi-ner.ts [--data ../shared/train/vlsp2018-train.jsonl] [--out models/vi-ner.bin.gz]
//                                   [--epochs 10] [--bits 18] [--width 16] [--drop 0.3] [--seeds 12345,7,11] [--holdout]
//
// --holdout trains on the `train` split only and scores the `dev` split of the training file
// (for choosing features without looking at the evaluation set), writing /tmp/vi-ner-holdout.bin.gz.

import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { viterbi } from '../src/extract/vi/ner/decode.js';
import { featureRows, N_FEATURES, opensSentence } from '../src/extract/vi/ner/features.js';
import { GAZ_MAX, GAZETTEER } from '../src/extract/vi/ner/gazetteer-flags.js';
import { encodeModel, lexiconFlags, openerTable, pairTable, type Lexicons } from '../src/extract/vi/ner/model.js';
import { emptyScores, formatScores, scoreSpans } from '../src/extract/vi/ner/score-spans.js';
import { syllables, type Syllables } from '../src/extract/vi/ner/syllables.js';
import { N_TAGS, TYPES, type NerSpan, type NerType } from '../src/extract/vi/ner/tags.js';
import { emissions, forEachLine } from '../src/extract/vi/ner/tag-with.js';

interface GoldDoc { doc: string; split?: string; text: string; entities: { start: number; end: number; type: NerType; depth: number }[] }

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}
const holdout = process.argv.includes('--holdout');
const dataPath = resolve(arg('data', '../shared/train/vlsp2018-train.jsonl'));
const outPath = resolve(arg('out', holdout ? '/tmp/vi-ner-holdout.bin.gz' : 'models/vi-ner.bin.gz'));
const epochs = Number(arg('epochs', '10'));
const bits = Number(arg('bits', '18'));
const width = Number(arg('width', '16')) as 8 | 16;
// word dropout: in each pass, a token's own-word templates (the word, its bigrams, word × shape, word at
// a sentence start, word in a chunk) are hidden with this probability, so the model learns to read names
// from shape and context too, as it must for the names it never saw
const dropP = Number(arg('drop', '0.3'));
const seeds = arg('seeds', '12345,7,11').split(',').map(Number);
const OWN_WORD = [1, 6, 7, 14, 20, 31];
const F = N_FEATURES;
const T = N_TAGS;

const t0 = performance.now();
const all = readFileSync(dataPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldDoc);
const trainDocs = holdout ? all.filter((d) => d.split === 'train') : all;
const testDocs = holdout ? all.filter((d) => d.split !== 'train') : [];

const depth0 = (d: GoldDoc): NerSpan[] =>
  d.entities.filter((e) => e.depth === 0).map((e) => ({ start: e.start, end: e.end, type: e.type }));

/** Gold tag per token. */
function goldTags(d: GoldDoc, syl: Syllables): Int32Array {
  const tags = new Int32Array(syl.n);
  let k = 0;
  const ents = depth0(d).sort((a, b) => a.start - b.start);
  for (const e of ents) {
    const ty = TYPES.indexOf(e.type);
    while (k < syl.n && syl.start[k] < e.start) k++;
    let first = true;
    for (let j = k; j < syl.n && syl.end[j] <= e.end; j++) {
      tags[j] = first ? 1 + 2 * ty : 2 + 2 * ty;
      first = false;
    }
  }
  return tags;
}

/**
 * Two-syllable words: adjacent lower-case syllables (one space apart) seen at least 3 times whose
 * pointwise mutual information is at least 2, with a cohesion of 1 (PMI < 4), 2 (< 6) or 3.
 */
function minePairs(docs: GoldDoc[]): [string, number][] {
  const uni = new Map<string, number>();
  const bi = new Map<string, number>();
  let total = 0;
  for (const d of docs) {
    const syl = syllables(d.text);
    for (let i = 0; i < syl.n; i++) {
      const w = d.text.slice(syl.start[i], syl.end[i]).toLowerCase();
      uni.set(w, (uni.get(w) ?? 0) + 1);
      total++;
      if (i === 0 || syl.lineStart[i] || syl.start[i] !== syl.end[i - 1] + 1 || d.text[syl.end[i - 1]] !== ' ') continue;
      // both written in lower case: common words, not a name and the verb after it ("Reuters dẫn")
      const p = d.text.slice(syl.start[i - 1], syl.end[i - 1]);
      if (!/^\p{Ll}+$/u.test(p) || !/^\p{Ll}+$/u.test(d.text.slice(syl.start[i], syl.end[i]))) continue;
      const k = `${p} ${w}`;
      bi.set(k, (bi.get(k) ?? 0) + 1);
    }
  }
  const out: [string, number][] = [];
  for (const [k, c] of bi) {
    if (c < 3) continue;
    const [a, b] = k.split(' ');
    const pmi = Math.log((c * total) / (uni.get(a)! * uni.get(b)!));
    if (pmi >= 2) out.push([k, pmi < 4 ? 1 : pmi < 6 ? 2 : 3]);
  }
  return out.sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

/**
 * Capitalised words ("Theo", "Trong") that open a sentence at least 10 times and never there begin or
 * lie in a name: the tagger does not look around them (near-names.ts).
 */
function mineOpeners(docs: GoldDoc[]): string[] {
  const seen = new Map<string, number>();
  const named = new Set<string>();
  for (const d of docs) {
    const syl = syllables(d.text);
    const tags = goldTags(d, syl);
    for (let i = 0; i < syl.n; i++) {
      const w = d.text.slice(syl.start[i], syl.end[i]);
      if (!/^\p{Lu}\p{Ll}*$/u.test(w) || !opensSentence(d.text, syl, i)) continue;
      const lw = w.toLowerCase();
      seen.set(lw, (seen.get(lw) ?? 0) + 1);
      if (tags[i] !== 0) named.add(lw);
    }
  }
  return [...seen].filter(([w, c]) => c >= 10 && !named.has(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

// ---- mine the lexicons
function mine(docs: GoldDoc[]): Lexicons {
  const count = new Map<string, number>();
  const inc = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
  const total = new Map<string, number>();
  const capTotal = new Map<string, number>();
  for (const d of docs) {
    const syl = syllables(d.text);
    const tags = goldTags(d, syl);
    for (let i = 0; i < syl.n; i++) {
      const w = d.text.slice(syl.start[i], syl.end[i]);
      const lw = w.toLowerCase();
      total.set(lw, (total.get(lw) ?? 0) + 1);
      if (w !== lw) capTotal.set(lw, (capTotal.get(lw) ?? 0) + 1);
      const t = tags[i];
      const prev = i > 0 ? tags[i - 1] : 0;
      const next = i + 1 < syl.n ? tags[i + 1] : 0;
      if (t > 0 && t % 2 === 1) {
        const ty = TYPES[(t - 1) >> 1];
        inc(`${ty}:first:${lw}`);
        if (i > 0 && prev === 0) inc(`${ty}:before:${d.text.slice(syl.start[i - 1], syl.end[i - 1]).toLowerCase()}`);
      }
      // the last token of a span: the next one does not continue it
      if (t > 0 && next !== 2 + 2 * ((t - 1) >> 1)) inc(`${TYPES[(t - 1) >> 1]}:last:${lw}`);
    }
  }
  const pick = (key: string, min: number, ratio: number, of: Map<string, number>) => {
    const out: [string, number][] = [];
    const pre = `${key}:`;
    for (const [k, c] of count) {
      if (!k.startsWith(pre) || c < min) continue;
      const w = k.slice(pre.length);
      if (!/\p{L}/u.test(w)) continue;
      if (c / (of.get(w) ?? c) >= ratio) out.push([w, c]);
    }
    return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  };
  return {
    pairs: minePairs(docs),
    openers: mineOpeners(docs),
    family: pick('PERSON:first', 3, 0.3, capTotal),
    given: pick('PERSON:last', 3, 0.3, capTotal),
    personCue: pick('PERSON:before', 4, 0.1, total),
    locationCue: pick('LOCATION:before', 4, 0.1, total),
    organizationCue: pick('ORGANIZATION:before', 4, 0.1, total),
    organizationHead: pick('ORGANIZATION:first', 4, 0.3, capTotal),
    locationHead: pick('LOCATION:first', 4, 0.3, capTotal),
  };
}

const lexicons = mine(trainDocs);
const flags = lexiconFlags(lexicons);
const pairs = pairTable(lexicons);

// ---- features of every training document, once
interface Seq { rows: Int32Array; gold: Int32Array; glued: Uint8Array; from: number; to: number }
const seqs: Seq[] = [];
let nTokens = 0;
for (const d of trainDocs) {
  const syl = syllables(d.text);
  const rows = new Int32Array(syl.n * F);
  featureRows(d.text, syl, flags, bits, rows, GAZETTEER, GAZ_MAX);
  const gold = goldTags(d, syl);
  nTokens += syl.n;
  forEachLine(syl, (from, to) => seqs.push({ rows, gold, glued: syl.glued, from, to }));
}
const tFeat = performance.now();
console.log(`${trainDocs.length} documents, ${seqs.length} lines, ${nTokens} tokens; features in ${((tFeat - t0) / 1000).toFixed(1)} s`);

// ---- averaged perceptron, one run per seed (its own example order and word dropout); the runs'
// averaged weights are averaged again, which steadies a model that one order would leave to chance
const size = (1 << bits) * T;
const NT = (T + 1) * T;
let emit = new Float32Array(1024 * T);
let pred = new Int32Array(1024);

function train(runSeed: number): { weights: Float32Array; trans: Float32Array } {
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const tr = new Float32Array(NT);
  const tu = new Float64Array(NT);
  let c = 1;
  let seed = runSeed;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const order = seqs.map((_, i) => i);

  const update = (s: Seq, p: Int32Array): void => {
    const len = s.to - s.from;
    let prevG = -1, prevP = -1;
    for (let i = 0; i < len; i++) {
      const g = s.gold[s.from + i];
      const q = p[i];
      if (g !== q) {
        const fo = (s.from + i) * F;
        for (let f = 0; f < F; f++) {
          const r = s.rows[fo + f];
          if (r < 0) continue;
          const b = r * T;
          w[b + g] += 1; u[b + g] += c;
          w[b + q] -= 1; u[b + q] -= c;
        }
      }
      if (g !== q || prevG !== prevP) {
        const ig = (prevG + 1) * T + g, ip = (prevP + 1) * T + q;
        tr[ig] += 1; tu[ig] += c;
        tr[ip] -= 1; tu[ip] -= c;
      }
      prevG = g; prevP = q;
    }
  };

  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    for (const k of order) {
      const s = seqs[k];
      const len = s.to - s.from;
      if (emit.length < len * T) emit = new Float32Array(len * T * 2);
      if (pred.length < len) pred = new Int32Array(len * 2);
      let x = s;
      if (dropP > 0) {
        const rows = s.rows.slice(s.from * F, s.to * F);
        for (let i = 0; i < len; i++) if (rand() < dropP) for (const f of OWN_WORD) rows[i * F + f] = -1;
        x = { rows, gold: s.gold.subarray(s.from, s.to), glued: s.glued.subarray(s.from, s.to), from: 0, to: len };
      }
      emissions(x.rows, x.from, x.to, w, emit);
      viterbi(emit, len, tr, pred, x.glued, x.from);
      let same = true;
      for (let i = 0; i < len; i++) if (pred[i] !== x.gold[x.from + i]) { same = false; wrong++; }
      if (!same) update(x, pred);
      c++;
    }
    console.log(`seed ${runSeed}, epoch ${ep + 1}: ${wrong} token errors (${((performance.now() - tFeat) / 1000).toFixed(1)} s)`);
  }
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = w[i] - u[i] / c;
  const trans = new Float32Array(NT);
  for (let i = 0; i < NT; i++) trans[i] = tr[i] - tu[i] / c;
  return { weights, trans };
}

const avg = new Float32Array(size);
const avgTr = new Float32Array(NT);
for (const runSeed of seeds) {
  const run = train(runSeed);
  for (let i = 0; i < size; i++) avg[i] += run.weights[i] / seeds.length;
  for (let i = 0; i < NT; i++) avgTr[i] += run.trans[i] / seeds.length;
}
const trainSeconds = (performance.now() - t0) / 1000;
console.log(`trained in ${trainSeconds.toFixed(1)} s`);

const model = { bits, weights: avg, trans: avgTr, lexicons, flags, pairs, openers: openerTable(lexicons) };
if (holdout) {
  const { decodeModel } = await import('../src/extract/vi/ner/model.js');
  const { tagWith } = await import('../src/extract/vi/ner/tag-with.js');
  const q = decodeModel(encodeModel(model, width));
  for (const [name, m] of [['float', model], [`int${width}`, q]] as const) {
    const scores = emptyScores();
    for (const d of testDocs) scoreSpans(depth0(d), tagWith(m, d.text), scores);
    console.log(`held-out dev split (${testDocs.length} documents), ${name} weights:\n${formatScores(scores)}`);
  }
}
{
  const bytes = encodeModel(model, width, { documents: trainDocs.length, tokens: nTokens, epochs, seconds: Math.round(trainSeconds) });
  writeFileSync(`${outPath}.tmp`, bytes);
  renameSync(`${outPath}.tmp`, outPath);
  console.log(`wrote ${outPath} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}
