// Named mentions in English text: people (name only; the office goes to `title`, the country it is
// held for to `country`), countries (from the shared gazetteer), places and organizations.
//
// Capitalised runs of words are cut at countries, titles and punctuation, then read from their own
// shape (an organization's head word "Ministry", a place's "River"), compromise's lexicon (first
// names, last names, cities, regions, organizations), the words around them ("in X", "X said",
// "Foreign Minister X") and, last, from the rest of the document ("Campese" after "David Campese").
// Headlines in capitals or title case carry no signal in their capitals and are read from the
// lexicons and the document only.

import nlp from 'compromise';
import type { Mention, MentionKind } from '../../types.js';
import { demonymAt, findCountries } from '../countries.js';
import { tokenize } from '../tokenize.js';
import { knownLocationByName } from '../locations.js';
import namesData from '../../lexicons/en/names.json' with { type: 'json' };
import titlesData from '../../lexicons/en/titles.json' with { type: 'json' };
import peopleData from '../../lexicons/people.json' with { type: 'json' };
import type { Range } from './sentences.js';
import { isCap, words, type Word } from './words.js';

const LEX = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
function lexTags(key: string): string[] {
  const t = LEX[key];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}
const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person)$/;
const PLACE_TAGS = /^(?:City|Region|Place|Country)$/;
const ORG_TAGS = /^(?:Organization|SportsTeam)$/;

const ORG_HEADS = new Set(namesData.orgHeads);
const LOC_HEADS = new Set(namesData.locHeads);
const LOC_LEADING = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Mount', 'Mt', 'Mt.', 'Lake', 'Cape', 'Port', 'Fort', 'Saint', 'San', 'Santa', 'Sao', 'Los', 'Las']);
const PLACE_WORDS = new Set(namesData.placeWords.map((w) => w.toLowerCase()));
const PARTICLES = new Set(namesData.personParticles);
const LOC_BEFORE = new Set(namesData.locBefore);
/** A US state's abbreviation after a comma: what follows a city ("Woodco Inc of Houston, Tex."). */
const STATE_AFTER = new RegExp(`^,\\s*(?:${namesData.stateAbbreviations.map((a) => a.replace(/\./g, '\\.')).join('|')})\\.`, 'u');
/** The words of LOC_BEFORE that put what follows in a place (not "from Baker", "to Reagan"). */
const LOCATIVE = new Set(['in', 'at', 'near']);
const PERSON_AFTER = new Set(namesData.personAfter);
const NOT_NAMES = new Set(namesData.notNames.map((w) => w.toLowerCase()));
const TITLE_HEADS = new Set(titlesData.heads.map((w) => w.toLowerCase()));
const TITLE_MODS = new Set(titlesData.modifiers.map((w) => w.toLowerCase()));
const OF_COMPLEMENTS = titlesData.ofComplements.map((p) => p.toLowerCase().split(' '));
const HONORIFICS = new Set(titlesData.honorifics.map((w) => w.toLowerCase()));

/** Firms the wire writes bare whose names look like a person's ("Merrill Lynch"), lower-cased. */
const KNOWN_ORGS = new Set(namesData.knownOrgs.map((w) => w.toLowerCase()));
const KNOWN_PEOPLE = new Map<string, string | undefined>();
for (const p of (peopleData as { people: { names: string[]; country?: string }[] }).people) {
  for (const n of p.names) KNOWN_PEOPLE.set(n.toLowerCase(), p.country);
}

/** A name found in a sentence, before the document-wide pass. */
interface Cand {
  words: Word[];
  kind?: MentionKind;
  /** Read from the candidate alone or its context, not guessed. */
  sure: boolean;
  title?: string;
  country?: string;
  org?: string;
}

/** The shadow text: lines in capitals are title-cased word by word (same length), so that lexicons
 * and the gazetteer read "JAPAN" as "Japan". Acronyms of three letters or fewer keep their case. */
