// Writes src/lexicons/en/english-classes.json: every word and phrase of compromise's English lexicon with
// what it is (a person's name, a place, an organization, or just a word). The Vietnamese extractor reads
// this file instead of loading compromise (~0.4 s at every worker's start). test/extract/english-class.test.ts
// checks that it is what the installed compromise holds; after upgrading compromise, run:
//
//   node scripts/english-classes.mjs

import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise/two';

const PERSON = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);
const PLACE = new Set(['City', 'Country', 'Place', 'Region', 'Continent', 'Address']);
const ORG = new Set(['Organization', 'SportsTeam', 'Company', 'School']);

/** What compromise's tags say a lexicon entry is. */
export function classOf(tags) {
  const list = typeof tags === 'string' ? [tags] : tags;
  if (list.some((t) => ORG.has(t))) return 'org';
  if (list.some((t) => PLACE.has(t))) return 'place';
  if (list.some((t) => PERSON.has(t))) return 'person';
  return 'word';
}

/** The file's content for the installed compromise. */
export function englishClasses() {
  const out = { compromise: JSON.parse(readFileSync(new URL('../node_modules/compromise/package.json', import.meta.url), 'utf8')).version, person: [], place: [], org: [], word: [] };
  for (const [w, tags] of Object.entries(nlp.model().one.lexicon)) out[classOf(tags)].push(w);
  for (const k of ['person', 'place', 'org', 'word']) out[k].sort();
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL('../src/lexicons/en/english-classes.json', import.meta.url);
  writeFileSync(path, `${JSON.stringify(englishClasses(), null, 0)}\n`);
  console.log(`wrote ${path.pathname}`);
}
