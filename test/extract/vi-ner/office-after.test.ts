// officeAfter: is a name followed by its office, set off by a comma, a dash or a bracket?

import { describe, expect, test } from 'vitest';
import { officeAfter } from '../../../src/extract/vi/ner/office-after.js';

/** The name is the text up to ⟧; what follows is what officeAfter reads. */
const rows: [marked: string, office: boolean][] = [
  ['Ông Nguyễn Đức Chung⟧, Chủ tịch UBND TP Hà Nội yêu cầu các đơn vị rút kinh nghiệm.', true],
  ['Bà Trần Lưu Hoa⟧ – Trưởng phòng Giáo dục quận Hai Bà Trưng phát biểu tại buổi họp báo.', true],
  ['Ông Võ Công Hàm⟧ - Bí thư Huyện ủy, Chủ tịch UBND huyện Đức Thọ cho biết.', true],
  ['Cùng ngày, ông Nguyễn Đức Chung⟧ (Chủ tịch UBND Thành phố Hà Nội) đã yêu cầu báo cáo.', true],
  ['Ông Nguyễn Duy Hưng⟧, Phó Chủ tịch SSI là một trong những diễn giả của hội thảo.', true],
  // no office after the name: another name, a verb, a place in brackets
  ['Trong lúc anh Hoàng⟧ đang đi bộ thì gặp anh Dương.', false],
  ['Lê Văn Thể⟧, Lê Văn Khi và Trần Văn Vũ cùng trú thôn Hội Sơn.', false],
  ['Anh Lê Văn Thể⟧ (trú xã Cát Sơn) bị bắt giữ.', false],
  ['Sau đó Sinh⟧, người yêu cũ của chị, gọi điện đe dọa.', false],
];

describe('officeAfter', () => {
  for (const [marked, office] of rows) {
    test(marked.slice(0, 60), () => {
      const end = marked.indexOf('⟧');
      expect(officeAfter(marked.replace('⟧', ''), end)).toBe(office);
    });
  }
});
