// HTML saved as .txt: recognised, and turned into the plain text a reader sees.
import { decodeHTML } from 'entities';

const HEAD = 64 * 1024;
const DOCUMENT_TAG = /<(?:!doctype\s+html|html|body|head)[\s>]/i;
const BLOCK_TAG_G = /<\/?(?:p|div|br|h[1-6]|li|td|tr|table|article|section)[\s/>]/gi;

/**
 * True when the text is an HTML page rather than text: a document tag (<html, <body, <!doctype html)
 * in its first 64 KB, or block tags (<p>, <div>, <br>…) at least once per 2,000 characters there
 * (and at least three of them). A stray "<p>" in an article is not enough.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  if (head.indexOf('<') === -1) return false;
  if (DOCUMENT_TAG.test(head)) return true;
  const tags = head.match(BLOCK_TAG_G)?.length ?? 0;
  return tags >= 3 && tags * 2000 >= head.length;
}

const DROP = /<(script|style|noscript|template|head)\b[^>]*>[^]*?<\/\1\s*>|<!--[^]*?-->|<!\[CDATA\[[^]*?\]\]>|<![^>]*>|<\?[^>]*>/gi;
const BLOCK = /^\/?(?:p|div|br|hr|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|tfoot|caption|article|section|header|footer|aside|nav|main|figure|figcaption|blockquote|pre|title|address|form|fieldset|body|html)$/i;
const TAG = /<(\/?[a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * The plain text of an HTML page: scripts, styles and comments dropped, block tags as line breaks,
 * other tags removed, entities decoded, white space collapsed as a browser would (one blank line
 * between blocks at most).
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(DROP, ' ')
    .replace(/\s+/g, ' ')
    .replace(TAG, (_m, name: string) => (BLOCK.test(name) ? '\n' : ''));
  return decodeHTML(text)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';
}
