// Scores a graph (the graph contract) against gold files, exactly as shared/gold/FORMAT.md says:
// people matched by any equal name (NFC, case folded, spaces collapsed, tone placement unified),
// countries as sets, meetings by the best participant Jaccard (≥ 0.5, same kind breaks ties, then the
// meeting the document reports first: not the graph's order of nodes), and date / place / host accuracy among the
// meetings found.

import type { AbstractGraph } from 'graphology-types';
import { normalizeTones } from '../corpus/normalize-tones.js';

export interface GoldPerson {
  id: string;
  names: string[];
  country?: string;
  titles?: string[];
}
export interface GoldMeeting {
  kind: string;
  participants: string[];
  host?: string;
  date?: string;
  endDate?: string;
  place?: string;
  title?: string;
  evidence?: string;
}
export interface GoldDoc {
  doc: string;
  lang?: string;
  people: GoldPerson[];
  countries: string[];
  meetings: GoldMeeting[];
  notPeople?: string[];
  optionalPeople?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Accuracy {
  correct: number;
  total: number;
}
export interface DocScore {
  doc: string;
  people: Counts;
  countries: Counts;
  meetings: Counts;
  date: Accuracy;
  place: Accuracy;
  host: Accuracy;
  errors: string[];
}

export const norm = (s: string) => normalizeTones(s.normalize('NFC')).toLowerCase().replace(/\s+/gu, ' ').trim();

interface PredMeeting {
  key: string;
  kind: string;
  participants: string[];
  host?: string;
  date?: string;
  place?: string;
  /** Where the document first reports it (its evidence's first offset in the document). */
  first: number;
}

/** The score of one gold document against the graph. */
export function scoreDoc(graph: AbstractGraph, gold: GoldDoc): DocScore {
  const errors: string[] = [];
  const inDoc = (a: Record<string, unknown>) => Array.isArray(a.docs) && (a.docs as string[]).includes(gold.doc);

  // people: one-to-one, by any equal name
  const goldByName = new Map<string, string>();
  for (const p of gold.people) for (const n of p.names) goldByName.set(norm(n), p.id);
  const optional = new Set((gold.optionalPeople ?? []).map(norm));
  const personToGold = new Map<string, string>();
  const usedGold = new Set<string>();
  const people: Counts = { tp: 0, fp: 0, fn: 0 };
  graph.forEachNode((key, a) => {
    if (a.kind !== 'person' || !inDoc(a)) return;
    const names = [a.label as string, ...((a.names as string[]) ?? [])].map(norm);
    const id = names.map((n) => goldByName.get(n)).find((id) => id !== undefined && !usedGold.has(id));
    if (id) {
      usedGold.add(id);
      personToGold.set(key, id);
      people.tp++;
    } else if (names.some((n) => optional.has(n))) {
      // borderline: neither credit nor error
    } else if (names.some((n) => goldByName.has(n))) {
      people.fp++;
      errors.push(`person split: ${a.label}`);
    } else {
      people.fp++;
      errors.push(`person wrong: ${a.label}`);
    }
  });
  for (const p of gold.people) if (!usedGold.has(p.id)) {
    people.fn++;
    errors.push(`person missed: ${p.names[0]}`);
  }

  // countries: sets
  const predCountries = new Set<string>();
  graph.forEachNode((_, a) => {
    if (a.kind === 'country' && inDoc(a)) predCountries.add(a.iso2 as string);
  });
  const goldCountries = new Set(gold.countries);
  const countries: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of predCountries) if (goldCountries.has(c)) countries.tp++; else { countries.fp++; errors.push(`country wrong: ${c}`); }
  for (const c of goldCountries) if (!predCountries.has(c)) { countries.fn++; errors.push(`country missed: ${c}`); }

  // meetings
  const preds: PredMeeting[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== 'meeting' || !inDoc(a)) return;
    const participants: string[] = [];
    let host: string | undefined;
    graph.forEachInEdge(key, (_e, ea, source) => {
      if (ea.kind !== 'participant') return;
      const id = personToGold.get(source) ?? `?${source}`;
      participants.push(id);
      if (ea.role === 'host') host = id;
    });
    const starts = ((a.evidence as { doc: string; start: number }[] | undefined) ?? []).filter((e) => e.doc === gold.doc).map((e) => e.start);
    preds.push({ key, kind: a.meetingKind as string, participants, host, date: a.date as string | undefined, place: a.place as string | undefined, first: Math.min(...starts) });
  });
  preds.sort((x, y) => x.first - y.first);
  const used = new Set<number>();
  const meetings: Counts = { tp: 0, fp: 0, fn: 0 };
  const date: Accuracy = { correct: 0, total: 0 };
  const place: Accuracy = { correct: 0, total: 0 };
  const host: Accuracy = { correct: 0, total: 0 };
  for (const g of gold.meetings) {
    let best = -1;
    let bestScore = 0;
    preds.forEach((p, i) => {
      if (used.has(i)) return;
      const j = jaccard(g.participants, p.participants);
      const better = j > bestScore || (j === bestScore && best >= 0 && p.kind === g.kind && preds[best].kind !== g.kind);
      if (j >= 0.5 && better) {
        best = i;
        bestScore = j;
      }
    });
    if (best < 0) {
      meetings.fn++;
      errors.push(`meeting missed: ${g.kind} ${g.participants.join('+')} ${g.date ?? ''}`);
      continue;
    }
    used.add(best);
    meetings.tp++;
    const p = preds[best];
    const check = (acc: Accuracy, what: string, want?: string, got?: string) => {
      acc.total++;
      if ((want === undefined ? undefined : norm(want)) === (got === undefined ? undefined : norm(got))) acc.correct++;
      else errors.push(`meeting ${what}: ${g.kind} ${g.participants.join('+')}: want ${want ?? '(none)'}, got ${got ?? '(none)'}`);
    };
    check(date, 'date', g.date, p.date);
    check(place, 'place', g.place, p.place);
    check(host, 'host', g.host, p.host);
  }
  preds.forEach((p, i) => {
    if (!used.has(i)) {
      meetings.fp++;
      errors.push(`meeting wrong: ${p.kind} ${p.participants.join('+')} ${p.date ?? ''}`);
    }
  });
  return { doc: gold.doc, people, countries, meetings, date, place, host, errors };
}

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  const union = A.size + B.size - inter;
  return union === 0 ? 0 : inter / union;
}

export interface Totals {
  docs: number;
  people: Counts & Prf;
  countries: Counts & Prf;
  meetings: Counts & Prf;
  date: Accuracy & { accuracy: number };
  place: Accuracy & { accuracy: number };
  host: Accuracy & { accuracy: number };
}
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Sums per-document scores. */
export function totals(scores: DocScore[]): Totals {
  const sum = (f: (s: DocScore) => Counts): Counts & Prf => {
    const c = scores.reduce((a, s) => ({ tp: a.tp + f(s).tp, fp: a.fp + f(s).fp, fn: a.fn + f(s).fn }), { tp: 0, fp: 0, fn: 0 });
    return { ...c, ...prf(c) };
  };
  const acc = (f: (s: DocScore) => Accuracy) => {
    const a = scores.reduce((a, s) => ({ correct: a.correct + f(s).correct, total: a.total + f(s).total }), { correct: 0, total: 0 });
    return { ...a, accuracy: a.total === 0 ? 1 : a.correct / a.total };
  };
  return {
    docs: scores.length,
    people: sum((s) => s.people),
    countries: sum((s) => s.countries),
    meetings: sum((s) => s.meetings),
    date: acc((s) => s.date),
    place: acc((s) => s.place),
    host: acc((s) => s.host),
  };
}
