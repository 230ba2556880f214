// Vietnamese mentions, sentence by sentence: words are claimed in order of confidence (known
// people, places of several words, offices, countries, places, organizations); the capitalized runs
// left over are name candidates, accepted when an office or honorific introduces them, when they
// look like a Vietnamese full name, or when the statistical tagger reads them as a person.

import type { Mention } from '../../types.js';
import { findCountries } from '../countries.js';
import { englishClass } from '../english-class.js';
import { knownPeople, knownPerson } from '../known-people.js';
import { knownLocations, placeWords, venueWords } from '../locations.js';
import { Gazetteer } from '../gazetteer.js';
import { TEAMS } from '../teams.js';
import { overlapFinder } from '../overlaps.js';
import { isCapitalized, type Token } from '../tokenize.js';
import { creditAt } from './ner/credit-at.js';
import { APPOSITION_GAP } from './ner/office-after.js';
import { hashLower, pairKey } from './ner/features.js';
import { loadViNerModel } from './ner/tag-vi.js';
import { CUES, HEADS_BEFORE_NAME, HONORIFICS, KNOWN_ORGS, NOT_NAMES, NOT_PEOPLE, ORG_HEADS, STOP_WORDS, SURNAMES, TITLES } from './lexicon-vi.js';
import { claimRange, free, gapAt, type Claim, type Sentence } from './sentence-vi.js';
import { isVietnameseSyllable } from './syllable.js';

/** Optional statistical person spans (from the tagger), consulted for unintroduced names. */
export type PersonSpans = { start: number; end: number }[];

// the tagger's people that overlap a range, by search (overlaps.ts); one finder per document's list
const finders = new WeakMap<PersonSpans, (start: number, end: number) => number[]>();
function taggedOver(spans: PersonSpans, start: number, end: number): { start: number; end: number }[] {
  let f = finders.get(spans);
  if (!f) finders.set(spans, (f = overlapFinder(spans)));
  return f(start, end).map((k) => spans[k]);
}

const ORG_STOP = new Set(['Tại', 'Theo', 'Trong', 'Ảnh', 'Nguồn', 'Ông', 'Bà', 'Ngài']);
const CREDIT_WORDS = new Set(['Ảnh', 'Nguồn', 'Video', 'Clip']);
const ACRONYM = /^\p{Lu}[\p{Lu}\d]*$/u;
const NAME_SUFFIX = /^,?\s(?:Jr|Sr)\b/u;
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'bin', 'al', 'el', 'da', 'di', 'du', 'la', 'le', 'dos', 'del', 'ibn', 'ben']);

/** An acronym ("VKSND"), or acronyms joined by "-" or "&" ("GD-ĐT", "LĐ-TB&XH"). */
const ACRONYM_RUN = /^\p{Lu}[\p{Lu}\d]{1,5}(?:\s?[-&]\s?\p{Lu}[\p{Lu}\d]{1,5})*$/u;

/** One capital letter: "T" and "Ư" of "T.Ư". */
const isLetterCapital = (w: string): boolean => w.length === 1 && ACRONYM.test(w);

/** Whether only white space lies between token i and the one before it. */
const spaceBefore = (text: string, tokens: Token[], i: number): boolean => /^\s+$/u.test(gapAt(text, tokens, i));

export function claimSentence(text: string, s: Sentence, mentions: Mention[], accepted: Set<string>, personSpans: PersonSpans, sports = false): void {
  claimKnownPeople(text, s, mentions, accepted);
  claimTeams(text, s, mentions, sports);
  claimLongPlaces(text, s, mentions, personSpans);
  claimOffices(text, s);
  claimCountries(text, s, mentions);
  claimPlaces(text, s, mentions, personSpans);
  claimOrganizations(text, s, mentions);
  claimNames(text, s, mentions, accepted, personSpans);
}

// The steps, in claimSentence's order: each claims free tokens only, so an earlier step's claim wins.

