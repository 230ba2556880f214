// How the meeting kinds relate, for both languages' extractors.

import type { MeetingKind } from '../types.js';

/** Kinds from the most to the least specific: what one sentence's cues about the same people make. */
export const RANK: MeetingKind[] = ['reception', 'call', 'summit', 'talks', 'consultation', 'conference', 'session', 'meeting'];

/** Meetings of people with each other, as against the events they attend. */
export const BILATERAL = new Set<MeetingKind>(['reception', 'call', 'talks', 'consultation', 'meeting']);

/** Events with a name of their own that people attend. */
export const EVENTS = new Set<MeetingKind>(['summit', 'conference', 'session']);
