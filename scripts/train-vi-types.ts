// Trains the document-level name typer (src/extract/vi/ner/retype.ts) and writes models/vi-types.json.gz.
//
//   npx tsx scripts/train-vi-types.ts [--data ../shared/train/vlsp2018-train.jsonl] [--out models/vi-types.json.gz]
//                                     [--folds 4] [--epochs 10] [--seeds 7,11,13,17,19] [--reuse]
//
// The typer must learn from the tagger's real mistakes, not from its training-set recall, so the training
// file is cut into folds: a tagger is trained on all folds but one (scripts/train-vi-ner.ts, into a
// temporary folder; --reuse keeps them between runs) and tags the fold it did not see. Each name of
// each document becomes one example: its gold type where its mentions match gold spans, NONE where none
// of them touches a gold entity. The script prints the cross-validated span scores without and with
// the typer, then trains on every fold and writes the model.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeModel } from '../src/extract/vi/ner/model.js';
import { byName, CLASSES, nameFeatures, retype, type TypeModel } from '../src/extract/vi/ner/retype.js';
import { emptyScores, formatScores, scoreSpans } from '../src/extract/vi/ner/score-spans.js';
import { tagWith } from '../src/extract/vi/ner/tag-with.js';
import type { NerSpan, NerType } from '../src/extract/vi/ner/tags.js';

interface GoldDoc { doc: string; text: string; entities: { start: number; end: number; type: NerType; depth: number }[] }

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}
const dataPath = resolve(arg('data', '../shared/train/vlsp2018-train.jsonl'));
const outPath = resolve(arg('out', 'models/vi-types.json.gz'));
const folds = Number(arg('folds', '4'));
const epochs = Number(arg('epochs', '10'));
const reuse = process.argv.includes('--reuse');
const work = join(tmpdir(), 'diplograph-vi-types');
mkdirSync(work, { recursive: true });

const lines = readFileSync(dataPath, 'utf8').trim().split('\n');
const docs = lines.map((l) => JSON.parse(l) as GoldDoc);
const depth0 = (d: GoldDoc): NerSpan[] => d.entities.filter((e) => e.depth === 0).map((e) => ({ start: e.start, end: e.end, type: e.type }));

