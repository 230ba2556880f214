// Writes test/fixtures/viewer/seed-graph.json: the graph of the seed article, written by hand per the
// graph contract of DESIGN.md, with every evidence offset computed here from the real document text
// (so text.slice(start, end) === evidence.text), plus a hostile label and a meeting of 2015 that the
// browser tests use. Run: node scripts/viewer-seed-fixture.js
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const SEED = '000_e3bc600a9e8a6e44.txt';
const HOSTILE = 'hostile.txt';
const texts = {
  [SEED]: readFileSync(join(root, 'corpus', SEED), 'utf8').normalize('NFC'),
  [HOSTILE]: readFileSync(join(root, 'test/fixtures/viewer/docs', HOSTILE), 'utf8').normalize('NFC'),
};

/** The sentence of `doc` that begins with `first` and ends with `last`, with its offsets. */
function sentence(doc, first, last) {
  const text = texts[doc];
  const start = text.indexOf(first);
  if (start < 0 || text.indexOf(first, start + 1) >= 0) throw new Error(`not found once: ${first}`);
  const end = text.indexOf(last, start) + last.length;
  if (end < start + last.length) throw new Error(`end not found: ${last}`);
  return { doc, start, end, text: text.slice(start, end) };
}

const S = {
  opening: sentence(SEED, 'Chủ tịch Trung Quốc Tập Cận Bình hôm nay', 'an ninh của hai nước.'),
  caption: sentence(SEED, 'Chủ tịch Trung Quốc Tập Cận Bình tiếp', 'N.P. Patrushev.'),
  reception: sentence(SEED, 'Tại buổi tiếp', 'kinh tế xã hội của hai nước.'),
  xiSays: sentence(SEED, 'Ông Tập Cận Bình cho rằng', 'an ninh chung của cả hai quốc gia.'),
  patrushevSays: sentence(SEED, 'Thư ký Hội đồng An ninh Liên bang Nga Patrushev cho biết', 'trật tự quốc tế.'),
  visit: sentence(SEED, 'Được biết, ông Patrushev', 'giữa hai nước./.'),
  talks2015: sentence(HOSTILE, '<img', '2015.'),
};

const PALETTE = {
  person: 'rgb(37, 99, 235)',
  country: 'rgb(220, 38, 38)',
  meeting: 'rgb(234, 138, 0)',
  location: 'rgb(22, 163, 74)',
  organization: 'rgb(147, 51, 234)',
};

const hash = (s) => createHash('sha1').update(s).digest('hex').slice(0, 12);
const docsOf = (evidence) => [...new Set(evidence.map((e) => e.doc))].sort();

const graph = new Graph({ type: 'directed', multi: true });
graph.updateAttributes(() => ({ schemaVersion: 1, generator: 'scripts/viewer-seed-fixture.js' }));

function node(key, attrs) {
  graph.addNode(key, { kind: key.split(':')[0], ...attrs, docs: docsOf(attrs.evidence) });
}
function edge(kind, from, to, attrs) {
  const key = `${kind}:${from}->${to}`;
  graph.addDirectedEdgeWithKey(key, from, to, { kind, ...attrs, docs: docsOf(attrs.evidence) });
}

const XI = 'person:tap-can-binh';
const PATRUSHEV = 'person:n-p-patrushev';
const HOSTILE_PERSON = 'person:img-src-x-onerror-alert-1';
const BEIJING = 'location:bac-kinh';
const SECURITY_COUNCIL = 'organization:hoi-dong-an-ninh-lien-bang-nga';
const RECEPTION = `meeting:${hash('reception|2019-12-02|tap-can-binh|n-p-patrushev')}`;
const VISIT = `meeting:${hash('visit|2019-12-01|n-p-patrushev|CN')}`;
const CONSULTATION = `meeting:${hash('consultation|Tham vấn an ninh chiến lược Trung-Nga lần thứ 15')}`;
const SESSION = `meeting:${hash('session|Kỳ họp thứ 6 Cơ chế hợp tác an ninh chấp pháp')}`;
const TALKS_2015 = `meeting:${hash('talks|2015-01-01|tap-can-binh|img')}`;