/** 1. Known people. */
function claimKnownPeople(text: string, s: Sentence, mentions: Mention[], accepted: Set<string>): void {
  const { tokens } = s;
  for (const m of knownPeople.findAll(text, tokens)) {
    // "Donald Trump Jr.": another person, whose name the run of capitalised words below takes whole
    if (NAME_SUFFIX.test(text.slice(m.end, m.end + 5))) continue;
    const i = mentions.push({ start: m.start, end: m.end, text: m.text, kind: 'person', entity: `person:${m.value}` }) - 1;
    claimRange(s, m.first, m.last, { kind: 'person', mention: i });
    remember(m.text, accepted);
  }
}

/**
 * 1a. Sports teams: a name of two words or more anywhere ("Real Madrid", "Cleveland Cavaliers"), one of one word (or a
 * place's too) in a report on sport only ("Valenciennes vs Nancy", "trận thắng trước Cavaliers") and not as a piece of a
 * longer name ("Nancy Carson").
 */
function claimTeams(text: string, s: Sentence, mentions: Mention[], sports: boolean): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (s.claims[i] || !TEAMS.beginsAt(tokens, i)) continue;
    const t = TEAMS.matchAt(text, tokens, i);
    if (!t || !free(s, t.first, t.last)) continue;
    if (!t.value.anywhere) {
      const inName = (k: number, gapAfter: number) => k >= 0 && k < tokens.length && isCapitalized(tokens[k].text) && gapAt(text, tokens, gapAfter) === ' ';
      if (!sports || inName(i - 1, i) || inName(t.last, t.last)) continue;
    }
    const m = mentions.push({ start: t.start, end: t.end, text: t.text, kind: 'organization', entity: t.value.key }) - 1;
    claimRange(s, t.first, t.last, { kind: 'organization', mention: m });
    i = t.last - 1;
  }
}

/** 1b. Known places of two words or more, before offices: "Phủ Chủ tịch", "Lăng Chủ tịch Hồ Chí Minh". */
function claimLongPlaces(text: string, s: Sentence, mentions: Mention[], personSpans: PersonSpans): void {
  const { tokens } = s;
  for (const loc of knownLocations.findAll(text, tokens)) {
    if (loc.last - loc.first < 2 || !free(s, loc.first, loc.last) || inTaggedName(text, s, loc.first, loc.end, personSpans)) continue;
    const m = mentions.push({ start: loc.start, end: loc.end, text: loc.text, kind: 'location', country: loc.value.country }) - 1;
    claimRange(s, loc.first, loc.last, { kind: 'location', mention: m, country: loc.value.country });
  }
}

/** 2. Offices and honorifics (here and below, a token where no phrase of any gazetteer starts is passed at once). */
function claimOffices(text: string, s: Sentence): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (s.claims[i] || !Gazetteer.mayStartAt(tokens, i)) continue;
    const t = TITLES.matchAt(text, tokens, i);
    if (t && free(s, t.first, t.last)) {
      // an office that ends in an organization's head written with its capital, a name after it: the head begins
      // the organization's name ("Trưởng ⟨Ban Dân vận⟩ T.Ư", not a person "Dân")
      const last = t.last - t.first > 1 && headBeforeName(text, tokens, t.last - 1) ? t.last - 1 : t.last;
      const end = tokens[last - 1].end;
      claimRange(s, t.first, last, { kind: 'title', text: text.slice(t.start, end), start: t.start, end });
      i = last - 1;
      continue;
    }
    const h = HONORIFICS.matchAt(text, tokens, i);
    if (h && free(s, h.first, h.last)) {
      claimRange(s, h.first, h.last, { kind: 'honorific' });
      i = h.last - 1;
    }
  }
}

/**
 * Whether token k is a one-word organization's head written as a word with its capital ("Ban", "Sở"; not an acronym:
 * "Chủ tịch UBND TP Hà Nội" stays an office with its place), and a capitalized word follows it.
 */
function headBeforeName(text: string, tokens: Token[], k: number): boolean {
  const head = ORG_HEADS.matchAt(text, tokens, k);
  return head !== undefined && head.last === k + 1 && isCapitalized(tokens[k].text) && !ACRONYM.test(tokens[k].text) && k + 1 < tokens.length &&
    gapAt(text, tokens, k + 1) === ' ' && isCapitalized(tokens[k + 1].text);
}

