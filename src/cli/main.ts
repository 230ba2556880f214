// The command line: `diplograph build | extract | eval | serve`. The only place that touches
// process: main(argv) returns an exit code, the bin sets it.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { listCorpus } from '../corpus/list-corpus.js';
import { readDoc } from '../corpus/read-doc.js';
import type { GoldNerDoc } from '../eval/ner.js';
import { prf, scoreDoc, totals, type DocScore, type GoldDoc } from '../eval/score-graph.js';
import type { BuildSummary } from '../pipeline.js';
import type { Problem } from '../types.js';
import { progressBar } from './progress.js';
import { startServer } from './serve.js';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}
const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

const HELP = `diplograph: a knowledge graph of people, countries and meetings from foreign-affairs news

Usage:
  diplograph build [CORPUS] [--out DIR] [--strict] [--quiet] [--json] [--workers N] [--no-cache] [--fresh-layout] [--min-docs N] [--top N]
  diplograph extract PATH... --jsonl
  diplograph eval GRAPH.json GOLD_DIR... [--json] [--errors]
  diplograph eval --ner GOLD.jsonl [--json] [--errors]
  diplograph serve [DIR] [--port N] [--host H]

Run 'diplograph COMMAND --help' for a command's options.
`;

const COMMAND_HELP: Record<string, string> = {
  build: `diplograph build [CORPUS] [--out DIR]

Reads every .txt and .md file under CORPUS (default: corpus/), extracts people, countries and
meetings, and writes DIR/graph.json (graphology), DIR/graph.gexf (GEXF 1.3) and the viewer
(default DIR: graph-output/). Files that cannot be read are reported and skipped.

Options:
  --out DIR       where to write (default: graph-output)
  --strict        exit 1 when any file was skipped
  --quiet         print nothing but errors
  --json          print the summary as JSON on stdout
  --workers N     extraction threads (default: one per core; 0 extracts in this thread)
  --no-cache      ignore and do not keep DIR/.cache (extraction results per document)
  --fresh-layout  lay the graph out afresh (by default nodes keep their positions from the
                  previous build in DIR and only new nodes are placed, when they are few)
  --min-docs N    keep only people, places and organizations found in at least N documents
  --top N         keep only the N entities with the most connections
  --help          this text
`,
  extract: `diplograph extract PATH... --jsonl

Prints one JSON object a line per document: {doc, lang, date?, mentions, meetings}. PATH is a file
or a folder; doc is the path relative to the folder given. Offsets index the document's text
(decoded, NFC-normalized, date line included).

Options:
  --jsonl     one JSON object a line (the only format, required)
  --help      this text
`,
  eval: `diplograph eval GRAPH.json GOLD_DIR... [--json] [--errors]
diplograph eval --ner GOLD.jsonl [--json] [--errors]

Scores a graph against gold files (shared/gold/FORMAT.md): people, countries and meetings
precision, recall and F1; date, place and host accuracy of the meetings found.
With --ner, runs extraction on each document of a span-annotated JSONL file (VLSP or CoNLL
layout) and scores person, location and organization spans.

Options:
  --ner FILE  score named-entity spans instead of a graph
  --json      print the scores as JSON
  --errors    list what was missed and what was wrong
  --help      this text
`,
  serve: `diplograph serve [DIR] [--port N] [--host H]

Serves an output folder (default: graph-output/) over HTTP and prints its URL.

Options:
  --port N    port (default: 8080; 0 picks a free one)
  --host H    address to bind (default: 127.0.0.1)
  --help      this text
`,
};

class UsageError extends Error {}

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, string | boolean | undefined>, positionals: r.positionals };
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]}`);
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.out(HELP);
      return cmd ? 0 : 2;
    }
    if (cmd === '--version') {
      io.out('diplograph 0.1.0\n');
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      if (!COMMAND_HELP[cmd]) throw new UsageError(`unknown command '${cmd}'`);
      io.out(COMMAND_HELP[cmd]);
      return 0;
    }
    switch (cmd) {
      case 'build':
        return await buildCommand(rest, io);
      case 'extract':
        return await extractCommand(rest, io);
      case 'eval':
        return await evalCommand(rest, io);
      case 'serve':
        return await serveCommand(rest, io);
      default:
        throw new UsageError(`unknown command '${cmd}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`diplograph: ${e.message}\nTry 'diplograph ${COMMAND_HELP[cmd] ? `${cmd} ` : ''}--help'.\n`);
      return 2;
    }
    throw e;
  }
}

