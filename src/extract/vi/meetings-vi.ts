// Vietnamese meetings, sentence by sentence: cue words ("tiếp", "hội đàm", "chuyến thăm") with
// their participants and roles, kind, date, place, title and whether they are planned.

import type { MeetingKind, MeetingMention, Mention, Role } from '../../types.js';
import { findCountries } from '../countries.js';
import { BILATERAL, RANK } from '../meeting-kinds.js';
import type { SentenceSpan } from '../sentences.js';
import { indexIn, lastIndexIn } from '../bounded-index.js';
import { isCapitalized, type Token } from '../tokenize.js';
import type { DateExpr } from './dates-vi.js';
import { CUES, HYPOTHETICAL, LEADER_TITLES, NOT_CUES, PLANNED, STOP_WORDS } from './lexicon-vi.js';
import { gapAt, type Sentence } from './sentence-vi.js';

/**
 * The first date of the article's opening (title, lead): the day of what it reports. A little further
 * on (a photo caption may come first), only a date with its time of day ("chiều 26/6"), which dates an
 * event; a bare "ngày 11/7" there is as often the day something was reported.
 */
export function leadDate(text: string, sentences: Sentence[]): DateExpr | undefined {
  for (const s of sentences.slice(0, 3)) if (s.dates.length > 0) return s.dates[0];
  for (const s of sentences.slice(3, 6)) {
    const d = s.dates.find((d) => /(?:sáng|chiều|trưa|tối|đêm)\s+(?:nay\s+)?(?:ngày\s+)?$/iu.test(text.slice(Math.max(0, d.start - 16), d.start)));
    if (d) return d;
  }
  return undefined;
}

const OWN_DATE_ONLY = new Set<MeetingKind>(['consultation', 'session', 'conference', 'summit']);
const ATTEND = /(?:tham dự|dự|tổ chức|chủ trì|đồng chủ trì|diễn ra|khai mạc|bế mạc|tham gia|tiến hành|triệu tập|có mặt tại|phát biểu tại|bên lề)\s+(?:\p{Ll}+\s+){0,2}$/u;

