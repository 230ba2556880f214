// A report on sport uses three different words of sport, each a whole word: "WNBA" holds no "NBA", and a
// word counts once however often it is written. (sportsReport finds a word's start by hand, not by a look-behind.)

import { expect, test } from 'vitest';
import { sportsReport } from '../../src/extract/teams.js';
import { SPORTS_WORDS } from '../../src/extract/vi/lexicon-vi.js';
import namesData from '../../src/lexicons/en/names.json' with { type: 'json' };

test.each([
  ['Cú sút của tiền đạo này ở phút 89 giúp đội bóng thành London giành trọn 3 điểm.', true],
  ['HLV Park Hang-seo cho biết các cầu thủ U23 sẽ tập luyện tại sân Mỹ Đình trước trận đấu.', true],
  ['Anh ghi bàn, rồi lại ghi bàn, rồi ghi bàn lần thứ ba.', false], // one word three times
  ['Giải WNBA mở màn, các HLV và cầu thủ đã sẵn sàng.', false], // "NBA" inside "WNBA" is no word of sport
  ['Giải NBA mở màn, các HLV và cầu thủ đã sẵn sàng.', true],
  ['Chủ tịch nước Trần Đại Quang tiếp Bộ trưởng Ngoại giao Nga tại Phủ Chủ tịch.', false],
  ['Ông sút mạnh, thẻ đỏ, phạt đền.', true],
  ['Ông xsút mạnh, thẻ đỏ, phạt đền.', false], // "sút" only as a word of its own
])('vi: %s → %s', (text, expected) => {
  expect(sportsReport(text, SPORTS_WORDS)).toBe(expected);
});

test.each([
  ['The striker scored twice before halftime as the champions kept their lead in the standings.', true],
  ['Treasury Secretary James Baker met finance ministers of the Group of Five in Paris on Sunday.', false],
])('en: %s → %s', (text, expected) => {
  expect(sportsReport(text, namesData.sportsWords)).toBe(expected);
});
