// Mentions become entities, within one document: the mentions of one person are one entity
// ("Chủ tịch Tập Cận Bình", "ông Tập Cận Bình"; "N.P. Patrushev", "Patrushev"); countries get
// their alpha-2 keys; a meeting that the article reports several times becomes one meeting.

import { countryInfo } from '../extract/countries.js';
import { knownPerson, knownPersonByName } from '../extract/known-people.js';
import { knownLocationByName } from '../extract/locations.js';
import { teamKey, teamName } from '../extract/teams.js';
import { isPrivateOffice } from '../extract/en/private-office.js';
import { genericOrg, SURNAMES } from '../extract/vi/lexicon-vi.js';
import { isVietnameseSyllable } from '../extract/vi/syllable.js';
import type { DocResult, Entity, Evidence, Extraction, Lang, Meeting, MeetingKind, MeetingMention, Mention, Represents, Role } from '../types.js';
import { hash, slug } from './slug.js';

interface PersonCluster {
  key: string;
  names: string[];
  words: string[]; // words of the longest name
  titles: string[];
  countries: Map<string, number>;
  orgs: string[];
  mentions: number[];
}

const words = (s: string) => s.split(/[\s]+/u);

/** "V. Semashko" and "Vladimir Semashko": the same last word, initials that fit the words they stand for. */
function initialsFit(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  return a.every((w, i) => w === b[i] || (/^(\p{Lu}\.)+$/u.test(w) && b[i].startsWith(w[0])) || (/^(\p{Lu}\.)+$/u.test(b[i]) && w.startsWith(b[i][0])));
}

/** "Kitaoka Shinichi" and "Shinichi Kitaoka": family name first or last, one person. */
function sameWordsReordered(a: string[], b: string[]): boolean {
  return a.length === b.length && a.length >= 2 && sortedWords(a) === sortedWords(b);
}

const sortedWords = (w: string[]): string => [...w].sort().join(' ');

/**
 * The clusters of people of a document, indexed by what a name can match them by (a name of theirs, their
 * last word, their first word, their words in any order): a document of many names is resolved in time
 * proportional to its length, not to the number of names times the number of people.
 */
class Clusters {
  readonly list: PersonCluster[] = [];
  #index = new Map<PersonCluster, number>();
  #byKey = new Map<string, PersonCluster>();
  #byName = new Map<string, number[]>();
  #byLast = new Map<string, number[]>();
  #byFirst = new Map<string, number[]>();
  #bySorted = new Map<string, number[]>();

