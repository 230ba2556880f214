// The tagger's shortcuts for speed must not change what it reads: skipping the tokens far from any
// capitalised word (near-names.ts), the typed hash table, and the table-driven tokenizer.

import { describe, expect, test } from 'vitest';
import { IntTable } from '../../../src/extract/vi/ner/int-table.js';
import { tokensToTag } from '../../../src/extract/vi/ner/near-names.js';
import { syllables } from '../../../src/extract/vi/ner/syllables.js';
import { loadViNerModel } from '../../../src/extract/vi/ner/tag-vi.js';
import { tagWith } from '../../../src/extract/vi/ner/tag-with.js';
import { tokenize } from '../../../src/extract/tokenize.js';

const TEXT = [
  'Chiều 16/5, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Bộ trưởng Ngoại giao Nga Xéc-gây Láp-rốp.',
  'Theo đó, kể từ ngày mai, người dân trong khu vực sẽ được hỗ trợ thêm một khoản tiền nhỏ để sửa nhà cửa và đường sá sau bão.',
  'Ông cho biết Trung tâm Quản lý điều hành giao thông đô thị Hà Nội đã làm việc với sân bay quốc tế Tân Sơn Nhất.',
].join('\n');

describe('skipping far lower-case stretches', () => {
  test('leaves the tagger output unchanged on names, long names and plain prose', () => {
    const model = loadViNerModel();
    expect(tagWith(model, TEXT, true)).toEqual(tagWith(model, TEXT, false));
  });

  test('skips the middle of a long lower-case stretch and keeps the tokens around names', () => {
    const syl = syllables(TEXT);
    const mask = new Uint8Array(syl.n);
    tokensToTag(TEXT, syl, mask);
    const word = (w: string) => mask[Array.from({ length: syl.n }, (_, i) => TEXT.slice(syl.start[i], syl.end[i])).indexOf(w)];
    expect(word('Láp')).toBe(1);
    expect(word('rốp')).toBe(1); // glued to "Láp-"
    expect(word('sửa')).toBe(0);
  });

  // our own sentences: an opener of the training news marks nothing, a number only the two words before it
  const OPENERS = [
    'Trong khi đó, giá xăng dầu trên thị trường thế giới tiếp tục tăng mạnh trong tuần qua.',
    'Sau cơn bão số 12, nhiều hộ dân ở quận 3 vẫn chưa có điện để sinh hoạt và sản xuất.',
    'Theo Bộ Ngoại giao, đoàn sẽ tới Hà Nội vào ngày 25.',
  ].join('\n');
  test.each([
    ['Trong', 0], // opens the sentence: never in a name in training
    ['giá', 0],
    ['số', 1], // two words before "12"
    ['cơn', 0],
    ['quận', 1], // "quận 3" is a place the tagger finds by its number
    ['Theo', 1], // an opener, but "Bộ" is near
    ['tới', 1],
  ])('opener and number rule: %s → %i', (w, expected) => {
    const model = loadViNerModel();
    const syl = syllables(OPENERS);
    const mask = new Uint8Array(syl.n);
    tokensToTag(OPENERS, syl, mask, model.openers);
    const words = Array.from({ length: syl.n }, (_, i) => OPENERS.slice(syl.start[i], syl.end[i]));
    expect(mask[words.indexOf(w)]).toBe(expected);
  });

  test('the openers leave the tags of these sentences as a whole-line decode gives them', () => {
    const model = loadViNerModel();
    expect(tagWith(model, OPENERS, true)).toEqual(tagWith(model, OPENERS, false));
    expect(tagWith(model, OPENERS, true).map((s) => OPENERS.slice(s.start, s.end))).toContain('quận 3');
  });
});

describe('IntTable', () => {
  test('gets, sets, grows and clears like a Map, with keys outside the small-integer range', () => {
    const t = new IntTable(2);
    const m = new Map<number, number>();
    for (let i = 0; i < 5000; i++) {
      const k = Math.imul(i, 0x9e3779b1) | 0;
      t.set(k, i);
      m.set(k, i);
    }
    for (const [k, v] of m) expect(t.get(k)).toBe(v);
    expect(t.get(12345, -1)).toBe(m.get(12345) ?? -1);
    expect(t.size).toBe(m.size);
    t.clear();
    expect(t.size).toBe(0);
    expect(t.has(Math.imul(7, 0x9e3779b1) | 0)).toBe(false);
  });
});

describe('tokenize', () => {
  test('words are runs of letters, marks and numbers, astral ones included', () => {
    const text = 'Ông Xéc-gây, 2017: 𝐀𝐁 中国 x²';
    expect(tokenize(text).map((t) => t.text)).toEqual(['Ông', 'Xéc', 'gây', '2017', '𝐀𝐁', '中国', 'x²']);
    expect(tokenize(text, 5, 9).map((t) => t.text)).toEqual(['éc', 'g']);
  });
});