function shadowOf(text: string, sentences: Range[], headline: boolean[]): string {
  const parts: string[] = [];
  let at = 0;
  sentences.forEach((s, k) => {
    if (!headline[k]) return;
    const seg = text.slice(s.start, s.end);
    if (/\p{Ll}/u.test(seg)) return;
    parts.push(text.slice(at, s.start));
    parts.push(seg.replace(/[\p{L}\p{M}]{4,}/gu, (w) => w[0] + w.slice(1).toLowerCase()));
    at = s.end;
  });
  parts.push(text.slice(at));
  return parts.join('');
}

const TITLE_CASE_LOWER = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'over', 'nor', 'but', 'via', 'per', 'upon', 'onto']);

/** A headline: in capitals, or in title case (most words of four letters or more capitalised). */
function isHeadline(ws: Word[]): boolean {
  let letters = 0, upper = 0, long = 0, capLong = 0;
  for (const w of ws) {
    if (!/\p{L}/u.test(w.text)) continue;
    letters++;
    if (w.upper || (w.text.length === 1 && w.cap)) upper++;
    if (w.text.length >= 4) {
      long++;
      if (w.cap) capLong++;
    }
  }
  if (letters >= 2 && upper === letters) return true;
  // title case leaves only short function words in lower case; prose has lower-case verbs and nouns
  if (ws.some((w) => !w.cap && /^\p{Ll}{3,}$/u.test(w.text) && !TITLE_CASE_LOWER.has(w.text))) return false;
  return long >= 4 && capLong / long >= 0.8;
}

/** A title starting at word i: modifiers, a head, and optionally "of" + a known complement. Returns
 * the index after it, or -1. Case-insensitive ("foreign minister", "Foreign Minister"). */
function titleAt(ws: Word[], i: number, text: string): number {
  let j = i;
  let head = -1;
  while (j < ws.length) {
    const l = ws[j].text.toLowerCase();
    if (j > i && !/^[\s-]+$/u.test(text.slice(ws[j - 1].end, ws[j].start))) break;
    if (TITLE_HEADS.has(l)) head = j + 1;
    else if (!TITLE_MODS.has(l)) break;
    j++;
  }
  if (head < 0) return -1;
  // "Secretary of State", "Minister of Foreign Affairs"
  if (ws[head]?.text === 'of') {
    for (const c of OF_COMPLEMENTS) {
      if (c.every((p, k) => ws[head + 1 + k]?.text.toLowerCase() === p)) return head + 1 + c.length;
    }
  }
  return head;
}

function gapIsSpace(text: string, a: Word, b: Word): boolean {
  return /^ +$/u.test(text.slice(a.end, b.start)) || (a.end === b.start && false);
}

function isFunctionWord(lower: string): boolean {
  const tags = lexTags(lower);
  if (tags.length === 0) return NOT_NAMES.has(lower);
  return !tags.some((t) => NAME_TAGS.test(t) || PLACE_TAGS.test(t) || ORG_TAGS.test(t) || t === 'Demonym');
}

/** compromise's lexicon knows the word only as a common word (verb, adjective, determiner...). */
function isCommon(w: Word): boolean {
  const lower = w.text.toLowerCase();
  if (NOT_NAMES.has(lower)) return true;
  const tags = lexTags(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.test(t) || PLACE_TAGS.test(t) || ORG_TAGS.test(t));
}

function hasNameTag(lower: string, re: RegExp): boolean {
  return lexTags(lower).some((t) => re.test(t));
}

