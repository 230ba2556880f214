// englishClass: what compromise's English lexicon knows a word or phrase to be — a person's name
// ("nancy", "kevin"), a place ("birmingham", "denver"), an organization or team ("toyota",
// "denver nuggets"), or just an English word ("spurs", "start"). World knowledge the Vietnamese
// training data lacks for foreign names; compromise/two holds the lexicon without the full tagger.

import nlp from 'compromise/two';

export type EnglishClass = 'person' | 'place' | 'org' | 'word';

const PERSON = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);
const PLACE = new Set(['City', 'Country', 'Place', 'Region', 'Continent', 'Address']);
const ORG = new Set(['Organization', 'SportsTeam', 'Company', 'School']);

let lexicon: Record<string, string | string[]> | undefined;

/** The class of a lower-cased word or phrase in compromise's lexicon; undefined when it is not there. */
export function englishClass(lower: string): EnglishClass | undefined {
  lexicon ??= (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[lower];
  if (tags === undefined) return undefined;
  const list = typeof tags === 'string' ? [tags] : tags;
  if (list.some((t) => ORG.has(t))) return 'org';
  if (list.some((t) => PLACE.has(t))) return 'place';
  if (list.some((t) => PERSON.has(t))) return 'person';
  return 'word';
}
