// The phrase gazetteer finds a token's word by a hash of its text (gazetteer.ts idOf); these rows hold
// what a Map of the words gave: exact case where the gazetteer is case-sensitive, toLowerCase() where it
// is not, including the letters whose lower case a per-character table cannot give.

import { describe, expect, test } from 'vitest';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { tokenize } from '../../src/extract/tokenize.js';

const find = (g: Gazetteer<string>, text: string) => g.findAll(text, tokenize(text)).map((m) => `${m.text}=${m.value}`);

describe('Gazetteer', () => {
  const cased = new Gazetteer<string>(true).add('Bộ Ngoại giao', 'org').add('Nhà Trắng', 'place');
  const anyCase = new Gazetteer<string>(false).add('hội đàm', 'talks').add('Σοφός', 'greek').add('İzmir', 'city');

  test.each([
    ['cased', 'Người phát ngôn Bộ Ngoại giao cho biết', ['Bộ Ngoại giao=org']],
    ['cased', 'người phát ngôn bộ ngoại giao cho biết', []], // case-sensitive
    ['cased', 'Tại Nhà  Trắng, hai bên', ['Nhà  Trắng=place']], // any white space between words
    ['anyCase', 'Hai bên đã HỘI ĐÀM tại Hà Nội', ['HỘI ĐÀM=talks']],
    ['anyCase', 'Hội đàm diễn ra sáng nay', ['Hội đàm=talks']],
    ['anyCase', 'ΣΟΦΌΣ', ['ΣΟΦΌΣ=greek']], // toLowerCase() ends it in "ς", a table per character in "σ"
    ['anyCase', 'İzmir', ['İzmir=city']], // "İ" lowers to two code units
    ['anyCase', 'Izmir', []],
  ])('%s: %s', (which, text, want) => {
    expect(find(which === 'cased' ? cased : anyCase, text as string)).toEqual(want);
  });
});

describe('Gazetteer.mayStartAt', () => {
  // the phrases of every gazetteer made so far count (in this file: these two and the ones above)
  new Gazetteer<string>(true).add('Tòa Bạch Ốc', 'place');
  new Gazetteer<string>(false).add('điện đàm', 'call');
  const at = (text: string, i: number) => Gazetteer.mayStartAt(tokenize(text), i);

  test.each([
    ['Tòa Bạch Ốc ra tuyên bố', 0, true], // the first word of a case-sensitive phrase
    ['tòa nhà cao tầng', 0, false], // …not in another case
    ['Hai bên ĐIỆN ĐÀM sáng nay', 2, true], // a case-insensitive phrase, by its lower case
    ['Tòa Bạch Ốc ra tuyên bố', 1, false], // a phrase's second word starts none
    ['xyzzy', 0, false],
  ])('%s, token %i: %s', (text, i, want) => {
    expect(at(text as string, i as number)).toBe(want);
  });
});
