import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../src/corpus/date-line.js';

describe('parseDateLine', () => {
  it.each([
    // the seed: the date line and the text share a line
    [' date 2019-12 Chủ tịch Trung Quốc Tập Cận Bình', { date: '2019-12', bodyStart: 13 }],
    ['date 2019-12-02\nChủ tịch Tập Cận Bình', { date: '2019-12-02', bodyStart: 15 }],
    ['\n\n  date 1987-03-26\tReuters', { date: '1987-03-26', bodyStart: 19 }],
    ['date 2020-02-29 Hà Nội', { date: '2020-02-29', bodyStart: 15 }],
    ['date 2019-12', { date: '2019-12', bodyStart: 12 }],
    ['Chủ tịch Tập Cận Bình tiếp ông Patrushev', { bodyStart: 0 }],
    ['date palms grow in the Gulf', { bodyStart: 0 }],
    ['dated 2019-12 text', { bodyStart: 0 }],
    ['Date 2019-12 is not a date line (lower case only)', { bodyStart: 0 }],
  ])('%j', (text, expected) => {
    expect(parseDateLine(text)).toEqual(expected);
  });

  it.each([
    ['date 2019-13-45 Thủ tướng', 1, 'impossible date 2019-13-45 in the date line; date ignored', 15],
    ['date 2019-00 Thủ tướng', 1, 'impossible date 2019-00 in the date line; date ignored', 12],
    ['date 2019-02-29 (not a leap year)', 1, 'impossible date 2019-02-29 in the date line; date ignored', 15],
    ['\n\ndate 2021-04-31 x', 3, 'impossible date 2021-04-31 in the date line; date ignored', 17],
    ['date 12/2019 Thủ tướng', 1, 'date line "date 12/2019" is not YYYY-MM or YYYY-MM-DD; date ignored', 12],
  ])('%j is reported at line %i', (text, line, message, bodyStart) => {
    const r = parseDateLine(text);
    expect(r.date).toBeUndefined();
    expect(r.error).toEqual({ line, message });
    expect(r.bodyStart).toBe(bodyStart);
  });
});
