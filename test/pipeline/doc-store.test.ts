// The document store of incremental builds: results packed in a few segment files, found again by the
// index, compacted when segments pile up, and nothing left behind that the index does not point to.
import { appendFileSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocStore } from '../../src/pipeline/doc-store.js';
import type { FileIndex } from '../../src/pipeline/file-index.js';
import { buildGraph } from '../../src/pipeline.js';
import { copiesOfCorpus } from './make-corpus.js';

describe('DocStore', () => {
  it('reads back what it appended, across builds, and removes what no index points to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-store-'));
    const first = new DocStore(dir, new Map());
    const texts = ['{"doc":"a"}', '{"doc":"Tập Cận Bình"}', '{}'];
    const index: FileIndex = new Map(texts.map((t, i) => [`f${i}`, { stat: 's', hash: 'h', problems: [], ...first.append(t) }]));
    first.close();
    writeFileSync(join(dir, 'stray.tmp'), 'x');
    const second = new DocStore(dir, index);
    expect(second.compacting).toBe(false);
    texts.forEach((t, i) => expect(second.read(index.get(`f${i}`) as never)).toBe(t));
    expect(second.read({ seg: 'missing.seg', off: 0, len: 2 })).toBeUndefined();
    expect(second.read({ ...(index.get('f0') as never), off: 1e6 })).toBeUndefined();
    const moved = second.append('{"doc":"b"}');
    second.close();
    second.removeUnreferenced(new Map([['b', { stat: 's', hash: 'h', problems: [], ...moved }]]), ['index.json']);
    expect(readdirSync(dir)).toEqual([moved.seg]);
  });
});

describe('the cache of buildGraph', () => {
  it('takes a touched file with the same text from the store, and keeps few segments over many rebuilds', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'diplograph-store-build-'));
    const corpus = join(tmp, 'corpus');
    copiesOfCorpus(corpus, 1);
    const cache = join(tmp, 'cache');
    const full = await buildGraph({ corpus, cache, workers: 0 });
    expect(full.cached).toBe(0);
    const file = join(corpus, 'copy-000', readdirSync(join(corpus, 'copy-000')).sort()[0]);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const touched = await buildGraph({ corpus, cache, workers: 0 });
    expect(touched.cached).toBe(full.docs);
    for (let i = 0; i < 10; i++) {
      appendFileSync(file, `\nLine ${i}.\n`);
      const again = await buildGraph({ corpus, cache, workers: 0 });
      expect(again.cached).toBe(full.docs - 1);
      expect(again.graph.order).toBeGreaterThanOrEqual(full.graph.order);
      expect(readdirSync(cache).filter((n) => n.endsWith('.seg')).length).toBeLessThanOrEqual(8);
    }
    expect(readdirSync(cache).filter((n) => !n.endsWith('.seg'))).toEqual(['index.json']);
  }, 60_000);
});
