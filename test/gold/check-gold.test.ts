// The gold files are what the project scores itself against: check that each one agrees with its
// article (evidence, names and places copied verbatim, ids that exist, real dates, real country codes).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { MEETING_KINDS } from '../../src/types.js';

const goldDir = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));

interface Named { names: string[]; country?: string }
interface GoldPerson extends Named { id: string; titles?: string[] }
interface GoldMeeting {
  kind: string; participants: string[]; host?: string; countries?: string[];
  date?: string; endDate?: string; place?: string; title?: string; evidence: string;
}
interface Gold {
  doc: string; lang: string; people: GoldPerson[]; countries: string[];
  locations: Named[]; organizations: Named[]; meetings: GoldMeeting[];
  notPeople: string[]; optionalPeople: string[];
}

const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
const HONORIFICS = /^(ông|bà|Mr\.?|Mrs\.?|Ms\.?|President|Prime Minister|Tổng thống|Chủ tịch|Thủ tướng|Ngoại trưởng|Tổng Bí thư) /i;

/** A date as the gold format allows it, and a real day of the calendar. */
function validDate(d: string): boolean {
  const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(d);
  if (!m) return false;
  if (m[1] === '-' && !m[3]) return false;
  const year = m[1] === '-' ? 2000 : Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (!m[3]) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

it('there is one gold file for every corpus article', () => {
  const docs = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  expect(goldFiles.map((f) => f.replace(/\.json$/, ''))).toEqual(docs);
});

describe.each(goldFiles)('%s', (file) => {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Gold;
  const text = readFileSync(join(corpusDir, gold.doc), 'utf8').normalize('NFC');
  const ids = new Set(gold.people.map((p) => p.id));
  const inText = (s: string) => text.includes(s.normalize('NFC'));

  it('names its document and language', () => {
    expect(`${gold.doc}.json`).toBe(file);
    expect(text).toMatch(/^\s*date \d{4}-\d{2}(-\d{2})? \S/);
    const tag = /^\d+_(vi|en)_/.exec(gold.doc)?.[1] ?? 'vi';
    expect(gold.lang).toBe(tag);
  });

  it('lists people under unique ids, each named as written, without titles', () => {
    expect(ids.size).toBe(gold.people.length);
    for (const p of gold.people) {
      expect(inText(p.names[0]!), `${p.id}: "${p.names[0]}" is not in the text`).toBe(true);
      for (const n of p.names) expect(n, `${p.id}: "${n}" carries a title`).not.toMatch(HONORIFICS);
      for (const t of p.titles ?? []) expect(inText(t), `${p.id}: title "${t}"`).toBe(true);
    }
  });

  it('uses real alpha-2 codes, sorted, and names places and organizations as written', () => {
    expect(gold.countries).toEqual([...new Set(gold.countries)].sort());
    const all = [...gold.countries, ...[...gold.people, ...gold.locations, ...gold.organizations]
      .flatMap((e) => (e.country ? [e.country] : []))];
    for (const c of all) expect(countries.isValid(c), c).toBe(true);
    for (const e of [...gold.locations, ...gold.organizations]) {
      expect(inText(e.names[0]!), `"${e.names[0]}" is not in the text`).toBe(true);
    }
  });

  it('states every meeting with a verbatim evidence sentence, known participants and valid dates', () => {
    for (const m of gold.meetings) {
      const where = `${m.kind} ${m.participants.join('+')}`;
      expect(MEETING_KINDS as readonly string[], where).toContain(m.kind);
      expect(inText(m.evidence), `${where}: evidence not verbatim`).toBe(true);
      expect(m.participants.length, where).toBeGreaterThan(0);
      for (const id of m.participants) expect(ids.has(id), `${where}: unknown id ${id}`).toBe(true);
      if (m.host) expect(m.participants, where).toContain(m.host);
      for (const c of m.countries ?? []) expect(gold.countries, `${where}: ${c}`).toContain(c);
      if (m.place) expect(inText(m.place), `${where}: place "${m.place}"`).toBe(true);
      if (m.title) expect(inText(m.title), `${where}: title "${m.title}"`).toBe(true);
      if (m.date) expect(validDate(m.date), `${where}: date ${m.date}`).toBe(true);
      if (m.endDate) {
        expect(m.date, `${where}: endDate without date`).toBeDefined();
        expect(validDate(m.endDate) && m.endDate.length === m.date!.length && m.endDate > m.date!, where).toBe(true);
      }
    }
  });

  it('lists only strings of the text as notPeople, none of them a gold name', () => {
    const names = new Set(gold.people.flatMap((p) => p.names.map((n) => n.toLowerCase())));
    for (const s of gold.notPeople) {
      expect(inText(s), `"${s}" is not in the text`).toBe(true);
      expect(names.has(s.toLowerCase()), `"${s}" is also a gold name`).toBe(false);
    }
  });
});
