// Vietnamese extraction: people with their offices, countries, places, organizations and meetings.
// Pure: a document in, mentions and meetings with offsets out.
//
// Per sentence, words are claimed in order of confidence: known people, offices ("Chủ tịch"),
// countries, places, organizations; the capitalized runs left over are name candidates, accepted
// when an office or honorific introduces them, when they look like a Vietnamese full name, when the
// statistical tagger reads them as a person, or when they repeat a name accepted elsewhere.

import type { Doc, Extraction, MeetingKind, MeetingMention, Mention, Role } from '../../types.js';
import { findCountries } from '../countries.js';
import { knownPeople, knownPerson } from '../known-people.js';
import { knownLocations, placeWords, venueWords } from '../locations.js';
import { splitSentences, type SentenceSpan } from '../sentences.js';
import { isCapitalized, tokenize, type Token } from '../tokenize.js';
import { findDatesVi, type DateExpr } from './dates-vi.js';
import { CUES, HONORIFICS, NOT_PEOPLE, HYPOTHETICAL, KNOWN_ORGS, NOT_CUES, NOT_NAMES, ORG_HEADS, PLANNED, SURNAMES, TITLES } from './lexicon-vi.js';
import { isVietnameseSyllable } from './syllable.js';

const ORG_STOP = new Set(['Tại', 'Theo', 'Trong', 'Ảnh', 'Nguồn', 'Ông', 'Bà', 'Ngài']);

type Claim =
  | { kind: 'person'; mention: number }
  | { kind: 'title'; text: string; start: number; end: number }
  | { kind: 'honorific' }
  | { kind: 'country'; mention: number; code: string }
  | { kind: 'location'; mention: number; country?: string }
  | { kind: 'organization'; mention: number; country?: string };

interface Sentence extends SentenceSpan {
  tokens: Token[];
  claims: (Claim | undefined)[];
  /** name candidates not accepted yet: token ranges */
  pending: { first: number; last: number }[];
  dates: DateExpr[];
}

/** Optional statistical person spans (from the tagger), consulted for unintroduced names. */
export type PersonSpans = { start: number; end: number }[];

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'bin', 'al', 'el', 'da', 'di', 'du', 'la', 'le', 'dos', 'del', 'ibn', 'ben']);

