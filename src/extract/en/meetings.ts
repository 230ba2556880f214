// Meetings in English sentences, from cue words (lexicons/en/cues.json): "met", "held talks",
// "received", "visited", "telephoned", "summit"... Participants are the people of the sentence
// (not the one who only reports it: "Maki said ..."); who received whom gives host and guest;
// the date is resolved against the date line; the place is the location or country after "in",
// "at" or "to".

import type { MeetingKind, MeetingMention, Mention, Role } from '../../types.js';
import cuesData from '../../lexicons/en/cues.json' with { type: 'json' };
import { BILATERAL, EVENTS, RANK } from '../meeting-kinds.js';
import { resolveDateEn } from './dates.js';
import type { Range } from './sentences.js';

interface Cue {
  words: string[];
  kind: MeetingKind;
  subjectRole?: 'host' | 'guest';
}
const CUES: Cue[] = cuesData.cues
  .map((c) => ({ words: c.phrase.split(' '), kind: c.kind as MeetingKind, subjectRole: c.subjectRole as Cue['subjectRole'] }))
  .sort((a, b) => b.words.length - a.words.length);
const NOT_MEETINGS = cuesData.notMeetings.map((p) => p.split(' '));
const PLANNED_BEFORE = cuesData.plannedBefore.map((p) => p.split(' '));

const SPEECH = /^(?:said|says|told|added|quoted|reported|announced|confirmed|according)$/;
/** What follows the reporter at the end of a sentence: an optional appositive, then "said" and the end. */
const REPORTER_AFTER = /^(?:,[^,.;]{1,120},)?\s+(?:said|says|added)\s*[.!]?\s*$/u;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

interface W {
  start: number;
  end: number;
  lower: string;
}

function wordsOf(text: string, r: Range): W[] {
  const out: W[] = [];
  WORD.lastIndex = r.start;
  for (let m = WORD.exec(text); m && m.index < r.end; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() });
  }
  return out;
}

function matchAt(ws: W[], i: number, phrase: string[]): boolean {
  return phrase.every((p, k) => ws[i + k]?.lower === p);
}

interface Found {
  cue: Cue;
  first: number;
  last: number;
}

