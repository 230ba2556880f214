// splitCountry: "Tổng thống Nga ⟦Vla-đi-mia Pu-tin⟧" — the tagger sometimes reads the country before a
// foreign leader's name as part of the name. A person span that starts with a known country and goes
// on with a name of at least two words is cut in two: the country (LOCATION, as VLSP annotates it) and
// the person. Vietnamese given names that are also countries ("Mỹ Dung", "Đức Vĩnh") stay whole: the
// rest must be foreign (a hyphen or a syllable Vietnamese cannot have), or the country two syllables long.

import { isVietnameseSyllable } from '../syllable.js';
import { hashWord } from './features.js';
import { GAZ_COUNTRY, GAZ_MAX, GAZETTEER } from './gazetteer-flags.js';
import type { NerSpan } from './tags.js';

export function splitCountry(text: string, spans: readonly NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of spans) {
    const words = s.type === 'PERSON' ? text.slice(s.start, s.end).split(' ') : [];
    let cut = 0;
    // the longest country at the start, leaving at least two words
    for (let k = Math.min(GAZ_MAX, words.length - 2); k >= 1 && cut === 0; k--) {
      if (GAZETTEER.get(hashWord(words.slice(0, k).join(' '))) & GAZ_COUNTRY) cut = k;
    }
    const rest = words.slice(cut);
    if (cut === 0 || !(cut >= 2 || rest.some((w) => w.includes('-') || !isVietnameseSyllable(w)))) {
      out.push(s);
      continue;
    }
    const at = s.start + words.slice(0, cut).join(' ').length;
    out.push({ start: s.start, end: at, type: 'LOCATION' }, { start: at + 1, end: s.end, type: 'PERSON' });
  }
  return out;
}
