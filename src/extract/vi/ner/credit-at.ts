// creditAt: is the name at [start, end) a photo credit or a byline? "(Ảnh: ⟦Minh Quyết⟧/TTXVN)",
// "Ảnh: ⟦Martin Rietze⟧", the author alone on a line at the end of the article ("⟦Trần Ngọc⟧",
// "⟦Thanh Hoài⟧ - Tổng hợp"). Such people are named by the text but take no part in its story.

const CREDIT_BEFORE = /(?:^|[\s(–-])(?:Ảnh|Nguồn|Video|Clip|Đồ họa|Bài và ảnh|Bài, ảnh)\s*:\s*$/u;
const AGENCY_AFTER = /^\s*\/\s*\p{Lu}/u;
/** What may follow a byline on its line: an agency or a note ("/VOV-TPHCM", "- Tổng hợp", "(theo AFP)"). */
const BYLINE_TAIL = /^\s*(?:[/–-].*|\(.*\))?\s*$/u;

export function creditAt(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(lineStart, start);
  if (CREDIT_BEFORE.test(before)) return true;
  if (AGENCY_AFTER.test(text.slice(end, end + 3))) return true;
  // a byline: the name opens one of the last three lines and nothing but an agency or note follows
  if (before.trim() !== '' || !BYLINE_TAIL.test(text.slice(end, lineEnd))) return false;
  const rest = text.slice(lineEnd, lineEnd + 2000);
  return rest.length < 2000 && rest.split('\n').filter((l) => l.trim() !== '').length <= 2;
}
