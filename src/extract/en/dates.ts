// Dates of English sentences resolved against the document's date line: "Dec. 2", "2 December",
// "December 2, 2019", "from December 1 to 4", "Dec. 1-4", "on Tuesday", "yesterday", "today",
// "tomorrow", "in December", "next week". A small parser for the forms the press uses (compromise-
// dates reads them too, at a fraction of the speed). Without a day, the best known precision is kept.

export interface DateSpan {
  date?: string;
  endDate?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const M = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const RANGE_MD = new RegExp(`\\b(?:from\\s+)?${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|to|through|until)\\s*(?:${M}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'i');
const RANGE_DM = new RegExp(`\\b(?:from\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|to|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${M}(?:,?\\s+(\\d{4}))?`, 'i');
const MD = new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:pct|percent|%|mln|billion|dlrs))(?:,?\\s+(\\d{4}))?`, 'i');
const DM = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${M}\\b(?:,?\\s+(\\d{4}))?`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_ONLY = new RegExp(`\\b(?:in|since|during|until|by|from|last|next|this|early|late|mid-?)\\s+${M}\\b(?:\\s+(\\d{4}))?`, 'i');
const WEEKDAY = /\b(?:(last|next|this|on)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const RELATIVE = /\b(yesterday|today|tomorrow|tonight)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

interface Ref {
  year?: number;
  month?: number;
  day?: number;
}

function parseRef(docDate?: string): Ref {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(docDate ?? '');
  if (!m) return {};
  return { year: +m[1], month: m[2] ? +m[2] : undefined, day: m[3] ? +m[3] : undefined };
}

function ymd(year: number | undefined, month: number, day?: number): string {
  const md = day ? `${pad(month)}-${pad(day)}` : pad(month);
  if (year === undefined) return day ? `--${md}` : `--${pad(month)}`;
  return `${year}-${md}`;
}

/** The year a month/day falls in: the document's, or the one before when a past event's month lies
 * well after the document's (an article of January about "Dec. 28"). */
function yearFor(ref: Ref, month: number, planned: boolean): number | undefined {
  if (ref.year === undefined) return undefined;
  if (ref.month === undefined) return ref.year;
  if (!planned && month - ref.month > 6) return ref.year - 1;
  if (planned && ref.month - month > 6) return ref.year + 1;
  return ref.year;
}

function shift(ref: Ref, days: number): string | undefined {
  if (ref.year === undefined || ref.month === undefined || ref.day === undefined) return undefined;
  const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function docPrecision(ref: Ref): string | undefined {
  if (ref.year === undefined) return undefined;
  return ref.month === undefined ? String(ref.year) : `${ref.year}-${pad(ref.month)}`;
}

/** The date a sentence gives, resolved against the document's date; the document's own date (as
 * precise as it is) when the sentence names none. `planned` turns weekdays and months forward. */
export function resolveDateEn(sentence: string, docDate?: string, planned = false): DateSpan {
  const ref = parseRef(docDate);
  let m = ISO.exec(sentence);
  if (m) return { date: `${m[1]}-${m[2]}-${m[3]}` };
  m = RANGE_MD.exec(sentence);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    const month2 = m[3] ? MONTHS[m[3].toLowerCase()] : month;
    const year = m[5] ? +m[5] : yearFor(ref, month, planned);
    const d1 = +m[2], d2 = +m[4];
    if (d1 <= 31 && d2 <= 31 && (month2 !== month || d2 > d1)) {
      return { date: ymd(year, month, d1), endDate: ymd(year, month2, d2) };
    }
  }
  m = RANGE_DM.exec(sentence);
  if (m) {
    const month = MONTHS[m[3].toLowerCase()];
    const year = m[4] ? +m[4] : yearFor(ref, month, planned);
    if (+m[2] > +m[1] && +m[2] <= 31) return { date: ymd(year, month, +m[1]), endDate: ymd(year, month, +m[2]) };
  }
  m = MD.exec(sentence);
  if (m && +m[2] >= 1 && +m[2] <= 31 && !(m[1].toLowerCase() === 'may' && !/^May/.test(m[0]))) {
    const month = MONTHS[m[1].toLowerCase()];
    return { date: ymd(m[3] ? +m[3] : yearFor(ref, month, planned), month, +m[2]) };
  }
  m = DM.exec(sentence);
  if (m && +m[1] >= 1 && +m[1] <= 31) {
    const month = MONTHS[m[2].toLowerCase()];
    return { date: ymd(m[3] ? +m[3] : yearFor(ref, month, planned), month, +m[1]) };
  }
  m = RELATIVE.exec(sentence);
  if (m) {
    const w = m[1].toLowerCase();
    const d = shift(ref, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0);
    return { date: d ?? docPrecision(ref) };
  }
  m = WEEKDAY.exec(sentence);
  if (m) {
    const target = WEEKDAYS[m[2].toLowerCase()];
    const forward = planned || m[1]?.toLowerCase() === 'next';
    if (ref.day !== undefined) {
      const today = new Date(Date.UTC(ref.year!, ref.month! - 1, ref.day)).getUTCDay();
      let delta = forward ? (target - today + 7) % 7 : -((today - target + 7) % 7);
      if (m[1]?.toLowerCase() === 'next' && delta === 0) delta = 7;
      if (m[1]?.toLowerCase() === 'last' && delta === 0) delta = -7;
      return { date: shift(ref, delta) };
    }
    return { date: docPrecision(ref) };
  }
  m = MONTH_ONLY.exec(sentence);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    if (!(m[1].toLowerCase() === 'may' && !/May/.test(m[0]))) {
      return { date: ymd(m[2] ? +m[2] : yearFor(ref, month, planned), month) };
    }
  }
  return { date: docPrecision(ref) };
}
