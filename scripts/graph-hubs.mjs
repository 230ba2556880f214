#!/usr/bin/env node
// The nodes a reader of a big graph sees first, for checking what extraction made of a corpus: per kind, the
// nodes in the most documents and those with the most links (met edges left out), and the people found in
// many documents without a single link (bylines, nicknames and anonymous people merged across articles look
// like that).
// Usage: node scripts/graph-hubs.mjs GRAPH.json [--top N] [--kind person]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : def);
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) {
  console.error('usage: node scripts/graph-hubs.mjs GRAPH.json [--top N] [--kind person|location|organization|country|meeting]');
  process.exit(2);
}
const top = Number(opt('top', 30));
const kinds = opt('kind', 'person,location,organization').split(',');

const g = JSON.parse(readFileSync(file, 'utf8'));
const links = new Map();
for (const e of g.edges) {
  if (e.attributes.kind === 'met') continue;
  links.set(e.source, (links.get(e.source) ?? 0) + 1);
  links.set(e.target, (links.get(e.target) ?? 0) + 1);
}
const docs = (n) => n.attributes.docs?.length ?? 0;
const show = (list) => list.map((n) => `${n.attributes.label} (${docs(n)} docs, ${links.get(n.key) ?? 0} links)`).join(', ');

console.log(`${g.nodes.length} nodes, ${g.edges.length} edges`);
for (const kind of kinds) {
  const nodes = g.nodes.filter((n) => n.attributes.kind === kind);
  console.log(`\n${kind}: ${nodes.length} nodes`);
  console.log(`  in most documents: ${show([...nodes].sort((a, b) => docs(b) - docs(a)).slice(0, top))}`);
  console.log(`  with most links: ${show([...nodes].sort((a, b) => (links.get(b.key) ?? 0) - (links.get(a.key) ?? 0)).slice(0, top))}`);
  const lonely = nodes.filter((n) => docs(n) >= 20 && !links.get(n.key)).sort((a, b) => docs(b) - docs(a));
  console.log(`  in 20 documents or more without a link: ${lonely.length}${lonely.length ? `: ${show(lonely.slice(0, top))}` : ''}`);
}
