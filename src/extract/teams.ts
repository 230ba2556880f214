// Sports teams (lexicons/teams.json), by every written form, and whether a text reports on sport: in such a report
// "Lyon", "Nancy" and "Real" are clubs, not a city, a given name or a word.

import data from '../lexicons/teams.json' with { type: 'json' };
import { slug } from '../resolve/slug.js';
import { Gazetteer } from './gazetteer.js';

/** A team's entity key ("organization:real-madrid") by each of its written forms, matched case-sensitively. */
export const TEAMS = new Gazetteer<string>(true);
/** A team's name by its entity key. */
const NAMES = new Map<string, string>();
for (const [name, others] of Object.entries(data.teams)) {
  const key = `organization:${slug(name)}`;
  NAMES.set(key, name);
  for (const form of [name, ...others]) TEAMS.add(form, key);
}

/** The name of the team with this entity key, if it is one. */
export const teamName = (key: string): string | undefined => NAMES.get(key);

/** How many of its words a report on sport uses at least. */
const SPORTS_WORDS_MIN = 3;

const patterns = new WeakMap<readonly string[], RegExp>();

/** Whether `text` uses at least three different words of `words` (a language's words of sport: "cầu thủ", "ghi bàn"). */
export function sportsReport(text: string, words: readonly string[]): boolean {
  let re = patterns.get(words);
  if (!re) {
    const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
    patterns.set(words, (re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu')));
  }
  re.lastIndex = 0;
  const seen = new Set<string>();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    seen.add(m[0]);
    if (seen.size >= SPORTS_WORDS_MIN) return true;
  }
  return false;
}
