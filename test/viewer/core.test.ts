// The viewer's pure core, in Node: folding, search, highlighting, dates, URL state, visibility, path.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { fold } from '../../src/viewer/fold.js';
import { findNames, highlight } from '../../src/viewer/highlight.js';
import { buildSearchIndex, search } from '../../src/viewer/search.js';
import { dayRange, dayToIso, formatDate } from '../../src/viewer/dates.js';
import { decodeState, encodeState } from '../../src/viewer/url-state.js';
import { defaultState } from '../../src/viewer/state.js';
import { computeVisibility, timeIndex } from '../../src/viewer/visibility.js';
import { shortestPath } from '../../src/viewer/path.js';
import { toGexf, visibleSubgraph } from '../../src/viewer/subgraph.js';

const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/viewer/seed-graph.json', import.meta.url)), 'utf8'));
const graph = new Graph({ type: 'directed', multi: true });
graph.import(fixture);
const key = (label: string) => graph.findNode((_k, a) => a.label === label)!;
const meeting = (kind: string) => graph.findNode((_k, a) => a.meetingKind === kind)!;

describe('fold', () => {
  it.each([
    ['Tập Cận Bình', 'tap can binh'],
    ['Đà Nẵng', 'da nang'],
    ['đường', 'duong'],
    ['Hoà Bình', 'hoa binh'],
    ['Hòa Bình', 'hoa binh'],
    ['N.P. PATRUSHEV', 'n.p. patrushev'],
  ])('%s → %s', (input, folded) => expect(fold(input)).toBe(folded));
});