export function findMeetings(
  text: string,
  s: Sentence,
  mentions: Mention[],
  index: Map<Mention, number>,
  out: MeetingMention[],
  lead: DateExpr | undefined,
): void {
  const { tokens } = s;
  const cues = CUES.findAll(text, tokens);
  if (cues.length === 0) return;
  const nots = NOT_CUES.findAll(text, tokens);
  const inSentence = within(mentions, s.start, s.end);
  // (people named in a bracketed link to another article take part in none of this one's meetings)
  const people = [...inSentence.filter((m) => m.kind === 'person' && !inBrackets(text, s.start, m.start)), ...bareTitles(text, s, mentions, index)].sort((a, b) => a.start - b.start);
  if (people.length === 0) {
    eventFacts(text, s, cues, inSentence, out);
    // "Cuộc gặp này dự kiến diễn ra tại Washington ngày 17/7": the meeting just reported, with its date and place
    const previous = out[out.length - 1];
    const cue = cues.find((c) => /^\s+(?:này|nói trên|trên|đó)(?![\p{L}])/u.test(text.slice(c.end, c.end + 12)));
    if (!previous || !cue || previous.evidence.end < s.start - 1500) return;
    const date = s.dates.find((d) => d.start >= cue.end) ?? s.dates[0];
    const place = placeFor('meeting', text, s, cue, inSentence);
    out.push({
      ...previous,
      cue: { start: cue.start, end: cue.end, text: cue.text },
      evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
      ...(date ? { date: date.date, ...(date.endDate ? { endDate: date.endDate } : {}), dateInferred: false } : {}),
      ...(place ? { place: placeSpan(place.m) } : {}),
    });
    return;
  }
  const first = out.length;
  for (const cue of cues) {
    if (nots.some((n) => n.start < cue.end && cue.start < n.end)) continue;
    // a cue word inside a name or an office is not a cue
    if (s.claims[cue.first] && s.claims[cue.first]!.kind !== 'honorific') continue;
    // "[Báo động chất nổ ở Rome trước chuyến thăm của Tổng thống Trump]": the title of another article
    if (inBrackets(text, s.start, cue.start)) continue;
    const before = tokens.slice(Math.max(0, cue.first - 4), cue.first);
    const hypo = HYPOTHETICAL.findAll(text, before);
    if (hypo.length > 0 && !/nhận lời mời\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(Math.max(s.start, cue.start - 30), cue.start))) continue;
    // a future marker before the cue in its clause: "ông Lavrov sẽ tới Nhà Trắng để gặp Tổng thống Trump"
    const clauseStart = Math.max(s.start, lastIndexIn(text, ',', s.start, cue.start + 1) + 1, lastIndexIn(text, ';', s.start, cue.start + 1) + 1);
    const inClause = tokens.slice(Math.max(0, cue.first - 10), cue.first).filter((t) => t.start >= clauseStart);
    const planned = PLANNED.findAll(text, before).length > 0 || PLANNED.findAll(text, inClause).length > 0;
    const kind = cue.value;
    // a named event needs its name, an attendance verb or a date ("cơ chế tham vấn" is no meeting)
    if (OWN_DATE_ONLY.has(kind) && !/^\p{Lu}/u.test(cue.text) && !ATTEND.test(text.slice(Math.max(s.start, cue.start - 30), cue.start)) && !s.dates.some((d) => d.start >= cue.end)) continue;
    const all = participantsFor(kind, text, s, cue, people, cues);
    for (const roles of splitListed(kind, text, cue, all)) {
    if (roles.length === 0) continue;
    // a call has two parties: with one named, only "điện đàm" (the word for leaders' calls) is surely one, not a
    // phone ("điện thoại", "gọi điện": "lấy điện thoại nhắn tin", "gọi điện trình báo Công an")
    if ((kind === 'meeting' || (kind === 'call' && !/điện đàm/iu.test(cue.text))) && roles.length < 2) continue;
    const dates = s.dates.filter((d) => dateBelongs(text, s, d, cue, cues, people[0]?.start));
    const after = dates.find((d) => d.start >= cue.end);
    const beforeD = [...dates].reverse().find((d) => d.end <= cue.start);
    let date: DateExpr | undefined = OWN_DATE_ONLY.has(kind) ? after : (after ?? beforeD);
    let inferred = false;
    // the lead's date is the day of what the article reports; a meeting still to come is not on it
    // "chuyến thăm Hoa Kỳ tháng 7/2015, khi ông hội đàm với …": the talks are of the time the clause before names
    if (!date && /^\s*khi\s/iu.test(text.slice(clauseStart, cue.start))) date = [...s.dates].reverse().find((d) => d.end <= clauseStart);
    if (!date && !OWN_DATE_ONLY.has(kind) && kind !== 'visit' && !planned && lead) {
      [date, inferred] = [lead, true];
      // "ngay sau chuyến thăm Triều Tiên, nơi ông hội đàm với …": an earlier event of the lead's month, not its day
      if (EARLIER_CLAUSE.test(text.slice(clauseStart, cue.start)) && /^\d{4}-\d{2}-\d{2}$/u.test(lead.date)) date = { ...lead, date: lead.date.slice(0, 7), endDate: undefined };
    } else if (!date && kind === 'visit' && !planned && lead && /^\d{4}-\d{2}/u.test(lead.date) && EARLIER_CLAUSE.test(text.slice(clauseStart, cue.start))) {
      // "ngay sau chuyến thăm Triều Tiên": a visit just before, in the lead's month
      [date, inferred] = [{ ...lead, date: lead.date.slice(0, 7), endDate: undefined }, true];
    }
    const place = placeFor(kind, text, s, cue, inSentence, cues);
    const title = /^\p{Lu}/u.test(cue.text) ? titleFrom(text, tokens, cue.first, cue.last) : undefined;
    const countries = new Set<string>();
    for (const r of roles) if (r.m.country) countries.add(r.m.country);
    if (place?.country) countries.add(place.country);
    if (title) for (const c of findCountries(title.text, 'vi')) countries.add(c.entity!.slice(8));
    const mm: MeetingMention = {
      kind,
      cue: { start: cue.start, end: cue.end, text: cue.text },
      evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
      participants: roles.map((r) => ({ mention: index.get(r.m)!, role: r.role })).filter((p, i, all) => all.findIndex((q) => q.mention === p.mention) === i),
      countries: [...countries].sort(),
      ...(date ? { date: date.date, ...(date.endDate ? { endDate: date.endDate } : {}), ...(inferred ? { dateInferred: true } : {}) } : {}),
      ...(place ? { place: placeSpan(place.m) } : {}),
      ...(title ? { title: title.text } : {}),
      ...(planned ? { planned: true } : {}),
    };
    out.push(mm);
    }
  }
  welcomeThenTalks(out, first);
  oneMeetingPerGroup(out, first);
  dropUnions(out, first);
}

/**
 * "Hôm nay, tiếp tục các hoạt động tiếp xúc song phương…, Thủ tướng đã có các cuộc gặp với A và B": a
 * meeting of one sentence whose people are exactly those of two or more of its other meetings is those
 * meetings named together, not one more.
 */
function dropUnions(out: MeetingMention[], from: number): void {
  for (let i = out.length - 1; i >= from; i--) {
    const a = out[i];
    if (!BILATERAL.has(a.kind) || a.participants.length < 3) continue;
    const people = new Set(a.participants.map((p) => p.mention));
    const parts = out.filter((b, k) => k >= from && k !== i && BILATERAL.has(b.kind) && b.participants.length >= 2 && b.participants.every((p) => people.has(p.mention)));
    const covered = new Set(parts.flatMap((b) => b.participants.map((p) => p.mention)));
    if (parts.length >= 2 && covered.size === people.size) out.splice(i, 1);
  }
}

/**
 * "X đã gặp người đồng cấp Y để hội đàm về …": two cues of one sentence about the same people are one
 * meeting, of the more specific kind, with the date and place either gives. Visits and named events
 * stay apart ("cuộc gặp bên lề Hội nghị thượng đỉnh G20" is a meeting at the summit).
 */
