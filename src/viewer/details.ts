// The Details panel: what is known about the selected node or edge, and the sentences that state it,
// with the names marked. Built from text nodes only.
import type Graph from 'graphology';
import { h } from './el.js';
import { formatDate } from './dates.js';
import { highlight } from './highlight.js';

export interface DetailsActions {
  select(node: string): void;
  selectEdge(edge: string): void;
  pathFrom(node: string): void;
  pathTo(node: string): void;
  colorOf(kind: string): string;
}

interface Evidence {
  doc: string;
  start: number;
  end: number;
  text: string;
}

const MAX_EVIDENCE = 40;
const MAX_LINKS = 60;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : typeof v === 'string' && v ? [v] : [];

const labelOf = (graph: Graph, key: string): string => {
  const l = graph.getNodeAttribute(key, 'label');
  return typeof l === 'string' && l ? l : key;
};

/** Every written form of a node: what to mark in its evidence. */
export function namesOf(graph: Graph, key: string): string[] {
  const a = graph.getNodeAttributes(key);
  return [...strings(a.label), ...strings(a.names), ...strings(a.labelVi), ...strings(a.title)];
}

/** For a meeting, also the names of those taking part and of its place. */
function markNames(graph: Graph, key: string): string[] {
  const names = namesOf(graph, key);
  const a = graph.getNodeAttributes(key);
  if (a.kind === 'meeting') {
    names.push(...strings(a.place));
    graph.forEachNeighbor(key, (n, na) => {
      if (na.kind !== 'meeting') names.push(...namesOf(graph, n));
    });
  }
  return names;
}

function kindBadge(kind: string, actions: DetailsActions) {
  return h('span', { class: 'kind' }, h('span', { class: 'swatch', style: { backgroundColor: actions.colorOf(kind) } }), kind);
}

function nodeLink(graph: Graph, key: string, actions: DetailsActions) {
  return h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => actions.select(key) } }, labelOf(graph, key));
}

function field(name: string, ...values: (Node | string)[]) {
  if (!values.length) return null;
  return h('div', { class: 'field' }, h('dt', {}, name), h('dd', {}, ...values));
}

function chips(values: string[]) {
  return values.length ? [h('ul', { class: 'chips' }, ...values.map((v) => h('li', {}, v)))] : [];
}

function evidenceList(items: Evidence[], names: string[]) {
  if (!Array.isArray(items) || !items.length) return null;
  const byDoc = new Map<string, Evidence[]>();
  for (const e of items.slice(0, MAX_EVIDENCE)) {
    if (!e || typeof e.text !== 'string') continue;
    const list = byDoc.get(String(e.doc)) ?? [];
    if (!list.some((x) => x.start === e.start && x.end === e.end)) list.push(e);
    byDoc.set(String(e.doc), list);
  }
  const docs = [...byDoc].map(([doc, list]) =>
    h(
      'li',
      { class: 'doc' },
      h('div', { class: 'doc-name', attrs: { title: doc } }, doc),
      ...list.map((e) =>
        h(
          'blockquote',
          { class: 'evidence', attrs: { title: `characters ${e.start}–${e.end}` } },
          ...highlight(e.text, names).map((p) => (p.mark ? h('mark', {}, p.text) : p.text)),
        ),
      ),
    ),
  );
  const more = items.length > MAX_EVIDENCE ? h('p', { class: 'muted' }, `… and ${items.length - MAX_EVIDENCE} more`) : null;
  return h('section', { class: 'evidence-list' }, h('h3', {}, `Evidence (${items.length})`), h('ul', { class: 'docs' }, ...docs), more);
}

/** Neighbours grouped by edge kind and direction: "Meetings", "Represents", "Participants"... */
function connections(graph: Graph, key: string, actions: DetailsActions) {
  const groups = new Map<string, { edge: string; other: string; note: string; date: string }[]>();
  graph.forEachEdge(key, (edge, a, source, target) => {
    const out = source === key;
    const other = out ? target : source;
    const ok = graph.getNodeAttributes(other);
    const title = groupTitle(String(a.kind), out, String(ok.kind));
    const notes = [a.role, a.title, a.kind === 'met' && a.weight ? `${a.weight} meeting${a.weight === 1 ? '' : 's'}` : '']
      .filter((x) => typeof x === 'string' && x);
    if (ok.kind === 'meeting') notes.unshift(formatDate(ok.date, ok.endDate));
    const list = groups.get(title) ?? [];
    list.push({ edge, other, note: notes.join(' · '), date: typeof ok.date === 'string' ? ok.date : '~' });
    groups.set(title, list);
  });
  if (!groups.size) return null;
  return h(
    'section',
    { class: 'connections' },
    ...[...groups].sort((a, b) => groupRank(a[0]) - groupRank(b[0])).map(([title, list]) => {
      list.sort((a, b) => a.date.localeCompare(b.date) || labelOf(graph, a.other).localeCompare(labelOf(graph, b.other)));
      return h(
        'div',
        { class: 'group' },
        h('h3', {}, `${title} (${list.length})`),
        h(
          'ul',
          { class: 'links' },
          ...list.slice(0, MAX_LINKS).map((c) =>
            h(
              'li',
              {},
              h('span', { class: 'swatch', style: { backgroundColor: actions.colorOf(String(graph.getNodeAttribute(c.other, 'kind'))) } }),
              nodeLink(graph, c.other, actions),
              c.note ? h('span', { class: 'note' }, c.note) : null,
              h('button', { class: 'link small', attrs: { type: 'button', title: 'Show the evidence of this link' }, on: { click: () => actions.selectEdge(c.edge) } }, 'evidence'),
            ),
          ),
          list.length > MAX_LINKS ? h('li', { class: 'muted' }, `… and ${list.length - MAX_LINKS} more`) : null,
        ),
      );
    }),
  );
}

