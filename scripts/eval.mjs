#!/usr/bin/env node
// npm run eval: every accuracy figure of the README in one table, measured on ../shared/eval
// (read from there, never copied): meetings-dev + the seed (graph scores), vlsp2018-ner and
// conll2003-ner (span scores), and the default corpus against its own gold (test/gold).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shared = process.env.DIPLOGRAPH_SHARED ?? join(import.meta.dirname, '..', '..', 'shared');
const cli = join(import.meta.dirname, '..', 'bin', 'diplograph.js');
const run = (args) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`diplograph ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
};
const tmp = mkdtempSync(join(tmpdir(), 'diplograph-eval-'));
const rows = [];
const f3 = (x) => x.toFixed(3);
const row = (set, measure, value, target) => rows.push([set, measure, value, target ?? '', target ? (Number(value.split(' ')[0]) >= Number(target.replace('≥ ', '')) ? 'met' : 'not yet') : '']);

function graphScores(name, docs, goldDirs, targets) {
  const corpus = join(tmp, name);
  rmSync(corpus, { recursive: true, force: true });
  run(['build', ...[docs[0]], '--out', join(tmp, `${name}-out`), '--quiet']);
  const j = JSON.parse(run(['eval', join(tmp, `${name}-out`, 'graph.json'), ...goldDirs, '--json']));
  const t = j.totals;
  row(name, 'people F1', f3(t.people.f1), targets?.people);
  row(name, 'countries F1', f3(t.countries.f1), targets?.countries);
  row(name, 'meetings F1', f3(t.meetings.f1), targets?.meetings);
  row(name, 'meeting date accuracy', f3(t.date.accuracy), targets?.date);
  row(name, 'meeting place accuracy', f3(t.place.accuracy), targets?.place);
  row(name, 'meeting host accuracy', f3(t.host.accuracy), targets?.host);
}

const devDocs = join(shared, 'eval', 'meetings-dev', 'docs');
if (existsSync(devDocs)) {
  const corpus = join(tmp, 'meetings-dev-corpus');
  spawnSync('mkdir', ['-p', corpus]);
  for (const f of readdirSync(devDocs)) copyFileSync(join(devDocs, f), join(corpus, f));
  for (const f of readdirSync(join(shared, 'seeds'))) copyFileSync(join(shared, 'seeds', f), join(corpus, f));
  graphScores('meetings-dev + seed', [corpus], [join(shared, 'eval', 'meetings-dev', 'gold'), join(shared, 'gold')], { people: '≥ 0.92', countries: '≥ 0.95', meetings: '≥ 0.80', date: '≥ 0.85', place: '≥ 0.80', host: '≥ 0.90' });
} else console.error(`eval: ${devDocs} not found; meetings-dev skipped`);

graphScores('default corpus (own gold)', [join(import.meta.dirname, '..', 'corpus')], [join(import.meta.dirname, '..', 'test', 'gold')]);

for (const [set, file, kinds, targets] of [
  ['vlsp2018-ner dev', join(shared, 'eval', 'vlsp2018-ner', 'dev.jsonl'), ['PERSON', 'LOCATION', 'ORGANIZATION'], { PERSON: '≥ 0.88', LOCATION: '≥ 0.80', ORGANIZATION: '≥ 0.60' }],
  ['conll2003-ner dev', join(shared, 'eval', 'conll2003-ner', 'dev.jsonl'), ['PER', 'LOC', 'ORG'], { PER: '≥ 0.80', LOC: '≥ 0.80' }],
]) {
  if (!existsSync(file)) {
    console.error(`eval: ${file} not found; ${set} skipped`);
    continue;
  }
  const j = JSON.parse(run(['eval', '--ner', file, '--json']));
  for (const k of kinds) if (j.perKind[k]) row(set, `${k} exact-span F1`, f3(j.perKind[k].f1), targets[k]);
  row(set, 'extract throughput', `${j.speed.docsPerSecond.toFixed(0)} docs/s (${j.speed.mbPerSecond.toFixed(2)} MB/s)`);
}
rmSync(tmp, { recursive: true, force: true });

const head = ['set', 'measure', 'value', 'target', ''];
const all = [head, ...rows];
const w = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
const line = (r) => `| ${r.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
console.log(line(head));
console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', cwd: import.meta.dirname }).stdout.trim();
console.log(`\nmeasured ${new Date().toISOString().slice(0, 10)} at commit ${commit || '(unknown)'}`);