function oneMeetingPerGroup(out: MeetingMention[], from: number): void {
  const key = (m: MeetingMention) => m.participants.map((p) => p.mention).sort((a, b) => a - b).join(',');
  for (let i = out.length - 1; i > from; i--) {
    const a = out[i];
    if (!BILATERAL.has(a.kind) || a.participants.length < 2) continue;
    const j = out.findIndex((b, k) => k >= from && k < i && BILATERAL.has(b.kind) && key(b) === key(a));
    if (j < 0) continue;
    const b = out[j];
    const [keep, drop] = RANK.indexOf(a.kind) < RANK.indexOf(b.kind) ? [a, b] : [b, a];
    if (!keep.date && drop.date) Object.assign(keep, { date: drop.date, ...(drop.endDate ? { endDate: drop.endDate } : {}), ...(drop.dateInferred ? { dateInferred: true } : {}) });
    if (!keep.place && drop.place) keep.place = drop.place;
    if (keep.participants.every((p) => p.role === 'participant')) keep.participants = drop.participants;
    out[j] = keep;
    out.splice(i, 1);
  }
}

/**
 * "X chủ trì lễ đón chính thức Y…, sau đó hai nhà lãnh đạo đã hội đàm": the welcome ceremony opens the
 * talks X hosts, it is no reception of its own. A reception by "lễ đón" and talks of the same sentence
 * among the same people become the talks, with the reception's host.
 */
function welcomeThenTalks(out: MeetingMention[], from: number): void {
  for (let i = out.length - 1; i >= from; i--) {
    const r = out[i];
    if (r.kind !== 'reception' || r.cue.text.toLowerCase() !== 'lễ đón') continue;
    const host = r.participants.find((p) => p.role === 'host');
    const people = new Set(r.participants.map((p) => p.mention));
    const t = out.slice(from).find((m) => m.kind === 'talks' && m.participants.length > 0 && m.participants.every((p) => people.has(p.mention)));
    if (!host || !t) continue;
    t.participants = t.participants.map((p) => ({ ...p, role: p.mention === host.mention ? 'host' : 'guest' }));
    if (!t.place && r.place) t.place = r.place;
    out.splice(i, 1);
  }
}

/**
 * A named event's date and place in a sentence that names no participant ("Hội nghị Thượng đỉnh … (G7)
 * lần thứ 43 sẽ diễn ra trong các ngày 26-27/5 tới đây", "… tại Taormina"): kept without participants for
 * resolve to give to the meeting of the same event.
 */
function eventFacts(text: string, s: Sentence, cues: (Cue & { value: MeetingKind })[], inSentence: Mention[], out: MeetingMention[]): void {
  for (const cue of cues) {
    if (!OWN_DATE_ONLY.has(cue.value) || !/^\p{Lu}/u.test(cue.text)) continue;
    const title = titleFrom(text, s.tokens, cue.first, cue.last);
    if (!title) continue;
    const date = s.dates.find((d) => d.start >= cue.end);
    const place = placeFor(cue.value, text, s, cue, inSentence, cues);
    if (!date && !place) continue;
    const before = s.tokens.slice(Math.max(0, cue.first - 4), cue.first);
    out.push({
      kind: cue.value,
      cue: { start: cue.start, end: cue.end, text: cue.text },
      evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
      participants: [],
      countries: place?.country ? [place.country] : [],
      ...(date ? { date: date.date, ...(date.endDate ? { endDate: date.endDate } : {}) } : {}),
      ...(place ? { place: placeSpan(place.m) } : {}),
      title: title.text,
      ...(PLANNED.findAll(text, before).length > 0 ? { planned: true } : {}),
    });
  }
}

/** Is `at` inside square brackets opened in the sentence (from `from`)? Press pages link other articles so. */
function inBrackets(text: string, from: number, at: number): boolean {
  const open = lastIndexIn(text, '[', from, at + 1);
  return open >= 0 && lastIndexIn(text, ']', open, at + 1) < 0 && lastCloseOf(text) >= at;
}

// the last "]" of the text last asked about (inBrackets asks for every mention of a sentence)
let closeText: string | undefined;
let lastClose = -1;
function lastCloseOf(text: string): number {
  if (text !== closeText) [closeText, lastClose] = [text, text.lastIndexOf(']')];
  return lastClose;
}

/** A meeting's place as MeetingMention carries it: the mention's span, with its entity when known. */
function placeSpan(m: Mention): NonNullable<MeetingMention['place']> {
  return { start: m.start, end: m.end, text: m.text, ...(m.entity ? { entity: m.entity } : {}) };
}

/** The comma- or semicolon-separated clause of a sentence that holds offset `at`: [start, end). */
function clauseOf(text: string, s: SentenceSpan, at: number): [number, number] {
  const start = Math.max(s.start, lastIndexIn(text, ',', s.start, at) + 1, lastIndexIn(text, ';', s.start, at) + 1);
  const next = /[,;]/u.exec(text.slice(at, s.end));
  return [start, next ? at + next.index : s.end];
}

/**
 * Does a date of the sentence belong to this cue? One in the cue's own clause does; so does a free
 * time adverbial before the subject ("…, chiều 6/6, Thủ tướng đã tiếp …") for the main clause's
 * cues, but not for a cue in another opening clause ("Trong khuôn khổ chuyến thăm … và tham dự
 * Hội nghị …, chiều 6/6, Thủ tướng đã tiếp": the date is the reception's, not the conference's).
 */