const GROUP_ORDER = ['Meetings', 'Participants', 'Countries', 'Held in', 'Meetings held here', 'Represents', 'Represented by', 'Located in', 'Places', 'Met'];
const groupRank = (title: string) => (GROUP_ORDER.includes(title) ? GROUP_ORDER.indexOf(title) : GROUP_ORDER.length);

function groupTitle(kind: string, out: boolean, otherKind: string): string {
  switch (kind) {
    case 'participant':
      return out ? 'Meetings' : 'Participants';
    case 'party':
      return out ? 'Meetings' : 'Countries';
    case 'held_in':
      return out ? 'Held in' : 'Meetings held here';
    case 'represents':
      return out ? 'Represents' : 'Represented by';
    case 'located_in':
      return out ? 'Located in' : 'Places';
    case 'met':
      return 'Met';
    default:
      return `${kind} (${otherKind})`;
  }
}

export function renderNodeDetails(graph: Graph, key: string, actions: DetailsActions): Node[] {
  const a = graph.getNodeAttributes(key);
  const kind = String(a.kind ?? '');
  const country = typeof a.country === 'string' && a.country ? a.country : null;
  const countryKey = country ? `country:${country}` : null;
  const fields = h(
    'dl',
    {},
    field('Names', ...chips(strings(a.names))),
    field('Titles', ...chips(strings(a.titles))),
    kind === 'country' ? field('Vietnamese', ...strings(a.labelVi)) : null,
    kind === 'country' ? field('ISO code', ...strings(a.iso2)) : null,
    country ? field('Country', countryKey && graph.hasNode(countryKey) ? nodeLink(graph, countryKey, actions) : country) : null,
    kind === 'meeting' ? field('Kind', ...strings(a.meetingKind)) : null,
    kind === 'meeting' ? field('Date', formatDate(a.date, a.endDate)) : null,
    kind === 'meeting' ? field('Title', ...strings(a.title)) : null,
    kind === 'meeting' ? field('Place', ...strings(a.place)) : null,
    field('Documents', String(strings(a.docs).length)),
  );
  return [
    h('header', {}, kindBadge(kind, actions), h('h2', { attrs: { id: 'details-title' } }, labelOf(graph, key))),
    h(
      'div',
      { class: 'actions' },
      h('button', { attrs: { type: 'button', id: 'path-from-here' }, on: { click: () => actions.pathFrom(key) } }, 'Path from here'),
      h('button', { attrs: { type: 'button', id: 'path-to-here' }, on: { click: () => actions.pathTo(key) } }, 'Path to here'),
    ),
    fields,
    connections(graph, key, actions) ?? h('p', { class: 'muted' }, 'No connections.'),
    evidenceList(a.evidence, markNames(graph, key)) ?? h('p', { class: 'muted' }, 'No evidence recorded.'),
  ];
}

export function renderEdgeDetails(graph: Graph, edge: string, actions: DetailsActions): Node[] {
  const a = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const fields = h(
    'dl',
    {},
    field('From', nodeLink(graph, source, actions)),
    field('To', nodeLink(graph, target, actions)),
    field('Role', ...strings(a.role)),
    field('Title', ...strings(a.title)),
    typeof a.weight === 'number' ? field('Shared meetings', String(a.weight)) : null,
    field('Documents', ...chips(strings(a.docs))),
  );
  const names = [...markNames(graph, source), ...markNames(graph, target), ...strings(a.title)];
  return [
    h('header', {}, h('span', { class: 'kind' }, 'link'), h('h2', { attrs: { id: 'details-title' } }, `${labelOf(graph, source)} — ${String(a.kind)} — ${labelOf(graph, target)}`)),
    fields,
    evidenceList(a.evidence, names) ?? h('p', { class: 'muted' }, 'No evidence recorded.'),
  ];
}
