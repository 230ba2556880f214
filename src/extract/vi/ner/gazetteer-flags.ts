// Names the project already knows (src/lexicons: countries, places, Vietnam's districts, people) and the names in
// compromise's English lexicon (first and last names, cities and countries, companies and teams) as a
// tagger feature: each token gets the classes of the longest known name of up to four syllables that covers it.
// Hashes only, like the other features: lower-cased text of the name → class bits.

import countries from '../../../lexicons/countries.json' with { type: 'json' };
import locations from '../../../lexicons/locations.json' with { type: 'json' };
import people from '../../../lexicons/people.json' with { type: 'json' };
import districts from '../../../lexicons/vi/districts.json' with { type: 'json' };
import { englishNames } from '../../english-class.js';
import { hashWord } from './features.js';
import { IntTable } from './int-table.js';

export const GAZ_COUNTRY = 1;
export const GAZ_PLACE = 2;
export const GAZ_PERSON = 4;
export const GAZ_EN_PERSON = 8;
export const GAZ_EN_PLACE = 16;
export const GAZ_EN_ORG = 32;
/** A district of Vietnam: a place far more often than not, though a few are also people's names ("Hoài Đức"). */
export const GAZ_VN_DISTRICT = 64;

/** Lower-cased name hash → class bits. */
export const GAZETTEER = new IntTable();
/** Longest known name, in space-separated syllables. */
export const GAZ_MAX = 4;

function add(name: string, bit: number, lowerCase = false): void {
  const words = name.trim().split(/\s+/u);
  if (words.length > GAZ_MAX || (!lowerCase && !/^\p{Lu}/u.test(name))) return;
  const h = hashWord(words.join(' '));
  GAZETTEER.set(h, GAZETTEER.get(h) | bit);
}

const c = countries as unknown as { countries: Record<string, { vi?: string[]; en?: string[] }> };
for (const e of Object.values(c.countries)) for (const n of [...(e.vi ?? []), ...(e.en ?? [])]) add(n, GAZ_COUNTRY);
for (const e of (locations as unknown as { locations: { names: string[] }[] }).locations) for (const n of e.names) add(n, GAZ_PLACE);
for (const n of districts.districts) add(n, GAZ_VN_DISTRICT);
for (const e of (people as unknown as { people: { names: string[] }[] }).people) for (const n of e.names) add(n, GAZ_PERSON);
const EN_BIT = { person: GAZ_EN_PERSON, place: GAZ_EN_PLACE, org: GAZ_EN_ORG } as const;
for (const [name, c] of englishNames()) add(name, EN_BIT[c], true);
