// retype(): one type per name of a document, from all its mentions together.

import { describe, expect, test } from 'vitest';
import { loadViNerModel, tagVi } from '../../../src/extract/vi/ner/tag-vi.js';
import { tagWith } from '../../../src/extract/vi/ner/tag-with.js';
import { CLASSES, nameFeatures, retype, type TypeModel } from '../../../src/extract/vi/ner/retype.js';
import { splitCountry } from '../../../src/extract/vi/ner/split-country.js';
import type { NerSpan } from '../../../src/extract/vi/ner/tags.js';

const named = (text: string, spans: NerSpan[]) => spans.map((s) => [s.type, text.slice(s.start, s.end)]);

describe('retype with the shipped model', () => {
  // written for this test in the style of a business brief
  const text = 'Hôm qua Toyota và Mazda công bố sẽ cùng xây nhà máy tại Mỹ. Theo Toyota, nhà máy sẽ hoạt động từ năm 2021.';

  test('the tagger alone does not read the carmaker as an organization (a place or a person: it varies with its training)', () => {
    const types = named(text, tagWith(loadViNerModel(), text)).filter(([, t]) => t === 'Toyota').map(([type]) => type);
    expect(types).toHaveLength(2);
    expect(types).not.toContain('ORGANIZATION');
  });

  test('the typer, knowing the name from all its mentions and from compromise, reads an organization', () => {
    expect(named(text, tagVi(text))).toEqual([['ORGANIZATION', 'Toyota'], ['LOCATION', 'Mỹ'], ['ORGANIZATION', 'Toyota']]);
  });

  test('a Vietnamese full name and its short form stay a person', () => {
    const t = 'Chị Phạm Thị Hoa kể lại sự việc. Theo Hoa, chiếc xe đã bỏ chạy về phía cầu.';
    expect(named(t, tagVi(t))).toEqual([['PERSON', 'Phạm Thị Hoa'], ['PERSON', 'Hoa']]);
  });
});

describe('retype with a hand-made model', () => {
  const text = 'Đội Spurs thua. Spurs sẽ đá lại.';
  const spans: NerSpan[] = [
    { start: 4, end: 9, type: 'PERSON' },
    { start: 16, end: 21, type: 'PERSON' },
  ];
  const model = (w: Record<string, number[]>, margin: number): TypeModel => ({ margin, weights: new Map(Object.entries(w).map(([k, v]) => [k, Float32Array.from(v)])) });
  const org = CLASSES.map((c) => (c === 'ORGANIZATION' ? 3 : 0));

  test('the features see the words around every mention', () => {
    const f = nameFeatures(text, 'Spurs', spans);
    expect(f).toContain('p1=đội');
    expect(f).toContain('major=PERSON');
    expect(f).toContain('shape=foreign');
  });

  test('a class that beats the tagger by more than the margin wins', () => {
    expect(retype(text, spans, model({ 'p1=đội': org }, 1)).map((s) => s.type)).toEqual(['ORGANIZATION', 'ORGANIZATION']);
  });

  test('within the margin the tagger keeps its type', () => {
    expect(retype(text, spans, model({ 'p1=đội': org }, 5)).map((s) => s.type)).toEqual(['PERSON', 'PERSON']);
  });

  test('a name judged no entity is dropped, offsets of the rest untouched', () => {
    const none = CLASSES.map((c) => (c === 'NONE' ? 3 : 0));
    expect(retype(text, spans, model({ 'w=spurs': none }, 0))).toEqual([]);
    expect(retype(text, spans, model({}, 0))).toEqual(spans);
  });
});

describe('retype: a foreign family name by its ending', () => {
  const orgModel = (): TypeModel => ({ margin: 0, weights: new Map([['major=ORGANIZATION', Float32Array.from(CLASSES.map((c) => (c === 'ORGANIZATION' ? 3 : 0)))]]) });
  const typed = (t: string, name: string) => {
    const start = t.indexOf(name);
    return retype(t, [{ start, end: start + name.length, type: 'ORGANIZATION' }], orgModel())[0].type;
  };
  test.each([
    ['Ở vòng hai, Sevastova sẽ gặp hạt giống số 3.', 'Sevastova', 'PERSON'],
    ['Tỷ phú Abramovich đã bán câu lạc bộ.', 'Abramovich', 'PERSON'],
    // a place a gazetteer knows keeps its type
    ['Cuộc đàm phán diễn ra ở Geneva trong hai ngày.', 'Geneva', 'ORGANIZATION'],
  ])('%s', (t, name, want) => expect(typed(t, name)).toBe(want));
});

describe('splitCountry', () => {
  const read = (t: string) => named(t, splitCountry(t, [{ start: t.indexOf('⟨') + 1, end: t.indexOf('⟩'), type: 'PERSON' }]));
  test.each([
    ['Tổng thống ⟨Nga Vla-đi-mia Pu-tin⟩ phát biểu.', [['LOCATION', 'Nga'], ['PERSON', 'Vla-đi-mia Pu-tin']]],
    ['Chủ tịch ⟨Trung Quốc Tập Cận Bình⟩ đến Hà Nội.', [['LOCATION', 'Trung Quốc'], ['PERSON', 'Tập Cận Bình']]],
    ['Tổng thống ⟨Mỹ Joe Biden⟩ phát biểu.', [['LOCATION', 'Mỹ'], ['PERSON', 'Joe Biden']]],
    // given names that are also countries stay whole
    ['Phóng viên ⟨Mỹ Dung⟩ đưa tin.', [['PERSON', 'Mỹ Dung']]],
    ['Cậu bé ⟨Đức Vĩnh Long⟩ hát xẩm.', [['PERSON', 'Đức Vĩnh Long']]],
  ])('%s', (t, want) => {
    expect(read(t)).toEqual(want);
  });
});
