// The viewer in a real browser: Debian's Chromium (headless, WebGL from SwiftShader) driven by
// playwright-core, on the seed fixture served by startServer. Without Chromium the suite says so and
// skips, except under CI=true where it fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/cli/serve.js';
import { copyViewer, VIEWER_DIST } from '../../src/serve/copy-viewer.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(root, 'test/fixtures/viewer/seed-graph.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const keyOf = (label: string): string => fixture.nodes.find((n: any) => n.attributes.label === label).key;
const XI = keyOf('Tập Cận Bình');
const PATRUSHEV = keyOf('N.P. Patrushev');
const HOSTILE_LABEL = '<img src=x onerror=alert(1)>';
const HOSTILE = keyOf(HOSTILE_LABEL);
const TALKS_2015 = fixture.nodes.find((n: any) => n.attributes.date === '2015-01-01').key;
const RECEPTION = fixture.nodes.find((n: any) => n.attributes.meetingKind === 'reception').key;
const CONSULTATION = fixture.nodes.find((n: any) => n.attributes.meetingKind === 'consultation').key;

if (!available) {
  if (process.env.CI === 'true') {
    it('has Chromium (required under CI)', () => {
      throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
    });
  } else {
    console.warn(`[viewer browser tests] SKIPPED: no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
}

/** Builds the viewer when viewer-dist/ is missing or older than its sources. */
async function ensureViewerBuilt(): Promise<void> {
  const built = join(VIEWER_DIST, 'index.html');
  const srcDir = join(root, 'src/viewer');
  const newest = Math.max(...readdirSync(srcDir).map((f) => statSync(join(srcDir, f)).mtimeMs));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
  const { build } = await import('vite');
  await build({ configFile: join(srcDir, 'vite.config.ts'), logLevel: 'warn' });
}

describe.runIf(available)('viewer in Chromium (seed fixture)', { timeout: 30_000 }, () => {
  let site: string;
  let server: RunningServer;
  let browser: Browser;
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureViewerBuilt();
    site = await mkdtemp(join(tmpdir(), 'diplograph-viewer-'));
    await copyViewer(site);
    await copyFile(FIXTURE, join(site, 'graph.json'));
    server = await startServer({ dir: site });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) await rm(site, { recursive: true, force: true });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  async function open(hash = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url + hash);
    await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
    return page;
  }

  const state = (page: Page) => page.evaluate(() => (window as any).__diplograph.state);
  const drawn = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).__diplograph.drawnNodes());
  const details = (page: Page) => page.getByRole('region', { name: 'Details' });

  async function choose(page: Page, query: string, label: RegExp): Promise<void> {
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    await page.getByRole('option', { name: label }).first().waitFor();
    await page.keyboard.press('Enter');
  }

  it('draws every node of graph.json', async () => {
    const page = await open();
    expect((await drawn(page)).sort()).toEqual(fixture.nodes.map((n: any) => n.key).sort());
    await page.close();
  });

  it('finds "tap can binh", selects Tập Cận Bình and shows evidence with the name marked', async () => {
    const page = await open();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('searchbox');
    await page.getByRole('searchbox').fill('tap can binh');
    await page.getByRole('option', { name: /Tập Cận Bình/ }).first().waitFor();
    await page.keyboard.press('Enter');
    expect((await state(page)).selected).toBe(XI);
    const region = details(page);
    await expect.poll(() => region.locator('h2').textContent()).toBe('Tập Cận Bình');
    const sentences = await region.locator('.evidence').allTextContents();
    expect(sentences.some((s) => s.includes('Chủ tịch Trung Quốc Tập Cận Bình tiếp'))).toBe(true);
    expect(await region.locator('.evidence mark').allTextContents()).toContain('Tập Cận Bình');
    // Escape clears the selection.
    await page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    expect((await state(page)).selected).toBe(null);
    await page.close();
  });

  it('fades a meeting outside the time range out of the view, and undated meetings on request', async () => {
    const page = await open();
    const shown = () => page.evaluate(() => (window as any).__diplograph.visibleNodes() as string[]);
    const faded = () => page.evaluate(() => (window as any).__diplograph.fadedNodes() as string[]);
    expect(await shown()).toContain(TALKS_2015);
    const from2019 = Date.UTC(2019, 0, 1) / 86_400_000;
    await page.locator('#time-from').evaluate((el: HTMLInputElement, v) => {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, from2019);
    await expect.poll(() => shown()).not.toContain(TALKS_2015);
    expect(await faded()).toContain(TALKS_2015);
    // drawn faded, without its label, with its edges faded too
    const display = await page.evaluate((k) => (window as any).__diplograph.renderer.getNodeDisplayData(k), TALKS_2015);
    expect(display.label).toBeNull();
    expect(display.color).toBe('#e2e8f0');
    expect(await shown()).toContain(RECEPTION);
    expect(await shown()).toContain(CONSULTATION);
    expect(await page.locator('#time-from-label').textContent()).toBe('2019-01-01');
    await page.getByLabel('Undated meetings').uncheck();
    await expect.poll(() => shown()).not.toContain(CONSULTATION);
    expect(await faded()).toContain(CONSULTATION);
    expect(await shown()).toContain(RECEPTION);
    expect(page.url()).toContain('from=2019-01-01');
    await page.close();
  });

  it('hides the names without a link, and shows them again, from the legend', async () => {
    const page = await open();
    const shown = () => page.evaluate(() => (window as any).__diplograph.visibleNodes() as string[]);
    expect(await page.locator('#unlinked-count').textContent()).toBe('1');
    expect(await shown()).toContain('country:US');
    await page.getByLabel('Names without a link').uncheck();
    await expect.poll(() => shown()).not.toContain('country:US');
    expect((await shown()).length).toBe(fixture.nodes.length - 1);
    await expect.poll(() => page.url()).toContain('linked=1');
    await page.getByLabel('Names without a link').check();
    await expect.poll(() => shown()).toContain('country:US');
    await page.close();
    // a copied link keeps the choice
    const again = await open('#linked=1');
    expect(await again.getByLabel('Names without a link').isChecked()).toBe(false);
    expect(await again.evaluate(() => (window as any).__diplograph.visibleNodes() as string[])).not.toContain('country:US');
    await again.close();
  });

  it('shows a hostile label as text, and nothing runs', async () => {
    const page = await open();
    await choose(page, 'img src', /onerror/);
    expect((await state(page)).selected).toBe(HOSTILE);
    await expect.poll(() => details(page).locator('h2').textContent()).toBe(HOSTILE_LABEL);
    expect(await details(page).locator('.evidence mark').first().textContent()).toBe(HOSTILE_LABEL);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('restores selection, filters and camera from a copied URL', async () => {
    const page = await open();
    await choose(page, 'patrushev', /Patrushev/);
    await page.getByLabel('Show location').uncheck();
    // choosing a result animates the camera to it: let that end first, however slow the machine
    await expect.poll(() => page.evaluate(() => (window as any).__diplograph.renderer.getCamera().isAnimated())).toBe(false);
    await page.evaluate(() => (window as any).__diplograph.renderer.getCamera().setState({ x: 0.4, y: 0.6, ratio: 0.5, angle: 0 }));
    await expect.poll(() => page.url()).toContain('cam=0.4,0.6,0.5,0');
    const url = page.url();
    expect(url).toContain('sel=');
    await page.close();

    const again = await open(url.slice(url.indexOf('#')));
    const s = await state(again);
    expect(s.selected).toBe(PATRUSHEV);
    expect(s.hiddenKinds).toEqual(['location']);
    expect(await details(again).locator('h2').textContent()).toBe('N.P. Patrushev');
    expect(await drawn(again)).not.toContain(keyOf('Bắc Kinh'));
    const cam = await again.evaluate(() => (window as any).__diplograph.renderer.getCamera().getState());
    expect(cam.ratio).toBeCloseTo(0.5, 3);
    expect(cam.x).toBeCloseTo(0.4, 3);
    await again.close();
  });

  it('finds the shortest path between two chosen entities and lists its steps', async () => {
    const page = await open();
    await choose(page, 'patrushev', /Patrushev/);
    await page.getByRole('button', { name: 'Path from here' }).click();
    await choose(page, 'onerror', /onerror/);
    await page.getByRole('button', { name: 'Path to here' }).click();
    const path = await page.evaluate(() => (window as any).__diplograph.path);
    expect(path.nodes[0]).toBe(PATRUSHEV);
    expect(path.nodes.at(-1)).toBe(HOSTILE);
    expect(path.nodes).toHaveLength(5); // Patrushev – reception – (Xi | Bắc Kinh) – talks 2015 – hostile
    expect(await page.getByRole('list', { name: 'Path steps' }).getByRole('listitem').count()).toBe(5);
    await page.close();
  });

  it('focuses on the ego network and switches to the people view', async () => {
    const page = await open();
    await choose(page, 'patrushev', /Patrushev/);
    await page.getByLabel('1 step').check();
    const ego = await drawn(page);
    expect(ego).toContain(RECEPTION);
    expect(ego).not.toContain(XI); // two steps away, through the reception
    await page.getByLabel('2 steps').check();
    await expect.poll(() => drawn(page)).toContain(XI);
    await page.getByLabel('All').check();
    await page.getByRole('button', { name: 'People view' }).click();
    expect((await drawn(page)).sort()).toEqual([HOSTILE, PATRUSHEV, XI].sort());
    const kinds = await page.evaluate(() => {
      const d = (window as any).__diplograph;
      return [...new Set(d.visibleEdges().map((e: string) => d.graph.getEdgeAttribute(e, 'kind')))];
    });
    expect(kinds).toEqual(['met']);
    await page.close();
  });

  it('highlights neighbours on hover, shows a link\'s evidence, and runs ForceAtlas2 in a worker', async () => {
    const page = await open();
    const at = await page.evaluate((key) => {
      const { renderer } = (window as any).__diplograph;
      const d = renderer.getNodeDisplayData(key);
      const p = renderer.framedGraphToViewport(d);
      const r = renderer.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, PATRUSHEV);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.evaluate(() => (window as any).__diplograph.hovered)).toBe(PATRUSHEV);
    await page.mouse.move(5, 300);

    await choose(page, 'patrushev', /Patrushev/);
    const reception = details(page).getByRole('listitem').filter({ hasText: 'Reception' });
    await reception.getByRole('button', { name: 'evidence' }).click();
    const s = await state(page);
    expect(s.selected).toBe(null);
    expect(s.selectedEdge).toBe(`participant:${PATRUSHEV}->${RECEPTION}`);
    expect(await details(page).locator('h2').textContent()).toContain('participant');
    const marks = await details(page).locator('.evidence mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['N.P. Patrushev', 'Tập Cận Bình']));

    const before = await page.evaluate(() => (window as any).__diplograph.graph.getNodeAttributes('country:US'));
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    const after = await page.evaluate(() => (window as any).__diplograph.graph.getNodeAttributes('country:US'));
    expect([after.x, after.y]).not.toEqual([before.x, before.y]);
    expect(await page.evaluate(() => (window as any).__diplograph.layoutRunning)).toBe(false);
    await page.close();
  });

  it('exports the view as PNG and what is shown as JSON and GEXF', async () => {
    const page = await open();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5000);

    await page.getByLabel('Show meeting').uncheck();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
    const sub = JSON.parse(readFileSync(await json.path(), 'utf8'));
    const kinds = new Set(fixture.nodes.filter((n: any) => n.attributes.kind !== 'meeting').map((n: any) => n.key));
    expect(sub.nodes.map((n: any) => n.key).sort()).toEqual([...kinds].sort());
    expect(sub.nodes.find((n: any) => n.key === XI).attributes.evidence.length).toBeGreaterThan(0);

    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GEXF' }).click()]);
    const xml = readFileSync(await gexf.path(), 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml.match(/<node /g)).toHaveLength(kinds.size);
    expect(xml).toMatch(/label="&lt;img src=x onerror=alert\(1\)(>|&gt;)"/);
    await page.close();
  });

  // What `npm start` builds: the default corpus, through the real CLI (its output folder is the site).
  it('works on the default corpus graph as `diplograph build` writes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'diplograph-corpus-'));
    const r = spawnSync(process.execPath, [join(root, 'bin/diplograph.js'), 'build', join(root, 'corpus'), '--out', dir, '--quiet', '--no-cache'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const real = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
    const other = await startServer({ dir });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(other.url);
      await page.waitForSelector('body[data-ready=true]', { timeout: 20_000 });
      expect((await drawn(page)).length).toBe(real.nodes.length);
      await choose(page, 'tap can binh', /./);
      const selected = (await state(page)).selected;
      const names = real.nodes.find((n: any) => n.key === selected).attributes.names;
      expect(names).toContain('Tập Cận Bình');
      const sentences = await details(page).locator('.evidence').allTextContents();
      expect(sentences.some((t) => t.includes('Tập Cận Bình'))).toBe(true);
      await page.close();
    } finally {
      await other.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
