// combineMentions: one reading per stretch of text from the rules' mentions and the tagger's spans.
// The tagger is the better judge of where a name starts and ends and of its type; the rules win
// where they hold evidence the tagger lacks: a known person, an office or honorific before the
// name, a meeting the person takes part in or is held at. A country from the gazetteer is
// evidence of the place, not of the span: "Ý kiến", "Anh rất", "viêm não Nhật Bản B".
//
// Per rule mention and the tagger spans it overlaps:
// - none: a weak rule mention is dropped, a strong one kept;
// - same span, same type: kept;
// - same span, other type: a weak rule mention takes the tagger's type (MISCELLANEOUS: dropped);
// - inside a longer tagger span: the tagger span is added around it; a weak person inside an
//   organization or place ("Bệnh viện Bạch Mai") is dropped, one inside a tagger person takes its
//   span when no other rule mention lies in it ("Trần Ban Hùng", not "Ngài Ryu Shionoya");
//   a strong person splits the tagger's place or organization ("Mỹ Joe Biden") and keeps its span;
//   pieces of one name the rules split ("Nguyễn" + "Lở", "Jordan" + "Bell") become the tagger's person;
//   a country inside a tagger MISCELLANEOUS ("người Pháp") or after a currency word ("đô la Mỹ") or
//   "người"/"tiếng" (whatever the tagger says) is
//   kept as a nested mention (the graph counts it, NER scoring does not);
// - longer than, or crossing, tagger spans: a strong rule mention stays and the tagger spans go;
//   a weak one goes and the tagger spans stay; an organization's name that the rules took in before a
//   person ("WikiLeaks Julian Assange") is left to the tagger.
// Tagger places and organizations that touch no kept rule mention are added (they may hold kept
// mentions: "Bệnh viện Đa khoa tỉnh Hòa Bình" around "Hòa Bình"; a place starting inside an office
// keeps what follows it); tagger people only where they replaced a rule mention, stand right after an
// office or honorific, are short names written alone that nothing marks as a place or team
// (bare-name-at.ts: "⟦Đông Nhi⟧ sẽ mang đến"), or are photo credits and bylines (marked credit, left out
// of the graph): otherwise the rules decide who is a person in the graph.
// A person's abbreviated given name keeps its dot ("anh Lê Quý D.").
// A place that is none of the gazetteer's, listed between two people, is a person ("Aly Raisman, ⟦McKayla Maroney⟧ và …"),
// a person with no office listed between two places is a place;
// so is a one-word organization or such place that is the last word of a person's name in the document, and a
// one-word person that is the last word of an organization's name (and no person's) is that organization.
// Then one reading per document for people only their name vouches for: a name written after a word for a
// product is no one's ("pin Li-on"), a firm's name written once after "công ty" is the firm ("Tại Bảo Tín Minh
// Châu"), a district's or commune's name written as a place is the place ("Cù Lao Dung (Sóc Trăng)"), a name after
// an address's house number is a street ("198 Trần Quang Khải, Hà Nội"), and a one-word name cut before a city
// inside the tagger's organization is the club ("cầu thủ Real Madrid").
// Meeting participant indexes are remapped; participants are never dropped (they are strong), but a club's name
// the rules took for a participant is the club's, and a firm's or preschool's name is none. Last, a meeting is
// kept only when it is one of public life (publicMeeting: an event, a country, someone in an office or known).

import type { Extraction, Mention, MentionKind } from '../../../types.js';
import { CURRENCY_BEFORE, FIRM_BEFORE_SUFFIX, FIRM_START, FIRM_SUFFIX, FIRM_WORDS, HONORIFICS_LOWER, NOT_NAMES, NOT_PEOPLE, ORG_WORD_BEFORE, PEOPLE_BEFORE, PLACE_WORD_BEFORE, PLACE_WORD_START, PRODUCT_WORD_BEFORE, STREET_START, STREET_WORD_BEFORE, SURNAMES } from '../lexicon-vi.js';
import { isVietnameseFullName } from '../mentions-vi.js';
import { isVietnameseSyllable } from '../syllable.js';
import { overlapFinder } from '../../overlaps.js';
import districts from '../../../lexicons/vi/districts.json' with { type: 'json' };
import { bareNameAt } from './bare-name-at.js';
import { creditAt } from './credit-at.js';
import { introducedAt } from './introduced-at.js';
import { officeAfter } from './office-after.js';
import type { NerSpan, NerType } from './tags.js';
import { isOffice, titleEndIn } from './title-end-in.js';

const KIND: Record<NerType, MentionKind | undefined> = {
  PERSON: 'person',
  LOCATION: 'location',
  ORGANIZATION: 'organization',
  MISCELLANEOUS: undefined,
};

/** "VKSND", "HĐND", "N.T.N": an office's organization or an initialled source, not a name to trust. */
const ACRONYM = /^[\p{Lu}.]+$/u;

const TYPE_OF: Record<MentionKind, NerType> = {
  person: 'PERSON',
  country: 'LOCATION',
  location: 'LOCATION',
  organization: 'ORGANIZATION',
};

/** A name that ends in an abbreviated given name: "anh Lê Quý D.", "bà H." (not "T.V.Q.N"). */
const INITIAL_END = /(?:^| )\p{Lu}$/u;

