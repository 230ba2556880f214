// Properties of reading on arbitrary input: never throws, offsets survive tone normalization.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTones } from '../../src/corpus/normalize-tones.js';
import { decodeDoc } from '../../src/corpus/read-doc.js';

// Text made mostly of the letters that matter here, with some of anything.
const vietnameseish = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'oOuUqQaeyàáảãạèéẻẽẹỳýỷỹỵÀÈỲhntg \n.-'.split('')),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

describe('properties', () => {
  it('normalizeTones keeps the length, is idempotent and changes only tone placement', () => {
    fc.assert(fc.property(vietnameseish, (raw) => {
      const s = raw.normalize('NFC');
      const t = normalizeTones(s);
      expect(t.length).toBe(s.length);
      expect(normalizeTones(t)).toBe(t);
      const strip = (x: string) => x.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
      expect(strip(t)).toBe(strip(s));
    }), { numRuns: 2000 });
  });

  it('decodeDoc never throws, and a doc it gives is NFC with a body inside the text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const r = decodeDoc(bytes, 'x.txt');
      expect(r.problems.every((p) => p.file === 'x.txt' && p.message && p.hint)).toBe(true);
      if (r.doc) {
        expect(r.doc.text).toBe(r.doc.text.normalize('NFC'));
        expect(r.doc.bodyStart).toBeGreaterThanOrEqual(0);
        expect(r.doc.bodyStart).toBeLessThanOrEqual(r.doc.text.length);
        expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
      } else {
        expect(r.problems.some((p) => p.skipped)).toBe(true);
      }
    }), { numRuns: 3000 });
  });

  it('decodeDoc gives the same hash as hashing the text itself', async () => {
    const { createHash } = await import('node:crypto');
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), (s) => {
      const r = decodeDoc(Buffer.from(s, 'utf8'), 'x.txt');
      if (r.doc) expect(r.hash).toBe(createHash('sha256').update(r.doc.text).digest('hex'));
    }), { numRuns: 1000 });
  });
});
