import { describe, expect, it } from 'vitest';
import { decodeDoc } from '../../src/corpus/read-doc.js';

const SENTENCE = 'Chủ tịch nước Trần Đại Quang tiếp Đại sứ Nga tại Hà Nội.';
const latin1 = (s: string) => Buffer.from(s, 'latin1');
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const cat = (...parts: Uint8Array[]) => Buffer.concat(parts);

const DECODED_AS = (name: string) =>
  `decoded as ${name}, a legacy Vietnamese encoding (100% of its words read as Vietnamese)`;

// [what, bytes, expected text, expected problems (message, skipped)]
const READ: [string, Uint8Array, string, [string, boolean][]][] = [
  ['UTF-8', utf8(SENTENCE), SENTENCE, []],
  ['UTF-8 with a BOM', cat(Buffer.from([0xef, 0xbb, 0xbf]), utf8(SENTENCE)), SENTENCE, []],
  ['UTF-16 LE with a BOM', cat(Buffer.from([0xff, 0xfe]), utf16le(SENTENCE)), SENTENCE, []],
  ['UTF-16 BE with a BOM', cat(Buffer.from([0xfe, 0xff]), utf16be(SENTENCE)), SENTENCE, []],
  ['UTF-16 LE without a BOM', utf16le(SENTENCE), SENTENCE,
    [['decoded as UTF-16 LE (no byte-order mark: guessed from its NUL bytes)', false]]],
  ['UTF-16 BE without a BOM', utf16be(SENTENCE), SENTENCE,
    [['decoded as UTF-16 BE (no byte-order mark: guessed from its NUL bytes)', false]]],
  // Legacy encodings, written byte by byte as they look in a Western font.
  ['TCVN3 (ABC)', latin1('Chñ tÞch n\xadíc TrÇn §¹i Quang tiÕp §¹i sø Nga t¹i Hµ Néi.'), SENTENCE,
    [[DECODED_AS('TCVN3 (ABC)'), false]]],
  ['VNI', latin1('Chuû tòch nöôùc Traàn Ñaïi Quang tieáp Ñaïi söù Nga taïi Haø Noäi.'), SENTENCE,
    [[DECODED_AS('VNI'), false]]],
  ['VNI capitals', latin1('CHUÛ TÒCH NÖÔÙC TRAÀN ÑAÏI QUANG TIEÁP ÑAÏI SÖÙ NGA TAÏI HAØ NOÄI.'), SENTENCE.toUpperCase(),
    [[DECODED_AS('VNI'), false]]],
  // Windows-1258: tone marks as combining characters (0xD2 hook, 0xF2 dot, 0xEC acute, 0xCC grave).
  ['Windows-1258', latin1('Chu\xD2 ti\xF2ch n\xFD\xF5\xECc Tr\xE2\xCCn \xD0a\xF2i Quang ti\xEA\xECp \xD0a\xF2i s\xFD\xEC Nga ta\xF2i H\xE0 N\xF4\xF2i.'),
    SENTENCE, [[DECODED_AS('Windows-1258'), false]]],
  ['NFD', utf8(SENTENCE.normalize('NFD')), SENTENCE, []],
  ['new tone placement', utf8('Hai nước cam kết hợp tác vì hoà bình; Đại sứ Thuỵ Điển chúc khoẻ.'),
    'Hai nước cam kết hợp tác vì hòa bình; Đại sứ Thụy Điển chúc khỏe.', []],
  ['UTF-8 with one broken byte', cat(utf8('Thủ tướng tiếp Đại sứ '), Buffer.from([0xff]), utf8(' tại Hà Nội.')),
    'Thủ tướng tiếp Đại sứ \ufffd tại Hà Nội.', [['1 invalid UTF-8 byte sequence, read as U+FFFD', false]]],
  ['Windows-1252 punctuation in English', latin1('He said \x93we met in Hanoi\x94 \x96 twice\x85'), 'He said “we met in Hanoi” – twice…',
    [['not UTF-8: read as Windows-1252 (its only non-ASCII characters are punctuation such as “ ” –)', false]]],
  ['HTML saved as text',
    utf8('<div class="article"><h2>Thủ tướng tiếp Đại sứ</h2><p>Chiều 5/3 tại Hà&nbsp;Nội.</p><p>Hai bên &quot;nhất trí&quot;.<br>Hết.</p></div>'),
    'Thủ tướng tiếp Đại sứ\n\nChiều 5/3 tại Hà Nội.\n\nHai bên "nhất trí".\nHết.\n',
    [["HTML saved as text: read as the page's plain text", false]]],
  ['an article that mentions a tag once', utf8('He wrote <p> in the draft, and <br> too.'), 'He wrote <p> in the draft, and <br> too.', []],
];

