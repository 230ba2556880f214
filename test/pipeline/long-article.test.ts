// A long article with no line breaks (an export of many pages pasted as one line) must not take time
// growing with the square of its length: searches back for a comma, a bracket or a line break, and
// look-ups of a sentence's mentions, ran over the whole document at every mention before (a 1 MB
// article took 31 s, 19 MB hours). Timed with a wide margin: it takes about 2 s on a 2-core machine.

import { describe, expect, it } from 'vitest';
import { processDoc } from '../../src/pipeline/process-doc.js';

const SENTENCE = 'Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản tại Hà Nội, sau đó hai bên hội đàm. ';

describe('a 1 MB article on one line', () => {
  it('is read in time proportional to its length, one meeting however often it is repeated', () => {
    const text = SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length));
    const t0 = performance.now();
    const { result } = processDoc({ id: 'long.txt', text, bodyStart: 0 });
    const seconds = (performance.now() - t0) / 1000;
    expect(result.entities.map((e) => e.key)).toEqual(expect.arrayContaining(['person:nguyen-xuan-phuc', 'country:JP']));
    expect(result.meetings.length).toBeLessThanOrEqual(2);
    expect(seconds).toBeLessThan(20);
  }, 60_000);

  // Sports news: thousands of different short names that only the tagger finds ("Phút 57, Văn Toàn ghi
  // bàn"). Clustering a name with every person before it, and searching the whole text once per name,
  // took 6.4 s for 1.3 MB and 64 s for 3.8 MB; 2.5 MB now takes about 4 s.
  it('of thousands of different short names is read in time proportional to its length too', () => {
    const names = ['Văn Toàn', 'Quốc Hoàng', 'Công Phượng', 'Xuân Trường', 'Tuấn Anh', 'Quang Hải', 'Đức Chinh', 'Tiến Linh'];
    const parts: string[] = [];
    for (let i = 0, n = 0; n < 2_500_000; i++) {
      const p = `Phút ${i % 90}, ${names[i % 8]} ${'BCDGHKLMNPST'[i % 12]}${'aeiou'[i % 5]}${'nmc'[i % 3]} ghi bàn ở Hà Nội, Hải Phòng và Đà Nẵng. `;
      parts.push(p);
      n += p.length;
    }
    const t0 = performance.now();
    const { result } = processDoc({ id: 'sport.txt', text: parts.join(''), bodyStart: 0 });
    const seconds = (performance.now() - t0) / 1000;
    expect(result.entities.filter((e) => e.kind === 'person').length).toBeGreaterThan(100);
    expect(seconds).toBeLessThan(20);
  }, 120_000);
});