/** The abbreviated given name keeps its dot, as the news writes it and VLSP marks it. */
function withInitialDot(text: string, m: Mention): Mention {
  if (m.kind !== 'person' || text[m.end] !== '.' || !INITIAL_END.test(m.text) || /\p{L}/u.test(text[m.end + 1] ?? '')) return m;
  return { ...m, end: m.end + 1, text: m.text + '.' };
}

/** A person mention that may be a street's: no office, no credit, in no meeting (a known person may: "đường Võ Văn Kiệt"). */
const streetLike = (m: Mention, i: number, participants: ReadonlySet<number>): boolean =>
  m.kind === 'person' && !m.credit && m.title === undefined && !participants.has(i);

/** A person mention only its name vouches for: no office, no known person, no credit, in no meeting (`participants`). */
const bare = (m: Mention, i: number, participants: ReadonlySet<number>): boolean => streetLike(m, i, participants) && m.entity === undefined;

/** Between two items of a list. */
const LIST_GAP = /^(?:, | và )$/u;

/**
 * The items of a list are of one kind: a place that is none of the gazetteer's, between two people, is a
 * person (the tagger reads foreign names as places: "Aly Raisman, ⟦McKayla Maroney⟧ và Gabby Douglas"); a
 * person with no office, between two places, is a place ("Thượng Hải, Thành Đô, ⟦Triết Giang⟧, Đại Liên",
 * a commune named like a person). And in a longer list, people with no office are places when two of its items
 * are places the article or the gazetteer marks as such and none is a person with an office, the people inside it are
 * places: "về chợ Sãi, An Lộng, ⟦Phù Liêu⟧, ⟦Long Quang⟧, huyện Triệu Phong". Meeting participants stay people. Mentions keep their order.
 */
export function listItems(text: string, ms: Mention[], participants: ReadonlySet<number> = new Set()): Mention[] {
  const order = ms.map((_, i) => i).filter((i) => !ms[i].nested).sort((a, b) => ms[a].start - ms[b].start);
  const person = (m: Mention) => m.kind === 'person' && !m.credit;
  const place = (m: Mention) => m.kind === 'location' || m.kind === 'country';
  const weakPerson = (k: number) => bare(ms[order[k]], order[k], participants);
  const listed = (k: number) => LIST_GAP.test(text.slice(ms[order[k - 1]].end, ms[order[k]].start));
  for (let k = 1; k + 1 < order.length; k++) {
    const [p, m, n] = [ms[order[k - 1]], ms[order[k]], ms[order[k + 1]]];
    if (!listed(k) || !listed(k + 1)) continue;
    if (m.kind === 'location' && m.entity === undefined && m.country === undefined && person(p) && person(n)) ms[order[k]] = { ...m, kind: 'person' };
    else if (weakPerson(k) && place(p) && place(n)) ms[order[k]] = { ...m, kind: 'location' };
  }
  // a place is marked by the gazetteer or by a place word before it or at its start ("huyện", "chợ")
  const marked = (m: Mention) => place(m) && (m.country !== undefined || m.entity !== undefined || PLACE_WORD_START.test(m.text) || PLACE_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));
  for (let a = 0; a < order.length; ) {
    let b = a + 1;
    while (b < order.length && listed(b)) b++;
    // the list is order[a, b)
    if (b - a >= 3) {
      let places = 0;
      let named = false;
      for (let k = a; k < b; k++) {
        if (marked(ms[order[k]])) places++;
        if (person(ms[order[k]]) && !weakPerson(k)) named = true;
      }
      // (inside the list only: a name that opens or closes it may be a person given with an address, "Lê Văn Hiếu,
      // Cầu Giấy, Hà Nội", or after the places of a trip)
      if (places >= 2 && !named) for (let k = a + 1; k < b - 1; k++) if (weakPerson(k)) ms[order[k]] = { ...ms[order[k]], kind: 'location' };
    }
    a = b;
  }
  return ms;
}

/**
 * One document, one reading: a one-word organization, or a place that is none of the gazetteer's, that is the
 * last word of a person's name in the same document is that person ("Maria Sharapova … ⟦Sharapova⟧ văng khỏi",
 * "Lê Văn Trường … ⟦Trường⟧ đi theo ra"). Meeting places stay.
 */
export function shortNames(ms: Mention[], places: ReadonlySet<string> = new Set()): Mention[] {
  const last = new Set<string>();
  for (const m of ms) {
    const words = m.text.split(' ');
    if (m.kind === 'person' && !m.credit && words.length >= 2) last.add(words[words.length - 1]);
  }
  return ms.map((m) => (m.kind === 'organization' || (m.kind === 'location' && m.country === undefined && m.entity === undefined)) &&
    last.has(m.text) && !places.has(`${m.start}:${m.end}`) ? { ...m, kind: 'person' } : m);
}

/**
 * The other way round: a one-word person with no office, that is the last word of an organization's name in
 * the document and of no person's, is that organization ("công ty quảng cáo Dentsu … ⟦Dentsu⟧ phải nộp phạt",
 * "Dallas Mavericks … ⟦Mavericks⟧"). Meeting participants stay people.
 */