  add(c: PersonCluster): void {
    const i = this.list.push(c) - 1;
    this.#index.set(c, i);
    if (!this.#byKey.has(c.key)) this.#byKey.set(c.key, c);
    push(this.#byLast, c.words[c.words.length - 1], i);
    if (c.words.length > 1) push(this.#byFirst, c.words[0], i);
    if (c.words.length >= 2) push(this.#bySorted, sortedWords(c.words), i);
  }

  addName(c: PersonCluster, name: string): void {
    if (c.names.includes(name)) return;
    c.names.push(name);
    push(this.#byName, name, this.#index.get(c)!);
  }

  byKey(key: string): PersonCluster | undefined {
    return this.#byKey.get(key);
  }

  /** The first cluster that has the name, ends with its words, fits its initials, or has its words in another order. */
  matching(name: string, w: string[]): PersonCluster | undefined {
    let best = Infinity;
    const lists = [this.#byName.get(name), this.#byLast.get(w[w.length - 1]), w.length >= 2 ? this.#bySorted.get(sortedWords(w)) : undefined];
    for (const l of lists) {
      for (const i of l ?? []) {
        const c = this.list[i];
        if (i < best && (c.names.includes(name) || isSuffix(w, c.words) || initialsFit(w, c.words) || sameWordsReordered(w, c.words))) best = i;
      }
    }
    return best === Infinity ? undefined : this.list[best];
  }

  /** Whether a name of two words or more ends with `word`. */
  endsWith(word: string): boolean {
    return (this.#byLast.get(word) ?? []).some((i) => this.list[i].words.length > 1);
  }

  /** The clusters of two words or more whose first word is `word`. */
  startingWith(word: string): PersonCluster[] {
    return (this.#byFirst.get(word) ?? []).map((i) => this.list[i]);
  }
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const l = map.get(key);
  if (l) {
    if (l[l.length - 1] !== i) l.push(i);
  } else map.set(key, [i]);
}

function isSuffix(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  const off = long.length - short.length;
  return short.every((w, i) => w === long[off + i]);
}

/** An initial: a letter, or the letters that begin a Vietnamese syllable ("Th", "Ngh"); not "Ý", a syllable of its own. */
const INITIAL = '(?:Ngh|Ch|Gh|Gi|Kh|Ng|Nh|Ph|Qu|Th|Tr|[A-ZĐ])';
/** A name that ends with initials ("anh T.", "Nguyễn Văn H.", "chị N.T.H"): a person the article keeps anonymous. */
const ANONYMOUS = new RegExp(`(?:^|\\s)(?:${INITIAL}\\.?|(?:${INITIAL}\\.)+${INITIAL}?\\.?)[^\\p{L}]*$`, 'u');

/**
 * A Vietnamese given name alone ("anh Công", "chị Hương"): a syllable with Vietnamese letters that is no family
 * name. Family names alone are often a foreign leader's ("ông Tập", "Tổng thống Moon"), and so are syllables
 * without Vietnamese letters, which foreign names share ("Moon", "May", "Ban"): those stay names of the graph.
 */
function givenNameOnly(name: string): boolean {
  return !/[\s\-‐]/u.test(name) && /[^\u0000-\u007f]/u.test(name) && isVietnameseSyllable(name) && !SURNAMES.has(name);
}

/**
 * The graph key of a person who is not a known one: by the name, so that one name is one node across articles.
 * But a person an article names by initials only, or (in Vietnamese) by a given name only, is one of that
 * article: "bé T." of one story is not "bé T." of another (merged, 220 articles of the vi bench corpus made one
 * "T" with 80 links, and the given name "Công" 35 articles with 62).
 */
export function personKey(name: string, doc: string, lang: Lang): string {
  // "Sơn Tùng M-" is a name cut at its hyphen, not an initial
  const local = (ANONYMOUS.test(name) && !/\p{L}[-‐]\s*$/u.test(name)) || (lang === 'vi' && givenNameOnly(name));
  return local ? `person:${slug(name)}-${hash(doc)}` : `person:${slug(name)}`;
}

/** Sentence evidence of a mention: the sentence of the extraction that holds it. */
function sentenceOf(x: Extraction, text: string, start: number, end: number): Evidence {
  // the sentences are in order and do not overlap (both splitters cut the text left to right): only the last
  // one starting at or before the mention can hold it
  let lo = 0, hi = x.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x.sentences[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  const last = x.sentences[lo - 1];
  const s = last && end <= last.end ? last : { start, end };
  return { doc: x.doc, start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Adds an evidence sentence to an entity or meeting unless it has it (by start): a set per holder, not a scan of its list. */
function evidenceAdder<T extends { evidence: Evidence[] }>(): (holder: T, ev: Evidence) => void {
  const starts = new Map<T, Set<number>>();
  return (holder, ev) => {
    let seen = starts.get(holder);
    if (!seen) starts.set(holder, (seen = new Set(holder.evidence.map((e) => e.start))));
    if (seen.has(ev.start)) return;
    seen.add(ev.start);
    holder.evidence.push(ev);
  };
}

export function resolveDoc(x: Extraction, text: string): DocResult {
  const entities = new Map<string, Entity>();
  const mentionEntity: (string | undefined)[] = new Array(x.mentions.length);
  const addEvidence = evidenceAdder<Entity>();

  // people: longest names first, shorter forms join the cluster whose name ends with them
  const people = new Clusters();
  const order = x.mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.kind === 'person' && !m.credit)
    .sort((a, b) => words(b.m.text).length - words(a.m.text).length || a.m.start - b.m.start);
  for (const { m, i } of order) {
    const known = m.entity?.startsWith('person:') ? m.entity.slice(7) : knownPersonByName(m.text)?.id;
    const w = words(m.text);
    let c = known ? people.byKey(`person:${known}`) : undefined;
    c ??= people.matching(m.text, w);
    // "Li" after "Li Mingjiang": a lone family name written first, when no name ends with it
    if (!c && w.length === 1 && !people.endsWith(w[0])) {
      const firsts = people.startingWith(w[0]);
      if (firsts.length === 1) c = firsts[0];
    }
    if (c && known && c.key !== `person:${known}` && !c.key.startsWith('person:') ) c = undefined;
    if (!c) {
      const key = known ? `person:${known}` : personKey(m.text, x.doc, x.lang);
      // another name of the same key ("T." and "T"): the same node in the graph, so the same entity here
      c = people.byKey(key);
      if (!c) people.add((c = { key, names: [], words: w, titles: [], countries: new Map(), orgs: [], mentions: [] }));
    }
    people.addName(c, m.text);
    if (m.title && !c.titles.includes(m.title)) c.titles.push(m.title);
    if (m.country) c.countries.set(m.country, (c.countries.get(m.country) ?? 0) + 1);
    if (m.org && !c.orgs.includes(m.org) && !genericOrg(m.org)) c.orgs.push(m.org);
    c.mentions.push(i);
  }
  const represents: Represents[] = [];
  for (const c of people.list) {
    const kp = knownPerson(c.key.slice(7));
    const country = [...c.countries.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? kp?.country;
    const longest = c.names.slice().sort((a, b) => b.length - a.length)[0];
    const e: Entity = {
      key: c.key,
      kind: 'person',
      label: kp?.names[0] ?? longest,
      names: c.names.slice().sort(),
      titles: c.titles,
      ...(country ? { country } : {}),
      evidence: [],
    };
    for (const i of c.mentions.slice().sort((a, b) => x.mentions[a].start - x.mentions[b].start)) {
      mentionEntity[i] = c.key;
      addEvidence(e, sentenceOf(x, text, x.mentions[i].start, x.mentions[i].end));
    }
    entities.set(c.key, e);
    const titled = c.mentions.map((i) => x.mentions[i]).find((m) => m.title);
    if (country) {
      const ev = titled ? sentenceOf(x, text, titled.start, titled.end) : e.evidence[0];
      represents.push({ person: c.key, target: `country:${country}`, ...(c.titles[0] ? { title: c.titles[0] } : {}), evidence: [ev] });
    }
    for (const org of c.orgs) {
      const m = c.mentions.map((i) => x.mentions[i]).find((m) => m.org === org)!;
      // a team by any of its names is its one node ("HLV Man City" represents Manchester City)
      const target = teamKey(org) ?? `organization:${slug(org)}`;
      represents.push({ person: c.key, target, ...(m.title ? { title: m.title } : {}), evidence: [sentenceOf(x, text, m.start, m.end)] });
    }
  }

  // countries, places, organizations
  const locatedIn: DocResult['locatedIn'] = [];
  x.mentions.forEach((m, i) => {
    // a head word with no name ("Công ty", "UBND", "Sở") names no one organization: no node for it
    if (m.kind === 'person' || (m.kind === 'organization' && m.entity === undefined && genericOrg(m.text))) return;
    let key: string;
    let label = m.text;
    let country = m.country;
    if (m.kind === 'country') {
      key = m.entity!;
      const info = countryInfo(key.slice(8));
      label = info?.label ?? key.slice(8);
      country = key.slice(8);
    } else if (m.kind === 'location') {
      // "thủ đô Bắc Kinh", "thành phố Anchorage": the place is Bắc Kinh, Anchorage
      const bare = m.text.replace(PLACE_WORD, '');
      // a place read as such whose name is known only after "TP": "thành phố ⟦Hồ Chí Minh⟧" (alone, a person's)
      const kl = knownLocationByName(m.text) ?? knownLocationByName(bare) ?? knownLocationByName(`TP ${bare || m.text}`);
      // one node in every language (its first name makes the key), labelled in the document's language ("White House")
      const name = kl?.label ?? (bare || m.text);
      label = kl && x.lang === 'en' ? kl.labelEn : name;
      country ??= kl?.country;
      key = `location:${slug(name)}`;
    } else if (m.entity !== undefined) {
      // a known team, by any of its names ("MU", "Man Utd"): one node, named as teams.json names it
      key = m.entity;
      label = teamName(key) ?? m.text;
    } else key = `organization:${slug(m.text)}`;
    mentionEntity[i] = key;
    let e = entities.get(key);
    if (!e) {
      e = { key, kind: m.kind, label, names: [], ...(country ? { country } : {}), evidence: [] };
      entities.set(key, e);
    }
    if (!e.names.includes(m.text)) e.names.push(m.text);
    if (!e.country && country) e.country = country;
    addEvidence(e, sentenceOf(x, text, m.start, m.end));
  });
  for (const e of entities.values()) {
    if (e.kind === 'location' && e.country) {
      locatedIn.push({ location: e.key, country: `country:${e.country}`, evidence: [e.evidence[0]] });
      ensureCountry(entities, e.country, e.evidence[0]);
    }
  }
  for (const r of represents) if (r.target.startsWith('country:')) ensureCountry(entities, r.target.slice(8), r.evidence[0]);

  // meetings: one per meeting however often the article reports it
  const merged = mergeMeetings(x, text, x.meetings, mentionEntity, entities);
  // English: only meetings of public life, judged on the people as the whole article names them (Vietnamese meetings
  // were judged so on their mentions already: combine-mentions.ts's publicMeeting)
  const officials = new Set(represents.map((r) => r.person));
  const meetings = x.lang === 'en' ? merged.filter((mt) => publicLife(mt, entities, officials)) : merged;
  for (const mt of meetings) for (const c of mt.countries) ensureCountry(entities, c, mt.evidence[0]);
  // a relation links the document's own entities only: an organization named in a title alone ("Chủ tịch HĐQT …")
  // is no node of it, and an edge to one that other documents have would depend on which came first
  const linked = represents.filter((r) => entities.has(r.target));
  return { doc: x.doc, lang: x.lang, entities: [...entities.values()], meetings, represents: linked, locatedIn, mentionKeys: mentionEntity.map((k) => k ?? null) };
}

/**
 * Whether a meeting is one of public life: a named event, a country's, a place's, or one of someone the article gives
 * an office of public life, a country or an organization, or whom the project knows. Not firms' talks on a merger, a board's meeting,
 * an analyst quoted on a visit ("said Charles Taylor, an analyst").
 */
function publicLife(mt: Meeting, entities: Map<string, Entity>, officials: ReadonlySet<string>): boolean {
  if (mt.title || mt.countries.length > 0 || mt.placeEntity?.startsWith('country:')) return true;
  return mt.participants.some((p) => {
    const e = entities.get(p.entity);
    return e !== undefined && (e.kind !== 'person' || (e.titles ?? []).some((t) => !isPrivateOffice(t)) || e.country !== undefined || officials.has(e.key) || knownPerson(e.key.slice(7)) !== undefined);
  });
}

function ensureCountry(entities: Map<string, Entity>, code: string, ev: Evidence): void {
  const key = `country:${code}`;
  if (entities.has(key)) return;
  const info = countryInfo(code);
  entities.set(key, { key, kind: 'country', label: info?.label ?? code, names: [], country: code, evidence: [ev] });
}

// "TP.Hà Nội": the city's abbreviation is often written without a space
const PLACE_WORD = /^(?:(?:thủ đô|thành phố|TP\.?|tỉnh|bang|thị trấn|thị xã|huyện|quận|phường|xã|thôn|ấp|xóm|làng|khu phố|đảo|vùng|khu vực|city of|the city of)\s+|TP\.\s*)/iu;

const KIND_LABEL: Record<MeetingKind, string> = {
  reception: 'Reception', talks: 'Talks', call: 'Call', visit: 'Visit', summit: 'Summit',
  consultation: 'Consultation', conference: 'Conference', session: 'Session', meeting: 'Meeting',
};

/** A meeting while its reports are merged: roles by entity, countries as a set. */
type Draft = Omit<Meeting, 'key' | 'label' | 'participants' | 'countries'> & {
  roles: Map<string, Role>;
  countries: Set<string>;
  dateInferred?: boolean;
};

/** A plain "meeting" (gặp, met) is the same event as talks or a reception of the same people. */
const GENERIC_JOINS = new Set(['meeting|talks', 'talks|meeting', 'meeting|reception', 'reception|meeting']);

const NAMED_EVENTS = new Set<MeetingKind>(['summit', 'conference', 'session', 'consultation']);

/** Two names of one event: equal, or sharing a distinctive token ("G20", "APEC", "lần thứ 43"). */
function sameEvent(a?: string, b?: string): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === b) return true;
  const keys = (t: string) => new Set(t.match(/\b(?:\p{Lu}[\p{Lu}\d]+|\p{Lu}\d+|\d+)\b/gu) ?? []);
  const ka = keys(a);
  for (const k of keys(b)) if (ka.has(k)) return true;
  return false;
}

/** The same place, or a city and its country ("Frankfurt", "West Germany"). */
function placesAgree(a: string, b: string, entities: Map<string, Entity>): boolean {
  const country = (k: string) => (k.startsWith('country:') ? k : entities.get(k)?.country ? `country:${entities.get(k)!.country}` : undefined);
  return a === b || (a.startsWith('country:') && country(b) === a) || (b.startsWith('country:') && country(a) === b);
}

function compatibleDates(a?: string, b?: string, aEnd?: string, bEnd?: string): boolean {
  // (a day inside the other's span: "chuyến thăm … từ ngày 19-20/6" and "Sáng 20/6, … thăm")
  const within = (d: string, from: string, to?: string) => to !== undefined && d.length === from.length && d >= from && d <= to;
  return !a || !b || a.startsWith(b) || b.startsWith(a) || within(a, b, bEnd) || within(b, a, aEnd);
}

/** Same people: one set inside the other, or more than half of all shared ({A,B} and {A,C} are two meetings). */
function samePeople(a: Map<string, Role>, b: Map<string, Role>): boolean {
  let n = 0;
  for (const k of a.keys()) if (b.has(k)) n++;
  return n === Math.min(a.size, b.size) || n / (a.size + b.size - n) > 0.5;
}

function mergeMeetings(x: Extraction, text: string, list: MeetingMention[], mentionEntity: (string | undefined)[], entities: Map<string, Entity>): Meeting[] {
  const drafts: Draft[] = [];
  const facts: MeetingMention[] = [];
  const addDraftEvidence = evidenceAdder<Draft>();
  for (const mm of list) {
    const roles = new Map<string, Role>();
    for (const p of mm.participants) {
      const key = mentionEntity[p.mention];
      if (!key) continue;
      const prev = roles.get(key);
      if (!prev || prev === 'participant') roles.set(key, p.role);
    }
    if (roles.size === 0) {
      if (mm.participants.length === 0 && mm.title) facts.push(mm);
      continue;
    }
    const ev: Evidence = { doc: x.doc, start: mm.evidence.start, end: mm.evidence.end, text: mm.evidence.text };
    const placeEntity = mm.place ? placeKey(mm.place, entities) : undefined;
    const same = drafts.find(
      (d) =>
        (d.kind === mm.kind || GENERIC_JOINS.has(`${d.kind}|${mm.kind}`)) &&
        // meetings in two places are two meetings ("Blinken also met Chinh" in Hanoi, "will … attend a meeting
        // … in Karuizawa"), and one still to come is not one held
        !(d.placeEntity && placeEntity && !placesAgree(d.placeEntity, placeEntity, entities)) &&
        !!d.planned === !!mm.planned &&
        (d.dateInferred || mm.dateInferred || compatibleDates(d.date, mm.date, d.endDate, mm.endDate)) &&
        (NAMED_EVENTS.has(d.kind)
          ? sameEvent(d.title, mm.title) || (d.title === undefined || mm.title === undefined) && samePeople(d.roles, roles)
          : (d.title === undefined || mm.title === undefined || d.title === mm.title) && samePeople(d.roles, roles)),
    );
    if (same) {
      for (const [k, r] of roles) if (!same.roles.has(k) || same.roles.get(k) === 'participant') same.roles.set(k, r);
      for (const c of mm.countries) same.countries.add(c);
      if (same.kind === 'meeting' && mm.kind !== 'meeting') same.kind = mm.kind;
      if (mm.date && (!same.date || (same.dateInferred && !mm.dateInferred))) [same.date, same.dateInferred] = [mm.date, mm.dateInferred];
      // a span says more than one of its days
      else if (mm.date && mm.endDate && !same.endDate && !mm.dateInferred) [same.date, same.dateInferred] = [mm.date, mm.dateInferred];
      if ((!same.endDate || same.date === mm.date) && mm.endDate) same.endDate = mm.endDate;
      // a city or venue says more than a country
      if (mm.place && (!same.place || (same.placeEntity?.startsWith('country:') && placeEntity?.startsWith('location:')))) [same.place, same.placeEntity] = [mm.place.text, placeEntity];
      // the longest name of an event is its full name
      if (mm.title && (!same.title || mm.title.length > same.title.length)) same.title = mm.title;
      addDraftEvidence(same, ev);
      continue;
    }
    drafts.push({
      kind: mm.kind,
      ...(mm.dateInferred ? { dateInferred: true } : {}),
      roles,
      countries: new Set(mm.countries),
      ...(mm.date ? { date: mm.date } : {}),
      ...(mm.endDate ? { endDate: mm.endDate } : {}),
      ...(mm.place ? { place: mm.place.text, placeEntity } : {}),
      ...(mm.title ? { title: mm.title } : {}),
      ...(mm.planned ? { planned: true } : {}),
      evidence: [ev],
    });
  }
  // what the article says of a named event where no participant is named: its meeting's date and place
  for (const f of facts) {
    const acronyms = f.title!.match(/\b\p{Lu}[\p{Lu}\d]*\d[\p{Lu}\d]*\b|\b\p{Lu}{2,}\b/gu) ?? [];
    const d = drafts.find((d) => NAMED_EVENTS.has(d.kind) &&
      (sameEvent(d.title, f.title) || (d.title === undefined && acronyms.some((a) => new RegExp(`(?<![\\p{L}\\d])${a}(?![\\p{L}\\d])`, 'u').test(d.evidence.map((e) => e.text).join(' '))))));
    if (!d) continue;
    if (d.kind === 'conference' && f.kind === 'summit') d.kind = 'summit';
    if (f.date && (!d.date || d.dateInferred)) [d.date, d.dateInferred, d.endDate] = [f.date, undefined, f.endDate];
    if (f.place && !d.place) [d.place, d.placeEntity] = [f.place.text, placeKey(f.place, entities)];
    if (!d.title || f.title!.length > d.title.length) d.title = f.title;
    for (const c of f.countries) d.countries.add(c);
    addDraftEvidence(d, { doc: x.doc, start: f.evidence.start, end: f.evidence.end, text: f.evidence.text });
  }
  return drafts.map((d) => {
    for (const k of d.roles.keys()) {
      const c = entities.get(k)?.country;
      if (c) d.countries.add(c);
    }
    const participants = [...d.roles.entries()].map(([entity, role]) => ({ entity, role })).sort((a, b) => a.entity.localeCompare(b.entity));
    const ids = participants.map((p) => p.entity).join(',');
    // a fully dated meeting is the same meeting in every article that reports it
    const identity = d.date && /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? `${d.kind}|${ids}|${d.date}` : `${x.doc}|${d.kind}|${ids}|${d.date ?? ''}|${d.title ?? ''}|${d.evidence[0].start}`;
    const names = participants.map((p) => entities.get(p.entity)?.label ?? p.entity);
    const label = d.title ?? `${KIND_LABEL[d.kind]}: ${names.join(' – ')}${d.date ? ` (${d.date})` : ''}`;
    return {
      key: `meeting:${hash(identity)}`,
      kind: d.kind,
      label,
      participants,
      countries: [...d.countries].sort(),
      ...(d.date ? { date: d.date } : {}),
      ...(d.endDate ? { endDate: d.endDate } : {}),
      ...(d.place ? { place: d.place } : {}),
      ...(d.placeEntity ? { placeEntity: d.placeEntity } : {}),
      ...(d.title ? { title: d.title } : {}),
      ...(d.planned ? { planned: true } : {}),
      evidence: d.evidence,
    };
  });
}

function placeKey(place: { start: number; end: number; text: string; entity?: string }, entities: Map<string, Entity>): string | undefined {
  if (place.entity) return place.entity;
  for (const e of entities.values()) if ((e.kind === 'location' || e.kind === 'country') && e.names.includes(place.text)) return e.key;
  return undefined;
}
