// The Vietnamese language knowledge, loaded from lexicons/vi/*.json into matchers.

import titles from '../../lexicons/vi/titles.json' with { type: 'json' };
import cues from '../../lexicons/vi/meeting-cues.json' with { type: 'json' };
import words from '../../lexicons/vi/words.json' with { type: 'json' };
import surnames from '../../lexicons/vi/surnames.json' with { type: 'json' };
import type { MeetingKind } from '../../types.js';
import { Gazetteer } from '../gazetteer.js';

/** A title as written with the press's short forms of its words ("Ủy viên T.Ư Đảng"), the title itself first. */
function shortForms(title: string): string[] {
  const forms = [title];
  for (const [word, shorts] of Object.entries(titles.abbreviations)) {
    if (!Array.isArray(shorts) || !title.includes(word)) continue;
    for (const short of shorts) forms.push(title.replaceAll(word, short));
  }
  return forms;
}

/** Offices and ranks, case-insensitive ("Chủ tịch", "Bộ trưởng Ngoại giao"), with optional prefixes ("cựu"). */
export const TITLES = new Gazetteer<string>(false);
for (const t of titles.titles.flatMap(shortForms)) {
  TITLES.add(t, t);
  for (const p of titles.prefixes) TITLES.add(`${p} ${t}`, `${p} ${t}`);
}

/** The offices of a country's leaders ("Tổng thống", "Thủ tướng"), lower-cased. */
export const LEADER_TITLES = new Set(titles.leaders.map((t) => t.toLowerCase()));

export const HONORIFICS = new Gazetteer<string>(true);
for (const h of titles.honorifics) HONORIFICS.add(h, h);
/** The honorifics in lower case, for a look-up of any capitalisation ("Cô Mai", "cụ Joan"). */
export const HONORIFICS_LOWER = new Set(titles.honorifics.map((h) => h.toLowerCase()));

export const CUES = new Gazetteer<MeetingKind>(false);
for (const [kind, list] of Object.entries(cues.cues)) for (const c of list) CUES.add(c, kind as MeetingKind);
export const NOT_CUES = new Gazetteer<true>(false);
for (const c of cues.not) NOT_CUES.add(c, true);
export const HYPOTHETICAL = new Gazetteer<true>(false);
for (const c of cues.hypothetical) HYPOTHETICAL.add(c, true);
export const PLANNED = new Gazetteer<true>(false);
for (const c of cues.planned) PLANNED.add(c, true);

export const NOT_NAMES = new Set(words.notNames);
export const NOT_PEOPLE = new Set(words.notPeople);
// a year's name, a stem and a branch, of which only the pairs of like parity exist ("Đinh Dậu", not "Đinh Tý")
words.lunarStems.forEach((stem, i) => words.lunarBranches.forEach((branch, j) => i % 2 === j % 2 && NOT_PEOPLE.add(`${stem} ${branch}`)));
export const ORG_HEADS = new Gazetteer<string>(true);
for (const h of words.orgHeads) ORG_HEADS.add(h, h);
/** Organizations' words with no name ("Công ty", "UBND", "Sở Y tế"; words.json genericOrgs): said of many organizations. */
const GENERIC_ORGS = new Set(words.genericOrgs.names.map((w) => w.toLowerCase()));
export const genericOrg = (name: string): boolean => GENERIC_ORGS.has(name.toLowerCase());

/** Heads that begin an organization only with a name after them ("Phòng GD&ĐT", not "Phòng giao dịch"). */
export const HEADS_BEFORE_NAME = new Set(words.orgHeadsBeforeName.heads);
for (const h of HEADS_BEFORE_NAME) ORG_HEADS.add(h, h);
export const KNOWN_ORGS = new Gazetteer<string>(true);
for (const o of words.knownOrgs) KNOWN_ORGS.add(o, o);

export const SURNAMES = new Set(surnames.surnames);

/** A one-word foreign family name by its ending: "Sevastova", "Abramovich", "Poroshenko" (words.json surnameEndings). */
export const SURNAME_ENDING = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${words.surnameEndings.endings.join('|')})$`, 'u');

/** Words of a report on sport ("cầu thủ", "ghi bàn"): teams.ts's sportsReport. */
export const SPORTS_WORDS: readonly string[] = words.sportsWords.words;

/** "đô la Mỹ", "bảng Anh": the country after a currency word names the currency. */
export const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${words.currencyWords.join('|')})\\s+$`, 'iu');