export function orgShortNames(ms: Mention[], participants: ReadonlySet<number> = new Set()): Mention[] {
  const person = new Set<string>();
  const org = new Set<string>();
  for (const m of ms) {
    const words = m.text.split(' ');
    if (words.length < 2) continue;
    const first = words[0];
    const last = words[words.length - 1];
    if (m.kind === 'person') {
      person.add(last);
      person.add(first);
    } else if (m.kind === 'organization') {
      org.add(last);
      // a foreign club or firm by its first word: "Real" of "Real Madrid" (a Vietnamese syllable starts too many names)
      if (!isVietnameseSyllable(first)) org.add(first);
    }
  }
  return ms.map((m, i) => bare(m, i, participants) &&
    org.has(m.text) && !person.has(m.text) ? { ...m, kind: 'organization' } : m);
}

/**
 * A name with no office right after a word that begins an organization's name ("trường", "nhóm kịch",
 * "Công ty TNHH") is the organization's, named after a person: "Trường tiểu học ⟦Đặng Cương⟧", "nhóm
 * ⟦Hoàng Quý⟧". Written with a capital, the word is part of the name ("Trường Tiểu học Đặng Cương", and a
 * mention of that word alone becomes nested in it); in lower case, annotators differ on whether it is
 * ("trường Nguyễn Khuyến", "công ty Bell"), so the name is kept as a nested organization that NER scoring
 * leaves out. Meeting participants stay people. A firm's or a preschool's name found so (or in an organization's
 * name that begins with such a word: "công ty Bảo Tín Minh Châu") is the organization's in the article's other
 * bare mentions of it too ("Tại ⟦Bảo Tín Minh Châu⟧"), unless it is a person's: a Vietnamese full name, or a name
 * the article gives an office or honorific.
 */
export function namedOrgs(text: string, ms: Mention[], participants: ReadonlySet<number> = new Set()): Mention[] {
  const out: Mention[] = ms.slice();
  const firms = new Set<string>();
  ms.forEach((m, i) => {
    if (m.kind !== 'person' || m.nested || m.credit || m.title !== undefined || m.entity !== undefined || participants.has(i)) return;
    const w = ORG_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!w) return;
    const start = m.start - w[1].length - 1;
    if (FIRM_WORDS.has(w[1].toLowerCase())) firms.add(m.text);
    if (!/^\p{Lu}/u.test(w[1])) {
      out[i] = { ...m, kind: 'organization', nested: true };
      return;
    }
    out[i] = { start, end: m.end, text: text.slice(start, m.end), kind: 'organization' };
    out.forEach((o, j) => {
      if (j !== i && o.start >= start && o.end <= m.start) out[j] = { ...o, nested: true };
    });
  });
  // the firms' names: after a firm's word (above), or in an organization's name that begins with one, or before an
  // English word that makes a name a firm's ("Digiworld Corporation")
  for (const m of ms) {
    const f = m.kind === 'organization' ? FIRM_START.exec(m.text) : null;
    if (f) firms.add(f[1]);
  }
  if (FIRM_SUFFIX.test(text)) {
    FIRM_BEFORE_SUFFIX.lastIndex = 0;
    for (let f = FIRM_BEFORE_SUFFIX.exec(text); f; f = FIRM_BEFORE_SUFFIX.exec(text)) firms.add(f[1]);
  }
  withoutPersonNames(text, ms, firms); // "công ty Lưu Đức Hoa", "công ty Chu … bà Chu"
  if (firms.size === 0) return out;
  ms.forEach((m, i) => {
    if (out[i] === m && bare(m, i, participants) && !m.nested && firms.has(m.text)) out[i] = { ...m, kind: 'organization' };
  });
  return out;
}

/**
 * A name written right after a word for a product anywhere in the document is a thing's, not a person's: the
 * person mentions of it with no office, no known person and no meeting ("tủ lạnh ⟦Linear Inverter⟧ …
 * ⟦Linear Inverter⟧ là tủ lạnh", "pin ⟦Li-on⟧"), by index.
 */
export function productNames(text: string, ms: readonly Mention[], participants: ReadonlySet<number> = new Set()): Set<number> {
  const weak = (m: Mention, i: number) => bare(m, i, participants);
  const things = new Set<string>();
  ms.forEach((m, i) => {
    if (weak(m, i) && PRODUCT_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) things.add(m.text);
  });
  const out = new Set<number>();
  if (things.size > 0) ms.forEach((m, i) => weak(m, i) && things.has(m.text) && out.add(i));
  return out;
}

/**
 * A house number before a name, maybe after a word that says an address follows: "198 Trần Quang Khải", "tạm trú
 * tại 314 Bùi Thị Xuân", "ngõ 105 Bạch Mai", "ở số 51B Minh Khai".
 */
const HOUSE_NUMBER = /(?:^|[^\p{L}\p{N}/])((?:tại|ở|trú|nhà|địa chỉ|ngõ|ngách|hẻm|kiệt)\s+)?(?:số\s+(?:nhà\s+)?)?\d+[A-Z]?(?:\/\d+[A-Z]?)*\s$/iu;

/** `m` as a street: a place, the word of the street's name before it taken in ("đường Phạm Văn Đồng"). */
function asStreet(text: string, m: Mention, word?: string): Mention {
  const start = word === undefined ? m.start : m.start - word.length - 1;
  const { entity: _, ...rest } = m;
  return { ...rest, start, text: text.slice(start, m.end), kind: 'location' };
}

/** Between two streets of a crossroads: "Phạm Văn Đồng - Nguyễn Thái Sơn", "Tôn Đức Thắng-Võ Văn Kiệt". */
const CROSSING = /^ ?[-–] ?$/u;

