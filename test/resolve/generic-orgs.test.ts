// resolveDoc: an organization's word with no name ("Sở Y tế", "Công ty", "UBND") is said of many organizations,
// so it is no node of the graph and no one's office is for it; a named organization is.

import { describe, expect, test } from 'vitest';
import { processDoc } from '../../src/pipeline/process-doc.js';

const resolve = (text: string) => processDoc({ id: 't.txt', text, bodyStart: 0 }).result;

describe('organizations with no name', () => {
  test('an office "for" a head word alone links to no organization', () => {
    const r = resolve('Ông Trần Văn Nam, Giám đốc Sở Y tế, cho biết Bệnh viện Bạch Mai đã tiếp nhận hai bệnh nhân.');
    expect(r.represents.map((x) => x.target).filter((t) => t.startsWith('organization:'))).toEqual([]);
    expect(r.entities.map((e) => e.key)).toContain('organization:benh-vien-bach-mai');
  });

  test('an office links only to an entity of the article: none for "HĐQT" (a board) read as its organization', () => {
    // an edge to a node that other articles have would depend on which article the build met first
    for (const text of [
      'Trao đổi với báo chí mới đây, ông Lê Khắc Hiệp, Phó Chủ tịch HĐQT Vingroup xác nhận doanh nghiệp này sẽ cung cấp khoản 300 nghìn căn hộ giá rẻ ra ngoài thị trường trong 5 năm tới.',
      'Theo ông Lê Vinh - Giám đốc Sở Quy hoạch kiến trúc Hà Nội, trong năm 2017, UBND TP. Hà Nội sẽ làm.',
    ]) {
      const r = resolve(text);
      const keys = new Set(r.entities.map((e) => e.key));
      expect(r.represents.filter((x) => !keys.has(x.target)), text).toEqual([]);
      expect(r.represents.length, text).toBeGreaterThan(0);
    }
  });

  test('a head word alone is no entity, a named one is', () => {
    const r = resolve('Sáng 3/4, UBND đã họp. UBND TP Đà Nẵng cho biết Công ty đã nộp phạt.');
    const orgs = r.entities.filter((e) => e.kind === 'organization').map((e) => e.label);
    expect(orgs).not.toContain('UBND');
    expect(orgs).not.toContain('Công ty');
  });
});
