// Writes test/fixtures/bad-input: a small corpus with every kind of bad input of issue 5.
// Run from the repository root: node test/corpus/make-bad-input.mjs
// (The 50 MB one-line file and the pipe are made by the test in a temporary copy, not committed.)
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import vni from '../../src/lexicons/legacy-encodings/vni.json' with { type: 'json' };
import data from './bad-input-texts.json' with { type: 'json' };

const TEXTS = data.texts;
const PAGE_HTML = data.pageHtml;
/** tones-new.txt is written in the new style ("hoà", "Thuỵ", "uỷ", "khoẻ"); tones-old.txt in the traditional one. */
const NEW_STYLE = (s) =>
  s.replace(/hòa/g, 'hoà').replace(/hóa/g, 'hoá').replace(/Thụy/g, 'Thuỵ').replace(/ủy/g, 'uỷ').replace(/khỏe/g, 'khoẻ');

const dir = 'test/fixtures/bad-input';
rmSync(dir, { recursive: true, force: true });
const write = (name, data) => {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), data);
};

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
/** Windows-1258: letters with ˆ ˘ ơ ư đ precomposed, tone marks as combining characters after them. */
const to1258 = (s) =>
  iconv.encode([...s].map((c) => {
    const d = c.normalize('NFD');
    const tone = d.match(TONES)?.[0] ?? '';
    return d.replace(TONES, '').normalize('NFC') + tone;
  }).join(''), 'windows1258');
const toVni = (s) => {
  const back = new Map();
  for (const [k, v] of Object.entries(vni.pairs)) if (!back.has(v)) back.set(v, k);
  for (const [k, v] of Object.entries(vni.singles)) back.set(v, k); // one byte where VNI has one
  return Buffer.from([...s].map((c) => back.get(c) ?? c).join(''), 'latin1');
};
const utf16le = (s, bom) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);

for (const name of ['article.txt', 'bad-date.txt', 'more/note.md']) write(name, TEXTS[name]);
write('duplicate.txt', TEXTS['article.txt']);
write('utf8-bom.txt', '\ufeff' + TEXTS['utf8-bom.txt']);
write('utf16le-bom.txt', utf16le(TEXTS['utf16le-bom.txt'], true));
write('utf16le-nobom.txt', utf16le(TEXTS['utf16le-nobom.txt'], false));
write('windows-1258.txt', to1258(TEXTS['windows-1258.txt']));
write('tcvn3.txt', iconv.encode(TEXTS['tcvn3.txt'], 'tcvn'));
write('vni.txt', toVni(TEXTS['vni.txt']));
write('nfd.txt', TEXTS['nfd.txt'].normalize('NFD'));
write('tones-new.txt', NEW_STYLE(TEXTS['tones-new.txt']));
write('tones-old.txt', TEXTS['tones-new.txt']);
write('page.txt', PAGE_HTML);
write('empty.txt', '');
write('blank.txt', '  \n\n\t \n');
// The start of a PNG image, saved with a .txt name.
write('binary.txt', Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61000000017352474200aece1ce9', 'hex'));
write('.hidden.txt', 'Hidden files are not read.\n');
write('.gitattributes', '# Fixture bytes are exact: no line-ending or encoding conversion.\n* -text\n');
write('more/readme.rtf', 'Not a .txt or .md file: not read.\n');
symlinkSync('..', join(dir, 'more/up')); // a link that loops back to the corpus root
symlinkSync('archive/2019/moved.txt', join(dir, 'moved-away.txt')); // a link to a file that is gone
console.log(`wrote ${dir}`);
