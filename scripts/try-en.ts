// Scratch: print what extractEn finds in a file or a sentence. npx tsx scripts/try-en.ts FILE | -s "sentence" [date]
import { readFileSync } from 'node:fs';
import { extractEn } from '../src/extract/en/extract-en.js';
const a = process.argv.slice(2);
let text = a[0] === '-s' ? a[1] : readFileSync(a[0], 'utf8');
let date = a[0] === '-s' ? a[2] : undefined;
let bodyStart = 0;
const m = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)[^\n]*\n?/u.exec(text);
if (m) { date = m[1]; bodyStart = m[0].length; }
const x = extractEn({ id: 'x', text, date, bodyStart });
for (const mm of x.mentions) console.log(mm.kind.padEnd(12), JSON.stringify(mm.text), mm.title ? `title=${mm.title}` : '', mm.country ?? '', mm.entity ?? '');
for (const mt of x.meetings) console.log('MEETING', mt.kind, mt.cue.text, mt.participants.map((p) => `${x.mentions[p.mention].text}:${p.role}`).join(', '), mt.countries.join(','), mt.date ?? '', mt.endDate ?? '', mt.place?.text ?? '', mt.planned ? 'planned' : '', mt.title ?? '');
