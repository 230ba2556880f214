// Sentence splitting with offsets. A sentence ends at a line break, or at . ! ? … followed by
// white space and a capital letter, a digit or a quote, except after an initial ("N.P. Patrushev")
// or a known abbreviation ("TP.", "Mr.", "U.S."), which do not end sentences.

export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'TP', 'Tp', 'TS', 'GS', 'PGS', 'ThS', 'BS', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jr', 'Sr', 'Gen', 'Col', 'Lt', 'Sen', 'Rep',
  'Gov', 'Prof', 'No', 'Co', 'Corp', 'Inc', 'Ltd', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'vs', 'etc', 'U.S', 'U.K', 'U.N', 'Mt', 'Ft', 'Adm', 'Capt', 'Maj', 'Sgt', 'Rev', 'Hon', 'Pres',
]);

const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s)|\n/gu;

/** Sentences of text[from, to), trimmed, in order. */
export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m !== null && m.index < to; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n') {
      // what follows must look like a new sentence
      let j = end;
      while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
      const next = text[j];
      if (next === undefined || j >= to) continue;
      if (next !== '\n' && !/[\p{Lu}\p{N}"'“‘(\[]/u.test(next)) continue;
      // the word before the dot: an initial or an abbreviation does not end a sentence
      if (m[0] === '.') {
        let k = m.index;
        while (k > from && /[\p{L}.]/u.test(text[k - 1])) k--;
        const word = text.slice(k, m.index);
        if (/^\p{Lu}$/u.test(word) || /^(\p{Lu}\.)+\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word)) continue;
      }
    }
    push(end);
    start = end;
  }
  push(to);
  return out;
}