/**
 * 3. Countries, with the "Cộng hòa" of a formal name the gazetteer lacks ("Tổng thống Cộng hòa Haiti"), which would
 * otherwise begin a person "Cộng".
 */
function claimCountries(text: string, s: Sentence, mentions: Mention[]): void {
  const { tokens } = s;
  for (const found of findCountries(text, 'vi', tokens)) {
    const republic = REPUBLIC_BEFORE.exec(text.slice(Math.max(0, found.start - 10), found.start));
    const c = republic ? { ...found, start: found.start - republic[1].length, text: text.slice(found.start - republic[1].length, found.end) } : found;
    const first = tokens.findIndex((t) => t.start === c.start);
    let last = first;
    while (last < tokens.length && tokens[last].end <= c.end) last++;
    if (first < 0 || !free(s, first, last) || inFullName(text, s, first, last)) continue;
    const i = mentions.push(c) - 1;
    claimRange(s, first, last, { kind: 'country', mention: i, code: c.entity!.slice(8) });
  }
}

/** 4. Places: known ones, and any capitalized run after a place word ("thủ đô Bắc Kinh", "tỉnh Aichi"). */
function claimPlaces(text: string, s: Sentence, mentions: Mention[], personSpans: PersonSpans): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (s.claims[i] || !Gazetteer.mayStartAt(tokens, i)) continue;
    const loc = knownLocations.matchAt(text, tokens, i);
    if (loc && free(s, loc.first, loc.last) && !inTaggedName(text, s, loc.first, loc.end, personSpans)) {
      const m = mentions.push({ start: loc.start, end: loc.end, text: loc.text, kind: 'location', country: loc.value.country }) - 1;
      claimRange(s, loc.first, loc.last, { kind: 'location', mention: m, country: loc.value.country });
      i = loc.last - 1;
      continue;
    }
    const venue = venueWords.matchAt(text, tokens, i);
    if (venue && venue.last < tokens.length && spaceBefore(text, tokens, venue.last) && isCapitalized(tokens[venue.last].text) && !s.claims[venue.last] && free(s, i, venue.last)) {
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
    // the name follows the word across a space, not across a stop ("HĐND tỉnh; Mai Sỹ Diến, Tỉnh ủy viên")
    if (pw && pw.last < tokens.length && spaceBefore(text, tokens, pw.last) && !knownLocations.matchAt(text, tokens, pw.last) && isCapitalized(tokens[pw.last].text) && !s.claims[pw.last] && !isCapitalized(tokens[i].text)) {
      let j = pw.last + 1;
      while (j < tokens.length && !s.claims[j] && isCapitalized(tokens[j].text) && /^[ -]$/u.test(gapAt(text, tokens, j)) && j - pw.last < 4) j++;
      const start = tokens[pw.last].start;
      const end = tokens[j - 1].end;
      const m = mentions.push({ start, end, text: text.slice(start, end), kind: 'location' }) - 1;
      claimRange(s, pw.last, j, { kind: 'location', mention: m });
      i = j - 1;
    }
  }
}