/** "người Mỹ", "tiếng Anh": the country or region after them names its people or its language. */
export const PEOPLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${words.peopleWords.join('|')})\\s+$`, 'iu');

/** Function words that end a name or an event's title ("Kỳ họp thứ 6 … giữa hai nước"). */
export const STOP_WORDS = new Set(words.stopWords);

/** "Anh": a country's name that is also a pronoun, with the words that decide between them (pronoun-at.ts). */
export const PRONOUN_COUNTRIES = new Set(words.pronounCountries);
export const PRONOUN_AFTER = new Set(words.pronounAfter);
export const PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${words.placeBefore.join('|')})\\s+$`, 'iu');

/** "phía Bắc", "hướng Đông": a compass word after these is a direction, not a region. */
export const DIRECTIONS = new Set(words.directions);
export const DIRECTION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${words.directionBefore.join('|')})\\s+$`, 'iu');

/** "sông Hồng", "thành phố New York": a lower-case word right before a place that begins its name (VLSP). */
export const PLACE_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${words.placeWords.join('|')}) $`, 'u');
/** "huyện Triệu Phong": a place's name that starts with such a word. */
export const PLACE_WORD_START = new RegExp(`^(?:${words.placeWords.join('|')}) `, 'iu');

/** "trường Nguyễn Khuyến", "Trường tiểu học Đặng Cương", "nhóm Hoàng Quý": words right before a name that make it an organization's. */
export const ORG_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${words.orgWords.join('|')}) $`, 'iu');
/** A regular expression source that matches `word` with its first letter in either case ("[cC]ông ty"). */
const anyCase = (word: string): string => `[${word[0].toLowerCase()}${word[0].toUpperCase()}]${word.slice(1)}`;
/** Those of ORG_WORD_BEFORE's words that name a firm or a preschool (lower-cased): "công ty Bảo Tín Minh Châu". */
export const FIRM_WORDS = new Set(words.firmWords.map((w) => w.toLowerCase()));
/** One of those English words ("Corporation", "JSC"): most texts have none, and FIRM_BEFORE_SUFFIX's search is slow. */
export const FIRM_SUFFIX = new RegExp(`(?:${words.firmSuffixes.words.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** A name of one to three capitalized words before an English word that makes it a firm's: "Digiworld" in "Digiworld Corporation" (group 1). */
export const FIRM_BEFORE_SUFFIX = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}]*(?: \\p{Lu}[\\p{L}\\p{N}]*){0,2}) (?:${words.firmSuffixes.words.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** An organization's name that begins with one of them: "công ty Bảo Tín Minh Châu" (the name after it in group 1). */
export const FIRM_START = new RegExp(`^(?:${words.firmWords.map(anyCase).join('|')}) (\\p{Lu}.*)$`, 'u');

/**
 * "đường Nguyễn Thị Minh Khai", "nút giao Phạm Văn Đồng": a word right before a name that makes it a street's (group 1:
 * a word of the street's name, group 2: one before it), not where it is part of another word (streetNotAfter: "thành phố", "trực tuyến").
 */
const streetCue = (word: string): string => {
  const not = (words.streetNotAfter as Record<string, string[]>)[word];
  // "Đường sắt" written with a capital is an organization's ("Cục Đường sắt"): only the other words take either case
  const cue = word.startsWith('đường ') ? word : anyCase(word);
  return not ? `(?<!(?:${not.join('|')}) )${cue}` : cue;
};
export const STREET_WORD_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:(${words.streetWords.map(streetCue).join('|')})|(${words.streetBefore.map(streetCue).join('|')})) $`, 'u');
/** A place's name that begins with a word of a street's name: "đường Phạm Văn Đồng" (the name after it in group 1). */
export const STREET_START = new RegExp(`^(?:${words.streetWords.map(anyCase).join('|')}) (\\p{Lu}.*)$`, 'u');

/**
 * "tủ lạnh Linear Inverter", "pin Li-on": words right before a name that make it a thing's, unless a noun for a
 * person ends with them ("nhà phát triển ứng dụng Peter Steinberger").
 */
export const PRODUCT_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<!(?:${words.productPersonBefore.join('|')}) )(?:${words.productWords.join('|')}) $`, 'iu');

/** "FA Cup", "Australian Open": English words that end an event's name. */
export const EVENT_LAST_WORDS = new Set(words.eventLastWords);
