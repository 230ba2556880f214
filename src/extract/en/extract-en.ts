// English extraction (pure): sentences, named mentions with exact offsets, and meetings.

import type { Doc, Extraction, MeetingMention } from '../../types.js';
import { anaphoricMeetingEn, findMeetingsEn } from './meetings.js';
import { findNamesEn } from './names.js';
import { headlineAcronyms } from './headline-acronyms.js';
import { splitSentencesEn } from './sentences.js';
import { asTeams, sportsReport } from '../teams.js';
import namesData from '../../lexicons/en/names.json' with { type: 'json' };

export function extractEn(doc: Doc): Extraction {
  const { text } = doc;
  const sentences = splitSentencesEn(text, doc.bodyStart);
  // the date line may carry a headline after the date ("date 1987-04 U.S. Urges Japan ..."): read it as a sentence
  if (doc.bodyStart > 0) {
    const head = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?[ \t]*/u.exec(text);
    if (head) sentences.unshift(...splitSentencesEn(text, head[0].length, doc.bodyStart));
  }
  const mentions = headlineAcronyms(text, doc.bodyStart, asTeams(findNamesEn(text, sentences), sportsReport(text, namesData.sportsWords)));
  const meetings: MeetingMention[] = [];
  for (const s of sentences) {
    const found = findMeetingsEn(text, s, mentions, doc.date);
    const previous = meetings[meetings.length - 1];
    const back = found.length === 0 && previous ? anaphoricMeetingEn(text, s, mentions, previous) : undefined;
    meetings.push(...found, ...(back ? [back] : []));
  }
  const out: Extraction = { doc: doc.id, lang: 'en', sentences, mentions, meetings };
  if (doc.date) out.date = doc.date;
  return out;
}
