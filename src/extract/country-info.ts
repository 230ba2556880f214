// Countries' labels by ISO 3166-1 alpha-2 code, in English and Vietnamese: what the graph needs of a country
// (build-graph.ts), without the gazetteers that find countries in text (countries.ts). Official names come from
// i18n-iso-countries; the press's own labels ("Mỹ", "United States") from lexicons/countries.json.

import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import press from '../lexicons/countries.json' with { type: 'json' };

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/vi.json'));

export interface PressEntry {
  label?: string;
  labelVi?: string;
  vi?: string[];
  en?: string[];
  short?: string[];
  demonyms?: string[];
  ambiguous?: string[];
}
export const PRESS = press.countries as Record<string, PressEntry>;

export interface CountryInfo {
  code: string;
  /** English label */
  label: string;
  /** Vietnamese label */
  labelVi: string;
}

const info = new Map<string, CountryInfo>();
for (const code of Object.keys(countries.getAlpha2Codes())) {
  const p = PRESS[code];
  info.set(code, {
    code,
    label: p?.en?.[0] ?? countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en') ?? code,
    labelVi: p?.vi?.[0] ?? countries.getName(code, 'vi') ?? code,
  });
}
for (const [code, p] of Object.entries(PRESS)) {
  if (!info.has(code)) info.set(code, { code, label: p.label ?? p.en?.[0] ?? code, labelVi: p.labelVi ?? p.vi?.[0] ?? code });
}

/** Labels of a country by alpha-2 code; undefined for an unknown code. */
export function countryInfo(code: string): CountryInfo | undefined {
  return info.get(code);
}
