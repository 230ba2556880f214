import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Graph from 'graphology';
import { parse, write as graphologyWrite } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { gexfChunks, toGexf } from '../../src/export/gexf.js';
import { stripForbidden } from '../../src/export/xml.js';
import { layout } from '../../src/graph/layout.js';
import { contractGraph, HOSTILE_LABEL_IN_XML } from './contract-graph.js';
import { readWithNetworkx, skipNetworkx, skipXmllint, xmllint } from './external.js';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-gexf-'));
let files = 0;
function save(text: string): string {
  const path = join(dir, `${files++}.gexf`);
  writeFileSync(path, text);
  return path;
}

const graph = contractGraph();
layout(graph);
const gexf = toGexf(graph, { meta: { description: 'contract <fixture> & "friends"' } });
const gexfPath = save(gexf);

describe('toGexf on a graph built to the contract', () => {
  it.skipIf(skipXmllint)('validates against the official GEXF 1.3 RELAX NG schema', () => {
    const r = xmllint(gexfPath);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('declares GEXF 1.3, its viz namespace, a dynamic graph with dates, and no schemaLocation', () => {
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(gexf).toContain('<graph defaultedgetype="directed" idtype="string" mode="dynamic" timeformat="date">');
    expect(gexf).not.toContain('schemaLocation');
  });

  it.skipIf(skipNetworkx)('reads in networkx with every node and every parallel edge', () => {
    const [nx] = readWithNetworkx([gexfPath]);
    expect(nx.error).toBeUndefined();
    expect(nx.nodes).toBe(graph.order);
    expect(nx.edges).toBe(graph.size);
    // Two "represents" edges join Phạm Bình Minh to Vietnam: networkx must keep both, as a MultiDiGraph.
    expect(nx.multi).toBe(true);
    expect(nx.directed).toBe(true);
    const tap = nx.node['person:tap-can-binh'];
    expect(tap.label).toBe('Tập Cận Bình');
    expect(tap.names).toBe('Tập Cận Bình | Xi Jinping');
    expect(tap.viz).toMatchObject({ color: { r: 37, g: 99, b: 235 } });
    expect(nx.node['person:bob-oneil'].label).toBe(HOSTILE_LABEL_IN_XML);
    expect(nx.node['meeting:0f9e8d7c6b5a']).toMatchObject({ start: '2019-12-01', end: '2019-12-04', date: '2019-12-01' });
    expect(nx.node['meeting:665544332211']).toMatchObject({ date: '--01-20' });
    expect(nx.node['meeting:665544332211']).not.toHaveProperty('start');
  });

  it('writes meeting dates as GEXF time: a day, a span, a month; a day without a year stays an attribute only', () => {
    const times = Object.fromEntries(
      [...gexf.matchAll(/<node id="(meeting:\w+)"[^>]*?(?: start="([^"]*)" end="([^"]*)")?>/g)].map((m) => [m[1], [m[2], m[3]]]),
    );
    expect(times).toEqual({
      'meeting:a1b2c3d4e5f6': ['2019-12-02', '2019-12-02'],
      'meeting:0f9e8d7c6b5a': ['2019-12-01', '2019-12-04'],
      'meeting:112233445566': ['2015-01-01', '2015-01-31'],
      'meeting:665544332211': [undefined, undefined],
    });
  });

  it('round-trips through graphology-gexf: the same nodes, edges and attribute values', () => {
    const back = parse(Graph, gexf);
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.edges()).toEqual(graph.edges());
    expect(back.getAttributes()).toMatchObject({ creator: 'diplograph', description: 'contract <fixture> & "friends"' });
    graph.forEachNode((node, a) => {
      const b = back.getNodeAttributes(node);
      // Plain values come back as they were, lists as " | "-joined strings, evidence as JSON.
      expect(b.kind).toBe(a.kind);
      expect(b.label).toBe(stripForbidden(a.label));
      expect(b.docs).toBe(a.docs.join(' | '));
      expect(JSON.parse(b.evidence)).toEqual(a.evidence);
      if (a.names) expect(b.names).toBe(stripForbidden(a.names.join(' | ')));
      for (const key of ['country', 'iso2', 'labelVi', 'meetingKind', 'date', 'endDate', 'place', 'title'])
        expect(b[key]).toBe(a[key]);
      expect([b.x, b.y, b.size, b.color]).toEqual([a.x, a.y, a.size, a.color]);
    });
    graph.forEachEdge((edge, a, source, target) => {
      const b = back.getEdgeAttributes(edge);
      expect([back.source(edge), back.target(edge)]).toEqual([source, target]);
      expect(b.kind).toBe(a.kind);
      expect(b.role).toBe(a.role);
      expect(b.title).toBe(a.title);
      expect(b.weight).toBe(a.weight);
      expect(b.docs).toBe(a.docs.join(' | '));
      expect(JSON.parse(b.evidence)).toEqual(a.evidence);
    });
    expect(back.getNodeAttribute('person:bob-oneil', 'label')).toBe(HOSTILE_LABEL_IN_XML);
    expect(back.getNodeAttribute('person:bob-oneil', 'names')).toBe(`${HOSTILE_LABEL_IN_XML} | Bob\tO'Neil\r\n`);
  });

  it('escapes markup: the hostile label is text, never a tag', () => {
    expect(gexf).not.toContain('<img');
    expect(gexf).toContain('label="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Bob&quot; O\'Neil   🇻🇳"');
  });

  it('streams: the chunks join to the same document and stay small', () => {
    const big = new Graph({ multi: true });
    for (let i = 0; i < 3000; i++) big.addNode(`person:p${i}`, { kind: 'person', label: `Người số ${i}`, names: [`P ${i}`] });
    for (let i = 1; i < 3000; i++) big.addEdge(`person:p${i}`, `person:p${i - 1}`, { kind: 'met', weight: i });
    const chunks = [...gexfChunks(big)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(toGexf(big));
    for (const c of chunks) expect(c.length).toBeLessThan(70_000);
  });
});

describe('what graphology-gexf 0.13 gets wrong, and toGexf gets right', () => {
  function small(color: string, label: string): Graph {
    const g = new Graph({ type: 'directed', multi: true });
    g.addNode('person:a', { kind: 'person', label, color, x: 1, y: 2, size: 5 });
    g.addNode('country:VN', { kind: 'country', label: 'Việt Nam', color: 'rgb(220,38,38)', x: 0, y: 0, size: 4 });
    g.addEdge('person:a', 'country:VN', { kind: 'represents', title: 'Đại sứ' });
    return g;
  }

  it.skipIf(skipXmllint)('xsi:schemaLocation: the RELAX NG schema rejects theirs; ours has none and validates', () => {
    const g = small('rgb(1,2,3)', 'An');
    const theirs = xmllint(save(graphologyWrite(g, { version: '1.3' } as never)));
    expect(theirs.ok).toBe(false);
    expect(theirs.output).toContain('Invalid attribute schemaLocation');
    expect(xmllint(save(toGexf(g))).ok).toBe(true);
  });

  it.skipIf(skipNetworkx)('hex colours: networkx cannot read theirs; ours are r/g/b', () => {
    const g = small('#2563eb', 'An');
    const [theirs, ours] = readWithNetworkx([save(graphologyWrite(g, { version: '1.3' } as never)), save(toGexf(g))]);
    expect(theirs.error).toBeDefined();
    expect(ours.error).toBeUndefined();
    expect(ours.node['person:a'].viz).toMatchObject({ color: { r: 37, g: 99, b: 235 } });
  });

  it.skipIf(skipXmllint)('control characters: theirs is not even well-formed XML; ours drops them', () => {
    const g = small('rgb(1,2,3)', 'Nguyễn\u0007Văn\u001bAn\u0000');
    const theirs = xmllint(save(graphologyWrite(g, { version: '1.3' } as never)), false);
    expect(theirs.ok).toBe(false);
    const ours = toGexf(g);
    expect(xmllint(save(ours)).ok).toBe(true);
    expect(parse(Graph, ours).getNodeAttribute('person:a', 'label')).toBe('NguyễnVănAn');
  });
});

describe('attribute types', () => {
  const g = new Graph({ multi: true });
  g.addNode('n1', { count: 3, big: 2 ** 40, ratio: 0.5, planned: true, mixed: 1, list: [1, 'a', true], obj: { a: [1] } });
  g.addNode('n2', { count: -7, big: 5, ratio: 2, planned: false, mixed: 'one', list: [], obj: null });
  const text = toGexf(g);
  const declared = Object.fromEntries([...text.matchAll(/title="(\w+)" type="(\w+)"/g)].map((m) => [m[1], m[2]]));

  it('declares the narrowest type that holds every value', () => {
    expect(declared).toEqual({
      count: 'integer', big: 'long', ratio: 'double', planned: 'boolean', mixed: 'string', list: 'string', obj: 'string',
    });
  });

  it('reads back typed in graphology-gexf', () => {
    const back = parse(Graph, text);
    expect(back.getNodeAttributes('n1')).toEqual({
      count: 3, big: 2 ** 40, ratio: 0.5, planned: true, mixed: '1', list: '1 | a | true', obj: '{"a":[1]}',
    });
    // null is left out: it has no GEXF value.
    expect(back.getNodeAttributes('n2')).toEqual({ count: -7, big: 5, ratio: 2, planned: false, mixed: 'one', list: '' });
  });

  it.skipIf(skipNetworkx)('reads back typed in networkx', () => {
    const [nx] = readWithNetworkx([save(text)]);
    expect(nx.node.n1).toMatchObject({ count: 3, big: 2 ** 40, ratio: 0.5, planned: true, mixed: '1' });
    expect(nx.node.n2).toMatchObject({ count: -7, ratio: 2, planned: false });
  });
});

describe('keys that carry characters XML forbids', () => {
  it('become distinct ids, and edges follow them', () => {
    const g = new Graph({ multi: true });
    g.addNode('a');
    g.addNode('a\u0000');
    g.addNode('b\u0007');
    g.addEdgeWithKey('e\u0001', 'a\u0000', 'b\u0007');
    g.addEdgeWithKey('e', 'a', 'a\u0000');
    const back = parse(Graph, toGexf(g));
    expect(back.nodes()).toEqual(['a', 'a~2', 'b']);
    expect(back.edges().map((e) => [e, back.source(e), back.target(e)])).toEqual([
      ['e~2', 'a~2', 'b'],
      ['e', 'a', 'a~2'],
    ]);
  });
});

// Any Unicode at all, with the troublemakers made common.
const nasty = fc.constantFrom(
  '\u0000', '\u0007', '\u001b', '\ud800', '\udfff', '\ufffe', '\uffff', '&', '<', '>', '"', "'", '\t', '\n', '\r', ' ', ']]>',
  '🇻🇳', 'ệ', 'Đ', '\u0085', '\u2028',
);
const anyChar = fc.oneof(nasty, fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)));
const text = fc.string({ unit: anyChar, maxLength: 12 });

