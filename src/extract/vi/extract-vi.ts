// Vietnamese extraction: people with their offices, countries, places, organizations and meetings.
// Pure: a document in, mentions and meetings with offsets out. Mentions first (mentions-vi.ts),
// then the names that repeat an accepted one, then meetings (meetings-vi.ts).

import type { Doc, Extraction, MeetingMention, Mention } from '../../types.js';
import { splitSentences } from '../sentences.js';
import { sportsReport } from '../teams.js';
import { tokenize } from '../tokenize.js';
import { findDatesVi } from './dates-vi.js';
import { findMeetings, leadDate } from './meetings-vi.js';
import { addPerson, claimSentence, describePeople, type PersonSpans } from './mentions-vi.js';
import { SPORTS_WORDS } from './lexicon-vi.js';
import type { Sentence } from './sentence-vi.js';

export type { PersonSpans } from './mentions-vi.js';

export function extractVi(doc: Doc, personSpans: PersonSpans = []): Extraction {
  const text = doc.text;
  const mentions: Mention[] = [];
  // without a date line, a full date written in the article ("16/5/2017") gives the year of the others
  const anchor = doc.date ?? /(?<![\d/])\d{1,2}\/\d{1,2}\/((?:19|20)\d{2})(?![\d/])/u.exec(text)?.[1];
  // each field named, not `...s`: a spread object given more fields took a slow path, ~3 µs a sentence
  const sentences: Sentence[] = splitSentences(text, doc.bodyStart).map(({ start, end }) => {
    const tokens = tokenize(text, start, end);
    return { start, end, tokens, claims: new Array(tokens.length), pending: [], dates: findDatesVi(text, start, end, anchor) };
  });
  const accepted = new Set<string>(); // accepted person names, and their word suffixes

  const sports = sportsReport(text, SPORTS_WORDS);
  for (const s of sentences) claimSentence(text, s, mentions, accepted, personSpans, sports);
  for (const s of sentences) describePeople(text, s, mentions);
  // second pass: candidates that repeat an accepted name ("Patrushev" after "N.P. Patrushev")
  for (const s of sentences) {
    for (const p of s.pending) {
      const name = text.slice(s.tokens[p.first].start, s.tokens[p.last - 1].end);
      if (accepted.has(name)) addPerson(text, s, p.first, p.last, mentions, accepted);
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const index = new Map(mentions.map((m, i) => [m, i]));
  const meetings: MeetingMention[] = [];
  const lead = leadDate(text, sentences);
  for (const s of sentences) findMeetings(text, s, mentions, index, meetings, lead);
  return {
    doc: doc.id,
    lang: 'vi',
    ...(doc.date ? { date: doc.date } : {}),
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    mentions,
    meetings,
  };
}
