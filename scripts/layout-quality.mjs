#!/usr/bin/env node
// How well a graph.json's positions keep linked nodes together: the mean length of a link over the mean
// distance between two linked nodes (200,000 random pairs). 1 is no better than chance; lower is better.
// Usage: node --max-old-space-size=8000 scripts/layout-quality.mjs graph-output/graph.json
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/layout-quality.mjs GRAPH.json');
  process.exit(2);
}
const g = JSON.parse(readFileSync(file, 'utf8'));
const at = new Map(g.nodes.map((n) => [n.key, n.attributes]));
const dist = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);
let links = 0;
let n = 0;
for (const e of g.edges) {
  links += dist(at.get(e.source), at.get(e.target));
  n++;
}
const linked = [...new Set(g.edges.flatMap((e) => [e.source, e.target]))].map((k) => at.get(k));
let seed = 1;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
const PAIRS = 200_000;
let pairs = 0;
for (let i = 0; i < PAIRS; i++) pairs += dist(linked[Math.floor(rand() * linked.length)], linked[Math.floor(rand() * linked.length)]);
console.log(`${g.nodes.length} nodes (${linked.length} linked), ${n} links: mean link ${(links / n).toFixed(1)}, ` +
  `mean distance between two linked nodes ${(pairs / PAIRS).toFixed(1)}, ratio ${(links / n / (pairs / PAIRS)).toFixed(3)}`);
