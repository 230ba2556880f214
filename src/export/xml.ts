// XML 1.0 text safety: characters XML forbids are removed, markup characters are escaped.

/** Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The string without the characters XML 1.0 cannot carry at all (not even as &#...; references). */
export function stripForbidden(s: string): string {
  // A quick look by code unit first (surrogates included, even paired ones): most text has none of these.
  return MAYBE_FORBIDDEN.test(s) && FORBIDDEN.test(s) ? s.replace(FORBIDDEN_ALL, '') : s;
}

const ATTR_SPECIAL = /[&<>"\t\n\r\u0085\u2028]/;
const ATTR_SPECIAL_CHARS = ['&', '<', '>', '"', '\t', '\n', '\r', '\u0085', '\u2028'];
const TEXT_SPECIAL = /[&<>\r\u0085\u2028]/;
const TEXT_SPECIAL_ALL = new RegExp(TEXT_SPECIAL.source, 'g');
const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
  // White space in attribute values is escaped: a parser would normalize raw tab/LF/CR to spaces.
  '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
  // Line ends in XML 1.1, and normalized as such by some parsers (@xmldom/xmldom): references keep them.
  '\u0085': '&#133;', '\u2028': '&#8232;',
};
const entity = (c: string): string => ENTITIES[c];

/**
 * A string ready to sit between double quotes in an attribute: reads back exactly as `stripForbidden(s)`.
 * Each special character present is replaced with replaceAll (a native scan): a callback per match cost
 * most of the time on evidence JSON, which has a quote every few characters.
 */
export function xmlAttr(s: string): string {
  s = stripForbidden(s);
  if (!ATTR_SPECIAL.test(s)) return s;
  // '&' first: the references put in afterwards start with one
  for (const c of ATTR_SPECIAL_CHARS) if (s.includes(c)) s = s.replaceAll(c, ENTITIES[c]);
  return s;
}

/** A string ready to be element content: reads back exactly as `stripForbidden(s)`. */
export function xmlText(s: string): string {
  s = stripForbidden(s);
  return TEXT_SPECIAL.test(s) ? s.replace(TEXT_SPECIAL_ALL, entity) : s;
}
