// Exact-span NER scoring: a predicted span counts only when its start, end and kind (after mapping
// to the gold set's types) equal a gold span's. Gold entities nested inside others (depth > 0) are
// left out, as are gold types the map never produces (MISC).

export interface GoldNerDoc {
  doc: string;
  text: string;
  entities: { start: number; end: number; type: string; depth?: number }[];
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NerError {
  doc: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  /** missed: a gold span not predicted; wrong: a predicted span not in gold. */
  error: 'missed' | 'wrong';
}

export type NerPredict = (text: string, doc: string) => { start: number; end: number; kind: string }[];

/** Scores `predict` on gold documents; `map` takes a predicted kind to a gold type (person → PER). */
export function scoreNer(
  gold: GoldNerDoc[],
  predict: NerPredict,
  map: Record<string, string>,
): { perKind: Record<string, KindScore>; errors: NerError[] } {
  const types = new Set(Object.values(map));
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const t of types) count(t);
  const errors: NerError[] = [];
  for (const g of gold) {
    const want = new Map<string, { start: number; end: number; type: string }>();
    for (const e of g.entities) {
      if ((e.depth ?? 0) !== 0 || !types.has(e.type)) continue;
      want.set(`${e.start}:${e.end}:${e.type}`, e);
    }
    const seen = new Set<string>();
    for (const p of predict(g.text, g.doc)) {
      const type = map[p.kind];
      if (type === undefined) continue;
      const key = `${p.start}:${p.end}:${type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (want.has(key)) count(type).tp++;
      else {
        count(type).fp++;
        errors.push({ doc: g.doc, kind: type, text: g.text.slice(p.start, p.end), start: p.start, end: p.end, error: 'wrong' });
      }
    }
    for (const [key, e] of want) {
      if (seen.has(key)) continue;
      count(e.type).fn++;
      errors.push({ doc: g.doc, kind: e.type, text: g.text.slice(e.start, e.end), start: e.start, end: e.end, error: 'missed' });
    }
  }
  const perKind: Record<string, KindScore> = {};
  for (const [t, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perKind[t] = { ...c, precision, recall, f1 };
  }
  return { perKind, errors };
}
