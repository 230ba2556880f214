// The exact-span NER scorer on a small hand table.
import { describe, expect, it } from 'vitest';
import { scoreNer, type GoldNerDoc } from '../../src/eval/ner.js';

const MAP = { person: 'PER', country: 'LOC', location: 'LOC', organization: 'ORG' };
const text = 'Xi Jinping met Vladimir Putin in Moscow , Russia , at the Kremlin .';
//            0         1         2         3         4         5         6
const gold: GoldNerDoc[] = [{
  doc: 'd1',
  text,
  entities: [
    { start: 0, end: 10, type: 'PER', depth: 0 },
    { start: 15, end: 29, type: 'PER', depth: 0 },
    { start: 33, end: 39, type: 'LOC', depth: 0 },
    { start: 42, end: 48, type: 'LOC', depth: 0 },
    { start: 58, end: 65, type: 'LOC', depth: 0 },
    { start: 24, end: 29, type: 'PER', depth: 1 }, // nested: ignored
    { start: 0, end: 2, type: 'MISC', depth: 0 }, // a type the map never makes: ignored
  ],
}];

describe('scoreNer', () => {
  it('counts exact spans by mapped kind, gold depth 0 only', () => {
    const predict = () => [
      { start: 0, end: 10, kind: 'person' }, // tp
      { start: 15, end: 29, kind: 'person' }, // tp
      { start: 15, end: 29, kind: 'person' }, // duplicate: counted once
      { start: 33, end: 39, kind: 'location' }, // tp
      { start: 42, end: 48, kind: 'country' }, // tp: country maps to LOC
      { start: 54, end: 65, kind: 'location' }, // wrong span ("the Kremlin"): fp, and the gold one fn
      { start: 24, end: 29, kind: 'person' }, // the nested one: fp
    ];
    const { perKind, errors } = scoreNer(gold, predict, MAP);
    expect(perKind.PER).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(perKind.PER.precision).toBeCloseTo(2 / 3);
    expect(perKind.PER.recall).toBe(1);
    expect(perKind.PER.f1).toBeCloseTo(0.8);
    expect(perKind.LOC).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(perKind.LOC.f1).toBeCloseTo(2 / 3);
    expect(perKind.ORG).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
    expect(perKind.MISC).toBeUndefined();
    expect(errors).toContainEqual({ doc: 'd1', kind: 'LOC', text: 'the Kremlin', start: 54, end: 65, error: 'wrong' });
    expect(errors).toContainEqual({ doc: 'd1', kind: 'LOC', text: 'Kremlin', start: 58, end: 65, error: 'missed' });
    expect(errors).toContainEqual({ doc: 'd1', kind: 'PER', text: 'Putin', start: 24, end: 29, error: 'wrong' });
    expect(errors).toHaveLength(3);
  });

  it('a right span of the wrong kind is one error each way', () => {
    const { perKind } = scoreNer(gold, () => [{ start: 0, end: 10, kind: 'organization' }], MAP);
    expect(perKind.ORG).toMatchObject({ tp: 0, fp: 1 });
    expect(perKind.PER).toMatchObject({ tp: 0, fn: 2 });
  });
});