/** 5. Organizations: known names, and head words with the name that follows ("Bộ Ngoại giao Hàn Quốc"). */
function claimOrganizations(text: string, s: Sentence, mentions: Mention[]): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (s.claims[i] || !Gazetteer.mayStartAt(tokens, i)) continue;
    const known = KNOWN_ORGS.matchAt(text, tokens, i);
    const cueHere = CUES.matchAt(text, tokens, i);
    const inName = i > 0 && !s.claims[i - 1] && isCapitalized(tokens[i - 1].text) && gapAt(text, tokens, i) === ' ' && !NOT_NAMES.has(tokens[i - 1].text);
    const head = (cueHere && cueHere.last > i + 1) || inName ? undefined : ORG_HEADS.matchAt(text, tokens, i);
    const m = known && (!head || known.last >= head.last) ? known : head;
    if (!m || !free(s, m.first, m.last)) continue;
    let last = m.last;
    let country: string | undefined;
    // a known firm and an English word or two of its product or unit: "Viettel Post", "Google Maps" (not a name: "NATO
    // Jens Stoltenberg")
    if (m === known) {
      while (last < tokens.length && last - m.last < 2 && !s.claims[last] && gapAt(text, tokens, last) === ' ' && isCapitalized(tokens[last].text) &&
        !isVietnameseSyllable(tokens[last].text) && englishClass(tokens[last].text.toLowerCase()) === 'word') last++;
    }
    if (m === head) {
      // extend over the name: capitalized words, one lower-case syllable after each ("Ngoại giao"),
      // up to and including a country or place ("Hội đồng An ninh Liên bang Nga")
      let prevCap = false;
      while (last < tokens.length) {
        const gap = gapAt(text, tokens, last);
        // acronyms joined by "&" or "-" are one name: "Bộ NN&PTNT", "Bộ LĐ-TB&XH"; so are two capitals joined by a dot,
        // a word's short form: "Ủy ban T.Ư MTTQ" (Trung ương)
        const joined = /^\s?[&-]\s?$/u.test(gap) && ACRONYM.test(tokens[last - 1].text) && ACRONYM.test(tokens[last].text);
        const dotted = gap === '.' && isLetterCapital(tokens[last - 1].text) && isLetterCapital(tokens[last].text);
        if (gap !== ' ' && !((joined || dotted) && !s.claims[last])) break;
        if (gap !== ' ') {
          last++;
          continue;
        }
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
        } else if (prevCap && !(tokens[last - 1].text.length === 1 && gapAt(text, tokens, last - 1) === '.') && isVietnameseSyllable(tokens[last - 1].text) && /^\p{Ll}/u.test(w) && !STOP_WORDS.has(w)) {
          // one lower-case syllable after a capitalized one ("Ngoại giao"), not after a short form's last letter
          // ("Ban Tuyên giáo T.Ư ⟨nhận⟩")
          prevCap = false;
          last++;
        } else break;
      }
      // a lower-case syllable at the end belongs to the sentence, unless it completes a word ("Ngoại giao")
      // keep; but a title before the organization followed by a name: leave the name to the person
      last = leaveNameAfterOrg(text, s, m.last, last, i);
      if (last === m.last && HEADS_BEFORE_NAME.has(m.value)) continue;
      // a one-word head and one syllable after an office or honorific, with no name after them, are a man's name:
      // "Tổng Bí thư Trường Chinh", "đồng chí Trường Chinh"; so are "Trường" and one syllable anywhere ("Trường Giang
      // cũng"): a school is "trường …" or "Trường THPT …"
      const before = i > 0 ? s.claims[i - 1]?.kind : undefined;
      const nameEnds = last >= tokens.length || !isCapitalized(tokens[last].text) || gapAt(text, tokens, last) !== ' ';
      if (m.last === i + 1 && last === i + 2 && nameEnds && (before === 'title' || before === 'honorific' || tokens[i].text === 'Trường') && isVietnameseSyllable(tokens[i].text) && isVietnameseSyllable(tokens[i + 1].text)) continue;
    }
    const start = tokens[i].start;
    const end = tokens[last - 1].end;
    const mi = mentions.push({ start, end, text: text.slice(start, end), kind: 'organization', ...(country ? { country } : {}) }) - 1;
    const claim: Claim = { kind: 'organization', mention: mi, country };
    for (let k = i; k < last; k++) if (!s.claims[k] || s.claims[k]!.kind !== 'country' && s.claims[k]!.kind !== 'location') s.claims[k] = claim;
    else s.claims[k] = claim;
    i = last - 1;
  }
}

