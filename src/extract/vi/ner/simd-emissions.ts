// emissionsQ (tag-with.ts) in WebAssembly with 128-bit SIMD: the same integer sums, eight tags per
// instruction instead of one, about five times faster on the bench (the tagger's largest cost).
// The module is emissions.wat, compiled to emissions.wasm (test/extract/vi-ner/simd-emissions.test.ts
// checks that the two agree). Its memory holds the model's 16-bit weights from address 0, then the
// feature rows of the document being tagged (featureRows writes them there), then the sums.

import { readFileSync } from 'node:fs';
import { N_FEATURES } from './features.js';
import { N_TAGS } from './tags.js';

// next to this file: in src/ as committed, in dist/ as `npm run build` copies it
export const WASM_URL = new URL('./emissions.wasm', import.meta.url);

const PAGE = 65536;
/** The most a wasm32 memory can hold (4 GiB): documents needing more are tagged in JavaScript. */
const MAX_PAGES = 65536;

export interface SimdEmissions {
  /** A view of n * N_FEATURES row numbers for featureRows to fill; undefined when memory cannot grow that far. */
  rows(n: number): Int32Array | undefined;
  /** out[(i - from) * N_TAGS + t] = scale * the sum of the weights of token i's rows (as emissionsQ). */
  emit(from: number, to: number, scale: number, out: Float32Array): void;
}

let module: WebAssembly.Module | null | undefined;

function compiled(): WebAssembly.Module | null {
  if (module !== undefined) return module;
  try {
    const bytes = readFileSync(WASM_URL);
    module = WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  } catch {
    module = null; // no SIMD in this engine, or the file is missing: tag-with.ts uses emissionsQ
  }
  return module;
}

/** A kernel holding a copy of the weights `q` (N_TAGS per row), or undefined where WebAssembly SIMD is not available. */
export function simdEmissions(q: Int16Array): SimdEmissions | undefined {
  const mod = compiled();
  if (!mod || N_TAGS !== 9 || N_FEATURES !== 36) return undefined; // the .wat is written for 9 tags and 36 rows
  const rowsAt = Math.ceil((q.length * 2 + 16) / 16) * 16; // the last weight row is read 16 bytes wide
  const memory = new WebAssembly.Memory({ initial: Math.ceil(rowsAt / PAGE) + 1, maximum: MAX_PAGES });
  new Int16Array(memory.buffer, 0, q.length).set(q);
  const instance = new WebAssembly.Instance(mod, { env: { memory } });
  const run = instance.exports.emit as (rows: number, from: number, to: number, out: number) => void;
  let tokens = -1;
  let rows = new Int32Array(0);
  let sumsAt = 0;
  let sums = new Int32Array(0);
  return {
    rows(n) {
      if (n !== tokens || rows.buffer !== memory.buffer) {
        sumsAt = rowsAt + n * N_FEATURES * 4;
        const need = Math.ceil((sumsAt + n * N_TAGS * 4) / PAGE) - memory.buffer.byteLength / PAGE;
        if (need > 0) {
          try {
            memory.grow(need);
          } catch {
            return undefined;
          }
        }
        rows = new Int32Array(memory.buffer, rowsAt, n * N_FEATURES);
        sums = new Int32Array(memory.buffer, sumsAt, n * N_TAGS);
        tokens = n;
      }
      return rows;
    },
    emit(from, to, scale, out) {
      run(rowsAt, from, to, sumsAt);
      const k = (to - from) * N_TAGS;
      for (let i = 0; i < k; i++) out[i] = sums[i] * scale;
    },
  };
}
