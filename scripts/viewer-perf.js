// Measures the viewer in headless Chromium (software WebGL): time to first render, and frame times
// while the camera moves, for the seed fixture and a synthetic graph (20,000 nodes, 100,000 edges).
// Run: node --import tsx scripts/viewer-perf.js [--nodes N] [--edges M] [--graph FILE]
// --graph measures a real graph.json (e.g. a big corpus built with --min-docs) instead of the synthetic one.
import { mkdtemp, copyFile, writeFile, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../src/cli/serve.ts';
import { copyViewer, VIEWER_DIST } from '../src/serve/copy-viewer.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('--nodes', 20_000);
const M = arg('--edges', 100_000);

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A graph in the contract's export format, with random positions. */
function syntheticGraph(n, m) {
  const rand = rng(42);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const colors = {
    person: 'rgb(37, 99, 235)', country: 'rgb(220, 38, 38)', meeting: 'rgb(234, 138, 0)',
    location: 'rgb(22, 163, 74)', organization: 'rgb(147, 51, 234)',
  };
  const shares = [['person', 0.4], ['meeting', 0.4], ['country', 0.01], ['location', 0.1], ['organization', 0.09]];
  const byKind = {};
  const nodes = [];
  let made = 0;
  for (const [kind, share] of shares) {
    const count = kind === 'organization' ? n - made : Math.round(n * share);
    byKind[kind] = [];
    for (let i = 0; i < count; i++) {
      const key = `${kind}:${i}`;
      const doc = `doc-${Math.floor(rand() * 5000)}.txt`;
      const label = `${kind} ${i}`;
      const attributes = {
        kind, label, names: [label], docs: [doc],
        evidence: [{ doc, start: 0, end: 60, text: `A sentence of ${doc} that mentions ${label} among others.` }],
        x: (rand() - 0.5) * 1000, y: (rand() - 0.5) * 1000, size: 2 + rand() * 6, color: colors[kind],
      };
      if (kind === 'meeting') {
        const y = 2015 + Math.floor(rand() * 10);
        const mo = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
        Object.assign(attributes, { meetingKind: 'talks', date: `${y}-${mo}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}` });
      }
      byKind[kind].push(key);
      nodes.push({ key, attributes });
    }
    made += count;
  }
  const edges = [];
  const plan = [
    ['participant', 'person', 'meeting', 0.55], ['party', 'country', 'meeting', 0.15], ['held_in', 'meeting', 'location', 0.1],
    ['represents', 'person', 'country', 0.08], ['located_in', 'location', 'country', 0.02], ['met', 'person', 'person', 0.1],
  ];
  for (const [kind, from, to, share] of plan) {
    const count = kind === 'met' ? m - edges.length : Math.round(m * share);
    for (let i = 0; i < count; i++) {
      const doc = `doc-${Math.floor(rand() * 5000)}.txt`;
      const attributes = { kind, docs: [doc], evidence: [{ doc, start: 0, end: 20, text: 'A sentence about it.' }] };
      if (kind === 'participant') attributes.role = 'participant';
      if (kind === 'met') attributes.weight = 1;
      edges.push({ key: `e${edges.length}`, source: pick(byKind[from]), target: pick(byKind[to]), attributes });
    }
  }
  return { options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: { schemaVersion: 1 }, nodes, edges };
}

/** In the page: frame intervals (rAF) and sigma's own render time while the camera moves. */
async function measureMoves(page, mode) {
  return page.evaluate(async (mode) => {
    const { renderer } = window.__diplograph;
    const camera = renderer.getCamera();
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    await new Promise((r) => setTimeout(r, 300));
    const renders = [];
    let t = 0;
    const before = () => (t = performance.now());
    const after = () => renders.push(performance.now() - t);
    renderer.on('beforeRender', before);
    renderer.on('afterRender', after);
    const frames = [];
    const duration = 3000;
    await new Promise((resolve) => {
      const start = performance.now();
      let last = start;
      if (mode === 'animate') {
        // A user-like move: sigma knows the camera is moving (hideEdgesOnMove applies).
        camera.animate({ x: 0.3, y: 0.7, ratio: 0.4 }, { duration: duration / 2 }, () =>
          camera.animate({ x: 0.6, y: 0.4, ratio: 1.2 }, { duration: duration / 2 }));
      }
      const tick = (now) => {
        frames.push(now - last);
        last = now;
        const p = (now - start) / duration;
        if (mode === 'setState') {
          camera.setState({ x: 0.5 + 0.2 * Math.cos(p * 6.28), y: 0.5 + 0.2 * Math.sin(p * 6.28), ratio: 0.6 + 0.4 * Math.cos(p * 3.14), angle: 0 });
        }
        if (now - start < duration) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    renderer.off('beforeRender', before);
    renderer.off('afterRender', after);
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return { n: s.length, mean: s.reduce((a, b) => a + b, 0) / (s.length || 1), p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0 };
    };
    return { frames: stats(frames.slice(1)), renders: stats(renders) };
  }, mode);
}

async function run(name, graphFile, browser) {
  const site = await mkdtemp(join(tmpdir(), 'diplograph-perf-'));
  await copyViewer(site);
  await copyFile(graphFile, join(site, 'graph.json'));
  const size = (await stat(join(site, 'graph.json'))).size;
  const server = await startServer({ dir: site });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error(`${name}: page error: ${e.message}`));
  const wall0 = Date.now();
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready=true]', { timeout: 300_000 });
  const wall = Date.now() - wall0;
  const info = await page.evaluate(() => ({
    firstRender: window.__diplograph.firstRenderMs,
    timings: window.__diplograph.timings(),
    nodes: window.__diplograph.graph.order,
    edges: window.__diplograph.graph.size,
    edgeEvents: window.__diplograph.renderer.getSetting('enableEdgeEvents'),
    hideEdgesOnMove: window.__diplograph.renderer.getSetting('hideEdgesOnMove'),
  }));
  // A filter change or a hover re-runs the reducers over every node and edge, then draws.
  info.refresh = await page.evaluate(() => {
    const { renderer } = window.__diplograph;
    const times = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      renderer.refresh();
      times.push(performance.now() - t);
    }
    return times.reduce((a, b) => a + b, 0) / times.length;
  });
  const animate = await measureMoves(page, 'animate');
  const setState = await measureMoves(page, 'setState');
  await page.close();
  await server.close();
  await rm(site, { recursive: true, force: true });
  return { name, size, wall, ...info, animate, setState };
}

