// Sports teams (lexicons/teams.json), by every written form, and whether a text reports on sport: in such a report
// "Lyon", "Nancy" and "Real" are clubs, not a city, a given name or a word.

import data from '../lexicons/teams.json' with { type: 'json' };
import { slug } from '../resolve/slug.js';
import { Gazetteer } from './gazetteer.js';

/** A written form of a team: its entity key, and whether it names the team outside a report on sport too. */
export interface TeamForm {
  key: string;
  anywhere: boolean;
}

const ALSO_PLACES = new Set(data.alsoPlaces);

/** Every written form of every team ("organization:real-madrid" by "Real Madrid" and "Real"), matched case-sensitively. */
export const TEAMS = new Gazetteer<TeamForm>(true);
/** The same, as a map of whole names. */
const FORMS = new Map<string, TeamForm>();
/** A team's name by its entity key. */
const NAMES = new Map<string, string>();
for (const [name, others] of Object.entries(data.teams)) {
  const key = `organization:${slug(name)}`;
  NAMES.set(key, name);
  for (const form of [name, ...others]) {
    // one word ("Lyon", "Nancy", "Real") or the name of a place too ("Las Palmas"): a team's in a report on sport only
    const value = { key, anywhere: /\s/u.test(form) && !ALSO_PLACES.has(form) };
    TEAMS.add(form, value);
    FORMS.set(form, value);
  }
}

/** The name of the team with this entity key, if it is one. */
export const teamName = (key: string): string | undefined => NAMES.get(key);

/** The entity key of the team written so ("Man City" → "organization:manchester-city"), if it is one. */
export const teamKey = (form: string): string | undefined => FORMS.get(form)?.key;

/** How many of its words a report on sport uses at least. */
const SPORTS_WORDS_MIN = 3;

const patterns = new WeakMap<readonly string[], RegExp>();
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a letter or digit ends text before index i (a whole code point: one outside the BMP is two units). */
function wordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  return WORD_CHAR.test(low >= 0xdc00 && low <= 0xdfff && i > 1 ? text.slice(i - 2, i) : text[i - 1]);
}

/** Whether `text` uses at least three different words of `words` (a language's words of sport: "cầu thủ", "ghi bàn"). */
export function sportsReport(text: string, words: readonly string[]): boolean {
  let re = patterns.get(words);
  if (!re) {
    const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
    // the word's start is checked by hand: a look-behind, tried at every position of the text, made this
    // four times slower
    patterns.set(words, (re = new RegExp(`(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu')));
  }
  re.lastIndex = 0;
  const seen = new Set<string>();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (wordCharBefore(text, m.index)) {
      re.lastIndex = m.index + 1; // inside a word: try again from the next position, as a look-behind would
      continue;
    }
    seen.add(m[0]);
    if (seen.size >= SPORTS_WORDS_MIN) return true;
  }
  return false;
}

/**
 * The mentions with the teams among them made organizations, for extractors that find names before they know
 * teams (English): a mention whose text is a team's name that names it anywhere, or, in a report on sport, any of its names.
 */
export function asTeams<M extends { text: string; kind: string; entity?: string }>(mentions: M[], sports: boolean): M[] {
  return mentions.map((m) => {
    const team = FORMS.get(m.text);
    if (!team || m.entity === team.key || !(sports || team.anywhere)) return m;
    return { ...m, kind: 'organization', entity: team.key };
  });
}
