// The viewer's seed fixture keeps the graph contract: kinds, sorted docs, and evidence whose offsets
// index the real document text (the seed article is read from ../shared at run time).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/viewer/seed-graph.json'), 'utf8'));
const docPaths: Record<string, string> = {
  '000_e3bc600a9e8a6e44.txt': join(root, 'corpus/000_e3bc600a9e8a6e44.txt'),
  'hostile.txt': join(root, 'test/fixtures/viewer/docs/hostile.txt'),
};
const text = (doc: string) => readFileSync(docPaths[doc], 'utf8').normalize('NFC');

interface Item {
  key: string;
  attributes: Record<string, any>;
}
const items: Item[] = [...fixture.nodes, ...fixture.edges];

describe('seed-graph.json fixture', () => {
  it('is a directed multi graph export with a schema version', () => {
    expect(fixture.options).toMatchObject({ type: 'directed', multi: true });
    expect(fixture.attributes.schemaVersion).toBe(1);
  });

  it.each(items.map((i) => [i.key, i] as const))('%s has kind, sorted docs and exact evidence', (_k, item) => {
    const a = item.attributes;
    expect(typeof a.kind).toBe('string');
    expect(a.type).toBeUndefined();
    expect(a.evidence.length).toBeGreaterThan(0);
    expect(a.docs).toEqual([...new Set(a.evidence.map((e: any) => e.doc))].sort());
    for (const e of a.evidence) expect(text(e.doc).slice(e.start, e.end)).toBe(e.text);
  });

  it('has the people, countries and meetings of the seed', () => {
    const labels = fixture.nodes.map((n: Item) => n.attributes.label);
    expect(labels).toEqual(expect.arrayContaining(['Tập Cận Bình', 'N.P. Patrushev', 'China', 'Russia', 'United States', 'Bắc Kinh']));
    const meetings = fixture.nodes.filter((n: Item) => n.attributes.kind === 'meeting').map((n: Item) => n.attributes);
    expect(meetings.map((m: any) => [m.meetingKind, m.date ?? null, m.endDate ?? null])).toEqual([
      ['reception', '2019-12-02', null],
      ['visit', '2019-12-01', '2019-12-04'],
      ['consultation', null, null],
      ['session', null, null],
      ['talks', '2015-01-01', null],
    ]);
  });
});