function dateBelongs(text: string, s: SentenceSpan, d: DateExpr, cue: Cue, cues: Cue[], subject: number | undefined): boolean {
  // a date after a nearer cue is that cue's ("hội đàm … trong khuôn khổ chuyến thăm … từ ngày 29-31/5")
  if (d.start >= cue.end && cues.some((c) => c !== cue && c.start >= cue.end && c.end <= d.start)) return false;
  const [cs, ce] = clauseOf(text, s, cue.start);
  if (d.start >= cs && d.start < ce) return true;
  const [ds, de] = clauseOf(text, s, d.start);
  const free = !cues.some((c) => c.start >= ds && c.start < de);
  if (!free) return false;
  // a cue that opens the sentence before its subject keeps only the dates of its own clause
  if (subject !== undefined && cue.start < subject && d.start > cue.start) return false;
  return true;
}

/**
 * "Thủ tướng đã có các cuộc gặp với …": an office standing alone (or with its country only: "Tổng thống
 * Nga") names the one person of the article who holds it; "hai nhà lãnh đạo Nga và Mỹ" names the one leader of each country the
 * article has named. Returns stand-ins at the office's (or country's) position that index like that person.
 */
function bareTitles(text: string, s: Sentence, mentions: Mention[], index: Map<Mention, number>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const c = s.claims[i];
    if (c?.kind !== 'title' || (i > 0 && s.claims[i - 1] === c)) continue;
    let j = i;
    while (j < s.tokens.length && s.claims[j] === c) j++;
    const next = s.tokens[j];
    // "hai nhà lãnh đạo Nga và Mỹ": for each country, the one leader of it the article has named
    if (/^(?:nhà\s+)?lãnh đạo$/iu.test(c.text)) {
      for (let k = j; k < s.tokens.length; ) {
        const cc = s.claims[k];
        if (cc?.kind !== 'country') break;
        const leaders = mentions.filter((m) => m.kind === 'person' && m.end <= c.start && m.country === cc.code && m.title && LEADER_TITLES.has(m.title.toLowerCase()));
        const lastWords = new Set(leaders.map((m) => m.text.split(' ').pop()));
        if (leaders.length > 0 && lastWords.size === 1) {
          const antecedent = leaders.reduce((a, b) => (b.text.length > a.text.length ? b : a));
          // (at the country's own tokens: a claim's mention index need not be this list's)
          let e = k;
          while (e + 1 < s.tokens.length && s.claims[e + 1] === cc) e++;
          const proxy: Mention = { ...antecedent, start: s.tokens[k].start, end: s.tokens[e].end };
          index.set(proxy, index.get(antecedent)!);
          out.push(proxy);
        }
        while (k < s.tokens.length && s.claims[k] === cc) k++;
        if (k < s.tokens.length && (s.tokens[k].text === 'và' || s.tokens[k].text === ',')) k++;
      }
      continue;
    }
    // "Tổng thống Nga cũng có các cuộc hội kiến với …": an office and its country with no name after
    // them name the one holder of that office of that country the article has named
    let country: string | undefined;
    let end = c.end;
    const cc = next ? s.claims[j] : undefined;
    if (cc?.kind === 'country' && /^\s+$/u.test(text.slice(s.tokens[j - 1].end, next!.start))) {
      let k = j;
      while (k < s.tokens.length && s.claims[k] === cc) k++;
      const after = s.tokens[k];
      const named = after && /^\s+$/u.test(text.slice(s.tokens[k - 1].end, after.start)) && (s.claims[k] || isCapitalized(after.text));
      if (!named) [country, end] = [cc.code, s.tokens[k - 1].end];
    }
    // not bare: a name, a country or an organization follows ("Thủ tướng Nhật Bản Fumio Kishida"), or the
    // name comes a few words on ("Thống đốc tỉnh Kanagawa Kuroiwa Yuji")
    if (!country && next && (s.claims[j] || isCapitalized(next.text)) && /^\s+$/u.test(text.slice(s.tokens[j - 1].end, next.start))) continue;
    if (startingIn(mentions, c.end, c.end + 41).some((m) => m.kind === 'person' && NAME_GAP.test(text.slice(c.end, m.start)))) continue;
    // "cuộc bầu cử Tổng thống Mỹ", "người phát ngôn Thủ tướng": the office, not its holder
    if (OFFICE_NOT_HOLDER.test(text.slice(Math.max(s.start, c.start - 24), c.start))) continue;
    // the people whose office is this one (m.title === c.text or starts with it and a space), not former holders
    const holding = (titled(mentions).get(c.text) ?? []).filter((m) => !/^(cựu|nguyên)\s/u.test(m.title!) && (country === undefined || m.country === country));
    // the holder named before in this sentence, with the office written before the name ("Tại buổi tiếp
    // Thống đốc tỉnh Kanagawa Kuroiwa Yuji, … nỗ lực của Ngài Thống đốc"), else named before in the article;
    // when none is, the one named after ("Thủ tướng đã có các cuộc gặp …" opening the article)
    const here = within(mentions, s.start, c.start).filter((m) => m.kind === 'person' && text.slice(Math.max(s.start, m.start - 40), m.start).includes(c.text));
    const prior = holding.filter((m) => m.end <= c.start);
    const holders = here.length > 0 ? [here[here.length - 1]] : prior.length > 0 ? one(prior, country) : one(holding.filter((m) => m.start >= end), country);
    if (!holders) continue;
    const antecedent = holders.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const proxy: Mention = { ...antecedent, start: c.start, end };
    index.set(proxy, index.get(antecedent)!);
    out.push(proxy);
  }
  return out;
}