/** Named mentions of the document's body, sorted by offset. */
export function findNamesEn(text: string, sentences: Range[]): Mention[] {
  const wordsOf = sentences.map((s) => words(text, s.start, s.end));
  const headline = wordsOf.map(isHeadline);
  const shadow = shadowOf(text, sentences, headline);
  const swordsOf = sentences.map((s, k) => (shadow === text ? wordsOf[k] : words(shadow, s.start, s.end)));
  const countries = findCountries(shadow, 'en').map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
  const countryAt = new Map<number, Mention>();
  for (const c of countries) countryAt.set(c.start, c);

  const cands: Cand[][] = [];
  sentences.forEach((s, k) => {
    cands.push(sentenceCands(shadow, s, swordsOf[k], headline[k], countryAt));
  });

  // Document-wide pass: what one sentence says surely decides the unsure ones.
  const personWords = new Set<string>();
  const byText = new Map<string, MentionKind>();
  for (const cs of cands) {
    for (const c of cs) {
      if (!c.sure || !c.kind) continue;
      const key = c.words.map((w) => w.text).join(' ');
      if (!byText.has(key)) byText.set(key, c.kind);
      if (c.kind === 'person') for (const w of c.words) if (!PARTICLES.has(w.text)) personWords.add(w.text);
    }
  }
  // the first words of an organization's name in the document name it there too: "Merrill Lynch" beside
  // "Merrill Lynch and Co Inc" or "Merrill Lynch Capital Markets" is the firm, not a person
  const orgStarts = new Set<string>();
  for (const cs of cands) {
    for (const c of cs) {
      if (!c.sure || c.kind !== 'organization') continue;
      for (let k = 2; k < c.words.length; k++) orgStarts.add(c.words.slice(0, k).map((w) => w.text).join(' '));
    }
  }
  const out: Mention[] = [...countries];
  for (const cs of cands) {
    for (const c of cs) {
      let kind = c.kind;
      const key = (): string => c.words.map((w) => w.text).join(' ');
      if (kind === 'person' && !c.title && c.words.length >= 2 && orgStarts.size > 0 && orgStarts.has(key()) && !KNOWN_PEOPLE.has(key().toLowerCase())) kind = 'organization';
      else if (!c.sure) {
        const known = byText.get(key());
        if (known) kind = known;
        else if (c.words.every((w) => personWords.has(w.text) || PARTICLES.has(w.text))) kind = 'person';
      }
      if (!kind) continue;
      const start = c.words[0].start;
      const end = c.words[c.words.length - 1].end;
      const m: Mention = { start, end, text: text.slice(start, end), kind };
      if (c.title) m.title = c.title;
      if (c.country) m.country = c.country;
      if (c.org) m.org = c.org;
      out.push(m);
    }
  }
  // a country inside an organization's or a place's name ("Bank of Japan", "Mexico City") is not a mention of its own
  const wide = out.filter((m) => m.kind === 'organization' || m.kind === 'location');
  const kept = out.filter((m) => m.kind !== 'country' || !wide.some((w) => w.start <= m.start && m.end <= w.end));
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  return kept;
}

/** A results or standings line: a name, then mostly numbers ("Bath 35 Harlequins 20",
 * "HOUSTON 16 2 .889 -"). Names there are teams: organizations, unless a country. */
