// joinOrgPlace: "⟦Ngân hàng Trung ương⟧ ⟦Canada⟧" — the tagger sometimes ends an organization before
// the place that closes its name. An organization followed by one space and a place is one
// organization, the place nested in it, as VLSP annotates it: on the training news 2,084
// organizations end in a place and 30 are followed by a separate one ("Bộ Y tế | Việt Nam").

import type { NerSpan } from './tags.js';

export function joinOrgPlace(text: string, spans: readonly NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const next = spans[i + 1];
    if (s.type === 'ORGANIZATION' && next?.type === 'LOCATION' && next.start === s.end + 1 && text[s.end] === ' ') {
      out.push({ start: s.start, end: next.end, type: 'ORGANIZATION' });
      i++;
    } else out.push(s);
  }
  return out;
}