export function extractVi(doc: Doc, personSpans: PersonSpans = []): Extraction {
  const text = doc.text;
  const mentions: Mention[] = [];
  // without a date line, a full date written in the article ("16/5/2017") gives the year of the others
  const anchor = doc.date ?? /(?<![\d/])\d{1,2}\/\d{1,2}\/((?:19|20)\d{2})(?![\d/])/u.exec(text)?.[1];
  const sentences: Sentence[] = splitSentences(text, doc.bodyStart).map((s) => {
    const tokens = tokenize(text, s.start, s.end);
    return { ...s, tokens, claims: new Array(tokens.length), pending: [], dates: findDatesVi(text, s.start, s.end, anchor) };
  });
  const accepted = new Set<string>(); // accepted person names, and their word suffixes

  for (const s of sentences) claimSentence(text, s, mentions, accepted, personSpans);
  for (const s of sentences) describePeople(text, s, mentions);
  // second pass: candidates that repeat an accepted name ("Patrushev" after "N.P. Patrushev")
  for (const s of sentences) {
    for (const p of s.pending) {
      const name = text.slice(s.tokens[p.first].start, s.tokens[p.last - 1].end);
      if (accepted.has(name)) addPerson(text, s, p.first, p.last, mentions, accepted);
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const index = new Map(mentions.map((m, i) => [m, i]));
  const meetings: MeetingMention[] = [];
  const lead = leadDate(sentences);
  for (const s of sentences) findMeetings(text, s, mentions, index, meetings, lead);
  return {
    doc: doc.id,
    lang: 'vi',
    ...(doc.date ? { date: doc.date } : {}),
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    mentions,
    meetings,
  };
}

function gapAt(text: string, tokens: Token[], i: number): string {
  return text.slice(tokens[i - 1].end, tokens[i].start);
}

function claimRange(s: Sentence, first: number, last: number, c: Claim): void {
  for (let k = first; k < last; k++) s.claims[k] = c;
}

function free(s: Sentence, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (s.claims[k]) return false;
  return true;
}

function claimSentence(text: string, s: Sentence, mentions: Mention[], accepted: Set<string>, personSpans: PersonSpans): void {
  const { tokens } = s;
  // 1. known people
  for (const m of knownPeople.findAll(text, tokens)) {
    const i = mentions.push({ start: m.start, end: m.end, text: m.text, kind: 'person', entity: `person:${m.value}` }) - 1;
    claimRange(s, m.first, m.last, { kind: 'person', mention: i });
    remember(m.text, accepted);
  }
  // 1b. known places of two words or more, before offices: "Phủ Chủ tịch", "Lăng Chủ tịch Hồ Chí Minh"
  for (const loc of knownLocations.findAll(text, tokens)) {
    if (loc.last - loc.first < 2 || !free(s, loc.first, loc.last)) continue;
    const m = mentions.push({ start: loc.start, end: loc.end, text: loc.text, kind: 'location', country: loc.value.country }) - 1;
    claimRange(s, loc.first, loc.last, { kind: 'location', mention: m, country: loc.value.country });
  }
  // 2. offices and honorifics
  for (let i = 0; i < tokens.length; i++) {
    if (s.claims[i]) continue;
    const t = TITLES.matchAt(text, tokens, i);
    if (t && free(s, t.first, t.last)) {
      claimRange(s, t.first, t.last, { kind: 'title', text: t.text, start: t.start, end: t.end });
      i = t.last - 1;
      continue;
    }
    const h = HONORIFICS.matchAt(text, tokens, i);
    if (h && free(s, h.first, h.last)) {
      claimRange(s, h.first, h.last, { kind: 'honorific' });
      i = h.last - 1;
    }
  }
  // 3. countries
  for (const c of findCountries(text, 'vi', tokens)) {
    const first = tokens.findIndex((t) => t.start === c.start);
    let last = first;
    while (last < tokens.length && tokens[last].end <= c.end) last++;
    if (first < 0 || !free(s, first, last)) continue;
    const i = mentions.push(c) - 1;
    claimRange(s, first, last, { kind: 'country', mention: i, code: c.entity!.slice(8) });
  }
  // 4. places: known ones, and any capitalized run after a place word ("thủ đô Bắc Kinh", "tỉnh Aichi")
  for (let i = 0; i < tokens.length; i++) {
    if (s.claims[i]) continue;
    const loc = knownLocations.matchAt(text, tokens, i);
    if (loc && free(s, loc.first, loc.last)) {
      const m = mentions.push({ start: loc.start, end: loc.end, text: loc.text, kind: 'location', country: loc.value.country }) - 1;
      claimRange(s, loc.first, loc.last, { kind: 'location', mention: m, country: loc.value.country });
      i = loc.last - 1;
      continue;
    }
    const venue = venueWords.matchAt(text, tokens, i);
    if (venue && venue.last < tokens.length && isCapitalized(tokens[venue.last].text) && !s.claims[venue.last] && free(s, i, venue.last)) {
      // the venue word is part of the name: "sân bay quốc tế Minsk"
      let j = venue.last + 1;
      while (j < tokens.length && isCapitalized(tokens[j].text) && /^[ -]$/u.test(gapAt(text, tokens, j)) && j - venue.last < 4 && (!s.claims[j] || s.claims[j]!.kind === 'location')) j++;
      const start = tokens[i].start;
      const end = tokens[j - 1].end;
      let inner: string | undefined;
      for (let k = venue.last; k < j && !inner; k++) inner = knownLocations.matchAt(text, tokens, k)?.value.country;
      const m = mentions.push({ start, end, text: text.slice(start, end), kind: 'location', ...(inner ? { country: inner } : {}) }) - 1;
      claimRange(s, i, j, { kind: 'location', mention: m, country: inner });
      i = j - 1;
      continue;
    }
    const pw = placeWords.matchAt(text, tokens, i);
    if (pw && pw.last < tokens.length && !knownLocations.matchAt(text, tokens, pw.last) && isCapitalized(tokens[pw.last].text) && !s.claims[pw.last] && !isCapitalized(tokens[i].text)) {
      let j = pw.last + 1;
      while (j < tokens.length && !s.claims[j] && isCapitalized(tokens[j].text) && /^[ -]$/u.test(gapAt(text, tokens, j)) && j - pw.last < 4) j++;
      const start = tokens[pw.last].start;
      const end = tokens[j - 1].end;
      const m = mentions.push({ start, end, text: text.slice(start, end), kind: 'location' }) - 1;
      claimRange(s, pw.last, j, { kind: 'location', mention: m });
      i = j - 1;
    }
  }
  // 5. organizations: known names, and head words with the name that follows ("Bộ Ngoại giao Hàn Quốc")
  for (let i = 0; i < tokens.length; i++) {
    if (s.claims[i]) continue;
    const known = KNOWN_ORGS.matchAt(text, tokens, i);
    const cueHere = CUES.matchAt(text, tokens, i);
    const inName = i > 0 && !s.claims[i - 1] && isCapitalized(tokens[i - 1].text) && gapAt(text, tokens, i) === ' ' && !NOT_NAMES.has(tokens[i - 1].text);
    const head = (cueHere && cueHere.last > i + 1) || inName ? undefined : ORG_HEADS.matchAt(text, tokens, i);
    const m = known && (!head || known.last >= head.last) ? known : head;
    if (!m || !free(s, m.first, m.last)) continue;
    let last = m.last;
    let country: string | undefined;
    if (m === head) {
      // extend over the name: capitalized words, one lower-case syllable after each ("Ngoại giao"),
      // up to and including a country or place ("Hội đồng An ninh Liên bang Nga")
      let prevCap = false;
      while (last < tokens.length) {
        const gap = gapAt(text, tokens, last);
        if (gap !== ' ') break;
        const c = s.claims[last];
        if (c && (c.kind === 'country' || c.kind === 'location')) {
          country = c.kind === 'country' ? c.code : c.country;
          while (last < tokens.length && s.claims[last] === c) last++;
          break;
        }
        if (c) break;
        const w = tokens[last].text;
        if (isCapitalized(w) && !ORG_STOP.has(w) || (w === 'và' && last + 1 < tokens.length && isCapitalized(tokens[last + 1].text))) {
          prevCap = true;
          last++;
        } else if (prevCap && isVietnameseSyllable(tokens[last - 1].text) && /^\p{Ll}/u.test(w) && !TITLE_STOP.has(w)) {
          prevCap = false;
          last++;
        } else break;
      }
      // a lower-case syllable at the end belongs to the sentence, unless it completes a word ("Ngoại giao")
      // keep; but a title before the organization followed by a name: leave the name to the person
      last = leaveNameAfterOrg(text, s, m.last, last, i);
    }
    const start = tokens[i].start;
    const end = tokens[last - 1].end;
    const mi = mentions.push({ start, end, text: text.slice(start, end), kind: 'organization', ...(country ? { country } : {}) }) - 1;
    const claim: Claim = { kind: 'organization', mention: mi, country };
    for (let k = i; k < last; k++) if (!s.claims[k] || s.claims[k]!.kind !== 'country' && s.claims[k]!.kind !== 'location') s.claims[k] = claim;
    else s.claims[k] = claim;
    i = last - 1;
  }
  // 6. names
  for (let i = 0; i < tokens.length; i++) {
    if (s.claims[i] || !isCapitalized(tokens[i].text)) continue;
    if (NOT_NAMES.has(tokens[i].text) && !isInitial(text, tokens, i)) continue;
    // "Viện trưởng VKSND Lê Minh Trí": an acronym before a name is the office's organization
    if (i > 0 && s.claims[i - 1]?.kind === 'title' && /^\p{Lu}{2,6}$/u.test(tokens[i].text) && i + 1 < tokens.length && !s.claims[i + 1] && isCapitalized(tokens[i + 1].text) && gapAt(text, tokens, i + 1) === ' ' && !/^\p{Lu}+$/u.test(tokens[i + 1].text)) {
      const mi = mentions.push({ start: tokens[i].start, end: tokens[i].end, text: tokens[i].text, kind: 'organization' }) - 1;
      s.claims[i] = { kind: 'organization', mention: mi };
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !s.claims[j]) {
      const gap = gapAt(text, tokens, j);
      const w = tokens[j].text;
      if (gap === '-' || gap === '‐') j++;
      else if (gap === ' ' && isCapitalized(w)) j++;
      else if ((gap === '.' || gap === '. ') && isInitial(text, tokens, j - 1) && isCapitalized(w)) j++;
      else if (gap === ' ' && PARTICLES.has(w) && j + 1 < tokens.length && isCapitalized(tokens[j + 1].text) && !s.claims[j + 1]) j++;
      else break;
    }
    // a run ending on an initial ("Kim Jong-un và V.") is cut before it
    while (j > i + 1 && isInitial(text, tokens, j - 1) && !(j < tokens.length)) j--;
    if (wordCount(text, tokens, i, j) > 5) {
      i = j - 1;
      continue;
    }
    const intro = introducedBy(s, i);
    const name = text.slice(tokens[i].start, tokens[j - 1].end);
    const tagged = personSpans.some((p) => p.start <= tokens[i].start && tokens[j - 1].end <= p.end);
    const single = j === i + 1 && (isVietnameseSyllable(name) || /^\p{Lu}{2,4}$/u.test(name));
    const credit = /^\s*\/\s*\p{Lu}/u.test(text.slice(tokens[j - 1].end, tokens[j - 1].end + 3)) || /(?:Ảnh|Nguồn|Video|Clip)\s*:\s*$/u.test(text.slice(Math.max(0, tokens[i].start - 8), tokens[i].start));
    if (j === i + 1 && /^\p{Lu}{2,6}$/u.test(name) && intro) {
      const mi = mentions.push({ start: tokens[i].start, end: tokens[i].end, text: name, kind: 'organization' }) - 1;
      s.claims[i] = { kind: 'organization', mention: mi };
    } else if (NOT_PEOPLE.has(name) || credit) {
      // a place or thing that looks like a name; a photo credit ("Ảnh: Doãn Tấn/TTXVN")
      // a place or thing that looks like a name
    } else if (intro || looksVietnameseName(tokens, i, j) || (tagged && !single)) {
      addPerson(text, s, i, j, mentions, accepted);
    } else if (!(j === i + 1 && NOT_NAMES.has(name))) {
      s.pending.push({ first: i, last: j });
    }
    i = j - 1;
  }
}

/** Within an organization introduced by an office, the trailing foreign words or Vietnamese full name are the person's. */
function leaveNameAfterOrg(text: string, s: Sentence, headEnd: number, last: number, orgStart: number): number {
  const before = orgStart > 0 ? s.claims[orgStart - 1] : undefined;
  if (!before || before.kind !== 'title') return last;
  const { tokens } = s;
  // Vietnamese full name inside: cut at its surname
  for (let k = headEnd + 1; k < last; k++) {
    if (SURNAMES.has(tokens[k].text) && looksVietnameseName(tokens, k, last)) return k;
  }
  // foreign words after the head: keep one for the organization, leave the rest (at most 3) to the name
  const foreign: number[] = [];
  for (let k = headEnd; k < last; k++) if (isCapitalized(tokens[k].text) && !isVietnameseSyllable(tokens[k].text)) foreign.push(k);
  if (foreign.length >= 2 && foreign[foreign.length - 1] === last - 1) {
    const nameStart = Math.max(foreign[0] + 1, last - 3);
    return nameStart;
  }
  return last;
}

function isInitial(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.text.length <= 2 && /^\p{Lu}\p{Ll}?$/u.test(t.text) && text[t.end] === '.';
}

function wordCount(text: string, tokens: Token[], i: number, j: number): number {
  let n = 1;
  for (let k = i + 1; k < j; k++) if (/\s/u.test(gapAt(text, tokens, k))) n++;
  return n;
}

function looksVietnameseName(tokens: Token[], i: number, j: number): boolean {
  if (j - i < 2 || j - i > 4 || !SURNAMES.has(tokens[i].text)) return false;
  for (let k = i; k < j; k++) if (!isCapitalized(tokens[k].text) || !isVietnameseSyllable(tokens[k].text)) return false;
  return true;
}

/** The office (and the country or organization written with it) that introduces the name at token i. */
function introducedBy(s: Sentence, i: number): { title?: string; titleStart?: number; titleEnd?: number; country?: string; org?: number } | undefined {
  let k = i - 1;
  let country: string | undefined;
  let org: number | undefined;
  while (k >= 0) {
    const c = s.claims[k];
    if (!c && (s.tokens[k].text === 'tại' || s.tokens[k].text === 'ở') && (country || org !== undefined)) {
      // "Đại sứ Belarus tại Việt Nam X": the country before "tại" is the one represented
      country = undefined;
      org = undefined;
      k--;
      continue;
    }
    if (!c) return undefined;
    if (c.kind === 'location' && (k > 0 && (s.tokens[k - 1].text === 'tại' || s.tokens[k - 1].text === 'ở'))) {
      while (k >= 0 && s.claims[k] === c) k--;
      continue;
    }
    if (c.kind === 'country' && !country) {
      country = c.code;
      while (k >= 0 && s.claims[k] === c) k--;
      continue;
    }
    if (c.kind === 'organization' && org === undefined) {
      org = c.mention;
      country ??= c.country;
      while (k >= 0 && s.claims[k] === c) k--;
      continue;
    }
    if (c.kind === 'title') return { title: c.text, titleStart: c.start, titleEnd: c.end, country, org };
    if (c.kind === 'honorific') return { country, org };
    return undefined;
  }
  return undefined;
}

function remember(name: string, accepted: Set<string>): void {
  accepted.add(name);
  const words = name.split(/\s+/u);
  for (let k = 1; k < words.length; k++) accepted.add(words.slice(k).join(' '));
}

/** Fill in the office, country and organization written before each person's name. */
function describePeople(text: string, s: Sentence, mentions: Mention[]): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const c = s.claims[i];
    if (c?.kind !== 'person' || (i > 0 && s.claims[i - 1] === c)) continue;
    const m = mentions[c.mention];
    const kp = m.entity ? knownPerson(m.entity.slice(7)) : undefined;
    const intro = introducedBy(s, i);
    if (kp?.country && !m.country) m.country = kp.country;
    if (!intro) continue;
    if (intro.title !== undefined) {
      const orgM = intro.org !== undefined ? mentions[intro.org] : undefined;
      m.title = orgM && orgM.start >= intro.titleEnd! ? text.slice(intro.titleStart, orgM.end) : intro.title;
    }
    if (intro.country) m.country = intro.country;
    else if (intro.title !== undefined && !m.country && isVietnameseFullName(m.text)) m.country = 'VN';
    if (intro.org !== undefined) m.org = mentions[intro.org].text;
  }
}

