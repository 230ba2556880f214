// Contract dates ("YYYY-MM-DD", "YYYY-MM", "--MM-DD") as GEXF time (xsd:date) for Gephi's timeline.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Days in a month of the proleptic Gregorian calendar (what xsd:date uses). */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** [first day, last day] of the date as xsd:date strings, or undefined when it is no calendar date. */
function dayRange(date: unknown): [string, string] | undefined {
  if (typeof date !== 'string') return undefined;
  let m = DAY.exec(date);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return undefined;
    return [date, date];
  }
  m = MONTH.exec(date);
  if (m) {
    const [y, mo] = [+m[1], +m[2]];
    if (y < 1 || mo < 1 || mo > 12) return undefined;
    return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(daysIn(y, mo), 2)}`];
  }
  return undefined; // "--MM-DD" (year unknown) and anything else has no place on a timeline
}

/**
 * GEXF `start`/`end` of something dated `date` (and ending `endDate`): a day is [day, day], a month is
 * [its first day, its last day]. Nothing when `date` is no calendar date (e.g. "--12-02").
 */
export function gexfTime(date: unknown, endDate?: unknown): { start?: string; end?: string } {
  const from = dayRange(date);
  if (!from) return {};
  const to = dayRange(endDate);
  const end = to && to[1] >= from[0] ? to[1] : from[1];
  return { start: from[0], end };
}
