// A small graph built by hand to the letter of DESIGN.md's graph contract, from two short documents
// (one Vietnamese, one English with hostile text), with evidence offsets computed from their text.
import Graph from 'graphology';
import type { Evidence } from '../../src/types.js';

export const DOCS: Record<string, string> = {
  'vi/000.txt':
    'date 2019-12\n'
    + 'Chủ tịch Trung Quốc Tập Cận Bình hôm nay (2/12) đã tiếp Thư ký Hội đồng An ninh Liên bang Nga N.P. Patrushev tại thủ đô Bắc Kinh. '
    + 'Ông Patrushev đang có chuyến thăm Trung Quốc từ ngày 1-4/12 để tham dự Tham vấn an ninh chiến lược Trung-Nga lần thứ 15. '
    + 'Hai bên sẽ gặp lại vào ngày 20/1.',
  'en/001.txt':
    'date 2015-01\n'
    + '<img src=x onerror=alert(1)> & "Bob" O\'Neil held talks with Xi Jinping in Beijing \u0000\u0007\u001b on January 1, 2015 🇻🇳. '
    + 'Phạm Bình Minh telephoned Sergey Lavrov.',
};

/** The evidence for `sentence`, which must occur in document `doc`. */
export function ev(doc: string, sentence: string): Evidence {
  const start = DOCS[doc].indexOf(sentence);
  if (start < 0) throw new Error(`not in ${doc}: ${sentence}`);
  return { doc, start, end: start + sentence.length, text: sentence };
}

const S1 = 'Chủ tịch Trung Quốc Tập Cận Bình hôm nay (2/12) đã tiếp Thư ký Hội đồng An ninh Liên bang Nga N.P. Patrushev tại thủ đô Bắc Kinh.';
const S2 = 'Ông Patrushev đang có chuyến thăm Trung Quốc từ ngày 1-4/12 để tham dự Tham vấn an ninh chiến lược Trung-Nga lần thứ 15.';
const S3 = 'Hai bên sẽ gặp lại vào ngày 20/1.';
const H1 = '<img src=x onerror=alert(1)> & "Bob" O\'Neil held talks with Xi Jinping in Beijing \u0000\u0007\u001b on January 1, 2015 🇻🇳.';
const H2 = 'Phạm Bình Minh telephoned Sergey Lavrov.';
const VI = 'vi/000.txt';
const EN = 'en/001.txt';

/** The hostile person's label: markup, ampersand, quotes, control characters, a lone surrogate, emoji. */
export const HOSTILE_LABEL = '<img src=x onerror=alert(1)> & "Bob" O\'Neil \u0000\u0007\u001b \ud800 🇻🇳';
/** What XML can carry of it: the same without U+0000, U+0007, U+001B and the lone surrogate. */
export const HOSTILE_LABEL_IN_XML = '<img src=x onerror=alert(1)> & "Bob" O\'Neil   🇻🇳';

