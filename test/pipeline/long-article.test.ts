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
});