/** 6. Names: the capitalized runs left, accepted as people, or left pending for the tagger and the article's other mentions. */
function claimNames(text: string, s: Sentence, mentions: Mention[], accepted: Set<string>, personSpans: PersonSpans): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (s.claims[i] || !isCapitalized(tokens[i].text)) continue;
    // "Viện trưởng VKSND Lê Minh Trí", "Phó Viện trưởng VKSNDTC Bùi Mạnh Cường", "Đội phó U23 Duy Mạnh": an
    // acronym before a name is the office's organization, and so are two or three ("Chủ tịch UBTƯ MTTQ Việt Nam
    // Nguyễn Thiện Nhân", a country between them and the name)
    if (i > 0 && s.claims[i - 1]?.kind === 'title' && ACRONYM_WORD.test(tokens[i].text)) {
      let j = i + 1;
      while (j < tokens.length && j - i < 3 && !s.claims[j] && ACRONYM_WORD.test(tokens[j].text) && /^\p{Lu}+$/u.test(tokens[j].text) && gapAt(text, tokens, j) === ' ') j++;
      const next = s.claims[j];
      // (a name in capitals is no acronym: "ĐỖ HẢI BÌNH")
      const spelled = j > i + 1 && tokens.slice(i, j).every((t) => isVietnameseSyllable(t.text));
      const named = !spelled && j < tokens.length && gapAt(text, tokens, j) === ' ' &&
        ((!next && isCapitalized(tokens[j].text) && !/^\p{Lu}+$/u.test(tokens[j].text)) || (j > i + 1 && (next?.kind === 'country' || next?.kind === 'location')));
      if (named) {
        const start = tokens[i].start;
        const end = tokens[j - 1].end;
        const mi = mentions.push({ start, end, text: text.slice(start, end), kind: 'organization' }) - 1;
        const claim: Claim = { kind: 'organization', mention: mi };
        for (let k = i; k < j; k++) s.claims[k] = claim;
        i = j - 1;
        continue;
      }
    }
    if (NOT_NAMES.has(tokens[i].text) && !isInitial(text, tokens, i)) continue;
    // "TP" ("TP.Hà Nội"): a place word's abbreviation, no name
    if (/^\p{Lu}+$/u.test(tokens[i].text) && placeWords.matchAt(text, tokens, i)) continue;
    let j = i + 1;
    while (j < tokens.length && !s.claims[j]) {
      const gap = gapAt(text, tokens, j);
      const w = tokens[j].text;
      if (gap === '-' || gap === '‐') j++;
      else if (gap === ' ' && isCapitalized(w)) j++;
      // an initial's dot joins a name ("N.P. Patrushev"), but not a sentence's end before a credit ("Elizabeth I. Ảnh: …")
      else if ((gap === '.' || gap === '. ') && isInitial(text, tokens, j - 1) && isCapitalized(w) && !CREDIT_WORDS.has(w)) j++;
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
    // the tagger's person around the run, or, across a lower-case particle it stops at, around its first and last
    // words ("⟦Osama⟧ bin ⟦Laden⟧")
    const over = taggedOver(personSpans, tokens[i].start, tokens[j - 1].end);
    const covers = (t: Token) => over.some((p) => p.start <= t.start && t.end <= p.end);
    const tagged = over.some((p) => p.start <= tokens[i].start && tokens[j - 1].end <= p.end) ||
      (tokens.slice(i + 1, j - 1).some((t) => PARTICLES.has(t.text)) && covers(tokens[i]) && covers(tokens[j - 1]));
    // a capitalised syllable that makes one word with the lower-case syllable after it is that word, written
    // with a capital as part of an office: "Phó Bí thư Thường trực", "Nhóm Nghị sỹ Hữu nghị"
    if (j === i + 1 && !tagged && startsWord(text, tokens, i)) {
      i = j - 1;
      continue;
    }
    const single = j === i + 1 && (isVietnameseSyllable(name) || /^\p{Lu}{2,4}$/u.test(name));
    const credit = creditAt(text, tokens[i].start, tokens[j - 1].end);
    // an office's organization by its acronym, or acronyms joined by "-" or "&" ("Trưởng Phòng GD-ĐT"), is no name
    if (ACRONYM_RUN.test(name) && intro) {
      const mi = mentions.push({ start: tokens[i].start, end: tokens[j - 1].end, text: name, kind: 'organization' }) - 1;
      const claim: Claim = { kind: 'organization', mention: mi };
      for (let k = i; k < j; k++) s.claims[k] = claim;
    } else if (NOT_PEOPLE.has(name) || credit) {
      // a place or thing that looks like a name; a photo credit or byline ("Ảnh: Doãn Tấn/TTXVN"), which
      // the tagger's span brings back as a credit (combine-mentions.ts)
    } else if (intro || looksVietnameseName(tokens, i, j) || (tagged && !single)) {
      addPerson(text, s, i, j, mentions, accepted);
    } else if (!(j === i + 1 && NOT_NAMES.has(name))) {
      s.pending.push({ first: i, last: j });
    }
    i = j - 1;
  }
}