function requireFolder(path: string, what: string): void {
  if (!existsSync(path)) throw new UsageError(`${what} '${path}' does not exist`);
}

async function buildCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string', default: 'graph-output' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean' },
    json: { type: 'boolean' },
    workers: { type: 'string' },
    'no-cache': { type: 'boolean' },
    'fresh-layout': { type: 'boolean' },
    'min-docs': { type: 'string' },
    top: { type: 'string' },
  });
  const count = (name: string, min: number): number | undefined => {
    const v = values[name];
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(String(v)) || Number(v) < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, got '${v}'`);
    return Number(v);
  };
  const workers = count('workers', 0);
  const minDocs = count('min-docs', 1);
  const top = count('top', 1);
  if (positionals.length > 1) throw new UsageError(`build takes one corpus folder, got ${positionals.length}`);
  const corpus = positionals[0] ?? 'corpus';
  requireFolder(corpus, 'corpus folder');
  const out = values.out as string;
  const { build } = await import('../pipeline.js');
  const bar = values.quiet || values.json ? { tick() {}, done() {} } : progressBar(process.stderr, 'building');
  const s = await build({
    corpus,
    out,
    onProgress: (n, total) => bar.tick(n, total),
    ...(workers !== undefined ? { workers } : {}),
    ...(values['no-cache'] ? { noCache: true } : {}),
    ...(values['fresh-layout'] ? { freshLayout: true } : {}),
    ...(minDocs !== undefined ? { minDocs } : {}),
    ...(top !== undefined ? { top } : {}),
  });
  bar.done();
  if (values.json) io.out(`${JSON.stringify({ corpus, out, ...s }, null, 2)}\n`);
  else if (!values.quiet) io.out(formatSummary(corpus, out, s));
  else if (s.skipped.length > 0) io.err(`diplograph: ${s.skipped.length} file${s.skipped.length === 1 ? '' : 's'} skipped (run without --quiet, or with --json, for the list)\n`);
  if (s.docs === 0) {
    io.err(`diplograph: no document could be read in '${corpus}'; put .txt or .md articles there\n`);
    return 1;
  }
  return values.strict && s.skipped.length > 0 ? 1 : 0;
}

function problemLine(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message} (${p.hint})`;
}

function formatSummary(corpus: string, out: string, s: BuildSummary): string {
  const lines = [
    `diplograph build: ${corpus} → ${out}`,
    `  documents  ${s.docs} read, ${s.skipped.length} skipped`,
    `  found      ${s.people} people, ${s.countries} countries, ${s.meetings} meetings (${s.nodes} nodes, ${s.edges} edges)`,
    ...(s.dropped.entities + s.dropped.meetings > 0 ? [`  left out   ${s.dropped.entities} entities and ${s.dropped.meetings} meetings below --min-docs/--top`] : []),
    ...(s.cached > 0 ? [`  cached     ${s.cached} of ${s.docs} documents unchanged since the last build`] : []),
    s.unchanged
      ? `  written    nothing new: no article, option or code changed since the last build (${out}/graph.json and graph.gexf are kept)`
      : s.files.length > 0
      ? `  written    ${s.files.filter((f) => /graph\.(json|gexf)$/.test(f)).join(', ')}${s.files.length > 2 ? ` and the viewer (${s.files.length - 2} files)` : ''}`
      : `  written    nothing (the previous graph in ${out} is untouched)`,
    `  time       ${s.seconds.toFixed(1)} s`,
  ];
  if (s.skipped.length > 0) {
    lines.push('skipped:');
    for (const p of s.skipped.slice(0, 20)) lines.push(`  ${problemLine(p)}`);
    if (s.skipped.length > 20) lines.push(`  … and ${s.skipped.length - 20} more (--json lists them all)`);
  }
  if (s.warnings.length > 0) {
    lines.push('read with warnings:');
    for (const p of s.warnings.slice(0, 10)) lines.push(`  ${problemLine(p)}`);
    if (s.warnings.length > 10) lines.push(`  … and ${s.warnings.length - 10} more (--json lists them all)`);
  }
  return `${lines.join('\n')}\n`;
}

