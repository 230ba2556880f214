// The compact text of a document's result reads back as exactly the result: same values, same key order.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoc } from '../../src/corpus/read-doc.js';
import { addDocResult, createGraph } from '../../src/graph/build-graph.js';
import { decodeResult, encodeResult } from '../../src/pipeline/compact-result.js';
import { processDoc } from '../../src/pipeline/process-doc.js';
import type { DocResult } from '../../src/types.js';
import { DEFAULT_CORPUS } from './make-corpus.js';

describe('encodeResult / decodeResult', () => {
  it('round-trips the result of every article of the default corpus, and is smaller', () => {
    let plain = 0;
    let compact = 0;
    for (const name of readdirSync(DEFAULT_CORPUS).filter((n) => /\.(txt|md)$/.test(n))) {
      const { doc } = readDoc(join(DEFAULT_CORPUS, name), name);
      const result = processDoc(doc!).result;
      const text = encodeResult(result);
      expect(JSON.stringify(decodeResult(text)), name).toBe(JSON.stringify(result));
      plain += JSON.stringify(result).length;
      compact += text.length;
    }
    expect(compact).toBeLessThan(0.7 * plain);
  });

  it('lazy: the graph merged from results with their evidence as stored is the graph of the decoded results', () => {
    const eager = createGraph();
    const lazy = createGraph();
    for (const name of readdirSync(DEFAULT_CORPUS).filter((n) => /\.(txt|md)$/.test(n))) {
      const { doc } = readDoc(join(DEFAULT_CORPUS, name), name);
      const text = encodeResult(processDoc(doc!).result);
      addDocResult(eager, decodeResult(text), 1);
      const r = decodeResult(text, true);
      expect(r.entities.some((e) => e.evidence.some((ev) => Array.isArray(ev))), name).toBe(true);
      addDocResult(lazy, r, 1);
    }
    expect(lazy.order).toBeGreaterThan(50);
    expect(JSON.stringify(lazy.export())).toBe(JSON.stringify(eager.export()));
  });

  it('leaves evidence it cannot shorten as it is, and reads plain DocResult JSON', () => {
    const ev = (doc: string, start: number, text: string) => ({ doc, start, end: start + text.length, text });
    const r: DocResult = {
      doc: 'a.txt',
      lang: 'vi',
      entities: [
        { key: 'country:VN', kind: 'country', label: 'Việt Nam', names: ['Việt Nam'], evidence: [ev('a.txt', 0, 'Việt Nam.'), ev('other.txt', 3, 'x'), { ...ev('a.txt', 9, 'y'), extra: 1 } as never] },
        // written as arrays: a label that is not the first name, titles, a country, no names
        { key: 'person:x', kind: 'person', label: 'Ông X', names: ['X', 'Ông X'], titles: ['Bộ trưởng'], country: 'VN', evidence: [ev('a.txt', 0, 'Việt Nam.')] },
        { key: 'location:ha-noi', kind: 'location', label: 'Hà Nội', names: [], country: 'VN', evidence: [] },
        // left as they are: keys in another order, a kind that is not the key's prefix
        { key: 'location:hue', kind: 'location', label: 'Huế', names: ['Huế'], evidence: [], country: 'VN' },
        { key: 'organization:y', kind: 'person', label: 'Y', names: ['Y'], evidence: [] },
      ],
      meetings: [],
      represents: [{ person: 'person:x', target: 'country:VN', evidence: [ev('a.txt', 0, 'Việt Nam.')] }],
      locatedIn: [
        { location: 'location:ha-noi', country: 'country:VN', evidence: [ev('a.txt', 0, 'Việt Nam.')] },
        { country: 'country:VN', location: 'location:hue', evidence: [] } as never,
      ],
      mentionKeys: ['country:VN', null],
    };
    expect(JSON.stringify(decodeResult(encodeResult(r)))).toBe(JSON.stringify(r));
    expect(encodeResult(r).match(/Việt Nam\./g)).toHaveLength(1);
    expect(decodeResult(JSON.stringify(r))).toEqual(r);
  });

  it('writes each sentence on a line of its own, parsed only when asked for: line breaks and quotes inside one are escaped', () => {
    const text = 'Dòng một.\nDòng "hai" \u2028 và \\.';
    const r: DocResult = {
      doc: 'a.txt', lang: 'vi', meetings: [], locatedIn: [], mentionKeys: [],
      entities: [{ key: 'country:VN', kind: 'country', label: 'Việt Nam', names: ['Việt Nam'], evidence: [{ doc: 'a.txt', start: 0, end: text.length, text }, { doc: 'a.txt', start: 40, end: 42, text: 'x' }] }],
      represents: [],
    };
    const stored = encodeResult(r);
    expect(stored.split('\n')).toHaveLength(3); // the result, then two sentences
    const lazy = decodeResult(stored, true);
    expect(lazy.entities[0].evidence).toEqual([[0, text.length, 0], [40, 42, 1]]);
    expect([lazy.sentences!.at(1), lazy.sentences!.at(0), lazy.sentences!.at(2)]).toEqual(['x', text, undefined]);
    expect(decodeResult(stored)).toEqual(r);
  });
});
