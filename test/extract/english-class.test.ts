// englishClass reads compromise's lexicon from a data file (lexicons/en/english-classes.json), so that the
// Vietnamese extractor does not load compromise: the file must be what the installed compromise holds.
import { describe, expect, it } from 'vitest';
import classes from '../../src/lexicons/en/english-classes.json' with { type: 'json' };
import { englishClass, englishNames } from '../../src/extract/english-class.js';
// @ts-expect-error: a plain script, without types
import { englishClasses } from '../../scripts/english-classes.mjs';

describe('englishClass', () => {
  it('is read from a file that is exactly what the installed compromise holds (else: node scripts/english-classes.mjs)', () => {
    expect(classes).toEqual(englishClasses());
  });

  const rows: [string, string | undefined][] = [
    ['nancy', 'person'],
    ['kevin', 'person'],
    ['birmingham', 'place'],
    ['denver', 'place'],
    ['toyota', 'org'],
    ['denver nuggets', 'org'],
    ['spurs', 'word'],
    ['start', 'word'],
    ['nguyễn', undefined],
    ['hà nội', undefined],
  ];
  for (const [w, c] of rows) it(`"${w}" is ${c ?? 'not in the lexicon'}`, () => expect(englishClass(w)).toBe(c));

  it('lists the names, not the plain words', () => {
    const names = new Map(englishNames());
    expect(names.get('nancy')).toBe('person');
    expect(names.get('toyota')).toBe('org');
    expect(names.has('start')).toBe(false);
  });
});
