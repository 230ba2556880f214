// englishClass: what compromise's English lexicon knows a word or phrase to be — a person's name
// ("nancy", "kevin"), a place ("birmingham", "denver"), an organization or team ("toyota",
// "denver nuggets"), or just an English word ("spurs", "start"). World knowledge the Vietnamese
// training data lacks for foreign names. Read from lexicons/en/english-classes.json, which
// scripts/english-classes.mjs writes from compromise: the Vietnamese extractor never loads compromise.

import classes from '../lexicons/en/english-classes.json' with { type: 'json' };

export type EnglishClass = 'person' | 'place' | 'org' | 'word';

const KINDS = ['person', 'place', 'org', 'word'] as const;

let lexicon: Map<string, EnglishClass> | undefined;

function load(): Map<string, EnglishClass> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  for (const k of KINDS) for (const w of classes[k]) lexicon.set(w, k);
  return lexicon;
}

/** The class of a lower-cased word or phrase in compromise's lexicon; undefined when it is not there. */
export function englishClass(lower: string): EnglishClass | undefined {
  return load().get(lower);
}

/** Every name in the lexicon (people's first and last names, places, organizations), lower-cased, with its class. */
export function englishNames(): [string, Exclude<EnglishClass, 'word'>][] {
  const out: [string, Exclude<EnglishClass, 'word'>][] = [];
  for (const k of ['person', 'place', 'org'] as const) for (const w of classes[k]) out.push([w, k]);
  return out;
}