/** A Vietnamese full name ("Nguyễn Xuân Phúc"): an official with no country named is Vietnam's. */
function isVietnameseFullName(name: string): boolean {
  const w = name.split(' ');
  return w.length >= 2 && w.length <= 4 && SURNAMES.has(w[0]) && w.every((x) => isCapitalized(x) && isVietnameseSyllable(x));
}

function addPerson(text: string, s: Sentence, i: number, j: number, mentions: Mention[], accepted: Set<string>): void {
  const { tokens } = s;
  const start = tokens[i].start;
  const end = tokens[j - 1].end;
  const m: Mention = { start, end, text: text.slice(start, end), kind: 'person' };
  const idx = mentions.push(m) - 1;
  claimRange(s, i, j, { kind: 'person', mention: idx });
  remember(m.text, accepted);
}

// ---------------------------------------------------------------- meetings

function leadDate(sentences: Sentence[]): DateExpr | undefined {
  for (const s of sentences.slice(0, 3)) if (s.dates.length > 0) return s.dates[0];
  return undefined;
}

const OWN_DATE_ONLY = new Set<MeetingKind>(['consultation', 'session', 'conference', 'summit']);
const ATTEND = /(?:tham dự|dự|tổ chức|chủ trì|đồng chủ trì|diễn ra|khai mạc|bế mạc|tham gia|tiến hành|triệu tập|có mặt tại|phát biểu tại|bên lề)\s+(?:\p{Ll}+\s+){0,2}$/u;
const TITLE_STOP = new Set(['giữa', 'tại', 'ở', 'và', 'với', 'diễn', 'vào', 'ngày', 'từ', 'để', 'nhằm', 'do', 'hôm', 'sẽ', 'đã', 'được', 'nhân', 'trong', 'khi', 'sau', 'trước', 'theo', 'cho', 'là', 'có', 'này', 'đó', 'bên', 'qua', 'nhưng', 'vừa', 'đang', 'tới', 'đến', 'lần', 'sáng', 'chiều', 'tối']);