function isTableLine(sentence: string): boolean {
  const m = /^\D*?\p{L}[^\d]*?\s(?=[\d.])/u.exec(sentence);
  if (!m) return false;
  // the name part: a few capitalised words
  const head = m[0].trim().split(/\s+/u);
  if (head.length > 6 || head.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) return false;
  const rest = sentence.slice(m[0].length).split(/\s+/u).filter(Boolean);
  const nums = rest.filter((t) => /^[-\d.,/]+$/u.test(t) && /\d/u.test(t)).length;
  return nums >= 2 ? nums * 2 >= rest.length - 1 : nums === 1 && /^\D+ \d+ \D+ \d+\s*\.?$/u.test(sentence);
}
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]+(?: ?, [\p{L}\s.'-]+)? (?:\d{4}-\d\d-\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* \d+)\b/u;

function sentenceCands(text: string, s: Range, ws: Word[], headline: boolean, countryAt: Map<number, Mention>): Cand[] {
  const sentence = text.slice(s.start, s.end);
  const scoreLine = isTableLine(sentence);
  const dateline = DATELINE.test(sentence);
  // which words a country covers
  const country: (Mention | undefined)[] = new Array(ws.length);
  for (let i = 0; i < ws.length; i++) {
    const c = countryAt.get(ws[i].start);
    if (!c) continue;
    for (let j = i; j < ws.length && ws[j].start < c.end; j++) country[j] = c;
  }
  // titles: where they start and end
  const titleEnd: number[] = new Array(ws.length).fill(-1);
  for (let i = 0; i < ws.length; i++) titleEnd[i] = country[i] ? -1 : titleAt(ws, i, text);

  const out: Cand[] = [];
  let i = 0;
  while (i < ws.length) {
    const w = ws[i];
    if (country[i]) {
      // "Mexico City", "China Steel", "Singapore Newsroom": a country heading a place or organization name
      const c = country[i]!;
      let j = i;
      while (j < ws.length && ws[j].start < c.end) j++;
      const next = ws[j];
      if (next && next.cap && gapIsSpace(text, ws[j - 1], next) && (ORG_HEADS.has(next.text) || next.text === 'City') && !headline) {
        out.push({ words: ws.slice(i, j + 1), kind: next.text === 'City' ? 'location' : 'organization', sure: true });
        i = j + 1;
      } else i = j;
      continue;
    }
    if (!w.cap || w.poss || /^\p{N}/u.test(w.text) || (headline && isCommon(w))) {
      i++;
      continue;
    }
    // a run of capitalised words joined by spaces (and particles / connectors inside names)
    let j = i + 1;
    while (j < ws.length) {
      const prev = ws[j - 1];
      const cur = ws[j];
      if (!gapIsSpace(text, prev, cur) || cur.poss || country[j]) {
        // "Bank of Japan": a country after "of" inside an organization name
        if (country[j] && ws[j - 1].text === 'of' && j - 2 >= i && (ORG_HEADS.has(ws[j - 2].text) || LOC_HEADS.has(ws[j - 2].text))) {
          const c = country[j]!;
          while (j < ws.length && ws[j].start < c.end) j++;
          continue;
        }
        break;
      }
      if (cur.cap && !/^\p{N}/u.test(cur.text) && !(headline && isCommon(cur))) {
        j++;
        continue;
      }
      const next = ws[j + 1];
      if (!next || !gapIsSpace(text, cur, next)) break;
      if (!next.cap) {
        const next2 = ws[j + 2];
        if (PARTICLES.has(cur.text) && PARTICLES.has(next.text) && next2?.cap && gapIsSpace(text, next, next2)) {
          j += 3;
          continue;
        }
        break;
      }
      if (PARTICLES.has(cur.text)) {
        j += 2;
        continue;
      }
      // "Merrill Lynch and Co Inc", "Standard and Poor's Corp": one organization, up to its head word (after a known
      // organization, only when head words alone follow: "IBM and Apple Computer Inc" are two)
      const end = cur.text === 'and' && !ORG_HEADS.has(prev.text) ? orgEndAfter(text, ws, j + 1) : -1;
      const orgEnd = end > 0 && (ws.slice(j + 1, end).every((w) => ORG_HEADS.has(w.text)) || !isOrgAlone(ws, i, j)) ? end : -1;
      if (orgEnd > 0) {
        j = orgEnd;
        break;
      }
      if ((cur.text === 'of' || cur.text === 'for' || cur.text === 'and' || cur.text === '&') &&
        (ORG_HEADS.has(prev.text) || LOC_HEADS.has(prev.text) || TITLE_HEADS.has(prev.text.toLowerCase()) || cur.text === '&' ||
          (cur.text === 'and' && orgOfBefore(ws, i, j)))) {
        if (country[j + 1]) {
          if (!ORG_HEADS.has(prev.text) && !LOC_HEADS.has(prev.text)) break;
          const c = country[j + 1]!;
          j += 1;
          while (j < ws.length && ws[j].start < c.end) j++;
          continue;
        }
        j += 2;
        continue;
      }
      break;
    }
    // drop a trailing particle/connector
    while (j > i + 1 && !ws[j - 1].cap) j--;
    out.push(...readRun(text, s, ws, i, j, headline, scoreLine, dateline, country, titleEnd));
    i = j;
  }
  return out;
}

/**
 * Where the capitalised words from ws[k] (a possessive among them) end, when they end with an organization's head
 * word (else -1): what follows "and" in "Merrill Lynch and Co Inc", "Standard and Poor's Corp", "Monopolies and
 * Mergers Commission".
 */
function orgEndAfter(text: string, ws: Word[], k: number): number {
  let e = k;
  while (e < ws.length && (ws[e].cap || ws[e].poss) && (e === k || gapIsSpace(text, ws[e - 1], ws[e]) || ws[e].poss || ws[e - 1].poss)) e++;
  return e > k && ORG_HEADS.has(ws[e - 1].text) ? e : -1;
}

/** Whether ws[i, j) is an organization by itself ("IBM", or one compromise knows): "IBM and Apple Computer Inc" are two. */
function isOrgAlone(ws: Word[], i: number, j: number): boolean {
  const words = ws.slice(i, j);
  return (words.length === 1 && words[0].upper) || kindFromLexicon(words, words.map((w) => w.text).join(' ').toLowerCase()) === 'organization';
}

/** Whether ws[i, j) is an organization's head and "of" ("Ministry of International Trade"): "and" goes on with its name. */
function orgOfBefore(ws: Word[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (ws[k].text === 'of' && ORG_HEADS.has(ws[k - 1].text)) return true;
  return false;
}

/** One capitalised run ws[a, b): peel what is not a name, then say what the rest is. */
function readRun(
  text: string, s: Range, ws: Word[], a: number, b: number, headline: boolean, scoreLine: boolean,
  dateline: boolean, country: (Mention | undefined)[], titleEnd: number[],
): Cand[] {
  // (not from an organization's name: "Courier Corp said")
  while (b - a > 1 && isSentenceStart(text, s, ws, a) && isFunctionWord(ws[a].text.toLowerCase()) && titleEnd[a] < 0 && !ORG_HEADS.has(ws[b - 1].text)) a++;
  if (b - a > 1 && ws[a].text === 'The') a++;
  const first = a;
  const runWords = ws.slice(a, b);
  const runLower = runWords.map((w) => w.text).join(' ').toLowerCase();
  // a title inside the run: "Public Service Minister David Dofara", "SBCP Vice-President Oswaldo Saldanha"
  for (let k = b - 2; k > a; k--) {
    const te = titleEnd[k];
    if (te > k && te < b && !titleEnd.slice(a, k).some((e) => e > 0) && !isCommon(ws[te])) {
      const tStart = ws[a].start;
      const rest = readRun(text, s, ws, te, b, headline, scoreLine, dateline, country, titleEnd);
      // words before the title other than a demonym belong to it ("Public Service Minister")
      const dem = demonymAt(text, tokenize(text, ws[a].start, ws[k].start), 0);
      const onlyDemonym = (dem !== undefined && /^\s*$/u.test(text.slice(dem.end, ws[k].start))) ||
        ws.slice(a, k).every((w) => LOC_LEADING.has(w.text) || lexTags(w.text.toLowerCase()).includes('Demonym'));
      for (const r of rest) {
        if (r.kind !== 'person') continue;
        if (!onlyDemonym) r.title = text.slice(tStart, ws[te - 1].end);
        r.sure = true;
      }
      if (rest.some((r) => r.kind === 'person')) {
        // "Bank of Japan Governor Satoshi Sumita": the organization before the title
        if (!onlyDemonym && k - a > 1 && ws.slice(a, k).some((w) => ORG_HEADS.has(w.text))) {
          const org = text.slice(ws[a].start, ws[k - 1].end);
          for (const r of rest) {
            if (r.kind !== 'person') continue;
            r.title = text.slice(ws[k].start, ws[te - 1].end);
            r.org = org;
          }
          return [{ words: ws.slice(a, k), kind: 'organization', sure: true }, ...rest];
        }
        return rest;
      }
      break;
    }
  }

  // the whole run is a known organization or place
  const runKind = kindFromLexicon(runWords, runLower);
  if (runKind && runKind !== 'person' && runWords.length > 1) return [{ words: runWords, kind: runKind, sure: true }];
  if (ORG_HEADS.has(ws[b - 1].text) && b - a > 1 && !headline) return [{ words: runWords, kind: 'organization', sure: true }];
  // "Bank of Japan", "Gulf of Mexico", "University of Chicago"
  const of = runWords.findIndex((w) => w.text === 'of');
  if (of > 0 && !TITLE_HEADS.has(runWords[of - 1].text.toLowerCase())) {
    if (ORG_HEADS.has(runWords[of - 1].text)) return [{ words: runWords, kind: 'organization', sure: true }];
    if (LOC_HEADS.has(runWords[of - 1].text)) return [{ words: runWords, kind: 'location', sure: true }];
  }
  // leading words that are not names: sentence openers, months, honorifics; titles
  let title: string | undefined;
  let titleCountry: string | undefined;
  let honorific = false;
  while (a < b) {
    const w = ws[a];
    const lower = w.text.toLowerCase();
    const te = titleEnd[a];
    if (te > a && te <= b) {
      title = text.slice(ws[a].start, ws[te - 1].end);
      a = te;
      continue;
    }
    if (HONORIFICS.has(lower)) {
      honorific = true;
      a++;
      continue;
    }
    const dem = demonymAt(text, tokenize(text, w.start, s.end), 0);
    if (dem && dem.end <= ws[b - 1].end && b - a > 1) {
      titleCountry = dem.code;
      while (a < b && ws[a].start < dem.end) a++;
      continue;
    }
    if (NOT_NAMES.has(lower) && !(b - a > 1 && ORG_HEADS.has(ws[b - 1].text))) {
      a++;
      continue;
    }
    if (a === first && isSentenceStart(text, s, ws, a) && isFunctionWord(lower) && b - a > 1) {
      a++;
      continue;
    }
    break;
  }
  // trailing months, weekdays
  while (b > a && NOT_NAMES.has(ws[b - 1].text.toLowerCase())) b--;
  if (a >= b) return [];

  // the title may stand before the run: "foreign minister Sergei Lavrov", "Russia's Foreign Minister"
  if (!title && a === first) {
    let t0 = -1;
    for (let t = a - 1; t >= Math.max(0, a - 6); t--) if (titleEnd[t] === a) t0 = t;
    if (t0 >= 0) {
      title = text.slice(ws[t0].start, ws[a - 1].end);
      // Russia's / U.S. / Chinese before the title
      titleCountry = countryBefore(text, ws, t0, country);
    }
  } else if (title && !titleCountry) {
    titleCountry = countryBefore(text, ws, first, country);
  }
  if (!honorific && a > 0 && HONORIFICS.has(ws[a - 1].text.toLowerCase())) honorific = true;

  const name = ws.slice(a, b);
  const lower = name.map((w) => w.text).join(' ').toLowerCase();
  const n = name.length;
  // an organization's head word alone ("Corp" after "Standard and Poor's") names nothing
  if (n === 1 && ORG_HEADS.has(name[0].text)) return [];
  const before = ws[a - 1]?.text.toLowerCase();
  const after = ws[b]?.text.toLowerCase();
  const atStart = isSentenceStart(text, s, ws, a);

  let kind = kindFromLexicon(name, lower);
  let sure = kind !== undefined;
  // "Houston, Tex.": a city, whatever compromise knows the word as
  if (kind !== 'location' && !title && !honorific && STATE_AFTER.test(text.slice(name[n - 1].end, name[n - 1].end + 8))) {
    kind = 'location';
    sure = true;
  }
  if (kind === 'location' && scoreLine) kind = 'organization';
  if (!kind && !headline) {
    const last = name[n - 1].text;
    if (ORG_HEADS.has(last) && n > 1) kind = 'organization';
    else if ((LOC_HEADS.has(last) || LOC_LEADING.has(name[0].text)) && n > 1) kind = 'location';
    else if (n === 1 && name[0].upper && name[0].text.replace(/\./g, '').length <= 6 && !title && !honorific) kind = 'organization';
    sure = kind !== undefined;
  }
  if (!kind && dateline && a < 3) {
    kind = 'location';
    sure = true;
  }
  // "the Vostochny Cosmodrome", "the Beijing Winter Olympics", "the JW Marriott": people take no article
  if (!kind && !title && !honorific && (before === 'the' || before === 'a' || before === 'an')) return [];
  if (!kind) {
    const personish = title !== undefined || honorific || (after !== undefined && PERSON_AFTER.has(after) && !(atStart && isCommon(name[0])));
    const firstName = hasNameTag(name[0].text.toLowerCase(), /^(?:FirstName|MaleName|FemaleName|Person)$/);
    const lastName = hasNameTag(name[n - 1].text.toLowerCase(), /^(?:LastName|Person)$/);
    const particle = name.some((w) => PARTICLES.has(w.text));
    const common = name.filter((w) => isCommon(w)).length;
    if (n >= 2 && n <= 5 && (personish || firstName || lastName || particle) && common < n) {
      kind = 'person';
      sure = !headline;
    } else if (n >= 2 && n <= 4 && common === 0 && !headline) {
      kind = 'person';
      sure = !atStart || n > 2;
    } else if (n === 1) {
      // "in Houston", "at Sydney": a word compromise knows as a name is a place after "in", "at" or "near"
      if (!personish && before !== undefined && LOCATIVE.has(before) && !headline && !isCommon(name[0]) && ws[b]?.poss !== true) {
        kind = scoreLine ? 'organization' : 'location';
        sure = false;
      } else if ((personish && !scoreLine) || (!headline && (firstName || lastName) && !isCommon(name[0]))) {
        kind = 'person';
        sure = personish;
      } else if (before !== undefined && LOC_BEFORE.has(before) && !headline && !isCommon(name[0])) {
        kind = scoreLine ? 'organization' : 'location';
        sure = false;
      }
    }
  }
  if (kind === 'person' && atStart && n === 1 && isCommon(name[0])) sure = false;
  if (kind === 'person' && scoreLine && !title && !hasNameTag(name[0].text.toLowerCase(), /^(?:FirstName|MaleName|FemaleName)$/)) {
    kind = 'organization';
    sure = false;
  }
  if (kind === 'person' && title && /^(?:Centre|Center|Forward|Deputy|Executive|Official)$/i.test(title) && n === 1) sure = false;
  // a demonym or a title alone is never a name
  if (lexTags(lower).includes('Demonym')) return [];
  const out: Cand = { words: name, kind, sure };
  if (kind === 'person' && !title) {
    // an appositive: "Nikolai Patrushev, Secretary of Russia's Security Council,"; "Lavrov, Russia's foreign minister"
    const ap = appositive(text, s, ws, b, country, titleEnd);
    if (ap) {
      title = ap.title;
      titleCountry = ap.country ?? titleCountry;
      if (ap.org) out.org = ap.org;
      out.sure = true;
    }
  }
  if (kind === 'person') {
    if (title) out.title = title;
    const c = titleCountry ?? KNOWN_PEOPLE.get(lower);
    if (c) out.country = c;
  }
  return [out];
}

function kindFromLexicon(name: Word[], lower: string): MentionKind | undefined {
  if (KNOWN_PEOPLE.has(lower)) return 'person';
  if (KNOWN_ORGS.has(lower)) return 'organization';
  // the project's places (lexicons/locations.json: "Sydney", which compromise knows as a first name)
  if (PLACE_WORDS.has(lower) || knownLocationByName(name.map((w) => w.text).join(' '))) return 'location';
  const tags = lexTags(lower);
  if (name.length === 1 && NOT_NAMES.has(lower)) return undefined;
  if (tags.some((t) => ORG_TAGS.test(t))) return 'organization';
  if (tags.some((t) => PLACE_TAGS.test(t))) return 'location';
  return undefined;
}

function isSentenceStart(text: string, s: Range, ws: Word[], i: number): boolean {
  if (ws[i].start === s.start) return true;
  const gap = text.slice(i > 0 ? ws[i - 1].end : s.start, ws[i].start);
  return i === 0 || /["“‘(:]\s*$|^\s*[-—–]\s*$/u.test(gap);
}

/** The country written just before word t: "Russia's", "U.S.", "Chinese", "West German". */
function countryBefore(text: string, ws: Word[], t: number, country: (Mention | undefined)[]): string | undefined {
  let k = t - 1;
  if (k >= 0 && ws[k].poss) k--;
  if (k >= 0 && country[k]) return country[k]!.entity?.slice('country:'.length);
  for (let d = Math.max(0, t - 3); d < t; d++) {
    const dem = demonymAt(text, tokenize(text, ws[d].start, ws[t].start), 0);
    if (dem && /^\s*$/u.test(text.slice(dem.end, ws[t].start))) return dem.code;
  }
  return undefined;
}

/** The title written after a name and a comma, up to the next punctuation. */
function appositive(
  text: string, s: Range, ws: Word[], b: number, country: (Mention | undefined)[], titleEnd: number[],
): { title: string; country?: string; org?: string } | undefined {
  if (b >= ws.length || !/^\s*,\s*$/u.test(text.slice(ws[b - 1].end, ws[b].start))) return undefined;
  let k = b;
  let code: string | undefined;
  if (/^(?:the|a|an)$/u.test(ws[k]?.text.toLowerCase() ?? '')) k++;
  if (country[k]) {
    const c = country[k]!;
    code = c.entity?.slice('country:'.length);
    while (k < ws.length && ws[k].start < c.end) k++;
    if (ws[k]?.poss) k++;
  } else if (k < ws.length) {
    // a demonym: "Michael Howard, the British minister for consumer affairs"
    const dem = demonymAt(text, tokenize(text, ws[k].start, ws[Math.min(ws.length, k + 3) - 1].end), 0);
    if (dem) {
      code = dem.code;
      while (k < ws.length && ws[k].start < dem.end) k++;
    }
  }
  const te = titleEnd[k];
  // not an office that introduces the next name ("Volcker, Treasury Secretary James Baker")
  if (!(te > k) || (te < ws.length && ws[te].cap && /^\s+$/u.test(text.slice(ws[te - 1].end, ws[te].start)))) return undefined;
  let end = te;
  let org: string | undefined;
  if (ws[te]?.text === 'of') {
    // the complement runs to the next punctuation
    end = te + 1;
    while (end < ws.length && /^\s*$/u.test(text.slice(ws[end - 1].end, ws[end].start))) end++;
    if (end === te + 1 && ws[end]) end++;
    const from = te + 1;
    for (let i = from; i < end; i++) {
      if (country[i] && !code) code = country[i]!.entity?.slice('country:'.length);
    }
    // the organization: the capitalised words after "of", the country's and "the" left out
    let o = from;
    while (o < end && (ws[o].text.toLowerCase() === 'the' || country[o] || ws[o].poss)) o++;
    if (o < end && ws[o].cap) org = text.slice(ws[o].start, ws[end - 1].end);
  }
  if (end > ws.length) end = ws.length;
  const title = text.slice(ws[k].start, ws[end - 1].end);
  return { title, country: code, org };
}