/** The index of the first of `sorted` (mentions by start, as extractVi sorts them) starting at or after `at`. */
function firstFrom(sorted: readonly Mention[], at: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions of `sorted` that start in [from, to). */
function startingIn(sorted: readonly Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let k = firstFrom(sorted, from); k < sorted.length && sorted[k].start < to; k++) out.push(sorted[k]);
  return out;
}

/** The mentions of `sorted` that lie in [from, to). */
function within(sorted: readonly Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let k = firstFrom(sorted, from); k < sorted.length && sorted[k].start <= to; k++) if (sorted[k].end <= to) out.push(sorted[k]);
  return out;
}

const titledOf = new WeakMap<readonly Mention[], Map<string, Mention[]>>();

/**
 * The people of a document by office, once per document: under their office and under each of its
 * beginnings that ends before a space ("Thủ tướng" and "Thủ tướng Nhật Bản" for "Thủ tướng Nhật Bản"),
 * in the order of `mentions`.
 */
function titled(mentions: readonly Mention[]): Map<string, Mention[]> {
  let byTitle = titledOf.get(mentions);
  if (byTitle) return byTitle;
  byTitle = new Map();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.title) continue;
    const t = m.title;
    for (let i = 1; i <= t.length; i++) {
      if (i < t.length && t[i] !== ' ') continue;
      const key = t.slice(0, i);
      const list = byTitle.get(key);
      if (list) list.push(m);
      else byTitle.set(key, [m]);
    }
  }
  titledOf.set(mentions, byTitle);
  return byTitle;
}

/**
 * The mentions of one person among those holding an office (by their last word), or undefined; an office
 * the press writes with no country is Vietnam's when Vietnam's holder is one person ("Thủ tướng" beside
 * "Thủ tướng Ấn Độ Narendra Modi").
 */
function one(holders: Mention[], country: string | undefined): Mention[] | undefined {
  const single = (hs: Mention[]) => hs.length > 0 && new Set(hs.map((m) => m.text.split(' ').pop())).size === 1;
  if (single(holders)) return holders;
  const vn = holders.filter((m) => m.country === 'VN');
  return country === undefined && single(vn) ? vn : undefined;
}

/**
 * "X tiếp/gặp lần lượt A, B và C": one person meeting three or more listed after the cue is that
 * many bilateral meetings, not one; two are already two after "các cuộc" or "lần lượt", or with "hội kiến".
 */
function splitListed(kind: MeetingKind, text: string, cue: Cue, roles: { m: Mention; role: Role }[]): { m: Mention; role: Role }[][] {
  // "có các cuộc hội kiến với A và B", "lần lượt tiếp A và B": two are already two meetings
  const plural = PLURAL_BEFORE.test(text.slice(Math.max(0, cue.start - 16), cue.start)) || /^\s+(?:với\s+)?lần lượt\s/u.test(text.slice(cue.end, cue.end + 16));
  // "các chuyến thăm … của A, B và C": a visit each
  if (kind === 'visit') return plural && roles.length > 1 ? roles.map((r) => [r]) : [roles];
  if (kind !== 'reception' && kind !== 'meeting' && kind !== 'talks') return [roles];
  const subjects = roles.filter((r) => r.m.end <= cue.start);
  const objects = roles.filter((r) => !subjects.includes(r));
  // "X hội kiến A và B": a courtesy call is paid on one leader at a time
  // (a royal or presidential couple is received together: "hội kiến Nhà vua Akihito và Hoàng hậu Michiko")
  const courtesy = /hội kiến$/iu.test(cue.text) && !objects.some((o) => CONSORT.test(text.slice(Math.max(0, o.m.start - 30), o.m.start)));
  if (subjects.length !== 1 || objects.length < (plural || courtesy ? 2 : 3)) return [roles];
  return objects.map((o) => [subjects[0], o]);
}

/** Between an office and its holder's name: names and place words only (" tỉnh Kanagawa "). */
const NAME_GAP = /^(?:\s+(?:\p{Lu}[\p{L}-]*|tỉnh|thành phố|bang|quận|huyện|thủ đô|vùng|khu vực))*\s+$/u;
const CONSORT = /(?:Hoàng hậu|Hoàng thái hậu|Vương hậu|Phu nhân|phu nhân|Phu quân)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
const PLURAL_BEFORE = /(?:^|\s)(?:(?:các|những)\s+(?:cuộc\s+|buổi\s+)?|lần lượt\s+)$/iu;

type Cue = { start: number; end: number; text: string; first: number; last: number };

