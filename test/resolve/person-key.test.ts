// Which people are one node across articles: by their name, but not those an article names by initials only.

import { describe, expect, test } from 'vitest';
import { personKey } from '../../src/resolve/resolve-doc.js';
import { processDoc } from '../../src/pipeline/process-doc.js';
import { hash } from '../../src/resolve/slug.js';

describe('personKey', () => {
  test.each([
    ['T.', true], ['T', true], ['Th', true], ['N.A.D', true], ['H.T.N.L.', true], ['Nguyễn Văn H.', true],
    ['Nguyễn Thị Thu H', true], ['Trần Văn Th.', true], ['Lý T.T.', true], ['T (', true],
    ['Nguyễn Thị Như Ý', false], ['Donald Trump Jr', false], ['Hà', false], ['Tú', true], ['NATO', false],
    ['N.P. Patrushev', false], ['Sơn Tùng M-', false], ['T -', true], ['Vladimir Putin', false], ['Elizabeth II', false],
    // a Vietnamese given name alone; not a family name, nor a syllable without Vietnamese letters (foreign names share those)
    ['Công', true], ['Hương', true], ['PHƯƠNG', true], ['Tập', false], ['Moon', false], ['May', false], ['Minh', false],
  ])('%s: of one article %s', (name, anonymous) => {
    const key = personKey(name, 'a.txt', 'vi');
    expect(key.endsWith(`-${hash('a.txt')}`)).toBe(anonymous);
    expect(key).toMatch(/^person:[a-z0-9-]+$/u);
  });

  test('a given name alone is a name of the graph in English', () => {
    expect(personKey('Công', 'a.txt', 'en')).toBe('person:cong');
  });

  test('one anonymous person per article, however often the article names them', () => {
    const a = 'Sáng 12/3, anh T. (32 tuổi, trú xã Hòa Phong) điều khiển xe máy va chạm với xe tải. Anh T. được đưa đi cấp cứu.';
    const b = 'Bà Nguyễn Thị H. cho biết, anh T. là người đã gọi điện báo cho lực lượng cứu hộ.';
    const people = (id: string, text: string) => processDoc({ id, text, bodyStart: 0 }).result.entities.filter((e) => e.kind === 'person').map((e) => e.key);
    const inA = people('a.txt', a);
    const inB = people('b.txt', b);
    expect(inA).toEqual([`person:t-${hash('a.txt')}`]);
    expect(inB).toContain(`person:t-${hash('b.txt')}`);
    expect(inB).toContain(`person:nguyen-thi-h-${hash('b.txt')}`);
  });

  test('named people stay one node across articles', () => {
    const text = 'Chiều 5/6, Chủ tịch nước Trần Đại Quang tiếp ông Nguyễn Văn Bình.';
    const keys = (id: string) => processDoc({ id, text, bodyStart: 0 }).result.entities.filter((e) => e.kind === 'person').map((e) => e.key).sort();
    expect(keys('a.txt')).toEqual(keys('b.txt'));
  });
});
