// The date line a corpus file may begin with: "date YYYY-MM" or "date YYYY-MM-DD", after optional white
// space, followed by the text on the same line or the next ("  date 2019-12 Chủ tịch Trung Quốc ...").

export interface DateLine {
  /** "YYYY-MM" or "YYYY-MM-DD", when the date line holds a real date. */
  date?: string;
  /** Offset just after the date token (0 when there is no date line). */
  bodyStart: number;
  /** What is wrong with the date line, and its 1-based line number. */
  error?: { line: number; message: string };
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff;
const isBlank = (c: number) => c === 0x20 || c === 0x09;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads the date line at the start of `text`. A token after "date" that starts with a digit is the date
 * token: a real date is returned as `date`; an impossible or misshapen one ("2019-13-45", "12/2019")
 * gives `error` and no date, and the token still ends the date line (`bodyStart` is after it).
 */
export function parseDateLine(text: string): DateLine {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (!text.startsWith('date', i)) return { bodyStart: 0 };
  let j = i + 4;
  if (j >= text.length || !isBlank(text.charCodeAt(j))) return { bodyStart: 0 };
  while (j < text.length && isBlank(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if (!(c >= 0x30 && c <= 0x39)) return { bodyStart: 0 };
  let end = j;
  while (end < text.length && !isSpace(text.charCodeAt(end)) && end - j < 40) end++;
  const token = text.slice(j, end);
  let line = 1;
  for (let k = text.indexOf('\n'); k !== -1 && k < i; k = text.indexOf('\n', k + 1)) line++;

  const m = DATE.exec(token);
  if (!m) {
    return { bodyStart: end, error: { line, message: `date line "date ${token}" is not YYYY-MM or YYYY-MM-DD; date ignored` } };
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > daysInMonth(year, month)))) {
    return { bodyStart: end, error: { line, message: `impossible date ${token} in the date line; date ignored` } };
  }
  return { date: token, bodyStart: end };
}