function participantsFor(kind: MeetingKind, text: string, s: Sentence, cue: Cue, people: Mention[], cues: Cue[] = [cue]): { m: Mention; role: Role }[] {
  // "X cho biết hai nhà lãnh đạo đã gặp nhau": X reports the meeting, X is not in it
  const speaking = (m: Mention) => {
    if (m.end > cue.start) return false;
    const said = SPEECH.exec(text.slice(m.end, cue.start));
    if (!said) return false;
    // "X khẳng định sẽ thăm": X is the subject; "X cho biết hai nhà lãnh đạo đã gặp": X only reports
    const rest = text.slice(m.end + said.index + said[0].length, cue.start);
    const reported = /^[\s,:]*(?:rằng\s+)?(?:các\s+|những\s+)?(?:cuộc|chuyến|buổi|vòng|kỳ|phiên|hội nghị)/iu.test(text.slice(m.end + said.index + said[0].length, cue.end));
    // (a capitalised word between says another subject speaks of it, unless it is a place: "sẽ thăm VN và tham dự")
    return reported || OTHER_SUBJECT.test(rest) || /\p{Lu}/u.test(rest.replace(PLACE_NAMES, '')) || people.some((p) => p.start >= m.end + said.index + said[0].length && p.end <= cue.start);
  };
  const PLACE_NAMES = placeNames(text, s, cue.start);
  // "Thay mặt Chủ tịch nước X, Thủ tướng mời …", "theo lời mời của Tổng Bí thư X": X is not there
  people = people.filter((m) => !ON_BEHALF.test(text.slice(Math.max(s.start, m.start - 45), m.start)));
  const before = people.filter((m) => m.end <= cue.start && !speaking(m));
  const after = people.filter((m) => m.start >= cue.end);
  people = people.filter((m) => !speaking(m));
  const as = (list: Mention[], role: Role) => list.map((m) => ({ m, role }));
  let result: { m: Mention; role: Role }[];
  if (kind === 'reception') {
    if (before.length === 0 || cue.first <= 2) {
      // "Tại buổi tiếp Y, X nhấn mạnh": guests up to the comma, the host after it;
      // "Ra đón Y tại Z có A, B": the welcoming party after "có"
      const co = /\scó\s/u.exec(text.slice(cue.end, s.end));
      const comma = indexIn(text, ',', cue.end, s.end);
      const cut = co ? cue.end + co.index : comma >= 0 && comma < s.end ? comma : s.end;
      const guests = after.filter((m) => m.end <= cut);
      const hosts = after.filter((m) => m.start > cut);
      result = hosts.length > 0 ? [...as(hosts.slice(0, 1), 'host'), ...as(guests, 'guest'), ...as(co ? hosts.slice(1) : [], 'participant')] : as(guests, 'participant');
    } else {
      // "X tiếp Y"; passive "Y được X tiếp"
      const host = before[before.length - 1];
      const passive = /(?:^|\s)được(?:\s|$)/u.test(text.slice(host.end, cue.start));
      // "cảm ơn Thủ tướng đã dành thời gian tiếp;": no one received after the cue, no roles to tell
      const clauseEnd = /[;.]/u.exec(text.slice(cue.end, s.end));
      const received = after.filter((m) => !clauseEnd || m.start < cue.end + clauseEnd.index);
      if (!passive && received.length === 0) return [];
      result = passive ? [...as(before, 'guest'), ...as(after.slice(0, 1), 'host')] : [...as([host], 'host'), ...as(after, 'guest')];
    }
  } else if (kind === 'visit') {
    // the visitor is the subject before the cue, or the owner in "chuyến thăm X của Y"
    // "chuyến thăm Nhật Bản của Thủ tướng X": the owner is the visitor, whoever speaks before
    const of = /^[^,;.]{0,40}?\s+của\s+/u.exec(text.slice(cue.end, s.end));
    const owners = of ? after.filter((m) => m.start >= cue.end + of.index).slice(0, 1) : [];
    // "các chuyến thăm Hàn Quốc của A, B và C": each listed owner made a visit
    if (owners.length === 1 && PLURAL_BEFORE.test(text.slice(Math.max(0, cue.start - 16), cue.start))) {
      for (const m of after) {
        const last = owners[owners.length - 1];
        if (m.start <= last.start) continue;
        if (!/^\s*(?:,|và)\s/u.test(text.slice(last.end, m.start)) || m.start - last.end > 60) break;
        owners.push(m);
      }
      if (owners.length > 1) return owners.map((m) => [{ m, role: 'participant' as Role }]).flat();
    }
    // "X hội đàm với Y trong khuôn khổ chuyến thăm …": Y, the object of "với", is not the visitor
    const visitors = before.filter((m, k) => !/(?:^|\s)với\s+(?:[\p{L}]+\s+){0,6}$/u.test(text.slice(k > 0 ? before[k - 1].end : s.start, m.start)));
    // "X sẽ hội kiến A và B, trước khi lên đường thăm Lào": the visit is the sentence's subject's
    if (before.length > 1 && /(?:trước|sau)\s+khi\s/u.test(text.slice(before[before.length - 1].end, cue.start))) {
      return as([before[0]], 'participant');
    }
    const pool = visitors.length > 0 ? visitors : before;
    result = as(owners.length > 0 ? owners : pool.length > 0 ? subjects(text, s, pool) : after.slice(0, 1), 'participant');
  } else if (kind === 'summit' || kind === 'conference' || kind === 'consultation' || kind === 'session') {
    const attendees = /^[^.;]{0,200}?(?:với sự tham dự của|có sự tham gia của|quy tụ|gồm)/u.test(text.slice(cue.end, s.end));
    // "… dưới sự chủ trì của Chủ tịch nước X, với sự tham dự của A, B và C": X hosts, A, B and C attend
    const chair = /^[^.;]{0,120}?dưới sự chủ trì của\s/u.exec(text.slice(cue.end, s.end));
    if (before.length === 0 && attendees && chair) {
      const at = cue.end + chair.index + chair[0].length;
      const host = after.find((m) => m.start >= at);
      if (host) return [{ m: host, role: 'host' as Role }, ...as(after.filter((m) => m !== host && m.start > host.end), 'participant')];
    }
    // "Tại cuộc gặp giữa X và Y, ông Y khẳng định sẽ … tham dự hội nghị APEC": the attendees are in the
    // cue's own clause when it names any, not in an opening clause about another meeting
    const clauseStart = Math.max(s.start, lastIndexIn(text, ',', s.start, cue.start + 1) + 1, lastIndexIn(text, ';', s.start, cue.start + 1) + 1);
    const own = before.filter((m) => m.start >= clauseStart);
    const openingMeets = own.length > 0 && own.length < before.length && CUES.findAll(text, s.tokens.filter((t) => t.start >= s.start && t.end <= clauseStart)).length > 0;
    // "X mời Y tham dự Hội nghị …": Y is invited to attend, X only invites
    const invite = /(?:^|\s)(?:mời|đón)\s/u.exec(text.slice(clauseStart, cue.start));
    const invited = invite ? before.filter((m) => m.start > clauseStart + invite.index) : [];
    result = as(invited.length > 0 ? invited : before.length > 0 ? (openingMeets ? own : before) : attendees ? after : after.slice(0, 1), 'participant');
  } else {
    // "Vài ngày sau cuộc hội đàm với phía Mỹ ở Alaska, Ngoại trưởng Vương Nghị đã tiếp đón Ngoại trưởng Lavrov":
    // talks in an opening clause with no one named are the main subject's, not those he meets next
    const comma = indexIn(text, ',', cue.end, s.end);
    // (only an earlier or later event: "sau/trước cuộc hội đàm"; "Tại cuộc hội đàm, X chào mừng Y" is the talks themselves)
    const opening = comma >= 0 && comma < s.end && !people.some((m) => m.start < comma) && cues.some((c) => c.start > comma) &&
      /(?:^|\s)(?:sau|trước)(?:\s+\S+){0,3}\s*$/iu.test(text.slice(s.start, cue.start));
    if (opening) {
      const main = people.filter((m) => m.start > comma);
      const nextCue = cues.find((c) => c.start > comma)!;
      const subjectsOf = main.filter((m) => m.end <= nextCue.start);
      result = as(subjectsOf.length > 0 ? subjects(text, s, subjectsOf) : main.slice(0, 1), 'participant');
    } else result = as(people, 'participant');
  }
  const seen = new Set<string>();
  return result.filter((r) => !seen.has(r.m.text) && (seen.add(r.m.text), true));
}