/** Meetings stated by one sentence; `mentions` are the document's, indexes refer to them. */
export function findMeetingsEn(text: string, sentence: Range, mentions: Mention[], docDate?: string): MeetingMention[] {
  const ws = wordsOf(text, sentence);
  const found: Found[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (NOT_MEETINGS.some((p) => matchAt(ws, i, p) || (i > 0 && matchAt(ws, i - 1, p)))) {
      i += 1;
      continue;
    }
    const cue = CUES.find((c) => matchAt(ws, i, c.words));
    if (!cue) continue;
    // "invited him to visit Vietnam", "could meet", "offered talks": not a meeting held or announced
    if (ws.slice(Math.max(0, i - 4), i).some((w) => HYPOTHETICAL.has(w.lower))) {
      i += cue.words.length - 1;
      continue;
    }
    // "meeting" as a participle of a noun ("the meeting point") is still a meeting; "visit" as a
    // noun needs a visitor: kept, participants decide below
    found.push({ cue, first: i, last: i + cue.words.length });
    i += cue.words.length - 1;
  }
  if (found.length === 0) return [];
  // "The two-day summit, hosted by Japanese Prime Minister Shinzo Abe, …": the event's host, not a reception
  const hostedBy = found.find((f) => f.cue.kind === 'reception' && ws[f.first].lower === 'hosted' && ws[f.last]?.lower === 'by');
  const event = found.find((f) => EVENTS.has(f.cue.kind));
  if (hostedBy && event) found.splice(found.indexOf(hostedBy), 1);
  const hostAfter = hostedBy && event ? ws[hostedBy.last].end : undefined;

  const inSentence = (m: Mention) => m.start >= sentence.start && m.end <= sentence.end;
  const people: number[] = [];
  mentions.forEach((m, k) => {
    if (m.kind === 'person' && inSentence(m)) people.push(k);
  });
  // "The two leaders spoke by telephone": the two people the sentence before named
  const anaphoric = new Set<number>();
  if (people.length === 0 && TWO_LEADERS.test(text.slice(sentence.start, sentence.end))) {
    for (const k of twoBefore(mentions, sentence.start)) {
      people.push(k);
      anaphoric.add(k);
    }
  }
  if (people.length === 0) return [];
  // the reporter of the sentence ("Maki said the U.S. and Japan will meet") takes no part
  const firstCue = ws[found[0].first].start;
  const speakers = new Set(people.filter((k) => {
    const m = mentions[k];
    // "…, Willy de Clercq, external relations commissioner of the EC, said.": the reporter, wherever they stand
    if (REPORTER_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 160)))) return true;
    if (m.end > firstCue) return false;
    const after = ws.find((w) => w.start >= m.end);
    return after !== undefined && SPEECH.test(after.lower);
  }));
  const participantsOf = (cue: Found): { mention: number; role: Role }[] => {
    const at = ws[cue.first].start;
    const [clauseStart, clauseEnd] = clauseAround(text, sentence, at);
    const out: { mention: number; role: Role }[] = [];
    const seen = new Set<string>();
    for (const k of people) {
      if (speakers.has(k)) continue;
      if (!anaphoric.has(k) && (mentions[k].start < clauseStart || mentions[k].start >= clauseEnd)) continue;
      const key = mentions[k].text;
      if (seen.has(key)) continue;
      seen.add(key);
      let role: Role = 'participant';
      if (hostAfter !== undefined && EVENTS.has(cue.cue.kind) && mentions[k].start >= hostAfter && !out.some((p) => p.role === 'host')) role = 'host';
      if (cue.cue.subjectRole && cue.cue.kind === 'reception') {
        const before = mentions[k].end <= at;
        role = cue.cue.subjectRole === 'host' ? (before ? 'host' : 'guest') : before ? 'guest' : 'host';
      }
      out.push({ mention: k, role });
    }
    return out;
  };

  const countries = [...new Set(
    mentions.filter((m) => inSentence(m) && (m.kind === 'country' || m.kind === 'person'))
      .map((m) => (m.kind === 'country' ? m.entity?.slice('country:'.length) : m.country))
      .filter((c): c is string => !!c),
  )].sort();

  const visits = found.filter((f) => f.cue.kind === 'visit');
  // a summit or conference beside a meeting of some of its people is where they met ("meeting on the
  // sidelines of the Group of 20 summit", "talks … since their Helsinki summit"): the meeting is reported
  const bilateral = found.filter((f) => BILATERAL.has(f.cue.kind));
  const others = bilateral.length > 0 ? bilateral : found.filter((f) => f.cue.kind !== 'visit');
  const groups: Found[][] = [];
  // cues in different clauses are different meetings ("Trong received Blinken …, weeks after the leader
  // spoke by telephone with President Joe Biden")
  const byClause = new Map<number, Found[]>();
  for (const f of others) {
    const [start] = clauseAround(text, sentence, ws[f.first].start);
    byClause.set(start, [...(byClause.get(start) ?? []), f]);
  }
  for (const g of byClause.values()) groups.push(g);
  // a visit is its own meeting, beside what happens during it
  if (visits.length) groups.push(visits);
  const evidence = { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) };
  const out: MeetingMention[] = [];
  for (const g of groups) {
    const main = g.reduce((a, b) => (RANK.indexOf(b.cue.kind) < RANK.indexOf(a.cue.kind) ? b : a));
    const participants = participantsOf(main);
    if (participants.length === 0) continue;
    // "Viacom receives two revised offers", "it received an order from Credit Lyonnais": a reception receives someone
    if (main.cue.kind === 'reception' && !participants.some((p) => p.role === 'guest')) continue;
    const planned = isPlanned(ws, main.first);
    const cueStart = ws[main.first].start;
    const cueEnd = ws[main.last - 1].end;
    const m: MeetingMention = {
      kind: main.cue.kind,
      cue: { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
      evidence,
      participants,
      countries,
    };
    const [clauseStart, clauseEnd] = clauseAround(text, sentence, cueStart);
    // "…, weeks after the leader spoke by telephone with …": an earlier event is dated only by its own clause
    const clause = text.slice(clauseStart, clauseEnd);
    const earlier = g !== groups[0] && EARLIER.test(clause);
    // ("… since Russia launched its operation on Feb. 24": a time after "since" is not the meeting's)
    let d = earlier ? resolveDateEn(clause, docDate, planned) : resolveDateEn(evidence.text.replace(SINCE, ''), docDate, planned);
    // "The two leaders spoke by telephone": undated, it is the day the sentence naming them gives
    if (anaphoric.size > 0 && d.date === resolveDateEn('', docDate).date) {
      const from = Math.min(...[...anaphoric].map((k) => mentions[k].start));
      const start = Math.max(text.lastIndexOf('\n', from), text.lastIndexOf('. ', from)) + 1;
      d = resolveDateEn(text.slice(start, sentence.start).replace(SINCE, ''), docDate, planned);
    }
    if (d.date && !(earlier && d.date === resolveDateEn('', docDate).date)) {
      m.date = d.date;
      if (d.endDate) m.endDate = d.endDate;
    }
    // a place in the cue's clause; a city says more than its country ("in Frankfurt, West Germany")
    // after the cue first ("a conference … held in New Zealand"), then before it; a call has none
    const place = main.cue.kind === 'call' ? undefined : placeOf(text, { start: cueEnd, end: clauseEnd }, mentions) ?? placeOf(text, { start: clauseStart, end: clauseEnd }, mentions);
    if (place) m.place = place;
    if (planned) m.planned = true;
    const title = titleOf(mentions, sentence);
    if (title) m.title = title;
    out.push(m);
    // "talks with Putin since their Helsinki summit in July 2018": an earlier event of the same people
    if (g === groups[0] && bilateral.length > 0) {
      for (const f of found) {
        if (!EVENTS.has(f.cue.kind) || !ws.slice(Math.max(0, f.first - 3), f.first).some((w) => w.lower === 'their')) continue;
        const at = ws[f.first].start;
        const end = ws[f.last - 1].end;
        const d2 = resolveDateEn(text.slice(end, sentence.end), docDate, false);
        const before = mentions.find((o) => (o.kind === 'location' || o.kind === 'country') && o.end < at && at - o.end <= 1);
        const where = before ? { start: before.start, end: before.end, text: before.text, ...(before.entity ? { entity: before.entity } : {}) } : placeOf(text, { start: end, end: sentence.end }, mentions);
        out.push({
          kind: f.cue.kind,
          cue: { start: at, end, text: text.slice(at, end) },
          evidence,
          participants,
          countries,
          ...(d2.date ? { date: d2.date } : {}),
          ...(where ? { place: where } : {}),
        });
      }
    }
  }
  return out;
}


