// The SIMD emission kernel must be emissionsQ, only faster: the committed .wasm is what the .wat
// compiles to, and on real sentences its sums are emissionsQ's to the last bit.

import { readFileSync } from 'node:fs';
import wabt from 'wabt';
import { describe, expect, test } from 'vitest';
import { featureRows, N_FEATURES } from '../../../src/extract/vi/ner/features.js';
import { GAZ_MAX, GAZETTEER } from '../../../src/extract/vi/ner/gazetteer-flags.js';
import { simdEmissions, WASM_URL } from '../../../src/extract/vi/ner/simd-emissions.js';
import { syllables } from '../../../src/extract/vi/ner/syllables.js';
import { loadViNerModel } from '../../../src/extract/vi/ner/tag-vi.js';
import { emissionsQ } from '../../../src/extract/vi/ner/tag-with.js';
import { N_TAGS } from '../../../src/extract/vi/ner/tags.js';

const TEXT = [
  'Chiều 16/5, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã tiếp Bộ trưởng Ngoại giao Nga Xéc-gây Láp-rốp.',
  'Thủ tướng Ô-xtrây-li-a Scott Morrison và Tổng thống Pháp E.Macron đã điện đàm về tình hình Biển Đông.',
  'TP.HCM: 12 người bị thương trên quốc lộ 1A sáng 3-4; ảnh: Reuters/AFP — “Ông ấy nói”.',
].join('\n');

describe('the SIMD emission kernel', () => {
  test('emissions.wasm is what emissions.wat compiles to', async () => {
    const w = await wabt();
    const wat = readFileSync(new URL('./emissions.wat', WASM_URL), 'utf8');
    const built = w.parseWat('emissions.wat', wat, { simd: true }).toBinary({}).buffer;
    expect(Buffer.from(built).equals(readFileSync(WASM_URL))).toBe(true);
  });

  test('gives emissionsQ\'s emissions bit for bit', () => {
    const model = loadViNerModel();
    const kernel = simdEmissions(model.q!);
    expect(kernel).toBeDefined(); // Node 20 has WebAssembly SIMD
    const syl = syllables(TEXT);
    const rows = kernel!.rows(syl.n)!;
    featureRows(TEXT, syl, model.flags, model.bits, rows, GAZETTEER, GAZ_MAX);
    const plain = new Int32Array(rows); // a copy outside the kernel's memory
    const want = new Float32Array(syl.n * N_TAGS);
    const got = new Float32Array(syl.n * N_TAGS);
    for (const [from, to] of [[0, syl.n], [3, 17], [syl.n - 1, syl.n]]) {
      emissionsQ(plain, from, to, model.q!, model.scale!, want);
      kernel!.emit(from, to, model.scale!, got);
      expect(Array.from(got.subarray(0, (to - from) * N_TAGS))).toEqual(Array.from(want.subarray(0, (to - from) * N_TAGS)));
    }
    expect(plain.length).toBe(syl.n * N_FEATURES);
  });

  test('keeps the rows of a longer document after its memory grows', () => {
    const model = loadViNerModel();
    const kernel = simdEmissions(model.q!)!;
    const long = `${TEXT}\n`.repeat(400);
    const syl = syllables(long);
    const rows = kernel.rows(syl.n)!;
    featureRows(long, syl, model.flags, model.bits, rows, GAZETTEER, GAZ_MAX);
    const want = new Float32Array(syl.n * N_TAGS);
    const got = new Float32Array(syl.n * N_TAGS);
    emissionsQ(new Int32Array(rows), 0, syl.n, model.q!, model.scale!, want);
    kernel.emit(0, syl.n, model.scale!, got);
    expect(got).toEqual(want);
  });
});
