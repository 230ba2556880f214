// Screenshots of the viewer in headless Chromium: docs/screenshot-seed.png from the seed fixture,
// or any graph.json: node --import tsx scripts/viewer-screenshot.js [graph.json] [out.png] [hash]
import { mkdtemp, copyFile, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../src/cli/serve.ts';
import { copyViewer } from '../src/serve/copy-viewer.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const graphJson = process.argv[2] ?? join(root, 'test/fixtures/viewer/seed-graph.json');
const out = process.argv[3] ?? join(root, 'docs/screenshot-seed.png');
const hash = process.argv[4] ?? '';

const site = await mkdtemp(join(tmpdir(), 'diplograph-shot-'));
await copyViewer(site);
await copyFile(graphJson, join(site, 'graph.json'));
const server = await startServer({ dir: site });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(server.url + (hash ? `#${hash}` : ''));
  await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  await page.waitForTimeout(600);
  await mkdir(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
  await rm(site, { recursive: true, force: true });
}
