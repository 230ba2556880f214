// An interrupted build leaves the previous graph whole: build once, then start builds of a bigger corpus
// into the same folder and SIGKILL them at several moments (reading, extracting in workers, writing).
// After each kill graph.json and graph.gexf must be exactly the previous files (and graph.json must load).

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { copiesOfCorpus, DEFAULT_CORPUS } from './make-corpus.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'diplograph.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let tmp: string;
let out: string;
let previous: { json: string; gexf: string };

function files() {
  return { json: readFileSync(join(out, 'graph.json'), 'utf8'), gexf: readFileSync(join(out, 'graph.gexf'), 'utf8') };
}

/** Starts a build of `corpus` into `out`; kills it when `until` resolves; returns how it ended. */
async function buildAndKill(corpus: string, until: (exited: () => boolean) => Promise<void>): Promise<'killed' | 'finished'> {
  const child = spawn(process.execPath, [bin, 'build', corpus, '--out', out, '--quiet'], { stdio: 'ignore' });
  let code: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.once('exit', (c) => { code = c; resolve(); }));
  await until(() => code !== undefined);
  if (code !== undefined) return 'finished';
  child.kill('SIGKILL');
  await exit;
  return 'killed';
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'pipeline.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  tmp = mkdtempSync(join(tmpdir(), 'diplograph-kill-'));
  out = join(tmp, 'out');
  execFileSync(process.execPath, [bin, 'build', DEFAULT_CORPUS, '--out', out, '--quiet']);
  previous = files();
  copiesOfCorpus(join(tmp, 'big'), 200);
  copiesOfCorpus(join(tmp, 'medium'), 20);
}, 60_000);

describe('a killed build', () => {
  for (const ms of [150, 500, 1200, 2500]) {
    it(`after ${ms} ms leaves the previous graph.json and graph.gexf`, async () => {
      const how = await buildAndKill(join(tmp, 'big'), () => sleep(ms));
      expect(how).toBe('killed');
      const now = files();
      expect(now.json).toBe(previous.json);
      expect(now.gexf).toBe(previous.gexf);
      expect(MultiDirectedGraph.from(JSON.parse(now.json)).order).toBeGreaterThan(100);
    }, 20_000);
  }

  it('while writing the files leaves the previous ones, or the next ones whole', async () => {
    // kill as soon as a temporary output file appears beside graph.json
    const how = await buildAndKill(join(tmp, 'medium'), async (exited) => {
      for (let i = 0; i < 1500 && !exited(); i++) {
        if (readdirSync(out).some((n) => n.endsWith('.tmp'))) return;
        await sleep(5);
      }
    });
    const now = files();
    const graph = MultiDirectedGraph.from(JSON.parse(now.json));
    expect(now.gexf.trimEnd().endsWith('</gexf>')).toBe(true);
    if (how === 'killed') {
      expect(now.json).toBe(previous.json);
      expect(now.gexf).toBe(previous.gexf);
    } else {
      // the build won the race: then both files are the new graph, whole
      expect((graph.getNodeAttribute('country:VN', 'docs') as string[]).length).toBeGreaterThan(100);
    }
  }, 20_000);
});
