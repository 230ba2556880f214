// Exact-span scoring: a predicted span counts when its start, end and type all match a gold span.

import { TYPES, type NerSpan, type NerType } from './tags.js';

export interface Counts { tp: number; fp: number; fn: number }
export type SpanScores = Record<NerType, Counts>;

export const emptyScores = (): SpanScores =>
  Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as SpanScores;

/** Adds the counts of one document to `into`. */
export function scoreSpans(gold: readonly NerSpan[], pred: readonly NerSpan[], into: SpanScores): SpanScores {
  const key = (s: NerSpan) => `${s.start}:${s.end}:${s.type}`;
  const g = new Set(gold.map(key));
  const p = new Set(pred.map(key));
  for (const s of pred) if (g.has(key(s))) into[s.type].tp++; else into[s.type].fp++;
  for (const s of gold) if (!p.has(key(s))) into[s.type].fn++;
  return into;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** A plain-text table: one row per type, then the micro average of PERSON, LOCATION, ORGANIZATION. */
export function formatScores(s: SpanScores): string {
  const rows = ['type           P      R      F1     gold'];
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const t of TYPES) {
    const c = s[t];
    const { p, r, f1 } = prf(c);
    rows.push(`${t.padEnd(14)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f1.toFixed(3)}  ${c.tp + c.fn}`);
    if (t !== 'MISCELLANEOUS') { all.tp += c.tp; all.fp += c.fp; all.fn += c.fn; }
  }
  const { p, r, f1 } = prf(all);
  rows.push(`${'PER+LOC+ORG'.padEnd(14)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f1.toFixed(3)}  ${all.tp + all.fn}`);
  return rows.join('\n');
}