/**
 * Whether the one-word country at tokens [first, last) is a syllable inside a Vietnamese full name: "Phương ⟦Mỹ⟧
 * Chi", "Nguyễn Thị ⟦Mỹ⟧ Dung" (a family name, then capitalised Vietnamese syllables, three or four in all).
 */
function inFullName(text: string, s: Sentence, first: number, last: number): boolean {
  const { tokens } = s;
  if (last !== first + 1 || first === 0 || last >= tokens.length) return false;
  const joined = (k: number) => !s.claims[k] && isCapitalized(tokens[k].text) && isVietnameseSyllable(tokens[k].text);
  let a = first;
  while (a > 0 && first - a < 3 && joined(a - 1) && gapAt(text, tokens, a) === ' ') a--;
  if (a === first || !SURNAMES.has(tokens[a].text)) return false;
  let b = last;
  while (b < tokens.length && b - a < 4 && joined(b) && gapAt(text, tokens, b) === ' ') b++;
  // the name ends there: no capitalised word follows it
  if (b === last || (b < tokens.length && isCapitalized(tokens[b].text) && gapAt(text, tokens, b) === ' ')) return false;
  return b - a >= 3 && looksVietnameseName(tokens, a, b);
}

/** A place's name after a family name, which the tagger reads with it as one person's name: "Phó Thủ tướng
 * Trương ⟦Hòa Bình⟧" is a man, not the province. */
function inTaggedName(text: string, s: Sentence, first: number, end: number, personSpans: PersonSpans): boolean {
  const { tokens } = s;
  if (first === 0 || s.claims[first - 1] || !SURNAMES.has(tokens[first - 1].text) || gapAt(text, tokens, first) !== ' ') return false;
  const start = tokens[first - 1].start;
  return taggedOver(personSpans, start, end).some((p) => p.start === start && p.end >= end);
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
  // (a word: an acronym's part after "&" or "-" is none, "Bộ KH&ĐT")
  for (let k = headEnd; k < last; k++) if (isCapitalized(tokens[k].text) && !isVietnameseSyllable(tokens[k].text) && (k === headEnd || gapAt(text, tokens, k) === ' ')) foreign.push(k);
  if (foreign.length >= 2 && foreign[foreign.length - 1] === last - 1) {
    const nameStart = Math.max(foreign[0] + 1, last - 3);
    return nameStart;
  }
  return last;
}

/** Whether token i and the lower-case token after it are one two-syllable word of the training news ("thường trực"). */
function startsWord(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || gapAt(text, tokens, i + 1) !== ' ' || !/^\p{Ll}+$/u.test(next.text)) return false;
  const t = tokens[i];
  return loadViNerModel().pairs.get(pairKey(hashLower(text, t.start, t.end), hashLower(text, next.start, next.end))) >= 2;
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

/** "Cộng hòa" right before a country's name, as a word of its own. */
const REPUBLIC_BEFORE = /(?:^|[^\p{L}])(Cộng [hH]òa )$/u;

/** One word of an acronym: "VKSND", "U23", "MTTQ". */
const ACRONYM_WORD = /^\p{Lu}[\p{Lu}\d]{1,8}$/u;

