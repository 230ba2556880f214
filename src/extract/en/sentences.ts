// English sentence splitting with offsets: at line breaks, and after . ! ? when the next word starts
// a sentence; not after abbreviations ("Mr.", "U.S.", "Dec.") or initials ("George W. Bush").

export interface Range {
  start: number;
  end: number;
}

const NO_BREAK_AFTER = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Adm|Gov|Sen|Rep|Rev|Prof|Pres|Mt|Ft|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Bros|No|vs|Mme|Maj|Brig|Messrs|Cmdr|approx|etc|i\.e|e\.g)|\b\p{Lu}|\p{L}\.\p{L})\.$/u;
const END = /[.!?]+["'’”)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])/gu;

/** Sentences of text[from, to): trimmed, non-empty, in order. */
export function splitSentencesEn(text: string, from = 0, to = text.length): Range[] {
  const out: Range[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, lineEnd);
    let s = 0;
    END.lastIndex = 0;
    for (let m = END.exec(line); m; m = END.exec(line)) {
      const stop = m.index + m[0].length;
      const before = line.slice(Math.max(0, m.index - 12), m.index + 1);
      // "3. Hide Gerg": a numbered item, not a sentence end
      if (m[0] === '.' && /^\s*\d{1,3}$/u.test(line.slice(s, m.index))) continue;
      if (m[0][0] === '.' && m[0].length === 1 && NO_BREAK_AFTER.test(before)) {
        // "U.S. Secretary", "Mr. Smith": an abbreviation, unless the next word is a common sentence opener
        const next = /^\s+["'“‘(]?(\p{L}+)/u.exec(line.slice(stop));
        if (!next || !OPENERS.has(next[1])) continue;
      }
      push(lineStart + s, lineStart + stop);
      s = stop;
    }
    push(lineStart + s, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}

const OPENERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'But', 'This', 'That', 'A', 'An', 'On', 'At', 'Officials', 'There']);