describe('decodeDoc reads', () => {
  it.each(READ)('%s', (_what, bytes, text, problems) => {
    const r = decodeDoc(bytes, 'a.txt');
    expect(r.doc?.text).toBe(text);
    expect(r.problems.map((p) => [p.message, p.skipped])).toEqual(problems);
    for (const p of r.problems) expect(p.file).toBe('a.txt');
    expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives equal hashes to equal texts, whatever the bytes', () => {
    const hashes = READ.slice(0, 11).map(([, bytes]) => decodeDoc(bytes, 'a.txt').hash);
    expect(new Set(hashes.slice(0, 8)).size).toBe(1); // UTF-8, UTF-16, TCVN3, VNI ...
    expect(hashes[9]).toBe(hashes[0]); // Windows-1258
    expect(hashes[10]).toBe(hashes[0]); // NFD
  });
});

// A fixed pseudo-random byte string without NULs, not valid UTF-8.
const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7919 + 104729) % 255)));

const SKIP: [string, Uint8Array, string][] = [
  ['an empty file', new Uint8Array(0), 'empty file'],
  ['white space', utf8(' \n\t\r\n  '), 'only white space'],
  ['a BOM and white space', utf8('\ufeff \n'), 'only white space'],
  ['a date line alone', utf8('date 2019-12\n\n'), 'no text after the date line'],
  ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'), 'not text (binary data: NUL bytes)'],
  ['control characters', utf8('ab\x01\x02\x03\x04cd\x05\x06\x07\x08\x0e\x0f'.repeat(20)), 'not text (binary data: control characters)'],
  ['noise', noise, 'not UTF-8, and not Windows-1258, TCVN3 or VNI Vietnamese either'],
  ['broken UTF-16', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'broken UTF-16 LE (odd length or unpaired surrogates)'],
];

describe('decodeDoc skips', () => {
  it.each(SKIP)('%s', (_what, bytes, message) => {
    const r = decodeDoc(bytes, 'b.txt');
    expect(r.doc).toBeUndefined();
    expect(r.hash).toBeUndefined();
    expect(r.problems).toEqual([{ file: 'b.txt', message, hint: expect.any(String), skipped: true }]);
  });

  it('skips a file over the size limit, naming the limit', () => {
    const r = decodeDoc(utf8('x'.repeat(2500)), 'big.txt', { maxBytes: 2000 });
    expect(r.problems).toEqual([{
      file: 'big.txt', message: 'too large: 3 kB, over the 2 kB limit for one article',
      hint: 'split it into one file per article, or raise the file size limit', skipped: true,
    }]);
  });
});

describe('decodeDoc and the date line', () => {
  it('keeps the date line in the text, with the body after it (the seed layout)', () => {
    const r = decodeDoc(utf8(' date 2019-12 Chủ tịch Trung Quốc Tập Cận Bình hôm nay (2/12) đã nêu đích danh Mỹ.'), 'seed.txt');
    expect(r.doc).toEqual({
      id: 'seed.txt',
      text: ' date 2019-12 Chủ tịch Trung Quốc Tập Cận Bình hôm nay (2/12) đã nêu đích danh Mỹ.',
      date: '2019-12',
      bodyStart: 13,
    });
    expect(r.problems).toEqual([]);
  });

  it('reports an impossible date, ignores it and keeps the document', () => {
    const r = decodeDoc(utf8('date 2019-13-45 Thủ tướng tiếp Đại sứ Nga.'), 'd.txt');
    expect(r.doc).toEqual({ id: 'd.txt', text: 'date 2019-13-45 Thủ tướng tiếp Đại sứ Nga.', bodyStart: 15 });
    expect(r.problems).toEqual([{
      file: 'd.txt', line: 1, message: 'impossible date 2019-13-45 in the date line; date ignored',
      hint: 'write the first line as "date YYYY-MM" or "date YYYY-MM-DD" with a real date', skipped: false,
    }]);
  });

  it('reads the date line of a legacy-encoded file', () => {
    const r = decodeDoc(latin1('date 2017-11-11 Chñ tÞch n\xadíc TrÇn §¹i Quang tiÕp §¹i sø Nga.'), 't.txt');
    expect(r.doc?.date).toBe('2017-11-11');
    expect(r.doc?.text.slice(r.doc.bodyStart)).toBe(' Chủ tịch nước Trần Đại Quang tiếp Đại sứ Nga.');
  });
});