if (!existsSync(join(VIEWER_DIST, 'index.html'))) {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'src/viewer/vite.config.ts'), logLevel: 'warn' });
}
const tmp = await mkdtemp(join(tmpdir(), 'diplograph-synth-'));
const synthFile = join(tmp, 'graph.json');
await writeFile(synthFile, JSON.stringify(syntheticGraph(N, M)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const results = [];
try {
  results.push(await run('seed fixture', join(root, 'test/fixtures/viewer/seed-graph.json'), browser));
  const real = process.argv.indexOf('--graph');
  if (real > 0) results.push(await run(basename(dirname(resolve(process.argv[real + 1]))), resolve(process.argv[real + 1]), browser));
  else results.push(await run(`synthetic ${N / 1000}k/${M / 1000}k`, synthFile, browser));
} finally {
  await browser.close();
  await rm(tmp, { recursive: true, force: true });
}

const f = (x) => x.toFixed(1).padStart(7);
console.log('\nheadless Chromium, software WebGL (SwiftShader), 1280x800; times in ms');
console.log('graph                 nodes   edges   json MB  first render | camera.animate: frame mean  p95  render mean | setState/frame: frame mean  p95  render mean');
for (const r of results) {
  console.log(
    `${r.name.padEnd(20)} ${String(r.nodes).padStart(6)} ${String(r.edges).padStart(7)} ${(r.size / 1e6).toFixed(1).padStart(8)} ${f(r.firstRender)}      |` +
      `            ${f(r.animate.frames.mean)} ${f(r.animate.frames.p95)} ${f(r.animate.renders.mean)}   |` +
      `            ${f(r.setState.frames.mean)} ${f(r.setState.frames.p95)} ${f(r.setState.renders.mean)}`,
  );
}
console.log('\nfirst render: navigation start → first sigma render (fetch, JSON.parse, graph import, indexing, draw).');
console.log('camera.animate: sigma knows the camera moves, so big graphs hide edges and labels while it does (hideEdgesOnMove).');
console.log('setState/frame: the camera is set every frame without animation: everything is drawn every frame (worst case).');
console.log(JSON.stringify(results.map((r) => ({ name: r.name, refreshMs: Math.round(r.refresh), wallToReadyMs: r.wall, marks: r.timings, hideEdgesOnMove: r.hideEdgesOnMove, edgeEvents: r.edgeEvents, frames: [r.animate.frames.n, r.setState.frames.n] }))));