function findMeetings(
  text: string,
  s: Sentence,
  mentions: Mention[],
  index: Map<Mention, number>,
  out: MeetingMention[],
  lead: DateExpr | undefined,
): void {
  const { tokens } = s;
  const cues = CUES.findAll(text, tokens);
  if (cues.length === 0) return;
  const nots = NOT_CUES.findAll(text, tokens);
  const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const people = [...inSentence.filter((m) => m.kind === 'person'), ...bareTitles(text, s, mentions, index)].sort((a, b) => a.start - b.start);
  if (people.length === 0) {
    // "Cuộc gặp này dự kiến diễn ra tại Washington ngày 17/7": the meeting just reported, with its date and place
    const previous = out[out.length - 1];
    const cue = cues.find((c) => /^\s+(?:này|nói trên|trên|đó)(?![\p{L}])/u.test(text.slice(c.end, c.end + 12)));
    if (!previous || !cue || previous.evidence.end < s.start - 1500) return;
    const date = s.dates.find((d) => d.start >= cue.end) ?? s.dates[0];
    const place = placeFor('meeting', text, s, cue, inSentence);
    out.push({
      ...previous,
      cue: { start: cue.start, end: cue.end, text: cue.text },
      evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
      ...(date ? { date: date.date, ...(date.endDate ? { endDate: date.endDate } : {}), dateInferred: false } : {}),
      ...(place ? { place: { start: place.m.start, end: place.m.end, text: place.m.text, ...(place.m.entity ? { entity: place.m.entity } : {}) } } : {}),
    });
    return;
  }
  for (const cue of cues) {
    if (nots.some((n) => n.start < cue.end && cue.start < n.end)) continue;
    // a cue word inside a name or an office is not a cue
    if (s.claims[cue.first] && s.claims[cue.first]!.kind !== 'honorific') continue;
    const before = tokens.slice(Math.max(0, cue.first - 4), cue.first);
    const hypo = HYPOTHETICAL.findAll(text, before);
    if (hypo.length > 0 && !/nhận lời mời\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(Math.max(s.start, cue.start - 30), cue.start))) continue;
    const planned = PLANNED.findAll(text, before).length > 0;
    const kind = cue.value;
    // a named event needs its name, an attendance verb or a date ("cơ chế tham vấn" is no meeting)
    if (OWN_DATE_ONLY.has(kind) && !/^\p{Lu}/u.test(cue.text) && !ATTEND.test(text.slice(Math.max(s.start, cue.start - 30), cue.start)) && !s.dates.some((d) => d.start >= cue.end)) continue;
    const all = participantsFor(kind, text, s, cue, people);
    for (const roles of splitListed(kind, cue, all)) {
    if (roles.length === 0) continue;
    if (kind === 'meeting' && roles.length < 2) continue;
    const dates = s.dates.filter((d) => dateBelongs(text, s, d, cue, cues, people[0]?.start));
    const after = dates.find((d) => d.start >= cue.end);
    const beforeD = [...dates].reverse().find((d) => d.end <= cue.start);
    let date: DateExpr | undefined = OWN_DATE_ONLY.has(kind) ? after : (after ?? beforeD);
    let inferred = false;
    if (!date && !OWN_DATE_ONLY.has(kind) && kind !== 'visit' && lead) [date, inferred] = [lead, true];
    const place = placeFor(kind, text, s, cue, inSentence, cues);
    const title = /^\p{Lu}/u.test(cue.text) ? titleFrom(text, tokens, cue.first, cue.last) : undefined;
    const countries = new Set<string>();
    for (const r of roles) if (r.m.country) countries.add(r.m.country);
    if (place?.country) countries.add(place.country);
    if (title) for (const c of findCountries(title.text, 'vi')) countries.add(c.entity!.slice(8));
    const mm: MeetingMention = {
      kind,
      cue: { start: cue.start, end: cue.end, text: cue.text },
      evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
      participants: roles.map((r) => ({ mention: index.get(r.m)!, role: r.role })).filter((p, i, all) => all.findIndex((q) => q.mention === p.mention) === i),
      countries: [...countries].sort(),
      ...(date ? { date: date.date, ...(date.endDate ? { endDate: date.endDate } : {}), ...(inferred ? { dateInferred: true } : {}) } : {}),
      ...(place ? { place: { start: place.m.start, end: place.m.end, text: place.m.text, ...(place.m.entity ? { entity: place.m.entity } : {}) } } : {}),
      ...(title ? { title: title.text } : {}),
      ...(planned ? { planned: true } : {}),
    };
    out.push(mm);
    }
  }
}