node(XI, {
  label: 'Tập Cận Bình',
  names: ['Tập Cận Bình', 'Xi Jinping'],
  titles: ['Chủ tịch'],
  country: 'CN',
  evidence: [S.caption, S.reception, S.xiSays, S.talks2015],
});
node(PATRUSHEV, {
  label: 'N.P. Patrushev',
  names: ['N.P. Patrushev', 'Patrushev'],
  titles: ['Thư ký Hội đồng An ninh Liên bang Nga'],
  country: 'RU',
  evidence: [S.caption, S.reception, S.patrushevSays, S.visit],
});
node(HOSTILE_PERSON, {
  label: '<img src=x onerror=alert(1)>',
  names: ['<img src=x onerror=alert(1)>'],
  titles: [],
  evidence: [S.talks2015],
});
node('country:CN', { label: 'China', labelVi: 'Trung Quốc', iso2: 'CN', names: ['Trung Quốc', 'China'], evidence: [S.opening, S.visit] });
node('country:RU', { label: 'Russia', labelVi: 'Nga', iso2: 'RU', names: ['Nga', 'Liên bang Nga'], evidence: [S.opening, S.caption] });
node('country:US', { label: 'United States', labelVi: 'Mỹ', iso2: 'US', names: ['Mỹ'], evidence: [S.opening, S.patrushevSays] });
node(BEIJING, { label: 'Bắc Kinh', names: ['Bắc Kinh', 'Beijing'], country: 'CN', evidence: [S.reception, S.talks2015] });
node(SECURITY_COUNCIL, {
  label: 'Hội đồng An ninh Liên bang Nga',
  names: ['Hội đồng An ninh Liên bang Nga'],
  country: 'RU',
  evidence: [S.caption, S.reception, S.patrushevSays],
});
node(RECEPTION, {
  label: 'Reception: Tập Cận Bình, N.P. Patrushev',
  meetingKind: 'reception',
  date: '2019-12-02',
  place: 'Bắc Kinh',
  evidence: [S.caption, S.reception],
});
node(VISIT, {
  label: 'Visit of N.P. Patrushev to China',
  meetingKind: 'visit',
  date: '2019-12-01',
  endDate: '2019-12-04',
  place: 'Trung Quốc',
  evidence: [S.visit],
});
node(CONSULTATION, {
  label: 'Tham vấn an ninh chiến lược Trung-Nga lần thứ 15',
  meetingKind: 'consultation',
  title: 'Tham vấn an ninh chiến lược Trung-Nga lần thứ 15',
  evidence: [S.visit],
});
node(SESSION, {
  label: 'Kỳ họp thứ 6 Cơ chế hợp tác an ninh chấp pháp',
  meetingKind: 'session',
  title: 'Kỳ họp thứ 6 Cơ chế hợp tác an ninh chấp pháp',
  evidence: [S.visit],
});
node(TALKS_2015, {
  label: 'Talks: <img src=x onerror=alert(1)>, Xi Jinping',
  meetingKind: 'talks',
  date: '2015-01-01',
  place: 'Beijing',
  evidence: [S.talks2015],
});

edge('participant', XI, RECEPTION, { role: 'host', evidence: [S.caption, S.reception] });
edge('participant', PATRUSHEV, RECEPTION, { role: 'guest', evidence: [S.caption, S.reception] });
edge('participant', PATRUSHEV, VISIT, { role: 'guest', evidence: [S.visit] });
edge('participant', PATRUSHEV, CONSULTATION, { role: 'participant', evidence: [S.visit] });
edge('participant', PATRUSHEV, SESSION, { role: 'participant', evidence: [S.visit] });
edge('participant', HOSTILE_PERSON, TALKS_2015, { role: 'participant', evidence: [S.talks2015] });
edge('participant', XI, TALKS_2015, { role: 'participant', evidence: [S.talks2015] });
for (const meeting of [RECEPTION, VISIT, CONSULTATION, SESSION]) {
  const evidence = graph.getNodeAttribute(meeting, 'evidence');
  edge('party', 'country:CN', meeting, { evidence });
  edge('party', 'country:RU', meeting, { evidence });
}
edge('held_in', RECEPTION, BEIJING, { evidence: [S.reception] });
edge('held_in', VISIT, 'country:CN', { evidence: [S.visit] });
edge('held_in', TALKS_2015, BEIJING, { evidence: [S.talks2015] });
edge('represents', XI, 'country:CN', { title: 'Chủ tịch', evidence: [S.caption, S.reception] });
edge('represents', PATRUSHEV, SECURITY_COUNCIL, { title: 'Thư ký', evidence: [S.caption, S.reception, S.patrushevSays] });
edge('located_in', BEIJING, 'country:CN', { evidence: [S.reception] });
edge('met', XI, PATRUSHEV, { weight: 1, evidence: [S.caption, S.reception] });
edge('met', HOSTILE_PERSON, XI, { weight: 1, evidence: [S.talks2015] });

// Layout: a circle, then ForceAtlas2 (deterministic: no randomness anywhere).
graph.forEachNode((key, a) => {
  const i = graph.nodes().indexOf(key);
  const angle = (2 * Math.PI * i) / graph.order;
  graph.mergeNodeAttributes(key, {
    x: Math.cos(angle) * 100,
    y: Math.sin(angle) * 100,
    size: Math.round((5 + 2.5 * Math.sqrt(graph.degree(key))) * 10) / 10,
    color: PALETTE[a.kind],
  });
});
forceAtlas2.assign(graph, { iterations: 400, settings: { ...forceAtlas2.inferSettings(graph), gravity: 2, scalingRatio: 20 } });
graph.forEachNode((key, a) => {
  graph.mergeNodeAttributes(key, { x: Math.round(a.x * 100) / 100, y: Math.round(a.y * 100) / 100 });
});

const out = join(root, 'test/fixtures/viewer/seed-graph.json');
writeFileSync(out, JSON.stringify(graph.export(), null, 1) + '\n');
console.log(`wrote ${out}: ${graph.order} nodes, ${graph.size} edges`);
