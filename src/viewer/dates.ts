// Meeting dates on a timeline. Dates are "YYYY-MM-DD", "YYYY-MM" or "--MM-DD" (no year); a day number
// counts days since 1970-01-01 (UTC). A month covers all its days; a date without a year cannot be
// placed on a timeline and counts as undated.

const DAY = 86_400_000;

/** The first and last day a date (and optional end date) covers, or null when it has no year. */
export function dayRange(date?: unknown, endDate?: unknown): [number, number] | null {
  const a = typeof date === 'string' ? parse(date) : null;
  if (!a) return null;
  const b = typeof endDate === 'string' ? parse(endDate) : null;
  return [a[0], Math.max(a[1], b ? b[1] : a[1])];
}

function parse(s: string): [number, number] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const d = Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY;
    return [d, d];
  }
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) {
    const first = Date.UTC(+m[1], +m[2] - 1, 1) / DAY;
    const next = Date.UTC(+m[1], +m[2], 1) / DAY;
    return [first, next - 1];
  }
  return null;
}

/** Day number → "YYYY-MM-DD". */
export function dayToIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" → day number, or null. */
export function isoToDay(s: string): number | null {
  const r = parse(s);
  return r && /^\d{4}-\d{2}-\d{2}$/.test(s) ? r[0] : null;
}

/** How a meeting's date reads: "2019-12-01 – 2019-12-04", "2019-12", "12-25 (year unknown)". */
export function formatDate(date?: unknown, endDate?: unknown): string {
  if (typeof date !== 'string' || !date) return 'undated';
  const start = date.startsWith('--') ? `${date.slice(2)} (year unknown)` : date;
  return typeof endDate === 'string' && endDate && endDate !== date ? `${start} – ${endDate}` : start;
}
