// bareNameAt: when the tagger's person without an office, honorific or family name before it may stand.

import { describe, expect, test } from 'vitest';
import { bareNameAt } from '../../../src/extract/vi/ner/bare-name-at.js';
import type { NerSpan, NerType } from '../../../src/extract/vi/ner/tags.js';

/** Spans from ⟦…⟧ marks with their types in order; the first PERSON is the one asked about. */
function parse(marked: string, types: NerType[]): { text: string; spans: NerSpan[] } {
  const spans: NerSpan[] = [];
  let text = '';
  for (const part of marked.split(/(⟦[^⟧]*⟧)/u)) {
    if (part.startsWith('⟦')) {
      spans.push({ start: text.length, end: text.length + part.length - 2, type: types[spans.length] });
      text += part.slice(1, -1);
    } else text += part;
  }
  return { text, spans };
}

const rows: [marked: string, types: NerType[], ok: boolean][] = [
  ['Theo dự kiến, ⟦Đông Nhi⟧ sẽ mang đến sân khấu ba ca khúc mới.', ['PERSON'], true],
  ['Sau khá nhiều cơ hội bỏ lỡ, ⟦Quốc Hoàng⟧ cũng đã có được bàn thắng.', ['PERSON'], true],
  // one word: only an office, an honorific or the rules may make it a person
  ['Mới đây thôi, ⟦Hà⟧ đi Pháp biểu diễn.', ['PERSON'], false],
  // a lower-case word or an acronym in it
  ['Ông được tặng ⟦Huân chương Bảo⟧ vệ Tổ quốc hạng Ba.', ['PERSON'], false],
  ['Anh được kỳ vọng là trụ cột của hàng công ⟦ĐT Anh⟧ trong tương lai.', ['PERSON'], false],
  // the tail of a longer name, a source after a slash
  ['Sau chuỗi trận thua, San ⟦Antonio Spurs⟧ bước vào năm mới.', ['PERSON'], false],
  ['Đội vẫn còn ngôi sao Karl-⟦Anthony Towns⟧ trong đội hình.', ['PERSON'], false],
  ['Ông Lavrov sẽ tới Nhà Trắng. TTXVN/⟦Tin Tức⟧', ['PERSON'], false],
  // a place word or a people word before it
  ['Du khách thường ghé chùa ⟦Ngọc Hồ⟧ vào dịp đầu năm.', ['PERSON'], false],
  ['Nhiều người ⟦Duy Ngô Nhĩ⟧ sống ở Tân Cương.', ['PERSON', 'LOCATION'], false],
  // listed with a place
  ['Hoa được trồng chủ yếu ở ⟦Mê Linh⟧, ⟦Văn Khê⟧ và Tráng Việt.', ['LOCATION', 'PERSON'], false],
  // elsewhere a place after a compass word
  ['Riêng ⟦Từ Liêm⟧ trồng ít hoa hơn, cả ⟦Bắc Từ Liêm⟧ chỉ còn vài vườn.', ['PERSON', 'LOCATION'], false],
  // a centre named after the person does not count
  ['Anh mở ⟦Trung tâm Trung Đinh⟧ năm 2015. ⟦Trung Đinh⟧ cho biết anh dạy vẽ trên vải.', ['LOCATION', 'PERSON'], true],
];

describe('bareNameAt', () => {
  test.each(rows)('%s', (marked, types, ok) => {
    const { text, spans } = parse(marked, types);
    const s = spans.find((x) => x.type === 'PERSON')!;
    expect(bareNameAt(text, s, [], spans)).toBe(ok);
  });
});
