// Vietnamese date expressions ("hôm nay (2/12)", "từ ngày 1-4/12", "ngày 9 tháng 5 năm 2017",
// "tháng 12/2019", "tháng 3 vừa qua", "hôm qua", "tuần này", "tháng trước"), resolved against the document's date line.

export interface DateExpr {
  start: number;
  end: number;
  /** "YYYY-MM-DD", "YYYY-MM" or "--MM-DD" */
  date: string;
  endDate?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const validDay = (d: number, m: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;

function day(d: number, m: number, y: number | undefined): string {
  return y ? `${y}-${pad(m)}-${pad(d)}` : `--${pad(m)}-${pad(d)}`;
}

function shift(docDate: string, days: number): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(docDate)) return undefined;
  const t = new Date(`${docDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

const D = String.raw`(\d{1,2})`;
const Y = String.raw`(?:\s*\/\s*(\d{4}))?`;
/**
 * Each pattern with what it cannot match without: a digit, or one of the words of WORDS (the same flags, so
 * the same letters in any case). Most sentences have neither, and are not scanned seven times for nothing.
 */
const PATTERNS: { re: RegExp; needs: 'digit' | 'word'; make: (m: RegExpExecArray, year?: number, docDate?: string) => Omit<DateExpr, 'start' | 'end'> | undefined }[] = [
  {
    // 1-4/12, 26 - 28/6/2017
    needs: 'digit',
    re: new RegExp(String.raw`(?<![\d/])${D}\s*(?:[-–]|đến|tới)\s*${D}\s*\/\s*${D}${Y}(?![\d/])`, 'gu'),
    make: (m, year) => {
      const [d1, d2, mo] = [+m[1], +m[2], +m[3]];
      const y = m[4] ? +m[4] : year;
      if (!validDay(d1, mo) || !validDay(d2, mo) || d2 <= d1) return undefined;
      return { date: day(d1, mo, y), endDate: day(d2, mo, y) };
    },
  },
  {
    // 2/12, 9/5/2017, 30/11 đến 2/12
    needs: 'digit',
    re: new RegExp(String.raw`(?<![\d/])${D}\s*\/\s*${D}${Y}(?:\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?${D}\s*\/\s*${D}${Y})?(?![\d/])`, 'gu'),
    make: (m, year) => {
      const [d1, m1] = [+m[1], +m[2]];
      if (!validDay(d1, m1)) return undefined;
      const y1 = m[3] ? +m[3] : year;
      if (m[4]) {
        const [d2, m2] = [+m[4], +m[5]];
        if (!validDay(d2, m2)) return undefined;
        const y2 = m[6] ? +m[6] : y1;
        return { date: day(d1, m1, y1), endDate: day(d2, m2, y2) };
      }
      return { date: day(d1, m1, y1) };
    },
  },
  {
    // ngày 9 tháng 5 năm 2017
    needs: 'digit',
    re: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/gu,
    make: (m, year) => (validDay(+m[1], +m[2]) ? { date: day(+m[1], +m[2], m[3] ? +m[3] : year) } : undefined),
  },
  {
    // tháng 12/2019, tháng 5 năm 2017
    needs: 'digit',
    re: /tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/gu,
    make: (m) => (+m[1] >= 1 && +m[1] <= 12 ? { date: `${m[2]}-${pad(+m[1])}` } : undefined),
  },
  {
    // "tháng 3 vừa qua", "tháng 9 tới", "tháng 5 năm nay": a month of the date line's year (or the one before/after)
    needs: 'digit',
    re: /tháng\s+(\d{1,2})\s+(vừa qua|vừa rồi|trước|năm nay|này|tới|sắp tới|năm ngoái|năm sau)(?![\p{L}])/giu,
    make: (m, year, docDate) => {
      const mo = +m[1];
      if (!year || mo < 1 || mo > 12) return undefined;
      const docMonth = docDate ? +docDate.slice(5, 7) : undefined;
      const when = m[2].toLowerCase();
      let y = year;
      if (when === 'năm ngoái') y = year - 1;
      else if (when === 'năm sau') y = year + 1;
      else if (docMonth && /qua|rồi|trước/u.test(when) && mo > docMonth) y = year - 1;
      else if (docMonth && /tới/u.test(when) && mo < docMonth) y = year + 1;
      return { date: `${y}-${pad(mo)}` };
    },
  },
  {
    // "trong tuần này", "tuần trước", "tháng này": no day, but the month (from the date line, moved by a week)
    needs: 'word',
    re: /(?<![\p{L}])(tuần|tháng)\s+(này|qua|trước|tới|sau)(?![\p{L}])/giu,
    make: (m, _y, docDate) => {
      if (!docDate) return undefined;
      const dir = { này: 0, qua: -1, trước: -1, tới: 1, sau: 1 }[m[2].toLowerCase() as 'này'];
      if (m[1].toLowerCase() === 'tháng') {
        const [y, mo] = [+docDate.slice(0, 4), +docDate.slice(5, 7)];
        if (!mo) return undefined;
        const t = new Date(Date.UTC(y, mo - 1 + dir, 1));
        return { date: t.toISOString().slice(0, 7) };
      }
      if (dir === 0) return /^\d{4}-\d{2}/.test(docDate) ? { date: docDate.slice(0, 7) } : undefined;
      // a week away: its month only when the date line gives the day
      const d = shift(docDate, 7 * dir);
      return d ? { date: d.slice(0, 7) } : undefined;
    },
  },
  {
    needs: 'word',
    re: /hôm (nay|qua|kia)(?!\s*\(\s*\d)/giu,
    make: (m, _y, docDate) => {
      if (!docDate) return undefined;
      const back = { nay: 0, qua: 1, kia: 2 }[m[1].toLowerCase() as 'nay' | 'qua' | 'kia'];
      const d = shift(docDate, -back);
      return d ? { date: d } : undefined;
    },
  },
];

const DIGIT = /\d/u;
const WORDS = /tuần|tháng|hôm/iu;

/** Date expressions in text[from, to), left to right, not overlapping. */
export function findDatesVi(text: string, from: number, to: number, docDate?: string): DateExpr[] {
  const slice = text.slice(from, to);
  const year = docDate ? +docDate.slice(0, 4) : undefined;
  const found: DateExpr[] = [];
  const digit = DIGIT.test(slice);
  const word = WORDS.test(slice);
  for (const p of PATTERNS) {
    if (!(p.needs === 'digit' ? digit : word)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const v = p.make(m, year, docDate);
      if (v) found.push({ start, end, ...v });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
