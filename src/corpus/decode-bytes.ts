// Bytes to text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or guessed from its NUL bytes), and
// the legacy Vietnamese encodings (Windows-1258, TCVN3, VNI) when the bytes are not UTF-8.
import { isAscii, isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';
import type { Problem } from '../types.js';
import { decodeVni } from './decode-vni.js';
import { vietnameseShare } from './vietnamese-share.js';

export interface Decoded {
  /** The decoded text (not yet NFC); absent when the file is skipped. */
  text?: string;
  problems: Problem[];
  /** For valid UTF-8: the bytes `text` is the UTF-8 of (without the BOM), to hash without re-encoding. */
  utf8?: Uint8Array;
}

const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

const LEGACY: { name: string; decode: (b: Uint8Array) => string }[] = [
  { name: 'Windows-1258', decode: (b) => iconv.decode(asBuffer(b), 'windows1258') },
  { name: 'TCVN3 (ABC)', decode: (b) => iconv.decode(asBuffer(b), 'tcvn') },
  { name: 'VNI', decode: decodeVni },
];

/** A legacy decoding is taken when at least this share of its non-ASCII words are Vietnamese syllables. */
const MIN_VIETNAMESE_SHARE = 0.6;
/** Bytes looked at to guess UTF-16 and binary data. */
const SAMPLE = 64 * 1024;

const utf8Lenient = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

const problem = (file: string, message: string, hint: string, skipped: boolean): Problem => ({ file, message, hint, skipped });

const notText = (file: string, why: string) =>
  problem(file, `not text (binary data: ${why})`, 'remove it from the corpus, or export the article as UTF-8 text', true);

/** "le" or "be" when the NUL bytes fall on one side of the byte pairs, as in UTF-16 text without a BOM. */
function utf16ByNuls(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > 0.2 * pairs && even < 0.02 * pairs) return 'le';
  if (even > 0.2 * pairs && odd < 0.02 * pairs) return 'be';
  return undefined;
}

const CONTROL = /[\x00-\x08\x0e-\x1f\x7f]/;

/** Share of control characters (other than tab, line breaks and form feed) in the first SAMPLE characters. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0 || !CONTROL.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text)) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f) bad++;
  }
  return bad / n;
}

function checkText(file: string, text: string, problems: Problem[]): Decoded {
  if (controlShare(text) > 0.01) return { problems: [notText(file, 'control characters')] };
  return { text, problems };
}

function decodeUtf16(file: string, bytes: Uint8Array, order: 'le' | 'be', guessed: boolean): Decoded {
  let text: string;
  try {
    text = (order === 'le' ? utf16le : utf16be).decode(bytes);
  } catch {
    return {
      problems: [problem(file, `broken UTF-16 ${order.toUpperCase()} (odd length or unpaired surrogates)`,
        'export the article again as UTF-8 text', true)],
    };
  }
  const problems = guessed
    ? [problem(file, `decoded as UTF-16 ${order.toUpperCase()} (no byte-order mark: guessed from its NUL bytes)`,
        'convert it to UTF-8 to be sure of the text', false)]
    : [];
  return checkText(file, text, problems);
}

/**
 * Valid UTF-8 to a string, fast: ASCII as Latin-1 (a one-byte string); the rest through ICU's transcoder,
 * about twice as fast here as TextDecoder or Buffer#toString on Vietnamese text.
 */
function decodeUtf8(bytes: Uint8Array): string {
  if (isAscii(bytes)) return asBuffer(bytes).toString('latin1');
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

/** Detects the encoding of `bytes` and decodes them; `file` names the file in problems. */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(file, bytes, 'le', false);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(file, bytes, 'be', false);
  const hasBom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  if (bytes.indexOf(0) !== -1) {
    const order = hasBom ? undefined : utf16ByNuls(bytes);
    if (order) return decodeUtf16(file, bytes, order, true);
    return { problems: [notText(file, 'NUL bytes')] };
  }

  if (isUtf8(bytes)) {
    const utf8 = hasBom ? bytes.subarray(3) : bytes;
    const decoded = checkText(file, decodeUtf8(utf8), []);
    return decoded.text === undefined ? decoded : { ...decoded, utf8 };
  }

  let best: { share: number; text: string; name: string } | undefined;
  for (const enc of LEGACY) {
    const text = enc.decode(bytes);
    const { share } = vietnameseShare(text);
    if (!best || share > best.share) best = { share, text, name: enc.name };
  }
  if (best && best.share >= MIN_VIETNAMESE_SHARE) {
    return checkText(file, best.text, [
      problem(file, `decoded as ${best.name}, a legacy Vietnamese encoding (${Math.round(best.share * 100)}% of its words read as Vietnamese)`,
        'convert it to UTF-8 (e.g. with UniKey\'s converter) to be sure of the text', false),
    ]);
  }

  // Western text whose only non-ASCII characters are Windows punctuation (“ ” – …), as English articles
  // saved on Windows often are.
  const western = iconv.decode(asBuffer(bytes), 'windows1252');
  if (vietnameseShare(western, Infinity).words === 0) {
    return checkText(file, western, [
      problem(file, 'not UTF-8: read as Windows-1252 (its only non-ASCII characters are punctuation such as “ ” –)',
        'convert it to UTF-8 to be sure of the text', false),
    ]);
  }

  // Mostly UTF-8 with a few broken bytes: keep it, with the broken bytes as U+FFFD.
  const lenient = utf8Lenient.decode(bytes);
  let replaced = 0;
  for (let i = lenient.indexOf('\ufffd'); i !== -1; i = lenient.indexOf('\ufffd', i + 1)) replaced++;
  if (replaced <= Math.max(3, lenient.length / 10_000)) {
    return checkText(file, lenient, [
      problem(file, `${replaced} invalid UTF-8 byte sequence${replaced === 1 ? '' : 's'}, read as U+FFFD`,
        'check the file for damage, or convert it to UTF-8 again', false),
    ]);
  }
  return {
    problems: [problem(file, 'not UTF-8, and not Windows-1258, TCVN3 or VNI Vietnamese either',
      'convert it to UTF-8 (e.g. iconv -f ITS-ENCODING -t UTF-8), or remove it from the corpus', true)],
  };
}