/** The comma- or semicolon-separated clause of a sentence that holds offset `at`: [start, end). */
function clauseOf(text: string, s: SentenceSpan, at: number): [number, number] {
  const start = Math.max(s.start, text.lastIndexOf(',', at - 1) + 1, text.lastIndexOf(';', at - 1) + 1);
  const next = /[,;]/u.exec(text.slice(at, s.end));
  return [start, next ? at + next.index : s.end];
}

/**
 * Does a date of the sentence belong to this cue? One in the cue's own clause does; so does a free
 * time adverbial before the subject ("…, chiều 6/6, Thủ tướng đã tiếp …") for the main clause's
 * cues, but not for a cue in another opening clause ("Trong khuôn khổ chuyến thăm … và tham dự
 * Hội nghị …, chiều 6/6, Thủ tướng đã tiếp": the date is the reception's, not the conference's).
 */
function dateBelongs(text: string, s: SentenceSpan, d: DateExpr, cue: Cue, cues: Cue[], subject: number | undefined): boolean {
  // a date after a nearer cue is that cue's ("hội đàm … trong khuôn khổ chuyến thăm … từ ngày 29-31/5")
  if (d.start >= cue.end && cues.some((c) => c !== cue && c.start >= cue.end && c.end <= d.start)) return false;
  const [cs, ce] = clauseOf(text, s, cue.start);
  if (d.start >= cs && d.start < ce) return true;
  const [ds, de] = clauseOf(text, s, d.start);
  const free = !cues.some((c) => c.start >= ds && c.start < de);
  if (!free) return false;
  // a cue that opens the sentence before its subject keeps only the dates of its own clause
  if (subject !== undefined && cue.start < subject && d.start > cue.start) return false;
  return true;
}