// ---- the tagger's output on each fold, from a tagger that never saw it
const predicted: NerSpan[][] = new Array(docs.length);
for (let k = 0; k < folds; k++) {
  const model = join(work, `fold-${k}.bin.gz`);
  if (!reuse || !existsSync(model)) {
    const train = join(work, `fold-${k}.jsonl`);
    writeFileSync(train, `${lines.filter((_, i) => i % folds !== k).join('\n')}\n`);
    console.log(`fold ${k + 1}/${folds}: training the tagger…`);
    execFileSync(process.execPath, ['--import', 'tsx', resolve('scripts/train-vi-ner.ts'), '--data', train, '--out', model], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const m = decodeModel(readFileSync(model));
  docs.forEach((d, i) => {
    if (i % folds === k) predicted[i] = tagWith(m, d.text);
  });
}

// ---- one example per name per document
interface Example { fold: number; features: number[]; label: number }
const index = new Map<string, number>();
const counts: number[] = [];
const featureIds = (fs: string[]) =>
  fs.map((f) => {
    let id = index.get(f);
    if (id === undefined) index.set(f, (id = counts.push(0) - 1));
    counts[id]++;
    return id;
  });
const examples: Example[] = [];
docs.forEach((d, i) => {
  const gold = depth0(d);
  const exact = new Map(gold.map((g) => [`${g.start}:${g.end}`, g.type]));
  const names = byName(d.text, predicted[i]);
  for (const [name, group] of names) {
    const types = group.map((s) => exact.get(`${s.start}:${s.end}`)).filter((t): t is NerType => t !== undefined);
    let label: number;
    if (types.length > 0) {
      const votes = new Map<NerType, number>();
      for (const t of types) votes.set(t, (votes.get(t) ?? 0) + 1);
      label = CLASSES.indexOf([...votes].sort((a, b) => b[1] - a[1])[0][0]);
    } else if (group.every((s) => !gold.some((g) => g.start < s.end && s.start < g.end))) label = CLASSES.indexOf('NONE');
    else continue; // right place, wrong boundaries: nothing to learn about its type
    examples.push({ fold: i % folds, features: featureIds(nameFeatures(d.text, name, group, names)), label });
  }
});
console.log(`${examples.length} names, ${index.size} features`);

// ---- averaged multi-class perceptron
const C = CLASSES.length;
// Several runs in different example orders, averaged: one perceptron's weights depend on the order it
// saw the examples in enough to move single scores by a point.
const SEEDS = (arg('seeds', '7,11,13,17,19')).split(',').map(Number);
function train(use: (e: Example) => boolean): Float32Array {
  const sum = new Float32Array(index.size * C);
  for (const seed of SEEDS) {
    const w = trainOnce(use, seed);
    for (let i = 0; i < sum.length; i++) sum[i] += w[i] / SEEDS.length;
  }
  return sum;
}
function trainOnce(use: (e: Example) => boolean, seed0: number): Float32Array {
  const n = index.size * C;
  const w = new Float32Array(n);
  const u = new Float64Array(n);
  let c = 1;
  let seed = seed0;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const set = examples.filter(use);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = set.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [set[i], set[j]] = [set[j], set[i]];
    }
    for (const e of set) {
      let best = 0;
      let bestScore = -Infinity;
      for (let k = 0; k < C; k++) {
        let s = 0;
        for (const f of e.features) s += w[f * C + k];
        if (s > bestScore) [best, bestScore] = [k, s];
      }
      if (best !== e.label) {
        for (const f of e.features) {
          w[f * C + e.label] += 1; u[f * C + e.label] += c;
          w[f * C + best] -= 1; u[f * C + best] -= c;
        }
      }
      c++;
    }
  }
  for (let i = 0; i < n; i++) w[i] -= u[i] / c;
  return w;
}
const names = [...index.keys()];
function toModel(w: Float32Array, minCount: number, margin: number): TypeModel {
  const m = new Map<string, Float32Array>();
  names.forEach((f, id) => {
    if (counts[id] < minCount) return;
    const ws = w.subarray(id * C, id * C + C);
    if (ws.some((x) => Math.abs(x) >= 0.005)) m.set(f, Float32Array.from(ws, (x) => Math.round(x * 1000) / 1000));
  });
  return { weights: m, margin };
}

// ---- cross-validated effect on the tagger's spans, for each margin; the best PER+LOC+ORG F1 is shipped
const MARGINS = [0, 2, 5, 10, 20];
const before = emptyScores();
const after = MARGINS.map(() => emptyScores());
for (let k = 0; k < folds; k++) {
  const w = train((e) => e.fold !== k);
  docs.forEach((d, i) => {
    if (i % folds !== k) return;
    scoreSpans(depth0(d), predicted[i], before);
    MARGINS.forEach((margin, j) => scoreSpans(depth0(d), retype(d.text, predicted[i], toModel(w, 2, margin)), after[j]));
  });
}
const micro = (s: ReturnType<typeof emptyScores>) => {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const t of ['PERSON', 'LOCATION', 'ORGANIZATION'] as const) { c.tp += s[t].tp; c.fp += s[t].fp; c.fn += s[t].fn; }
  return (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
};
const bestJ = after.reduce((b, s, j) => (micro(s) > micro(after[b]) ? j : b), 0);
console.log(`cross-validated, tagger alone:\n${formatScores(before)}`);
MARGINS.forEach((m, j) => console.log(`margin ${m}: PER+LOC+ORG F1 ${micro(after[j]).toFixed(4)}`));
console.log(`with the typer, margin ${MARGINS[bestJ]}:\n${formatScores(after[bestJ])}`);

// ---- the shipped model
const model = toModel(train(() => true), 2, MARGINS[bestJ]);
const json = {
  _doc: `diplograph Vietnamese name typer: feature → weights of ${CLASSES.join(', ')}. Trained by scripts/train-vi-types.ts.`,
  classes: CLASSES,
  margin: model.margin,
  features: Object.fromEntries([...model.weights].map(([k, v]) => [k, [...v]])),
};
const bytes = gzipSync(JSON.stringify(json), { level: 9 });
writeFileSync(`${outPath}.tmp`, bytes);
renameSync(`${outPath}.tmp`, outPath);
console.log(`wrote ${outPath} (${model.weights.size} features, ${(bytes.length / 1e6).toFixed(2)} MB)`);