async function extractCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { jsonl: { type: 'boolean' } });
  if (!values.jsonl) throw new UsageError('extract needs --jsonl (one JSON object a line)');
  if (positionals.length === 0) throw new UsageError('extract needs at least one file or folder');
  const { processDoc } = await import('../pipeline/process-doc.js');
  let failed = 0;
  for (const path of positionals) {
    requireFolder(path, 'path');
    const files: { path: string; id: string }[] = [];
    if (statSync(path).isDirectory()) {
      for await (const f of listCorpus(path)) {
        if ('path' in f) files.push(f as { path: string; id: string });
        else io.err(`${problemLine(f as Problem)}\n`);
      }
    } else files.push({ path, id: basename(path) });
    for (const f of files) {
      const r = readDoc(f.path, f.id);
      for (const p of r.problems) io.err(`${problemLine(p)}\n`);
      if (!r.doc) {
        failed++;
        continue;
      }
      const { extraction: x, result } = processDoc(r.doc);
      const mentions = x.mentions.map((m, i) => ({ ...m, ...(result.mentionKeys[i] ? { entity: result.mentionKeys[i] } : {}) }));
      io.out(`${JSON.stringify({ doc: x.doc, lang: x.lang, ...(x.date ? { date: x.date } : {}), mentions, meetings: x.meetings })}\n`);
    }
  }
  return failed > 0 && failed === positionals.length ? 1 : 0;
}

function pct(x: number): string {
  return x.toFixed(3);
}

async function evalCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ner: { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'boolean' } });
  if (values.ner) return evalNer(values.ner as string, Boolean(values.json), Boolean(values.errors), io);
  if (positionals.length < 2) throw new UsageError('eval needs a graph.json and at least one gold folder');
  const [graphPath, ...goldDirs] = positionals;
  requireFolder(graphPath, 'graph file');
  const graph = MultiDirectedGraph.from(JSON.parse(readFileSync(graphPath, 'utf8')));
  const golds: GoldDoc[] = [];
  for (const dir of goldDirs) {
    requireFolder(dir, 'gold folder');
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) golds.push(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  }
  // a gold document the graph never saw scores as all missed
  const scores = golds.map((g) => scoreDoc(graph, g));
  const t = totals(scores);
  if (values.json) {
    io.out(`${JSON.stringify({ totals: t, docs: values.errors ? scores : scores.map(({ errors: _e, ...s }) => s) }, null, 2)}\n`);
    return 0;
  }
  io.out(formatEvalTable(scores, t));
  if (values.errors) for (const s of scores) for (const e of s.errors) io.out(`${s.doc}: ${e}\n`);
  return 0;
}