/**
 * "Thủ tướng đã có các cuộc gặp với …": an office standing alone names the one person of the
 * article who holds it. Returns stand-ins at the office's position that index like that person.
 */
function bareTitles(text: string, s: Sentence, mentions: Mention[], index: Map<Mention, number>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const c = s.claims[i];
    if (c?.kind !== 'title' || (i > 0 && s.claims[i - 1] === c)) continue;
    let j = i;
    while (j < s.tokens.length && s.claims[j] === c) j++;
    const next = s.tokens[j];
    // not bare: a name, a country or an organization follows ("Thủ tướng Nhật Bản …")
    if (next && (s.claims[j] || isCapitalized(next.text)) && /^\s+$/u.test(text.slice(s.tokens[j - 1].end, next.start))) continue;
    const holders = mentions.filter((m) => m.kind === 'person' && m.end <= c.start && m.title && (m.title === c.text || m.title.startsWith(`${c.text} `)) && !/^(cựu|nguyên)\s/u.test(m.title));
    const lastWords = new Set(holders.map((m) => m.text.split(' ').pop()));
    if (holders.length === 0 || lastWords.size !== 1) continue;
    const antecedent = holders.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const proxy: Mention = { ...antecedent, start: c.start, end: c.end };
    index.set(proxy, index.get(antecedent)!);
    out.push(proxy);
  }
  return out;
}

/**
 * "X tiếp/gặp lần lượt A, B và C": one person meeting three or more listed after the cue is that
 * many bilateral meetings, not one.
 */
function splitListed(kind: MeetingKind, cue: Cue, roles: { m: Mention; role: Role }[]): { m: Mention; role: Role }[][] {
  if (kind !== 'reception' && kind !== 'meeting' && kind !== 'talks') return [roles];
  const subjects = roles.filter((r) => r.m.end <= cue.start);
  const objects = roles.filter((r) => !subjects.includes(r));
  if (subjects.length !== 1 || objects.length < 3) return [roles];
  return objects.map((o) => [subjects[0], o]);
}

type Cue = { start: number; end: number; text: string; first: number; last: number };