const HYPOTHETICAL = new Set(['invited', 'invite', 'invites', 'inviting', 'invitation', 'could', 'might', 'if', 'offered', 'proposed', 'refused', 'declined', 'cancelled', 'canceled', 'postponed', 'not']);

const TWO_LEADERS = /\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|prime ministers|ministers|foreign ministers)\b/iu;
const SINCE = /\bsince\b[^,;]*/giu;

/** The two people (by their last word) named in the 600 characters before `at`, or none. */
function twoBefore(mentions: Mention[], at: number): number[] {
  const last = new Map<string, number>();
  mentions.forEach((m, k) => {
    if (m.kind === 'person' && m.end <= at && at - m.end <= 600) last.set(m.text.split(' ').pop()!, k);
  });
  return last.size === 2 ? [...last.values()] : [];
}

const EARLIER = /^[,;]?\s*(?:\w+\s+){0,2}(?:after|before|since)\b/iu;

/** "…, weeks after the leader spoke by telephone with Biden": a subordinate clause holds other people. */
const CLAUSE_BREAK = /,\s+(?:\w+\s+){0,2}(?:after|before|since|while|whereas)\b|;/giu;
function clauseAround(text: string, sentence: Range, at: number): [number, number] {
  let start = sentence.start;
  let end = sentence.end;
  const body = text.slice(sentence.start, sentence.end);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    const pos = sentence.start + m.index;
    if (pos < at) start = pos;
    else {
      end = pos;
      break;
    }
  }
  return [start, end];
}

