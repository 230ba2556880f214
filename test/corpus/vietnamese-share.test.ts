import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, vietnameseShare } from '../../src/corpus/vietnamese-share.js';

describe('isVietnameseSyllable', () => {
  it.each(['Quốc', 'nghiêng', 'hòa', 'hoà', 'Chủ', 'tịch', 'Nguyễn', 'khuỷu', 'giữ', 'chuyện', 'người', 'được', 'Đà', 'Nẵng', 'xoong', 'ĐẠI'])(
    '%s is one', (w) => expect(isVietnameseSyllable(w)).toBe(true));
  it.each([
    'caùc', // VNI read as Windows-1258
    'c¸c', // TCVN3 read as Windows-1258
    'Chá»§', // UTF-8 read as Latin-1
    'Jinping', 'München', 'hóá', // two tone marks
  ])('%s is not', (w) => expect(isVietnameseSyllable(w)).toBe(false));
});

describe('vietnameseShare', () => {
  it('counts only words with non-ASCII letters', () => {
    expect(vietnameseShare('Chủ tịch Tập Cận Bình met Xi Jinping in München')).toEqual({ share: 5 / 6, words: 6 });
    expect(vietnameseShare('plain ASCII only')).toEqual({ share: 0, words: 0 });
  });
});