/** A pattern matching the places and countries before `at` that someone goes to or is in, with the verb or preposition. */
function placeNames(text: string, s: Sentence, at: number): RegExp {
  const found: string[] = [];
  for (let i = 0; i < s.tokens.length && s.tokens[i].start < at; i++) {
    const c = s.claims[i];
    if (!c || (c.kind !== 'country' && c.kind !== 'location')) continue;
    // the tokens of one name share their claim: "Hoa Kỳ" is one name
    let j = i + 1;
    while (j < s.tokens.length && s.claims[j] === c) j++;
    found.push(text.slice(s.tokens[i].start, s.tokens[j - 1].end));
    i = j - 1;
  }
  // only where the place is where someone goes or is ("sẽ thăm VN"); "Mỹ và Nga đang …" are subjects
  const names = found.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return found.length ? new RegExp(`(?:thăm|tới|đến|sang|tại|ở)(?:\\s+\\p{Ll}+){0,2}\\s+(?:${names})`, 'gu') : /(?!)/gu;
}

const OFFICE_NOT_HOLDER = /(?:bầu cử|tranh cử|ứng cử viên|ứng viên|chức|ghế|cương vị|vị trí|nhiệm kỳ|phát ngôn viên|người phát ngôn|cố vấn|trợ lý|phu nhân|chính quyền|nội các|văn phòng|dinh)\s+$/iu;
const EARLIER_CLAUSE = /^\s*(?:ngay\s+)?(?:sau|trước)\s|^\s*nơi\s/iu;
const ON_BEHALF = /(?:^|[^\p{L}])(?:thay mặt|lời mời của)\s+(?:\p{L}+\s+){0,4}$/iu;
const SPEECH = /^[^,;:]*?(?:\s|^)(?:cho biết|cho hay|nói|cho rằng|khẳng định|nhấn mạnh|tuyên bố|phát biểu|thông báo|nêu rõ|xác nhận|tiết lộ|bày tỏ|chia sẻ|viết|dẫn lời)(?:\s|,|:|$)/u;
const OTHER_SUBJECT = /(?:hai|các|những|ba)\s+(?:nhà lãnh đạo|lãnh đạo|bên|ông|bà|nước|vị|quan chức|ngoại trưởng|bộ trưởng|tổng thống|thủ tướng)|phía|đoàn|cuộc/iu;
const JOINERS = new Set(['và', 'cùng', 'với', 'cùng với']);
/** The last person before the cue, with those joined to it ("Nhà Vua Akihito và Hoàng hậu Michiko"). */
function subjects(text: string, s: Sentence, before: Mention[]): Mention[] {
  const out = [before[before.length - 1]];
  for (let k = before.length - 2; k >= 0; k--) {
    const gapTokens = s.tokens.filter((t) => t.start >= before[k].end && t.end <= out[0].start);
    const joined = gapTokens.some((t) => JOINERS.has(t.text)) && gapTokens.every((t, i) => {
      const c = s.claims[s.tokens.indexOf(t)];
      return JOINERS.has(t.text) || (c && c.kind !== 'person');
    });
    if (!joined || /[.;:]/u.test(text.slice(before[k].end, out[0].start))) break;
    out.unshift(before[k]);
  }
  return out;
}