export function contractGraph(): Graph {
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  g.setAttribute('schemaVersion', 1);

  g.addNode('person:tap-can-binh', {
    kind: 'person', label: 'Tập Cận Bình', names: ['Tập Cận Bình', 'Xi Jinping'], titles: ['Chủ tịch'],
    country: 'CN', docs: [EN, VI], evidence: [ev(VI, S1), ev(EN, H1)],
  });
  g.addNode('person:n-p-patrushev', {
    kind: 'person', label: 'N.P. Patrushev', names: ['N.P. Patrushev', 'Patrushev'],
    titles: ['Thư ký Hội đồng An ninh Liên bang Nga'], country: 'RU', docs: [VI], evidence: [ev(VI, S1), ev(VI, S2)],
  });
  g.addNode('person:bob-oneil', {
    kind: 'person', label: HOSTILE_LABEL, names: [HOSTILE_LABEL, 'Bob\tO\'Neil\r\n'], titles: [], docs: [EN],
    evidence: [ev(EN, H1)],
  });
  g.addNode('person:pham-binh-minh', {
    kind: 'person', label: 'Phạm Bình Minh', names: ['Phạm Bình Minh'], titles: ['Phó Thủ tướng', 'Bộ trưởng Ngoại giao'],
    country: 'VN', docs: [EN], evidence: [ev(EN, H2)],
  });
  g.addNode('person:sergey-lavrov', {
    kind: 'person', label: 'Sergey Lavrov', names: ['Sergey Lavrov'], titles: [], country: 'RU', docs: [EN],
    evidence: [ev(EN, H2)],
  });
  for (const [iso2, label, labelVi, names, doc, s] of [
    ['CN', 'China', 'Trung Quốc', ['Trung Quốc'], VI, S1],
    ['RU', 'Russia', 'Nga', ['Liên bang Nga', 'Nga'], VI, S1],
    ['VN', 'Vietnam', 'Việt Nam', ['Việt Nam'], EN, H2],
  ] as const) {
    g.addNode(`country:${iso2}`, { kind: 'country', label, labelVi, iso2, names: [...names], docs: [doc], evidence: [ev(doc, s)] });
  }
  g.addNode('location:bac-kinh', {
    kind: 'location', label: 'Bắc Kinh', names: ['Bắc Kinh', 'Beijing'], country: 'CN', docs: [EN, VI],
    evidence: [ev(VI, S1), ev(EN, H1)],
  });
  g.addNode('organization:hoi-dong-an-ninh-lien-bang-nga', {
    kind: 'organization', label: 'Hội đồng An ninh Liên bang Nga', names: ['Hội đồng An ninh Liên bang Nga'],
    country: 'RU', docs: [VI], evidence: [ev(VI, S1)],
  });
  // A day, a span of days with its own title, a month only, a day without a year.
  g.addNode('meeting:a1b2c3d4e5f6', {
    kind: 'meeting', label: 'Tập Cận Bình tiếp N.P. Patrushev', meetingKind: 'reception', date: '2019-12-02',
    place: 'Bắc Kinh', docs: [VI], evidence: [ev(VI, S1)],
  });
  g.addNode('meeting:0f9e8d7c6b5a', {
    kind: 'meeting', label: 'Tham vấn an ninh chiến lược Trung-Nga lần thứ 15', meetingKind: 'consultation',
    date: '2019-12-01', endDate: '2019-12-04', title: 'Tham vấn an ninh chiến lược Trung-Nga lần thứ 15',
    docs: [VI], evidence: [ev(VI, S2)],
  });
  g.addNode('meeting:112233445566', {
    kind: 'meeting', label: 'Phạm Bình Minh điện đàm Sergey Lavrov', meetingKind: 'call', date: '2015-01',
    docs: [EN], evidence: [ev(EN, H2)],
  });
  g.addNode('meeting:665544332211', {
    kind: 'meeting', label: 'Gặp lại 20/1', meetingKind: 'meeting', date: '--01-20', docs: [VI], evidence: [ev(VI, S3)],
  });

  const edge = (kind: string, from: string, to: string, doc: string, s: string, extra: Record<string, unknown> = {}) =>
    g.addEdgeWithKey(`${kind}:${from}->${to}${extra.title ? `:${extra.title}` : ''}`, from, to, {
      kind, ...extra, docs: [doc], evidence: [ev(doc, s)],
    });
  edge('participant', 'person:tap-can-binh', 'meeting:a1b2c3d4e5f6', VI, S1, { role: 'host' });
  edge('participant', 'person:n-p-patrushev', 'meeting:a1b2c3d4e5f6', VI, S1, { role: 'guest' });
  edge('participant', 'person:n-p-patrushev', 'meeting:0f9e8d7c6b5a', VI, S2, { role: 'participant' });
  edge('participant', 'person:pham-binh-minh', 'meeting:112233445566', EN, H2, { role: 'participant' });
  edge('participant', 'person:sergey-lavrov', 'meeting:112233445566', EN, H2, { role: 'participant' });
  edge('party', 'country:CN', 'meeting:a1b2c3d4e5f6', VI, S1);
  edge('party', 'country:RU', 'meeting:a1b2c3d4e5f6', VI, S1);
  edge('party', 'country:CN', 'meeting:0f9e8d7c6b5a', VI, S2);
  edge('party', 'country:RU', 'meeting:0f9e8d7c6b5a', VI, S2);
  edge('held_in', 'meeting:a1b2c3d4e5f6', 'location:bac-kinh', VI, S1);
  edge('held_in', 'meeting:0f9e8d7c6b5a', 'country:CN', VI, S2);
  edge('represents', 'person:tap-can-binh', 'country:CN', VI, S1, { title: 'Chủ tịch' });
  edge('represents', 'person:n-p-patrushev', 'organization:hoi-dong-an-ninh-lien-bang-nga', VI, S1, {
    title: 'Thư ký Hội đồng An ninh Liên bang Nga',
  });
  // Two offices for the same country: parallel edges, which every reader must keep.
  edge('represents', 'person:pham-binh-minh', 'country:VN', EN, H2, { title: 'Phó Thủ tướng' });
  edge('represents', 'person:pham-binh-minh', 'country:VN', EN, H2, { title: 'Bộ trưởng Ngoại giao' });
  edge('located_in', 'location:bac-kinh', 'country:CN', VI, S1);
  edge('met', 'person:tap-can-binh', 'person:n-p-patrushev', VI, S1, { weight: 1 });
  edge('met', 'person:pham-binh-minh', 'person:sergey-lavrov', EN, H2, { weight: 2 });
  edge('met', 'person:bob-oneil', 'person:tap-can-binh', EN, H1, { weight: 1 });
  return g;
}
