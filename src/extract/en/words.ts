// English word tokens with offsets: "U.S." and "Mr." keep their dots, "Al-Ain" its hyphen, and the
// possessive "'s" is a token of its own ("Russia's" → "Russia" + "'s"; CoNLL's "Russia 's" alike).

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Has at least two letters and no lower-case letter ("NATO", "U.S.", "LONDON"). */
  upper: boolean;
  /** The possessive "'s" / "’s". */
  poss: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’\-&][\p{L}\p{M}\p{N}]+)*/gu;
const ABBREV = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev',
  'Prof', 'Pres', 'Mt', 'Ft', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Inc', 'Corp',
  'Co', 'Ltd', 'Bros', 'No', 'vs', 'Mme', 'Messrs', 'Cmdr', 'Maj', 'Brig', 'Supt', 'Insp', 'Det', 'Ave', 'Blvd',
]);

export function isCap(s: string): boolean {
  const ch = s[0];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isUpper(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 2;
}

function word(text: string, start: number, end: number, poss = false): Word {
  const t = text.slice(start, end);
  // "al-Assad", "el-Baz", "d'Estaing": a lower-case particle joined to a name
  const cap = isCap(t) || /^(?:al|el|bin|ibn|ben|abu|d|l|de|da|van|von)[-'’]\p{Lu}/u.test(t);
  return { start, end, text: t, cap, upper: isUpper(t), poss };
}

/** The words of text[from, to), in order. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    let start = m.index;
    let end = Math.min(start + m[0].length, to);
    let t = text.slice(start, end);
    // CoNLL-style detached possessive: "Russia 's"
    if ((t === 's' || t === 'S') && (text[start - 1] === "'" || text[start - 1] === '’')) {
      out.push(word(text, start - 1, end, true));
      continue;
    }
    const poss = /^(.*\p{L})['’][sS]$/u.exec(t);
    if (poss) {
      const cut = start + poss[1].length;
      out.push(word(text, start, cut));
      out.push(word(text, cut, end, true));
      continue;
    }
    if (text[end] === '.' && end < to && (t.includes('.') || (t.length === 1 && isCap(t)) || ABBREV.has(t))) {
      end++;
      t += '.';
    }
    out.push(word(text, start, end));
  }
  return out;
}
