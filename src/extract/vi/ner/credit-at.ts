// creditAt: is the name at [start, end) a photo credit or a byline? "(Ảnh: ⟦Minh Quyết⟧/TTXVN)",
// "Ảnh: ⟦Martin Rietze⟧", the author alone on a line at the end of the article ("⟦Trần Ngọc⟧",
// "⟦Thanh Hoài⟧ - Tổng hợp"), with its outlet and time in a list of articles ("⟦Tiểu Lam⟧ - Thể thao Việt Nam | 11:02 06/02/2017"), or after its last sentence when its lines were run together ("… chia sẻ.
// ⟦Hiểu Nguyệt⟧", "… Theo ⟦Trí Thức Trẻ⟧", "… nội địa. Tổng hợp ⟦Cự Giải⟧", "Bấm xem >> ⟦Tiến Long⟧ (Tổng hợp)"). Such people are named by
// the text but take no part in its story.

const CREDIT_BEFORE = /(?:^|[\s(–-])(?:Ảnh|Nguồn|Video|Clip|Đồ họa|Bài và ảnh|Bài, ảnh)\s*:\s*$/u;
const AGENCY_AFTER = /^\s*\/\s*\p{Lu}/u;
/** A byline with its outlet and the time of the article, in a list of articles: "⟦Tiểu Lam⟧ - Thể thao Việt Nam | 11:02 06/02/2017". */
const STAMP_AFTER = /^ [-–] [^\n|]{2,40} \| \d{1,2}:\d{2} \d{1,2}\/\d{1,2}\/\d{4}/u;
/** What may follow a byline on its line: an agency or a note ("/VOV-TPHCM", "- Tổng hợp", "(theo AFP)"). */
const BYLINE_TAIL = /^\s*(?:[/–-].*|\(.*\))?\s*$/u;
/**
 * What comes before a byline or source run onto the text's last line: the last sentence's end (a stop or a
 * closing quote), a link's ">>", or "theo" (the source: "… Chúc bạn thành công Theo ⟦Trí Thức Trẻ⟧").
 */
const END_BEFORE = /(?:(?:[.!?…]["”’»)]?|["”’»])\s+(?:(?:Theo|Tổng hợp|Lược dịch)\s+)?|>>\s*|(?:^|\s)[Tt]heo\s+)$/u;
/** What may follow it to the end of the text: a note, an agency, or the source ("Tứ Quý, Theo Trí Thức Trẻ"). */
const END_AFTER = /^\s*(?:[/–,-]\s*)?(?:(?:[Tt]heo|Nguồn:?)\s+[^\n.!?]*|\([^\n]*\)|[^\n\p{Ll}]*)?\s*$/u;
/** How near the end of the text a byline run onto the last line is. */
const END_CHARS = 120;

export function creditAt(text: string, start: number, end: number): boolean {
  // a credit word with its colon is short: the 24 characters before the name, on its line, tell
  const from = Math.max(0, start - 24);
  const window = text.slice(from, start);
  const nl = window.lastIndexOf('\n');
  const before = nl >= 0 ? window.slice(nl + 1) : window;
  if (CREDIT_BEFORE.test(before)) return true;
  if (AGENCY_AFTER.test(text.slice(end, end + 3))) return true;
  if (STAMP_AFTER.test(text.slice(end, end + 64))) return true;
  // the article's last words, after its last sentence on the same line: nothing but a note or the source
  // follows to the end ("Theo ⟦Trí Thức Trẻ⟧" may be read with its "Theo")
  if (text.length - end < END_CHARS && (END_BEFORE.test(before) || /^Theo\s/u.test(text.slice(start, end))) && END_AFTER.test(text.slice(end))) return true;
  // a byline: the name opens one of the last three lines and nothing but an agency or note follows
  if (before.trim() !== '' || (nl < 0 && from > 0)) return false;
  const next = text.indexOf('\n', end);
  const lineEnd = next < 0 ? text.length : next;
  if (!BYLINE_TAIL.test(text.slice(end, lineEnd))) return false;
  const rest = text.slice(lineEnd, lineEnd + 2000);
  return rest.length < 2000 && rest.split('\n').filter((l) => l.trim() !== '').length <= 2;
}