function placeFor(kind: MeetingKind, text: string, s: Sentence, cue: Cue, inSentence: Mention[], cues: Cue[] = [cue]): { m: Mention; country?: string } | undefined {
  const places = inSentence.filter((m) => m.kind === 'location' || m.kind === 'country');
  const withCountry = (m: Mention) => ({ m, country: m.kind === 'country' ? m.entity!.slice(8) : m.country });
  if (kind === 'visit') {
    // "chuyến thăm Trung Quốc", "thăm chính thức Việt Nam"
    const next = places.find((m) => m.start >= cue.end && m.start - cue.end <= 25 && /^[\s\p{Ll}]*$/u.test(text.slice(cue.end, m.start)));
    if (next) return withCountry(next);
  }
  // "tại (thủ đô) Bắc Kinh", "ở Hamburg", in the cue's own clause: in "Sau cuộc hội đàm ở Alaska,
  // X tiếp Y" Alaska is the talks' place, not the reception's
  const clauseStart = Math.max(s.start, lastIndexIn(text, ',', s.start, cue.start + 1) + 1, lastIndexIn(text, ';', s.start, cue.start + 1) + 1);
  const firstPerson = inSentence.find((m) => m.kind === 'person')?.start;
  const nextStop = /[,;]/u.exec(text.slice(cue.end, s.end));
  const clauseEnd = nextStop ? cue.end + nextStop.index : s.end;
  // "sẽ tới Nhà Trắng để gặp Tổng thống Trump", "sẽ tới thành phố Xanh Pê-téc-bua để tham dự Diễn đàn …":
  // going to a place to meet there
  const goesTo = (m: Mention): boolean => m.end <= cue.start &&
    /(?:^|\s)(?:tới|đến|sang)\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(Math.max(s.start, m.start - 30), m.start)) &&
    /^\s+để\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(m.end, cue.start));
  const located = places.filter((m) => {
    const pre = text.slice(Math.max(s.start, m.start - 30), m.start);
    // an opening adverbial ("Chiều 1/3, tại Phủ Chủ tịch, X hội đàm …") places the whole sentence
    // … unless the opening holds a meeting of its own ("Sau cuộc hội đàm ở Alaska, X tiếp Y")
    // … and only an adverbial clause of its own (", tại Phủ Chủ tịch,"), not a main clause about something else
    // ("Chuyến bay … khởi hành từ căn cứ ở bang California, sau cuộc hội đàm giữa …")
    const ownClause = text.slice(Math.max(s.start, lastIndexIn(text, ',', s.start, m.start + 1) + 1), m.start);
    const opening = (firstPerson === undefined || m.end <= firstPerson) && /^\s*(?:tại|ở)\s/iu.test(ownClause) &&
      !cues.some((c) => c !== cue && c.start < m.start && c.start < (firstPerson ?? s.end));
    const inClause = (m.start >= clauseStart && m.start <= clauseEnd) || opening;
    return goesTo(m) || (inClause && /(?:^|\s)(?:tại|ở|Tại|Ở)\s+(?:[\p{Ll}]+\s+){0,3}$/u.test(pre));
  });
  if (OWN_DATE_ONLY.has(kind)) {
    const afterCue = located.find((m) => m.start >= cue.end) ?? located.find(goesTo);
    return afterCue ? withCountry(afterCue) : undefined;
  }
  const ordered = [...located.filter((m) => m.start >= cue.end), ...located.filter((m) => m.start < cue.end)];
  const best = ordered.find((m) => m.kind === 'location') ?? ordered[0];
  return best ? withCountry(best) : undefined;
}

function titleFrom(text: string, tokens: Token[], first: number, last: number): { text: string } | undefined {
  let j = last;
  while (j < tokens.length) {
    const gap = gapAt(text, tokens, j);
    if (!/^(?:\s+|\s*[-–()]\s*|\)\s+|\s+\()$/u.test(gap)) break;
    const w = tokens[j].text;
    if (w === 'lần' || w === 'thứ') {
      // "lần thứ 15", "thứ 6": include the ordinal and stop after "lần thứ N"
      let k = j;
      if (tokens[k].text === 'lần') k++;
      if (k < tokens.length && tokens[k].text === 'thứ') k++;
      if (k < tokens.length && /^\d+$|^\p{Lu}+$/u.test(tokens[k].text)) {
        const stop = w === 'lần';
        j = k + 1;
        if (stop) break;
        continue;
      }
      break;
    }
    if (STOP_WORDS.has(w)) break;
    j++;
  }
  if (j === last) return undefined;
  // "Hội nghị thượng đỉnh Nhóm các nền kinh tế … và mới nổi hàng đầu thế giới (G20)": the name runs to its acronym
  const rest = text.slice(tokens[j - 1].end, Math.min(text.length, tokens[j - 1].end + 120));
  const acronym = /^[^,.;:()]*?\((\p{Lu}[\p{Lu}\d-]{1,9})\)/u.exec(rest);
  if (acronym) return { text: text.slice(tokens[first].start, tokens[j - 1].end + acronym[0].length) };
  let end = tokens[j - 1].end;
  if (text[end] === ')' && text.slice(tokens[first].start, end).includes('(')) end++;
  return { text: text.slice(tokens[first].start, end) };
}
