// Known people and their aliases across languages (lexicons/people.json).

import data from '../lexicons/people.json' with { type: 'json' };
import { Gazetteer } from './gazetteer.js';

export interface KnownPerson {
  id: string;
  names: string[];
  country?: string;
}

const PEOPLE = data.people as KnownPerson[];
const byId = new Map(PEOPLE.map((p) => [p.id, p]));

/** Every written form of every known person, matched case-sensitively, longest first. */
export const knownPeople = new Gazetteer<string>(true);
for (const p of PEOPLE) for (const n of p.names) knownPeople.add(n, p.id);

export function knownPerson(id: string): KnownPerson | undefined {
  return byId.get(id);
}

const byFoldedName = new Map<string, string>();
for (const p of PEOPLE) for (const n of p.names) byFoldedName.set(n.toLowerCase(), p.id);

/** The known person with exactly this written form (case-insensitive), if any. */
export function knownPersonByName(name: string): KnownPerson | undefined {
  const id = byFoldedName.get(name.toLowerCase());
  return id ? byId.get(id) : undefined;
}