/** Words for a unit of government written before its place's name, as tokens ("TP Hà Nội", "thành phố Huế"). */
const UNIT_WORDS = new Set(['TP', 'Tp', 'tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn']);

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
    // a place that qualifies the office, as a country does, with its place word: "Chủ tịch UBND ⟨TP Hà Nội⟩
    // Nguyễn Đức Chung", "Giám đốc Sở Y tế ⟨tỉnh Nghệ An⟩ …"
    if (c.kind === 'location' && !country) {
      country = c.country;
      while (k >= 0 && s.claims[k] === c) k--;
      if (k >= 0 && !s.claims[k] && UNIT_WORDS.has(s.tokens[k].text)) k--;
      else if (k >= 1 && !s.claims[k] && !s.claims[k - 1] && UNIT_WORDS.has(`${s.tokens[k - 1].text} ${s.tokens[k].text}`)) k -= 2;
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

/**
 * The office written after the name at token j, set off by a comma, a dash or a bracket, with the country or
 * organization (or place) after it: "ông Nguyễn Đức Chung, ⟨Chủ tịch⟩ UBND TP Hà Nội", "ông Sergei Lavrov, ⟨Ngoại trưởng⟩
 * Nga". Not an office that introduces the next name ("…, Chủ tịch nước Trần Đại Quang").
 */
function officeAfterName(text: string, s: Sentence, j: number): ReturnType<typeof introducedBy> {
  if (j >= s.tokens.length || !APPOSITION_GAP.test(gapAt(text, s.tokens, j))) return undefined;
  const t = s.claims[j];
  if (t?.kind !== 'title') return undefined;
  let k = j;
  while (k < s.tokens.length && s.claims[k] === t) k++;
  let country: string | undefined;
  let org: number | undefined;
  for (let n = 0; n < 2 && k < s.tokens.length && gapAt(text, s.tokens, k) === ' '; n++) {
    // a place's word before it: "TP Hà Nội", "thành phố Huế"
    if (!s.claims[k] && UNIT_WORDS.has(s.tokens[k].text) && s.claims[k + 1]?.kind === 'location') k++;
    else if (!s.claims[k] && k + 2 < s.tokens.length && UNIT_WORDS.has(`${s.tokens[k].text} ${s.tokens[k + 1].text}`) && s.claims[k + 2]?.kind === 'location') k += 2;
    const c = s.claims[k];
    if (c?.kind === 'country' && !country) country = c.code;
    else if (c?.kind === 'organization' && org === undefined) [org, country] = [c.mention, country ?? c.country];
    else if (c?.kind === 'location' && !country) country = c.country;
    else break;
    while (k < s.tokens.length && s.claims[k] === c) k++;
  }
  // the office of the name after it; an office with no country or organization is the next item of a list of
  // offices or people as often ("ông Yoon, Chủ tịch, Tổng Giám đốc …, Phó Thủ tướng X")
  if (k < s.tokens.length && s.claims[k]?.kind === 'person' && gapAt(text, s.tokens, k) === ' ') return undefined;
  if (country === undefined && org === undefined) return undefined;
  return { title: t.text, titleStart: t.start, titleEnd: t.end, country, org };
}

function remember(name: string, accepted: Set<string>): void {
  accepted.add(name);
  const words = name.split(/\s+/u);
  for (let k = 1; k < words.length; k++) accepted.add(words.slice(k).join(' '));
}

/** Fill in the office, country and organization written before each person's name. */
export function describePeople(text: string, s: Sentence, mentions: Mention[]): void {
  for (let i = 0; i < s.tokens.length; i++) {
    const c = s.claims[i];
    if (c?.kind !== 'person' || (i > 0 && s.claims[i - 1] === c)) continue;
    const m = mentions[c.mention];
    const kp = m.entity ? knownPerson(m.entity.slice(7)) : undefined;
    let intro = introducedBy(s, i);
    if (kp?.country && !m.country) m.country = kp.country;
    if (!intro?.title) {
      let j = i;
      while (j < s.tokens.length && s.claims[j] === c) j++;
      const after = officeAfterName(text, s, j);
      if (after) intro = after;
    }
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
export function isVietnameseFullName(name: string): boolean {
  const w = name.split(' ');
  return w.length >= 2 && w.length <= 4 && SURNAMES.has(w[0]) && w.every((x) => isCapitalized(x) && isVietnameseSyllable(x));
}

export function addPerson(text: string, s: Sentence, i: number, j: number, mentions: Mention[], accepted: Set<string>): void {
  const { tokens } = s;
  const start = tokens[i].start;
  const end = tokens[j - 1].end;
  const m: Mention = { start, end, text: text.slice(start, end), kind: 'person' };
  const idx = mentions.push(m) - 1;
  claimRange(s, i, j, { kind: 'person', mention: idx });
  remember(m.text, accepted);
}
