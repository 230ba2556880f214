// Places that are not countries (lexicons/locations.json): cities, provinces, venues.

import data from '../lexicons/locations.json' with { type: 'json' };
import { Gazetteer } from './gazetteer.js';

export interface KnownLocation {
  /** The first name: the node's key is made from it, in every language. */
  label: string;
  /**
   * The label in English texts: the first name in plain ASCII, else with no letter only Vietnamese uses, that is no
   * abbreviation ("White House", "Ho Chi Minh City" rather than "TP.HCM" or "Sài Gòn", "Élysée Palace").
   */
  labelEn: string;
  names: string[];
  country: string;
}

const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const englishName = (names: string[]): string => {
  const words = names.filter((n) => /\p{Ll}/u.test(n));
  return words.find((n) => /^[\x20-\x7e]+$/.test(n)) ?? words.find((n) => !VIETNAMESE_LETTER.test(n)) ?? names[0];
};

const LOCS: KnownLocation[] = data.locations.map((l) => ({ label: l.names[0], labelEn: englishName(l.names), names: l.names, country: l.country }));

/** Every written form of every known place, case-sensitive. */
export const knownLocations = new Gazetteer<KnownLocation>(true);
for (const l of LOCS) for (const n of l.names) knownLocations.add(n, l);

/** Words that introduce a place ("thủ đô Bắc Kinh", "tỉnh Aichi"). */
export const placeWords = new Gazetteer<string>(false);
for (const w of data.placeWords) placeWords.add(w, w);

/** Words that begin a venue's name and belong to it ("sân bay quốc tế Minsk", "khách sạn Metropole"). */
export const venueWords = new Gazetteer<string>(false);
for (const w of data.venueWords) venueWords.add(w, w);

/** A name as looked up: lower case, the spaces around dots dropped and the others single ("TP. HCM" = "Tp.HCM"). */
const lookupKey = (name: string): string => name.toLowerCase().replace(/\s*\.\s*/gu, '.').replace(/\s+/gu, ' ').trim();

const byName = new Map<string, KnownLocation>();
for (const l of LOCS) for (const n of l.names) byName.set(lookupKey(n), l);

/** Words written with single spaces and no dot: already their own lookup key once lower-cased (the usual name). */
const PLAIN = /^[^\s.]+(?: [^\s.]+)*$/u;

export function knownLocationByName(name: string): KnownLocation | undefined {
  return byName.get(PLAIN.test(name) ? name.toLowerCase() : lookupKey(name));
}