/**
 * A name after a house number is a street's, when a word before the number says it is an address or a place
 * follows after a comma or in brackets: "198 ⟦Trần Quang Khải⟧, Hà Nội", "tạm trú tại 314 ⟦Bùi Thị Xuân⟧". A
 * seed's, a shirt's or a year's number does not count ("hạt giống số 6 Marin Cilic", "năm 2017 Trump"). A name
 * right after a word for a street or a crossroads is a street's too ("đường ⟦Nguyễn Thị Minh Khai⟧", "nút giao
 * ⟦Phạm Văn Đồng⟧ - ⟦Nguyễn Thái Sơn⟧"; streetWords and streetBefore in words.json), and so is a name joined to
 * a street by a dash. Only those mentions: the hero a street is named after may be in the same article.
 */
export function streets(text: string, ms: Mention[], participants: ReadonlySet<number> = new Set()): Mention[] {
  // the streets: people and places after a street's word, and places whose name begins with one
  const street = new Set<number>();
  const out = ms.map((m, i) => {
    if (m.nested || (m.kind !== 'location' && !streetLike(m, i, participants))) return m;
    // "Đường Bùi Viện" read as one person (Đường is a family name too): a second family name makes it a street
    const named = m.kind === 'person' ? STREET_START.exec(m.text) : null;
    if (named && named[1].includes(' ') && SURNAMES.has(named[1].slice(0, named[1].indexOf(' ')))) {
      street.add(i);
      return asStreet(text, m);
    }
    const w = STREET_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (w || (m.kind === 'location' && STREET_START.test(m.text))) street.add(i);
    return w && m.kind === 'person' ? asStreet(text, m, w[1]) : m;
  });
  // crossroads: a name after a street and a dash, in the order of the text
  const order = out.map((_, i) => i).filter((i) => !out[i].nested).sort((a, b) => out[a].start - out[b].start);
  const crossings = () => {
    for (let k = 1; k < order.length; k++) {
      const [i, j] = [order[k - 1], order[k]];
      if (street.has(i) && streetLike(out[j], j, participants) && CROSSING.test(text.slice(out[i].end, out[j].start))) {
        out[j] = asStreet(text, out[j]);
        street.add(j);
      }
    }
  };
  crossings();
  if (street.size === 0) return houseNumbers(text, out, participants);
  // the article's other mentions of a street's name with no office are the street too ("Nhánh 1 hướng từ ⟦Nguyễn Kiệm⟧
  // - ⟦Nguyễn Thái Sơn⟧"), unless the article gives that name an office or an honorific somewhere (the hero himself)
  // (names of two words or more: a given name alone after "con đường" is a person's, "Ibra", "chị Nhơn")
  const names = new Set<string>();
  for (const i of street) {
    const name = STREET_START.exec(out[i].text)?.[1] ?? out[i].text;
    if (name.includes(' ')) names.add(name);
  }
  for (const m of out) if (m.kind === 'person' && names.has(m.text) && (m.title !== undefined || introducedAt(text, m.start))) names.delete(m.text);
  let more = false;
  out.forEach((m, i) => {
    if (!street.has(i) && bare(m, i, participants) && !m.nested && names.has(m.text)) {
      out[i] = asStreet(text, m);
      street.add(i);
      more = true;
    }
  });
  if (more) crossings();
  return houseNumbers(text, out, participants);
}