function isPlanned(ws: W[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) {
    if (PLANNED_BEFORE.some((p) => matchAt(ws, k, p) && k + p.length <= i)) return true;
  }
  return false;
}

/** The first location or country the sentence puts the meeting in: "in Beijing", "at the Kremlin",
 * "visit to Japan". */
function placeOf(text: string, sentence: Range, mentions: Mention[]): (MeetingMention['place']) | undefined {
  for (const m of mentions) {
    if (m.start < sentence.start || m.end > sentence.end) continue;
    if (m.kind !== 'location' && m.kind !== 'country') continue;
    // (the preposition may end the cue itself: "trip to", "on his way to")
    const before = text.slice(Math.max(0, m.start - 16), m.start);
    if (!/\b(?:in|at|to|visit|visits|visited|visiting)\s+(?:the\s+)?$/iu.test(before)) continue;
    // "to visit Scandinavia and Belgium": several places, none is the meeting's
    const next = mentions.find((o) => o.start > m.end && (o.kind === 'location' || o.kind === 'country'));
    if (next && /^,?\s*and\s*$/u.test(text.slice(m.end, next.start))) return undefined;
    const p: NonNullable<MeetingMention['place']> = { start: m.start, end: m.end, text: m.text };
    if (m.entity) p.entity = m.entity;
    return p;
  }
  return undefined;
}

/** A meeting's own name written in the sentence: "the G-7 Summit", "the Asia-Pacific Economic Cooperation forum". */
function titleOf(mentions: Mention[], sentence: Range): string | undefined {
  for (const m of mentions) {
    if (m.start < sentence.start || m.end > sentence.end || m.kind !== 'organization') continue;
    if (/\b(?:Summit|Conference|Forum|Dialogue|Consultations?|Session|Talks)$/u.test(m.text)) return m.text;
  }
  return undefined;
}

const ANAPHOR = /\b(?:the|this|that)\s+(?:meeting|talks|visit|summit|session|call|conversation|encounter)\b/iu;

/**
 * "The Treasury described the meeting as … in Frankfurt": a sentence that names no one but refers
 * back to "the meeting" adds its place (a city over a country) and its date to the meeting just
 * reported. Returns that report, or undefined.
 */
export function anaphoricMeetingEn(text: string, sentence: Range, mentions: Mention[], previous: MeetingMention): MeetingMention | undefined {
  const body = text.slice(sentence.start, sentence.end);
  const ref = ANAPHOR.exec(body);
  if (!ref) return undefined;
  if (mentions.some((m) => m.kind === 'person' && m.start >= sentence.start && m.end <= sentence.end)) return undefined;
  const inSentence = mentions.filter((m) => m.start >= sentence.start + ref.index && m.end <= sentence.end);
  const places = inSentence.filter((m) => (m.kind === 'location' || m.kind === 'country') && /\b(?:in|at)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(sentence.start, m.start - 8), m.start)));
  const place = places.find((m) => m.kind === 'location') ?? places[0];
  const d = resolveDateEn(body, undefined, false);
  if (!place && !d.date) return undefined;
  const out: MeetingMention = {
    ...previous,
    cue: { start: sentence.start + ref.index, end: sentence.start + ref.index + ref[0].length, text: ref[0] },
    evidence: { start: sentence.start, end: sentence.end, text: body },
  };
  if (place) out.place = { start: place.start, end: place.end, text: place.text, ...(place.entity ? { entity: place.entity } : {}) };
  return out;
}