describe('search', () => {
  const index = buildSearchIndex(graph);
  it.each([
    ['tap can binh', 'Tập Cận Bình'],
    ['TẬP cận', 'Tập Cận Bình'],
    ['xi jinping', 'Tập Cận Bình'],
    ['patrushev', 'N.P. Patrushev'],
    ['bac kinh', 'Bắc Kinh'],
    ['trung quoc', 'China'],
    ['my', 'United States'],
    ['ky hop thu 6', 'Kỳ họp thứ 6 Cơ chế hợp tác an ninh chấp pháp'],
  ])('%s finds %s first', (q, label) => expect(search(index, q)[0]?.label).toBe(label));

  it('needs every word and finds nothing for nonsense', () => {
    expect(search(index, 'tap xyz')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('highlight', () => {
  const sentence = 'Chủ tịch Trung Quốc Tập Cận Bình tiếp Thư ký Hội đồng An ninh Liên bang Nga N.P. Patrushev.';
  it('marks each name where it is written, ignoring diacritics and case', () => {
    const marked = (names: string[]) => findNames(sentence, names).map(([s, e]) => sentence.slice(s, e));
    expect(marked(['Tập Cận Bình'])).toEqual(['Tập Cận Bình']);
    expect(marked(['tap can binh'])).toEqual(['Tập Cận Bình']);
    expect(marked(['Patrushev', 'N.P. Patrushev'])).toEqual(['N.P. Patrushev']); // longest wins, no overlap
    expect(marked(['Nga', 'Trung Quốc'])).toEqual(['Trung Quốc', 'Nga']);
  });
  it('does not mark inside words', () => {
    expect(findNames('Ngay hôm nay', ['Nga'])).toEqual([]);
    expect(findNames('Mỹ và Nga.', ['Nga'])).toEqual([[6, 9]]);
  });
  it('cuts the sentence into pieces that join back to it', () => {
    const pieces = highlight(sentence, ['Tập Cận Bình', 'Patrushev']);
    expect(pieces.map((p) => p.text).join('')).toBe(sentence);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['Tập Cận Bình', 'Patrushev']);
  });
  it('keeps offsets right when folding changes lengths (NFD input)', () => {
    const nfd = 'Ông Tập Cận Bình nói'.normalize('NFD');
    const [[s, e]] = findNames(nfd, ['Tập Cận Bình']);
    expect(nfd.slice(s, e).normalize('NFC')).toBe('Tập Cận Bình');
  });
});

describe('dates', () => {
  it.each([
    ['2019-12-02', undefined, '2019-12-02', '2019-12-02'],
    ['2019-12-01', '2019-12-04', '2019-12-01', '2019-12-04'],
    ['2019-12', undefined, '2019-12-01', '2019-12-31'],
    ['2020-02', undefined, '2020-02-01', '2020-02-29'],
  ])('%s..%s covers %s to %s', (date, end, first, last) => {
    const r = dayRange(date, end)!;
    expect([dayToIso(r[0]), dayToIso(r[1])]).toEqual([first, last]);
  });
  it('has no range without a year', () => {
    expect(dayRange('--12-02')).toBeNull();
    expect(dayRange(undefined)).toBeNull();
    expect(dayRange('soon')).toBeNull();
    expect(formatDate('--12-02')).toBe('12-02 (year unknown)');
    expect(formatDate('2019-12-01', '2019-12-04')).toBe('2019-12-01 – 2019-12-04');
  });
});

describe('URL state', () => {
  it('round-trips every field', () => {
    const s = {
      ...defaultState(),
      selected: 'person:tap-can-binh',
      hiddenKinds: ['location', 'organization'],
      from: dayRange('2019-01-01')![0],
      to: dayRange('2019-12-31')![0],
      undated: false,
      focus: 2 as const,
      pathFrom: 'person:a&b=c',
      pathTo: 'meeting:1 2',
      people: true,
      linkedOnly: true,
      camera: { x: 0.25, y: 0.75, ratio: 0.5, angle: 0 },
    };
    const hash = encodeState(s);
    expect(hash).toContain('sel=person:tap-can-binh');
    expect(hash).toContain('cam=0.25,0.75,0.5,0');
    expect(hash).toContain('linked=1');
    expect(decodeState('#' + hash)).toEqual(s);
  });
  it('is empty for the default view and ignores garbage', () => {
    expect(encodeState(defaultState())).toBe('');
    expect(decodeState('#focus=7&cam=1,2&from=yesterday&undated=maybe')).toEqual(defaultState());
  });
});

describe('visibility', () => {
  const time = timeIndex(graph);
  const vis = (patch: object) => computeVisibility(graph, { ...defaultState(), ...patch }, time);

  it('shows every node and every non-met edge by default', () => {
    const v = vis({});
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.filterEdges((_e, a) => a.kind !== 'met').length);
  });
  it('hides kinds, and meetings outside the time range', () => {
    expect([...vis({ hiddenKinds: ['meeting'] }).nodes].some((n) => n.startsWith('meeting:'))).toBe(false);
    const v = vis({ from: dayRange('2019-01-01')![0] });
    expect(v.nodes.has(meeting('talks'))).toBe(false);
    expect(v.nodes.has(meeting('reception'))).toBe(true);
    expect(v.nodes.has(meeting('consultation'))).toBe(true);
    expect(vis({ undated: false }).nodes.has(meeting('consultation'))).toBe(false);
    // A range that ends before the visit starts, but the visit spans 1–4 December.
    const dec3 = dayRange('2019-12-03')![0];
    expect(vis({ from: dec3, to: dec3 }).nodes.has(meeting('visit'))).toBe(true);
    expect(vis({ from: dec3, to: dec3 }).nodes.has(meeting('reception'))).toBe(false);
  });
  it('hides the names without a link on request, and nothing else', () => {
    const alone = graph.filterNodes((n) => graph.degree(n) === 0);
    expect(alone).toEqual(['country:US']); // named in the seed, in no meeting or relation
    const v = vis({ linkedOnly: true });
    expect(v.nodes.has('country:US')).toBe(false);
    expect(v.nodes.size).toBe(graph.order - 1);
    expect(v.edges.size).toBe(vis({}).edges.size);
  });
  it('people view: people and met edges, in the time range', () => {
    const v = vis({ people: true });
    expect([...v.nodes].every((n) => graph.getNodeAttribute(n, 'kind') === 'person')).toBe(true);
    expect(v.edges.size).toBe(2);
    const only2019 = vis({ people: true, from: dayRange('2019-01-01')![0] });
    expect([...only2019.edges].map((e) => graph.extremities(e).sort())).toEqual([[key('N.P. Patrushev'), key('Tập Cận Bình')].sort()]);
  });
  it('ego focus keeps the selection and what lies within 1 or 2 steps', () => {
    const one = vis({ selected: key('N.P. Patrushev'), focus: 1 });
    expect(one.nodes.has(meeting('reception'))).toBe(true);
    expect(one.nodes.has(key('Tập Cận Bình'))).toBe(false);
    expect(vis({ selected: key('N.P. Patrushev'), focus: 2 }).nodes.has(key('Tập Cận Bình'))).toBe(true);
  });
  it('paths go both ways along edges, over what is visible', () => {
    const p = shortestPath(graph, vis({}), key('N.P. Patrushev'), key('Tập Cận Bình'))!;
    expect(p.nodes).toEqual([key('N.P. Patrushev'), meeting('reception'), key('Tập Cận Bình')]);
    expect(p.edges.map((e) => graph.getEdgeAttribute(e, 'kind'))).toEqual(['participant', 'participant']);
    expect(shortestPath(graph, vis({ hiddenKinds: ['meeting', 'country'] }), key('N.P. Patrushev'), key('Tập Cận Bình'))).toBeNull();
  });
  it('exports the visible subgraph as graphology JSON and GEXF', () => {
    const sub = visibleSubgraph(graph, vis({ hiddenKinds: ['meeting'] }));
    expect(sub.order).toBe(graph.order - 5);
    const gexf = toGexf(sub);
    expect(gexf.match(/<node /g)).toHaveLength(sub.order);
    expect(gexf).toContain('value="Tập Cận Bình | Xi Jinping"');
  });
});
