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

const load = () => (lexicon ??= (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon);

/** The class of a lower-cased word or phrase in compromise's lexicon; undefined when it is not there. */
export function englishClass(lower: string): EnglishClass | undefined {
  const tags = load()[lower];
  return tags === undefined ? undefined : classOf(tags);
}

/** Every name in the lexicon (people's first and last names, places, organizations), lower-cased, with its class. */
export function englishNames(): [string, Exclude<EnglishClass, 'word'>][] {
  const out: [string, Exclude<EnglishClass, 'word'>][] = [];
  for (const [w, tags] of Object.entries(load())) {
    const c = classOf(tags);
    if (c !== 'word') out.push([w, c]);
  }
  return out;
}

function classOf(tags: string | string[]): EnglishClass {
  const list = typeof tags === 'string' ? [tags] : tags;
  if (list.some((t) => ORG.has(t))) return 'org';
  if (list.some((t) => PLACE.has(t))) return 'place';
  if (list.some((t) => PERSON.has(t))) return 'person';
  return 'word';
}
