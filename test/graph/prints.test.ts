// Prints (src/graph/prints.ts) are what lets a rebuild copy an element's graph.json text: two builds that give
// an element the same print must give it the same attributes. Checked on the default corpus, with one article
// changed in the second build (a meeting added to it) and one removed.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiploGraph } from '../../src/graph/build-graph.js';
import { printOf } from '../../src/graph/prints.js';
import { buildGraph } from '../../src/pipeline.js';
import { DEFAULT_CORPUS } from '../pipeline/make-corpus.js';

/** Every node and edge: key → [print, attributes as JSON]. */
function elements(g: DiploGraph): Map<string, [number, string]> {
  const m = new Map<string, [number, string]>();
  g.forEachNode((k, a) => m.set(k, [printOf(a), JSON.stringify(a)]));
  g.forEachEdge((k, a) => m.set(k, [printOf(a), JSON.stringify(a)]));
  return m;
}

let before: Map<string, [number, string]>;
let after: Map<string, [number, string]>;
let again: Map<string, [number, string]>;
beforeAll(async () => {
  const corpus = join(mkdtempSync(join(tmpdir(), 'diplograph-prints-')), 'corpus');
  cpSync(DEFAULT_CORPUS, corpus, { recursive: true });
  before = elements((await buildGraph({ corpus, workers: 0 })).graph);
  again = elements((await buildGraph({ corpus, workers: 0 })).graph);
  appendFileSync(join(corpus, '003_vi_phuc-trump-washington-2017-06.txt'), '\nNgày 3/7, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Shinzo Abe tại Tokyo.\n');
  rmSync(join(corpus, '009_en_trump-kim-hanoi-summit-2019-02.txt'));
  after = elements((await buildGraph({ corpus, workers: 0 })).graph);
}, 120_000);

describe('prints', () => {
  it('are the same in two builds of the same corpus, and every element has one', () => {
    expect([...again]).toEqual([...before]);
    for (const [key, [print]] of before) expect(print, key).not.toBe(0);
  });

  it('after a change: the same print, the same attributes; the elements the change touched have new prints', () => {
    let same = 0;
    let changed = 0;
    for (const [key, [print, attrs]] of after) {
      const was = before.get(key);
      if (was && was[0] === print) {
        expect(attrs, key).toBe(was[1]);
        same++;
      } else changed++;
    }
    expect(changed).toBeGreaterThan(0);
    expect(same).toBeGreaterThan(changed);
    // what the new sentence added, and what the removed article alone had, are not in both
    expect(after.has('person:shinzo-abe') && before.get('person:shinzo-abe')?.[0] !== after.get('person:shinzo-abe')?.[0]).toBe(true);
  });
});
