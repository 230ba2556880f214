// One corpus file to a Doc: decoded, HTML turned into text, NFC, tone marks in one style, date line read.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Doc, Problem } from '../types.js';
import { parseDateLine } from './date-line.js';
import { decodeBytes } from './decode-bytes.js';
import { htmlToText, looksLikeHtml } from './html-to-text.js';
import { normalizeTones } from './normalize-tones.js';
import { readErrorProblem } from './read-error-problem.js';

export interface ReadOptions {
  /** Files larger than this are skipped (default 20 MB). */
  maxBytes?: number;
}

export interface ReadResult {
  /** Absent when the file was skipped (a problem with `skipped: true` says why). */
  doc?: Doc;
  /** sha256 (hex) of doc.text: equal texts, equal hashes. */
  hash?: string;
  problems: Problem[];
}

export const DEFAULT_MAX_BYTES = 20 * 1000 * 1000;

const size = (n: number) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB` : n >= 1e3 ? `${Math.round(n / 1e3)} kB` : `${n} bytes`;
const NON_ASCII = /[^\x00-\x7f]/;
const NON_SPACE = /[^\s\ufeff]/;

function tooBig(file: string, bytes: number, max: number): Problem {
  return {
    file,
    message: `too large: ${size(bytes)}, over the ${size(max)} limit for one article`,
    hint: 'split it into one file per article, or raise the file size limit',
    skipped: true,
  };
}

/** The pure core of readDoc: the bytes of file `id` to a Doc, with its hash and problems. */
export function decodeDoc(bytes: Uint8Array, id: string, opts: ReadOptions = {}): ReadResult {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) return { problems: [tooBig(id, bytes.length, max)] };
  if (bytes.length === 0) {
    return { problems: [{ file: id, message: 'empty file', hint: 'remove it from the corpus, or put the article\'s text in it', skipped: true }] };
  }
  const decoded = decodeBytes(bytes, id);
  const problems = decoded.problems;
  let text = decoded.text;
  if (text === undefined) return { problems };

  let asDecoded = true; // text is still exactly decoded.utf8
  if (looksLikeHtml(text)) {
    text = htmlToText(text);
    asDecoded = false;
    problems.push({ file: id, message: 'HTML saved as text: read as the page\'s plain text', hint: 'save the article as plain text to keep its exact layout', skipped: false });
  }
  if (NON_ASCII.test(text)) {
    const normalized = normalizeTones(text.normalize('NFC'));
    if (normalized !== text) {
      text = normalized;
      asDecoded = false;
    }
  }

  const dateLine = parseDateLine(text);
  if (!NON_SPACE.test(text.slice(dateLine.bodyStart))) {
    const what = dateLine.bodyStart > 0 ? 'no text after the date line' : 'only white space';
    return { problems: [...problems, { file: id, message: what, hint: 'remove it from the corpus, or put the article\'s text in it', skipped: true }] };
  }
  if (dateLine.error) {
    problems.push({
      file: id,
      line: dateLine.error.line,
      message: dateLine.error.message,
      hint: 'write the first line as "date YYYY-MM" or "date YYYY-MM-DD" with a real date',
      skipped: false,
    });
  }
  const doc: Doc = { id, text, bodyStart: dateLine.bodyStart };
  if (dateLine.date) doc.date = dateLine.date;
  // sha256 of the text's UTF-8: of the file's own bytes when the text is exactly them (most files).
  const hash = createHash('sha256').update(asDecoded && decoded.utf8 ? decoded.utf8 : text).digest('hex');
  return { doc, hash, problems };
}

/**
 * Reads the corpus file at `path` (sync: meant for worker threads) and decodes it as decodeDoc does;
 * `id` names it in the Doc and in problems. Unreadable files, folders, pipes and files over the size
 * limit are reported and skipped without reading them (a pipe is opened without blocking).
 */
export function readDoc(path: string, id: string, opts: ReadOptions = {}): ReadResult {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { problems: [readErrorProblem(id, err)] };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { problems: [readErrorProblem(id, Object.assign(new Error('is a folder'), { code: 'EISDIR' }))] };
    if (!st.isFile()) {
      return { problems: [{ file: id, message: 'not a regular file (a pipe, socket or device)', hint: 'replace it with a regular file, or remove it from the corpus', skipped: true }] };
    }
    if (st.size > max) return { problems: [tooBig(id, st.size, max)] };
    // Read the size fstat gave (a file that changes meanwhile is read as far as that size).
    const buf = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < buf.length) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return decodeDoc(buf.subarray(0, n), id, opts);
  } catch (err) {
    return { problems: [readErrorProblem(id, err)] };
  } finally {
    closeSync(fd);
  }
}
