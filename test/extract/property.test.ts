// Extraction never throws and every offset is valid, whatever the text: arbitrary Unicode
// (lone surrogates, combining marks, control characters), and text shaped like news.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processDoc } from '../../src/pipeline/process-doc.js';
import type { Doc } from '../../src/types.js';

const WORDS = ['Chủ tịch', 'Tập Cận Bình', 'tiếp', 'hội đàm', 'với', 'Nga', 'Trung-Nga', 'ngày 2/12', 'từ ngày 1-4/12', 'N.P.', 'Patrushev', 'tại', 'thủ đô', 'Bắc Kinh', 'President', 'Xi Jinping', 'met', 'U.S.', 'on Monday', ',', '.', '\n', '(', ')', 'Ông', 'ông', 'Hội nghị', 'lần thứ', '15', 'Kỳ họp', 'cuộc gặp này', 'Thủ tướng', 'có', 'Ảnh:', '/TTXVN'];

function check(text: string, date?: string): void {
  const doc: Doc = { id: 'p.txt', text, bodyStart: 0, ...(date ? { date } : {}) };
  const { extraction: x, result } = processDoc(doc);
  for (const m of x.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  for (const mt of x.meetings) {
    expect(text.slice(mt.evidence.start, mt.evidence.end)).toBe(mt.evidence.text);
    for (const p of mt.participants) expect(x.mentions[p.mention]).toBeDefined();
  }
  for (const e of result.entities) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
}

describe('extraction on any text', () => {
  it('never throws and keeps offsets valid on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)), { numRuns: 150 });
  });

  it('never throws on news-shaped word salad, in both languages', () => {
    const salad = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(salad, fc.constantFrom(undefined, '2019-12', '2019-12-02'), (s, d) => check(s, d)), { numRuns: 300 });
  });
});