/** The house-number streets of `streets`. */
function houseNumbers(text: string, ms: Mention[], participants: ReadonlySet<number>): Mention[] {
  // (a place, not a country: a player's in brackets, "hạt giống số 8 Dominic Thiem (Áo)")
  let placeAt: Set<number> | undefined;
  return ms.map((m, i) => {
    if (!bare(m, i, participants)) return m;
    // a house number ends in a digit or a capital letter right before the space
    const c = text.charCodeAt(m.start - 2);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return m;
    const n = HOUSE_NUMBER.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (!n) return m;
    const after = /^,\s*|^\s*\(\s*/u.exec(text.slice(m.end, m.end + 4));
    placeAt ??= new Set(ms.filter((o) => o.kind === 'location').map((o) => o.start));
    return n[1] !== undefined || (after && placeAt.has(m.end + after[0].length)) ? { ...m, kind: 'location' } : m;
  });
}

/**
 * Takes out of `names` (of firms or places the article names) those a person bears: a Vietnamese full name or one
 * syllable, or a name the article gives an office or honorific anywhere.
 */
function withoutPersonNames(text: string, ms: readonly Mention[], names: Set<string>): void {
  for (const n of names) if (isVietnameseFullName(n) || isVietnameseSyllable(n)) names.delete(n);
  if (names.size === 0) return;
  for (const m of ms) if (m.kind === 'person' && names.has(m.text) && (m.title !== undefined || introducedAt(text, m.start))) names.delete(m.text);
}

const DISTRICTS = new Set(districts.districts);
/** What the article writes before a district's name ("huyện", "Bí thư Huyện ủy") or after it ("(Sóc Trăng)") when it means the place. */
const DISTRICT_BEFORE = /(?:^|[^\p{L}])(?:huyện|quận|thị xã|huyện ủy|quận ủy|thị ủy) $/iu;
const DISTRICT_AFTER = /^ \((?:tỉnh |TP\.? ?)?/u;
/** The words for the smallest units of local government, before a place's name: "xã Kim Liên" (not "hợp tác xã", or "bà xã", a wife). */
const UNIT_BEFORE = /(?:^|[^\p{L}])(?<!(?:tác|bà|ông|Bà|Ông) )(?:xã|phường|thôn|ấp|thị trấn) $/u;

/**
 * One reading per document: a district's name that looks like a person's ("Cù Lao Dung", a family name and two
 * syllables) is the district in every mention with no office, known person or meeting, once the article writes it
 * as a place: after "huyện" or "Huyện ủy", or before its province in brackets ("về Cù Lao Dung (Sóc Trăng)"). So is
 * a commune's or ward's name the article writes once after "xã", "phường", "thôn" or "thị trấn" ("Khu di tích Kim Liên
 * (xã Kim Liên)"), unless it is a Vietnamese full name, one syllable, or a name an office or honorific introduces.
 */
export function districtPlaces(text: string, ms: Mention[], participants: ReadonlySet<number> = new Set()): Mention[] {
  const weak = (m: Mention, i: number) => bare(m, i, participants);
  // where places begin: a bracket after the name must hold one (not a footballer's club: "Thanh Bình (FLC Thanh Hóa)")
  let placeAt: Set<number> | undefined;
  const inBrackets = (m: Mention) => {
    const after = DISTRICT_AFTER.exec(text.slice(m.end, m.end + 12));
    if (after === null) return false;
    placeAt ??= new Set(ms.filter((o) => o.kind === 'location' || o.kind === 'country').map((o) => o.start));
    return placeAt.has(m.end + after[0].length);
  };
  const places = new Set<string>();
  const communes = new Set<string>();
  for (const m of ms) {
    if (DISTRICTS.has(m.text) && (DISTRICT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || inBrackets(m))) places.add(m.text);
    else if (m.kind === 'location' && UNIT_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) communes.add(m.text);
  }
  withoutPersonNames(text, ms, communes); // "phường Trần Hưng Đạo"
  for (const n of communes) places.add(n);
  if (places.size === 0) return ms;
  return ms.map((m, i) => (weak(m, i) && places.has(m.text) ? { ...m, kind: 'location' } : m));
}

/** Two capitalised Vietnamese syllables: "Trường Chinh" (a man, though "Trường" begins a school's name). */
const isVietnameseName2 = (name: string): boolean => {
  const w = name.split(' ');
  return w.length === 2 && w.every((x) => isVietnameseSyllable(x) && /^\p{Lu}/u.test(x));
};

/** A head word of one or two words that begins an organization named like a person, as written before the name. */
const HEAD_BEFORE_NAME = /^(?!(?:Vụ|Thượng viện|Hạ viện|Quốc hội) )[\p{L}.]+(?: (?!và )[\p{L}.]+)? $/u;

/**
 * Whether a meeting is one of public life: a named event, one with a country, or one where someone takes part in
 * an office or as a known public figure. Two people with neither meeting in a café are a crime story's or a
 * show's ("đến quán cầm đồ gặp Thái và Thu"), not a meeting the graph is about.
 */
function publicMeeting(text: string, mm: Extraction['meetings'][number], ms: readonly Mention[]): boolean {
  if (mm.title || mm.countries.length > 0) return true;
  return mm.participants.some((p) => {
    const m = ms[p.mention];
    return m.title !== undefined || m.entity !== undefined || m.country !== undefined || m.org !== undefined || officeAfter(text, m.end);
  });
}

/** A name that looks like a person's and is not ("Đinh Dậu", a year), maybe after a word never part of a name. */
function notAPerson(name: string): boolean {
  const space = name.indexOf(' ');
  return NOT_PEOPLE.has(name) || (space > 0 && NOT_NAMES.has(name.slice(0, space)) && NOT_PEOPLE.has(name.slice(space + 1)));
}

/** A name whose last word begins the name of the year after it: "⟦Xuân Đinh⟧ Dậu" (the spring of the year Đinh Dậu). */
function endsInYear(text: string, start: number, end: number): boolean {
  const space = text.lastIndexOf(' ', end - 1);
  if (space < start) return false;
  const next = /^ (\p{Lu}\p{Ll}*)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 8));
  return next !== null && NOT_PEOPLE.has(`${text.slice(space + 1, end)} ${next[1]}`);
}

