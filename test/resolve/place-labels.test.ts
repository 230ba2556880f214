// resolveDoc: a known place is one node in every language (its key comes from its first name in
// lexicons/locations.json), labelled as the document's language writes it: "White House" in English, "Nhà Trắng" in
// Vietnamese.

import { describe, expect, test } from 'vitest';
import { processDoc } from '../../src/pipeline/process-doc.js';

const places = (text: string) =>
  processDoc({ id: 't.txt', text, bodyStart: 0 }).result.entities.filter((e) => e.kind === 'location').map((e) => [e.key, e.label]);

describe('known places, labelled in the language of the text', () => {
  test.each([
    ['The White House said on Monday that President Reagan would visit Beijing next month.',
      [['location:nha-trang', 'White House'], ['location:bac-kinh', 'Beijing']]],
    ['Phát ngôn viên Nhà Trắng cho biết Tổng thống sẽ tới Bắc Kinh vào tháng tới.',
      [['location:nha-trang', 'Nhà Trắng'], ['location:bac-kinh', 'Bắc Kinh']]],
    // an abbreviation or another Vietnamese name is no label ("TP.HCM", "Sài Gòn"): the first English name is
    ['Foreign Minister Nguyen Co Thach arrived in Ho Chi Minh City on Monday for talks with Thai officials.',
      [['location:tp-ho-chi-minh', 'Ho Chi Minh City']]],
    ['The Soviet delegation arrived in Hanoi on Monday for three days of talks, Tass said.', [['location:ha-noi', 'Hanoi']]],
    // the wire's abbreviation of a state after a city is the state ("Calif." is California)
    ['LOS ANGELES, March 3 - Occidental Petroleum Corp of Los Angeles, Calif., said it would sell its stake.',
      [['location:los-angeles', 'Los Angeles'], ['location:california', 'California']]],
  ])('%s', (text, want) => {
    expect(places(text)).toEqual(want);
  });
});