function participantsFor(kind: MeetingKind, text: string, s: Sentence, cue: Cue, people: Mention[]): { m: Mention; role: Role }[] {
  // "X cho biết hai nhà lãnh đạo đã gặp nhau": X reports the meeting, X is not in it
  const speaking = (m: Mention) => {
    if (m.end > cue.start) return false;
    const said = SPEECH.exec(text.slice(m.end, cue.start));
    if (!said) return false;
    // "X khẳng định sẽ thăm": X is the subject; "X cho biết hai nhà lãnh đạo đã gặp": X only reports
    const rest = text.slice(m.end + said.index + said[0].length, cue.start);
    const reported = /^[\s,:]*(?:rằng\s+)?(?:các\s+|những\s+)?(?:cuộc|chuyến|buổi|vòng|kỳ|phiên|hội nghị)/iu.test(text.slice(m.end + said.index + said[0].length, cue.end));
    return reported || OTHER_SUBJECT.test(rest) || /\p{Lu}/u.test(rest) || people.some((p) => p.start >= m.end + said.index + said[0].length && p.end <= cue.start);
  };
  const before = people.filter((m) => m.end <= cue.start && !speaking(m));
  const after = people.filter((m) => m.start >= cue.end);
  people = people.filter((m) => !speaking(m));
  const as = (list: Mention[], role: Role) => list.map((m) => ({ m, role }));
  let result: { m: Mention; role: Role }[];
  if (kind === 'reception') {
    if (before.length === 0 || cue.first <= 2) {
      // "Tại buổi tiếp Y, X nhấn mạnh": guests up to the comma, the host after it;
      // "Ra đón Y tại Z có A, B": the welcoming party after "có"
      const co = /\scó\s/u.exec(text.slice(cue.end, s.end));
      const comma = text.indexOf(',', cue.end);
      const cut = co ? cue.end + co.index : comma >= 0 && comma < s.end ? comma : s.end;
      const guests = after.filter((m) => m.end <= cut);
      const hosts = after.filter((m) => m.start > cut);
      result = hosts.length > 0 ? [...as(hosts.slice(0, 1), 'host'), ...as(guests, 'guest'), ...as(co ? hosts.slice(1) : [], 'participant')] : as(guests, 'participant');
    } else {
      // "X tiếp Y"; passive "Y được X tiếp"
      const host = before[before.length - 1];
      const passive = /(?:^|\s)được(?:\s|$)/u.test(text.slice(host.end, cue.start));
      // "cảm ơn Thủ tướng đã dành thời gian tiếp;": no one received after the cue, no roles to tell
      const clauseEnd = /[;.]/u.exec(text.slice(cue.end, s.end));
      const received = after.filter((m) => !clauseEnd || m.start < cue.end + clauseEnd.index);
      if (!passive && received.length === 0) return [];
      result = passive ? [...as(before, 'guest'), ...as(after.slice(0, 1), 'host')] : [...as([host], 'host'), ...as(after, 'guest')];
    }
  } else if (kind === 'visit') {
    // the visitor is the subject before the cue, or the owner in "chuyến thăm X của Y"
    // "chuyến thăm Nhật Bản của Thủ tướng X": the owner is the visitor, whoever speaks before
    const of = /^[^,;.]{0,40}?\s+của\s+/u.exec(text.slice(cue.end, s.end));
    const owners = of ? after.filter((m) => m.start >= cue.end + of.index).slice(0, 1) : [];
    // "X hội đàm với Y trong khuôn khổ chuyến thăm …": Y, the object of "với", is not the visitor
    const visitors = before.filter((m, k) => !/(?:^|\s)với\s+(?:[\p{L}]+\s+){0,6}$/u.test(text.slice(k > 0 ? before[k - 1].end : s.start, m.start)));
    const pool = visitors.length > 0 ? visitors : before;
    result = as(owners.length > 0 ? owners : pool.length > 0 ? subjects(text, s, pool) : after.slice(0, 1), 'participant');
  } else if (kind === 'summit' || kind === 'conference' || kind === 'consultation' || kind === 'session') {
    const attendees = /^[^.;]{0,80}?(?:với sự tham dự của|có sự tham gia của|quy tụ|gồm)/u.test(text.slice(cue.end, s.end));
    result = as(before.length > 0 ? before : attendees ? after : after.slice(0, 1), 'participant');
  } else {
    result = as(people, 'participant');
  }
  const seen = new Set<string>();
  return result.filter((r) => !seen.has(r.m.text) && (seen.add(r.m.text), true));
}

const SPEECH = /^[^,;:]*?(?:\s|^)(?:cho biết|cho hay|nói|cho rằng|khẳng định|nhấn mạnh|tuyên bố|phát biểu|thông báo|nêu rõ|xác nhận|tiết lộ|bày tỏ|chia sẻ|viết|dẫn lời)(?:\s|,|:|$)/u;
const OTHER_SUBJECT = /(?:hai|các|những|ba)\s+(?:nhà lãnh đạo|lãnh đạo|bên|ông|bà|nước|vị|quan chức|ngoại trưởng|bộ trưởng|tổng thống|thủ tướng)|phía|đoàn|cuộc/iu;
const JOINERS = new Set(['và', 'cùng', 'với', 'cùng với']);
/** The last person before the cue, with those joined to it ("Nhà Vua Akihito và Hoàng hậu Michiko"). */
function subjects(text: string, s: Sentence, before: Mention[]): Mention[] {
  const out = [before[before.length - 1]];
  for (let k = before.length - 2; k >= 0; k--) {
    const gapTokens = s.tokens.filter((t) => t.start >= before[k].end && t.end <= out[0].start);
    const joined = gapTokens.some((t) => JOINERS.has(t.text)) && gapTokens.every((t, i) => {
      const c = s.claims[s.tokens.indexOf(t)];
      return JOINERS.has(t.text) || (c && c.kind !== 'person');
    });
    if (!joined || /[.;:]/u.test(text.slice(before[k].end, out[0].start))) break;
    out.unshift(before[k]);
  }
  return out;
}