export function combineMentions(text: string, x: Extraction, spans: readonly NerSpan[]): Extraction {
  const participant = new Set<number>();
  const places = new Set<string>();
  for (const mm of x.meetings) {
    for (const p of mm.participants) participant.add(p.mention);
    if (mm.place) places.add(`${mm.place.start}:${mm.place.end}`);
  }
  // an office before a one-word "name" the tagger does not read as a person is weak evidence:
  // "Giám đốc Bệnh viện Bạch Mai" (the rules took "Bệnh" for a name), "vận động viên Taekwondo",
  // "Phó Bí thư Thường trực" (on the held-out split of the training news, 9 of 9 such names where the
  // tagger saw no name at all were wrong)
  const strong = (m: Mention, i: number, over: readonly NerSpan[]): boolean =>
    participant.has(i) || places.has(`${m.start}:${m.end}`) ||
    // a known team ("Valenciennes vs Nancy" in a report on sport)
    (m.kind === 'organization' && m.entity !== undefined) ||
    // a gazetteer name of two words or more ("Cộng hòa Nhân dân Trung Hoa", "Xanh Pê-téc-bua")
    ((m.kind === 'country' || (m.kind === 'location' && m.country !== undefined)) && /[\s-]/u.test(m.text)) ||
    // a Vietnamese full name of three syllables or more ("Đoàn Hữu Bồng") is a person whatever the tagger says
    (m.kind === 'person' && m.text.split(' ').length >= 3 && isVietnameseFullName(m.text)) ||
    (m.kind === 'person' && (m.entity !== undefined || (m.title !== undefined && !ACRONYM.test(m.text) &&
      (/[\s-]/u.test(m.text) || over.some((s) => s.type === 'PERSON')))));

  // strong only because it looks like a Vietnamese full name: streets, schools and wards are named after
  // people ("đường Phạm Văn Đồng", "trường Tiểu học Hoàng Hoa Thám"), so the tagger's place or organization
  // around such a name is the better reading
  const nameOnly = (m: Mention, i: number): boolean =>
    m.kind === 'person' && m.entity === undefined && m.title === undefined && !participant.has(i) && !places.has(`${m.start}:${m.end}`);

  // an office whose organization is the tagger's organization named after the person: "Hiệu trưởng
  // Trường THPT ⟦Võ Thị Sáu⟧", "học sinh Trường Tiểu học ⟦Hoàng Diệu⟧" (the office's words end in a
  // lower-case word or an acronym, so the name that follows is the organization's own)
  const schoolNamed = (m: Mention, i: number, around: NerSpan): boolean => {
    if (around.type !== 'ORGANIZATION' || around.end !== m.end || m.title === undefined || m.entity !== undefined || participant.has(i)) return false;
    const head = text.slice(around.start, m.start).trimEnd();
    return isVietnameseFullName(m.text) && m.title.endsWith(head) && /(?:^|\s)(?:\p{Ll}+|\p{Lu}{2,})$/u.test(head);
  };

  // the tagger's person that only adds an honorific before the rules' one: "⟦Ổng Hòa⟧", "⟦Mr Đàm⟧"
  const honorificBefore = (m: Mention, around: NerSpan): boolean =>
    around.start < m.start && HONORIFICS_LOWER.has(text.slice(around.start, m.start).trim().toLowerCase());

  // the tagger's organization that is a one-word name, a space and a place the rules found: "Real Madrid"
  const clubOfPlace = (m: Mention, around: NerSpan): boolean => {
    if (around.type !== 'ORGANIZATION' || around.start !== m.start || around.end <= m.end || m.text.includes(' ') || text[m.end] !== ' ') return false;
    return mentionsOver(m.end + 1, around.end).some((j) => {
      const o = x.mentions[j];
      return o.start === m.end + 1 && o.end === around.end && (o.kind === 'location' || o.kind === 'country');
    });
  };

  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const spansOver = overlapFinder(sorted);
  const overlapping = (m: Mention): NerSpan[] => spansOver(m.start, m.end).map((k) => sorted[k]);
  const mentionsOver = overlapFinder(x.mentions);

  // A weak rule person inside a tagger person takes the tagger's span when the other rule mentions
  // there are weak too: pieces of the same name ("Nguyễn" + "Lở") or a one-word country ("Jordan").
  const absorbed = new Set<number>();
  const widened = new Set<NerSpan>();
  const absorbs = (m: Mention, around: NerSpan): boolean => {
    const others: number[] = [];
    for (const j of mentionsOver(around.start, around.end)) {
      const o = x.mentions[j];
      if (o === m) continue;
      if (o.start < around.start || o.end > around.end || o.kind === 'organization' || strong(o, j, overlapping(o))) return false;
      others.push(j);
    }
    for (const j of others) absorbed.add(j);
    return true;
  };

  const keep: (Mention | undefined)[] = [];
  const dropSpan = new Set<NerSpan>();
  // tagger people that replace a rule mention the tagger reads better
  const people = new Set<NerSpan>();
  x.mentions.forEach((m, i) => {
    // a currency's country ("đô la Mỹ") is a mention of the country inside the currency's name, a
    // people's or language's ("người Mỹ", "người miền Bắc", "tiếng Anh") inside theirs
    const before = text.slice(Math.max(0, m.start - 14), m.start);
    if ((m.kind === 'country' && CURRENCY_BEFORE.test(before)) || ((m.kind === 'country' || m.kind === 'location') && PEOPLE_BEFORE.test(before))) {
      keep.push({ ...m, nested: true });
      for (const s of overlapping(m)) if (s.start >= m.start && s.end <= m.end) dropSpan.add(s);
      return;
    }
    const over = overlapping(m);
    const isStrong = strong(m, i, over);
    if (over.length === 0) {
      // the tagger sees no name here at all ("Ý kiến", "Đảng ngăn"): only evidence keeps it
      keep.push(isStrong ? m : undefined);
      return;
    }
    const same = over.find((s) => s.start === m.start && s.end === m.end);
    if (same) {
      // a place or organization never becomes a person: the rules saw a place word or head word
      if (same.type === TYPE_OF[m.kind] || isStrong || (m.kind !== 'person' && same.type === 'PERSON')) {
        keep.push(m);
        dropSpan.add(same);
        return;
      }
      const kind = KIND[same.type];
      keep.push(kind ? { ...m, kind } : undefined);
      dropSpan.add(same);
      return;
    }
    const around = over.find((s) => s.start <= m.start && m.end <= s.end);
    if (around) {
      // a club or firm named by a word and its city, which the rules cut before the city they know: "cầu thủ
      // ⟦Real⟧ Madrid", "⟦Atletico⟧ Madrid" (the tagger's organization starts with the name and ends with the place)
      if (m.kind === 'person' && m.entity === undefined && clubOfPlace(m, around)) {
        keep.push(undefined);
        return;
      }
      if (m.kind !== 'person' && around.type === 'MISCELLANEOUS' && (around.start < m.start || m.end < around.end)) keep.push({ ...m, nested: true });
      else if (m.kind !== 'person' && around.type === 'PERSON' && !isStrong && !mentionsOver(around.start, around.end).some((j) => x.mentions[j] !== m)) {
        // a one-word country in a name the tagger reads as a person's: "Mỹ Dung", "Châu Mỹ Huỳnh"
        keep.push({ start: around.start, end: around.end, text: text.slice(around.start, around.end), kind: 'person' });
        dropSpan.add(around);
      } else if (m.kind !== 'person') keep.push(m);
      else if (around.type === 'PERSON' && !isStrong && widened.has(around)) keep.push(undefined); // absorbed already
      // (a strong person only grows to the right: "Đại đội trưởng Phan Thị Hương" + "Lý", never "Mỹ" + "Joe Biden")
      else if (around.type === 'PERSON' && m.entity === undefined && (!isStrong || around.start === m.start) && !widened.has(around) && !honorificBefore(m, around) && absorbs(m, around)) {
        // the tagger reads the whole name ("Trần Ban Hùng" where the rules took "Ban" for an office,
        // "Jordan Bell" where they took "Jordan" for the country)
        keep.push({ ...m, start: around.start, end: around.end, text: text.slice(around.start, around.end) });
        widened.add(around);
      } else if (around.type !== 'PERSON' && around.start < m.start && (nameOnly(m, i) || schoolNamed(m, i, around))) {
        keep.push(undefined);
        return;
      } else keep.push(isStrong || around.type === 'PERSON' ? m : undefined);
      // a person the rules keep splits the tagger's place or organization ("Mỹ Joe Biden")
      if (m.kind === 'person' && (around.type === 'PERSON' || isStrong)) dropSpan.add(around);
      return;
    }
    // longer than or crossing tagger spans
    // an office's organization before the name, which the rules took into it: "Nhà sáng lập WikiLeaks
    // Julian Assange" — the tagger's organization and person split it
    const tail = over.find((s) => s.type === 'PERSON' && s.end === m.end && s.start > m.start);
    if (m.kind === 'person' && m.entity === undefined && tail &&
        over.every((s) => s === tail || (s.type !== 'PERSON' && s.start >= m.start && s.end <= tail.start))) {
      keep.push({ ...m, start: tail.start, text: text.slice(tail.start, m.end) });
      dropSpan.add(tail);
      return;
    }
    // a country written with its common noun ("nước Mỹ"): the name is the tagger's place
    const name = over.length === 1 && over[0].type === 'LOCATION' && over[0].end === m.end && over[0].start > m.start ? over[0] : undefined;
    if (name && (m.kind === 'country' || m.kind === 'location') && /^[\p{Ll}\s]+$/u.test(text.slice(m.start, name.start))) {
      keep.push({ ...m, start: name.start, text: text.slice(name.start, m.end) });
      dropSpan.add(name);
      return;
    }
    // an organization by its head word around a person the tagger saw, the rest of its name: "BV ⟦Bạch Mai⟧", "Viện
    // ⟦Phan Châu Trinh⟧", "Hãng ⟦Suzuki⟧"; not a case ("Vụ Phạm Công Danh"), a house before its member's name, two
    // syllables that are a person's name ("Trường Chinh") or a name an office introduces ("Tổng Bí thư Trường Chinh")
    if (m.kind === 'organization' && over.length === 1 && over[0].type === 'PERSON' && over[0].end === m.end && over[0].start > m.start &&
        HEAD_BEFORE_NAME.test(text.slice(m.start, over[0].start)) && !isVietnameseName2(m.text) && !introducedAt(text, m.start)) {
      keep.push(m);
      dropSpan.add(over[0]);
      return;
    }
    // an organization by its head word around a place the tagger saw: "Hội đồng An ninh Liên bang Nga"
    if (m.kind === 'organization' && over.every((s) => s.type === 'LOCATION' && s.start > m.start && s.end <= m.end)) {
      keep.push(m);
      for (const s of over) dropSpan.add(s);
      return;
    }
    // one name whose pieces the tagger read as people, split at a lower-case particle: "⟦Osama⟧ bin ⟦Laden⟧"
    if (m.kind === 'person' && over.length > 1 && over.every((s) => s.type === 'PERSON' && s.start >= m.start && s.end <= m.end) &&
        over[0].start === m.start && over[over.length - 1].end === m.end &&
        over.every((s, k) => k === 0 || /^\s+\p{Ll}+\s+$/u.test(text.slice(over[k - 1].end, s.start)))) {
      keep.push(m);
      for (const s of over) dropSpan.add(s);
      return;
    }
    if (isStrong) {
      keep.push(m);
      for (const s of over) dropSpan.add(s);
    } else {
      keep.push(undefined);
      for (const s of over) if (s.type === 'PERSON') people.add(s);
    }
  });

  for (const j of absorbed) keep[j] = undefined;
  // tagger spans that no kept mention overlaps and no decision above removed
  const kept = keep.filter((m): m is Mention => m !== undefined);
  // the kept mentions that overlap a span, by search; and their exact ranges
  const keptOver = overlapFinder(kept);
  const keptRanges = new Set(kept.map((m) => `${m.start}:${m.end}`));
  const free = (s: NerSpan) => !keptOver(s.start, s.end).some((k) => !(s.start <= kept[k].start && kept[k].end <= s.end));
  const untouched = (s: NerSpan) => keptOver(s.start, s.end).length === 0;
  const extra: Mention[] = [];
  for (const s of sorted) {
    if (dropSpan.has(s) || !free(s)) continue;
    // what the rules know is no person, maybe after a word that is never part of a name ("Tết ⟦Mậu Thân⟧")
    if (s.type === 'PERSON' && (notAPerson(text.slice(s.start, s.end)) || endsInYear(text, s.start, s.end))) continue;
    // a photo credit or byline: a person, but none of the story's
    if (s.type === 'PERSON' && creditAt(text, s.start, s.end)) {
      extra.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: 'person', credit: true });
      continue;
    }
    // an office is no organization or place ("BLV Quang Huy": the tagger may read "BLV" as one)
    if (s.type !== 'PERSON' && isOffice(text, s.start, s.end)) continue;
    // a person the tagger found after an office or honorific ("bà Nam", "HLV Steve Kerr") is evidence enough
    if (s.type !== 'LOCATION' && s.type !== 'ORGANIZATION' && !people.has(s) &&
        !(s.type === 'PERSON' && (introducedAt(text, s.start) || (untouched(s) && bareNameAt(text, s, kept, sorted))))) continue;
    // the end of an office is no part of a place: "Bộ trưởng Tư pháp Mỹ" holds the country "Mỹ", not a place "Tư pháp Mỹ"
    let start = s.start;
    if (s.type === 'LOCATION') {
      const t = titleEndIn(text, s.start, s.end);
      if (t !== undefined) for (start = t; start < s.end && /\s/u.test(text[start]); start++);
      if (start >= s.end || keptRanges.has(`${start}:${s.end}`)) continue;
    }
    // a place that names a people, language or culture ("sao Hàn") stays in the graph, nested in that name
    const nested = s.type === 'LOCATION' && PEOPLE_BEFORE.test(text.slice(Math.max(0, start - 14), start));
    extra.push({ start, end: s.end, text: text.slice(start, s.end), kind: KIND[s.type]!, ...(nested ? { nested } : {}) });
  }

  // remap meeting participants to the kept mentions; new mentions go to the end
  const index = new Map<number, number>();
  let n = 0;
  keep.forEach((m, i) => {
    if (m) index.set(i, n++);
  });
  // a name right after a word for a firm or a preschool is no participant ("cuộc họp … trường Mầm non ⟦Sen Vàng⟧"):
  // namedOrgs makes it the organization's
  const firmAt = (i: number): boolean => {
    const m = kept[i];
    if (m.kind !== 'person' || m.title !== undefined || m.entity !== undefined) return false;
    const w = ORG_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    return w !== null && FIRM_WORDS.has(w[1].toLowerCase());
  };
  let meetings = x.meetings.map((mm) => ({
    ...mm,
    participants: mm.participants.filter((p) => index.has(p.mention) && !firmAt(index.get(p.mention)!)).map((p) => ({ ...p, mention: index.get(p.mention)! })),
  }));
  const inMeetings = new Set(meetings.flatMap((mm) => mm.participants.map((p) => p.mention)));
  // a rule's name that the tagger's span widened into a byline ("Theo Người ⟦Đưa Tin⟧" → "Theo ⟦Người Đưa Tin⟧")
  const credited = (m: Mention, i: number): Mention =>
    m.kind === 'person' && !m.credit && !m.nested && m.entity === undefined && m.title === undefined && !inMeetings.has(i) && creditAt(text, m.start, m.end) ? { ...m, credit: true } : m;
  const mentions = listItems(text, [...kept, ...extra].map((m, i) => withInitialDot(text, credited(m, i))), inMeetings);
  // people an office or honorific introduces stay people too ("ông ⟦Arkhom⟧", where the tagger read his full name as a firm's)
  // (only one-word people can become an organization there: the others are not looked at)
  const named = new Set(inMeetings);
  mentions.forEach((m, i) => m.kind === 'person' && !m.text.includes(' ') && introducedAt(text, m.start) && named.add(i));
  const final = streets(text, districtPlaces(text, namedOrgs(text, orgShortNames(shortNames(mentions, places), named), inMeetings), inMeetings), inMeetings);
  const things = productNames(text, final, inMeetings);
  meetings = meetings.filter((mm) => publicMeeting(text, mm, final));
  if (things.size === 0) return { ...x, mentions: final, meetings };
  // the participants' indexes once the things' mentions are gone (no participant is one)
  const moved: number[] = [];
  let m = 0;
  final.forEach((_, i) => (moved[i] = things.has(i) ? -1 : m++));
  return {
    ...x,
    mentions: final.filter((_, i) => !things.has(i)),
    meetings: meetings.map((mm) => ({ ...mm, participants: mm.participants.map((p) => ({ ...p, mention: moved[p.mention] })) })),
  };
}
