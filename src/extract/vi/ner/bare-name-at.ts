// bareNameAt: may the tagger's person at [start, end) stand in the graph without an office, an
// honorific or a family name before it? Stage and short names ("⟦Đông Nhi⟧ sẽ mang đến", "phút 57
// ⟦Quốc Hoàng⟧ ghi bàn", "hoạ sỹ ⟦Trung Đinh⟧") only the tagger finds. Such a name is trusted when it is
// written like one and nothing around it says place or team:
// - two words or more, each capitalised, none an acronym ("ĐT Anh");
// - the word before is not capitalised and not joined by a hyphen or a slash: a capitalised word before
//   makes the tagger's name the tail of a longer one ("San ⟦Antonio Spurs⟧", "Karl-⟦Anthony Towns⟧",
//   "Hotel ⟦Krone Luzern⟧"), a slash a source ("TTXVN/⟦Tin Tức⟧");
// - no lower-case word that begins a place's name right before it ("chùa ⟦Ngọc Hồ⟧", "kênh ⟦An Hạ⟧"),
//   nor one that makes it a people ("người ⟦Duy Ngô Nhĩ⟧");
// - not listed with a place, an organization or an event ("Mê Linh, ⟦Văn Khê⟧, Tráng Việt");
// - it is not elsewhere in the document a place after a compass word ("Bắc ⟦Từ Liêm⟧").

import type { Mention } from '../../../types.js';
import { DIRECTIONS, PEOPLE_BEFORE, PLACE_WORD_BEFORE } from '../lexicon-vi.js';
import type { NerSpan } from './tags.js';

const LIST_GAP = /^\s*(?:,|và)\s*$/u;

export function bareNameAt(text: string, s: NerSpan, kept: readonly Mention[], spans: readonly NerSpan[]): boolean {
  const name = text.slice(s.start, s.end);
  const words = name.split(' ');
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w) && !/\p{Lu}{2}/u.test(w))) return false;
  const before = text.slice(Math.max(0, s.start - 20), s.start);
  if (/[\p{L}.][/-]$|\p{Lu}[\p{L}.]*[ -]$/u.test(before) || PLACE_WORD_BEFORE.test(before) || PEOPLE_BEFORE.test(before)) return false;
  const others = [...kept.filter((m) => m.kind !== 'person'), ...spans.filter((o) => o.type !== 'PERSON')];
  for (const m of others) {
    const gap = m.end <= s.start ? text.slice(m.end, s.start) : m.start >= s.end ? text.slice(s.end, m.start) : undefined;
    if (gap !== undefined && gap.length <= 5 && LIST_GAP.test(gap)) return false;
  }
  // a place after a compass word
  return !spans.some((o) => {
    const place = text.slice(o.start, o.end);
    return o.type === 'LOCATION' && place.endsWith(' ' + name) && DIRECTIONS.has(place.slice(0, -name.length - 1));
  });
}