function placeFor(kind: MeetingKind, text: string, s: Sentence, cue: Cue, inSentence: Mention[], cues: Cue[] = [cue]): { m: Mention; country?: string } | undefined {
  const places = inSentence.filter((m) => m.kind === 'location' || m.kind === 'country');
  const withCountry = (m: Mention) => ({ m, country: m.kind === 'country' ? m.entity!.slice(8) : m.country });
  if (kind === 'visit') {
    // "chuyến thăm Trung Quốc", "thăm chính thức Việt Nam"
    const next = places.find((m) => m.start >= cue.end && m.start - cue.end <= 25 && /^[\s\p{Ll}]*$/u.test(text.slice(cue.end, m.start)));
    if (next) return withCountry(next);
  }
  // "tại (thủ đô) Bắc Kinh", "ở Hamburg", in the cue's own clause: in "Sau cuộc hội đàm ở Alaska,
  // X tiếp Y" Alaska is the talks' place, not the reception's
  const clauseStart = Math.max(s.start, text.lastIndexOf(',', cue.start) + 1, text.lastIndexOf(';', cue.start) + 1);
  const firstPerson = inSentence.find((m) => m.kind === 'person')?.start;
  const nextStop = /[,;]/u.exec(text.slice(cue.end, s.end));
  const clauseEnd = nextStop ? cue.end + nextStop.index : s.end;
  const located = places.filter((m) => {
    const pre = text.slice(Math.max(s.start, m.start - 30), m.start);
    // an opening adverbial ("Chiều 1/3, tại Phủ Chủ tịch, X hội đàm …") places the whole sentence
    // … unless the opening holds a meeting of its own ("Sau cuộc hội đàm ở Alaska, X tiếp Y")
    const opening = (firstPerson === undefined || m.end <= firstPerson) && !cues.some((c) => c !== cue && c.start < m.start && c.start < (firstPerson ?? s.end));
    const inClause = (m.start >= clauseStart && m.start <= clauseEnd) || opening;
    return inClause && /(?:^|\s)(?:tại|ở|Tại|Ở)\s+(?:[\p{Ll}]+\s+){0,3}$/u.test(pre);
  });
  if (OWN_DATE_ONLY.has(kind)) {
    const afterCue = located.find((m) => m.start >= cue.end);
    return afterCue ? withCountry(afterCue) : undefined;
  }
  const ordered = [...located.filter((m) => m.start >= cue.end), ...located.filter((m) => m.start < cue.end)];
  const best = ordered.find((m) => m.kind === 'location') ?? ordered[0];
  return best ? withCountry(best) : undefined;
}

function titleFrom(text: string, tokens: Token[], first: number, last: number): { text: string } | undefined {
  let j = last;
  while (j < tokens.length) {
    const gap = gapAt(text, tokens, j);
    if (!/^(?:\s+|\s*[-–()]\s*|\)\s+|\s+\()$/u.test(gap)) break;
    const w = tokens[j].text;
    if (w === 'lần' || w === 'thứ') {
      // "lần thứ 15", "thứ 6": include the ordinal and stop after "lần thứ N"
      let k = j;
      if (tokens[k].text === 'lần') k++;
      if (k < tokens.length && tokens[k].text === 'thứ') k++;
      if (k < tokens.length && /^\d+$|^\p{Lu}+$/u.test(tokens[k].text)) {
        const stop = w === 'lần';
        j = k + 1;
        if (stop) break;
        continue;
      }
      break;
    }
    if (TITLE_STOP.has(w)) break;
    j++;
  }
  if (j === last) return undefined;
  // "Hội nghị thượng đỉnh Nhóm các nền kinh tế … và mới nổi hàng đầu thế giới (G20)": the name runs to its acronym
  const rest = text.slice(tokens[j - 1].end, Math.min(text.length, tokens[j - 1].end + 120));
  const acronym = /^[^,.;:()]*?\((\p{Lu}[\p{Lu}\d-]{1,9})\)/u.exec(rest);
  if (acronym) return { text: text.slice(tokens[first].start, tokens[j - 1].end + acronym[0].length) };
  let end = tokens[j - 1].end;
  if (text[end] === ')' && text.slice(tokens[first].start, end).includes('(')) end++;
  return { text: text.slice(tokens[first].start, end) };
}