const arbitraryGraph = fc
  .record({
    keys: fc.uniqueArray(text, { minLength: 1, maxLength: 8 }),
    labels: fc.array(text, { minLength: 8, maxLength: 8 }),
    names: fc.array(fc.array(text, { maxLength: 3 }), { minLength: 8, maxLength: 8 }),
    numbers: fc.array(fc.oneof(fc.integer(), fc.double()), { minLength: 8, maxLength: 8 }),
    attrName: text,
    edges: fc.array(fc.tuple(fc.nat(7), fc.nat(7), text), { maxLength: 12 }),
  })
  .map(({ keys, labels, names, numbers, attrName, edges }) => {
    const g = new Graph({ type: 'directed', multi: true });
    keys.forEach((k, i) => {
      g.addNode(k, {
        kind: 'person', label: labels[i], names: names[i], n: numbers[i],
        evidence: [{ doc: labels[i], start: 0, end: 1, text: labels[i] }], x: i, y: -i, size: 4, color: 'rgb(1,2,3)',
      });
      g.setNodeAttribute(k, `x-${attrName}`, labels[i]);
    });
    for (const [s, t, kind] of edges) g.addEdge(keys[s % keys.length], keys[t % keys.length], { kind, weight: s });
    return g;
  });

describe('any graph of arbitrary Unicode', () => {
  it('gives valid GEXF that graphology-gexf reads back, and networkx with the same counts', () => {
    const written: { path: string; order: number; size: number }[] = [];
    fc.assert(
      fc.property(arbitraryGraph, (g) => {
        const text = toGexf(g);
        const path = save(text);
        written.push({ path, order: g.order, size: g.size });
        if (!skipXmllint) {
          const r = xmllint(path);
          if (!r.ok) throw new Error(r.output);
        }
        const back = parse(Graph, text);
        expect(back.order).toBe(g.order);
        expect(back.size).toBe(g.size);
        g.forEachNode((node, a) => {
          if (stripForbidden(node) !== node) return; // renamed: covered above
          const b = back.getNodeAttributes(node);
          const label = stripForbidden(a.label);
          if (label) expect(b.label).toBe(label);
          expect(b.names).toBe(stripForbidden(a.names.join(' | ')));
          expect(b.n).toBe(a.n === 0 ? 0 : a.n); // -0 reads back as 0
          expect(JSON.parse(b.evidence)).toEqual(a.evidence);
        });
      }),
      { numRuns: 50 },
    );
    if (skipNetworkx) return;
    const reads = readWithNetworkx(written.map((w) => w.path));
    reads.forEach((r, i) => {
      expect(r.error, written[i].path).toBeUndefined();
      expect([r.nodes, r.edges], written[i].path).toEqual([written[i].order, written[i].size]);
    });
  }, 60_000);
});