export function formatEvalTable(scores: DocScore[], t: ReturnType<typeof totals>): string {
  const f = (c: { tp: number; fp: number; fn: number }) => pct(prf(c).f1);
  const a = (x: { correct: number; total: number }) => (x.total ? `${x.correct}/${x.total}` : '-');
  const rows = [['document', 'people F1', 'countries F1', 'meetings F1', 'date', 'place', 'host']];
  for (const s of scores) rows.push([s.doc, f(s.people), f(s.countries), f(s.meetings), a(s.date), a(s.place), a(s.host)]);
  rows.push(['TOTAL', pct(t.people.f1), pct(t.countries.f1), pct(t.meetings.f1), pct(t.date.accuracy), pct(t.place.accuracy), pct(t.host.accuracy)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = rows.map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  out.splice(out.length - 1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const detail = `people P ${pct(t.people.precision)} R ${pct(t.people.recall)} · countries P ${pct(t.countries.precision)} R ${pct(t.countries.recall)} · meetings P ${pct(t.meetings.precision)} R ${pct(t.meetings.recall)} (${t.meetings.tp} found of ${t.meetings.tp + t.meetings.fn}, ${t.meetings.fp} extra)`;
  return `${out.join('\n')}\n${detail}\n`;
}

const NER_MAP = {
  vi: { person: 'PERSON', country: 'LOCATION', location: 'LOCATION', organization: 'ORGANIZATION' },
  en: { person: 'PER', country: 'LOC', location: 'LOC', organization: 'ORG' },
};

async function evalNer(path: string, json: boolean, showErrors: boolean, io: Io): Promise<number> {
  requireFolder(path, 'gold file');
  const { processDoc } = await import('../pipeline/process-doc.js');
  const { scoreNer } = await import('../eval/ner.js');
  const gold: GoldNerDoc[] = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const isConll = gold.some((d) => d.entities.some((e) => e.type === 'PER' || e.type === 'LOC'));
  const map = isConll ? NER_MAP.en : NER_MAP.vi;
  // load the language's models first, so the throughput is that of extraction (as on a big corpus)
  const tLoad = performance.now();
  processDoc({ id: 'warm-up', text: isConll ? 'Peter Blackburn met officials in Brussels.' : 'Ông Nguyễn Văn An tiếp Đại sứ Nhật Bản tại Hà Nội.', bodyStart: 0 });
  const loadSeconds = (performance.now() - tLoad) / 1000;
  let bytes = 0;
  const { perKind, errors } = scoreNer(
    gold,
    (text, doc) => {
      bytes += Buffer.byteLength(text);
      const x = processDoc({ id: doc, text, bodyStart: 0 }).extraction;
      return outermost(x.mentions.filter((m) => !m.nested));
    },
    map,
  );
  // the scored pass also compiles the extractors' hot code; the throughput is the faster of two more passes,
  // as on a big corpus (one pass of a hundred documents varied by a third between runs)
  let secs = Infinity;
  for (let pass = 0; pass < 2; pass++) {
    const t0 = performance.now();
    for (const g of gold) processDoc({ id: g.doc, text: g.text, bodyStart: 0 });
    secs = Math.min(secs, (performance.now() - t0) / 1000);
  }
  const speed = { documents: gold.length, seconds: secs, docsPerSecond: gold.length / secs, mbPerSecond: bytes / 1e6 / secs, loadSeconds };
  if (json) {
    io.out(`${JSON.stringify({ perKind, speed, ...(showErrors ? { errors } : {}) }, null, 2)}\n`);
    return 0;
  }
  const rows = [['kind', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn']];
  for (const [k, s] of Object.entries(perKind)) rows.push([k, pct(s.precision), pct(s.recall), pct(s.f1), String(s.tp), String(s.fp), String(s.fn)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  io.out(`${rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n')}\n`);
  io.out(`${gold.length} documents in ${secs.toFixed(2)} s: ${speed.docsPerSecond.toFixed(1)} documents/s, ${speed.mbPerSecond.toFixed(2)} MB/s (the faster of two passes after the scored one; ${loadSeconds.toFixed(2)} s loading the models)\n`);
  if (showErrors) for (const e of errors) io.out(`${e.doc}: ${e.error} ${e.kind} "${e.text}" [${e.start},${e.end})\n`);
  return 0;
}

/** Mentions not inside another mention: the depth-0 spans that NER gold sets annotate. */
function outermost<T extends { start: number; end: number }>(ms: T[]): T[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.start >= end) {
      out.push(m);
      end = m.end;
    } else if (m.end > end) {
      // overlapping, not nested: keep the first
    }
  }
  return out;
}

async function serveCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } });
  const dir = positionals[0] ?? 'graph-output';
  const port = Number(values.port);
  if (!/^\d+$/.test(String(values.port)) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got '${values.port}'`);
  requireFolder(dir, 'folder');
  const server = await startServer({ dir: resolve(dir), port, host: values.host as string });
  io.out(`diplograph: serving ${dir} at ${server.url} (Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = () => void server.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

