// retype(): one type per name of a document, from all its mentions together.

import { describe, expect, test } from 'vitest';
import { loadViNerModel, tagVi } from '../../../src/extract/vi/ner/tag-vi.js';
import { tagWith } from '../../../src/extract/vi/ner/tag-with.js';
import { CLASSES, nameFeatures, retype, type TypeModel } from '../../../src/extract/vi/ner/retype.js';
import type { NerSpan } from '../../../src/extract/vi/ner/tags.js';

const named = (text: string, spans: NerSpan[]) => spans.map((s) => [s.type, text.slice(s.start, s.end)]);

describe('retype with the shipped model', () => {
  // written for this test in the style of a sports brief
  const text = 'Trận đấu giữa Valenciennes và Nancy diễn ra lúc 2h sáng. Valenciennes đang đứng thứ 15 trên bảng xếp hạng.';

  test('the tagger alone gives the club two types', () => {
    expect(new Set(tagWith(loadViNerModel(), text).filter((s) => text.slice(s.start, s.end) === 'Valenciennes').map((s) => s.type)).size).toBe(2);
  });

  test('the typer gives every mention of a name one type, an organization here', () => {
    expect(named(text, tagVi(text))).toEqual([['ORGANIZATION', 'Valenciennes'], ['ORGANIZATION', 'Valenciennes']]);
  });

  test('a Vietnamese full name after an honorific stays a person', () => {
    const t = 'Chị Phạm Thị Hoa kể lại sự việc với phóng viên.';
    expect(named(t, tagVi(t))).toEqual([['PERSON', 'Phạm Thị Hoa']]);
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
