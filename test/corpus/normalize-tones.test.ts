import { describe, expect, it } from 'vitest';
import { normalizeTones } from '../../src/corpus/normalize-tones.js';

describe('normalizeTones: traditional placement for open oa, oe, uy', () => {
  it.each([
    ['Hai nước cùng chung sống hoà bình.', 'Hai nước cùng chung sống hòa bình.'],
    ['Đại sứ Thuỵ Điển và Đại sứ Thuỵ Sĩ', 'Đại sứ Thụy Điển và Đại sứ Thụy Sĩ'],
    ['Uỷ ban Thường vụ Quốc hội', 'Ủy ban Thường vụ Quốc hội'],
    ['chúc Tổng thống mạnh khoẻ', 'chúc Tổng thống mạnh khỏe'],
    ['HOÀ BÌNH, KHOẺ MẠNH', 'HÒA BÌNH, KHỎE MẠNH'],
    ['thoả thuận, toà án, hoạ sĩ, xoá bỏ, loè loẹt', 'thỏa thuận, tòa án, họa sĩ, xóa bỏ, lòe loẹt'],
    ['văn hoá.', 'văn hóa.'],
    ['hoà-bình', 'hòa-bình'],
  ])('%s', (input, expected) => {
    const out = normalizeTones(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length); // offsets survive
  });

  it.each([
    'Hoàng Trung Hải', // closed syllable: the mark is on the second vowel in both styles
    'toán học, quyết định, khoảng, chuyển',
    'quý vị, Quỳnh, quỹ', // qu + y: u belongs to the consonant
    'khuỷu tay, ngoài ra, hoài niệm, khoèo', // longer rhymes
    'hòa bình, thủy, khỏe', // already traditional
    'Joe Biden and Xi Jinping', // no Vietnamese at all
    'Pháp, Nga, Hoa Kỳ',
  ])('leaves %s alone', (input) => {
    expect(normalizeTones(input)).toBe(input);
  });

  it('is idempotent on the whole fixture text', () => {
    const s = 'Thuỵ Sĩ hoà giải, uỷ viên khoẻ, quý khách';
    expect(normalizeTones(normalizeTones(s))).toBe(normalizeTones(s));
  });
});
