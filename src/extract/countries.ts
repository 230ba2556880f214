// Countries in every form the press writes them, as ISO 3166-1 alpha-2 codes.
// Official names come from i18n-iso-countries (English and Vietnamese); the press forms it lacks
// ("Mỹ", "Anh", "U.S.", "Britain", "Soviet") and compound parts ("Trung-Nga") are data in
// lexicons/countries.json.

import countries from 'i18n-iso-countries';
import press from '../lexicons/countries.json' with { type: 'json' };
import type { Lang, Mention } from '../types.js';
import { PRESS } from './country-info.js';
import { Gazetteer } from './gazetteer.js';
import { isCapitalized, tokenize, type Token } from './tokenize.js';

export { countryInfo, type CountryInfo } from './country-info.js';

type Value = { code: string; short?: boolean; not?: boolean };

function build(lang: Lang): Gazetteer<Value> {
  const g = new Gazetteer<Value>(true);
  const official = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
  for (const [code, names] of Object.entries(official)) for (const n of names) if (!n.includes(',')) g.add(n, { code });
  for (const [code, p] of Object.entries(PRESS)) {
    for (const n of p[lang] ?? []) g.add(n, { code });
    if (lang === 'vi') for (const n of p.short ?? []) if (!(p.vi ?? []).includes(n)) g.add(n, { code, short: true });
  }
  for (const n of (press.notCountries as Record<string, string[]>)[lang] ?? []) g.add(n, { code: '', not: true });
  return g;
}
const gazetteers: Record<Lang, Gazetteer<Value>> = { vi: build('vi'), en: build('en') };

const AMBIGUOUS = new Set(Object.values(PRESS).flatMap((p) => p.ambiguous ?? []));
const DEMONYMS = new Gazetteer<string>(true);
for (const [code, p] of Object.entries(PRESS)) for (const d of p.demonyms ?? []) DEMONYMS.add(d, code);

/** Compound separators: "Trung-Nga", "Mỹ - Nhật", "Việt–Mỹ". */
const COMPOUND_GAP = /^\s*[-–]\s*$/u;

/**
 * Country mentions in text (or in tokens, when the caller has them), with entity "country:XX".
 * Forms that are also given names ("Nga", "Anh", "Đức") are not countries right after another
 * capitalized word ("Thúy Nga", "Tuấn Anh"); short forms count only inside compounds ("Trung-Nga").
 */
export function findCountries(text: string, lang: Lang, tokens: Token[] = tokenize(text)): Mention[] {
  const g = gazetteers[lang];
  const raw = g.findAll(text, tokens);
  const out: Mention[] = [];
  for (let k = 0; k < raw.length; k++) {
    const m = raw[k];
    if (m.value.not) continue;
    const prev = raw[k - 1];
    const next = raw[k + 1];
    const joinedPrev = prev && !prev.value.not && prev.last === m.first && COMPOUND_GAP.test(text.slice(prev.end, m.start));
    const joinedNext = next && !next.value.not && m.last === next.first && COMPOUND_GAP.test(text.slice(m.end, next.start));
    const inCompound = joinedPrev || joinedNext;
    if (m.value.short && !inCompound) continue;
    if (lang === 'vi' && AMBIGUOUS.has(m.text) && !inCompound && m.first > 0) {
      const before = tokens[m.first - 1];
      const gap = text.slice(before.end, m.start);
      if (isCapitalized(before.text) && /^ +$/u.test(gap) && !isCountryWord(before.text)) continue;
    }
    out.push({ start: m.start, end: m.end, text: m.text, kind: 'country', entity: `country:${m.value.code}` });
  }
  return out;
}

// Capitalized words that may stand right before a country name without being a given name.
const COUNTRY_PRECEDERS = new Set(['Liên', 'Bang', 'Cộng', 'Hòa', 'Quốc', 'Nước', 'Vương']);
function isCountryWord(w: string): boolean {
  return COUNTRY_PRECEDERS.has(w);
}

/** The country a demonym names at token i ("Chinese", "West German"), with the tokens it spans. */
export function demonymAt(text: string, tokens: Token[], i: number): { code: string; last: number; end: number } | undefined {
  const m = DEMONYMS.matchAt(text, tokens, i);
  return m && { code: m.value, last: m.last, end: m.end };
}
