// VNI Windows (the encoding of the VNI fonts): a base letter followed by mark bytes, or one byte.
import table from '../lexicons/legacy-encodings/vni.json' with { type: 'json' };

const PAIRS = new Map(Object.entries(table.pairs));
const SINGLES = new Map(Object.entries(table.singles));

/** Decodes VNI Windows bytes to Unicode (NFC). ASCII is unchanged; other bytes read as Latin-1 when not VNI. */
export function decodeVni(bytes: Uint8Array): string {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) < 0x80 && (i + 1 >= s.length || s.charCodeAt(i + 1) < 0x80)) continue;
    const pair = PAIRS.get(s.slice(i, i + 2));
    if (pair !== undefined) {
      out += s.slice(from, i) + pair;
      from = i + 2;
      i++;
      continue;
    }
    const single = SINGLES.get(s[i]);
    if (single !== undefined) {
      out += s.slice(from, i) + single;
      from = i + 1;
    }
  }
  return out + s.slice(from);
}
