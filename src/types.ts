// The data flowing between the stages of the pipeline.
// Offsets are the contract: every span indexes the document's text (decoded, NFC, date line included),
// so that text.slice(start, end) === span.text always.

/** A document as read from the corpus. */
export interface Doc {
  /** Path relative to the corpus root, with "/" separators: the document's stable id. */
  id: string;
  /** Decoded, NFC-normalized text with consistent Vietnamese tone placement, date line included. */
  text: string;
  /** From the date line: "YYYY-MM" or "YYYY-MM-DD". */
  date?: string;
  /** Offset of the first character after the date line (0 when there is none). */
  bodyStart: number;
}

/** Something wrong with one input file: reported, and the run goes on. */
export interface Problem {
  /** The file (path relative to the corpus root, or as given). */
  file: string;
  /** 1-based line, when the problem is at a line. */
  line?: number;
  /** What is wrong, e.g. "not text (binary data)". */
  message: string;
  /** What to do about it, e.g. "remove it from the corpus or convert it to UTF-8". */
  hint: string;
  /** true when the file was skipped; false when it was read despite the problem. */
  skipped: boolean;
}

export type Lang = 'vi' | 'en';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type MentionKind = 'person' | 'country' | 'location' | 'organization';

export interface Mention extends Span {
  kind: MentionKind;
  /** Entity key when known: "country:CN" from the gazetteer; for people, set by resolve. */
  entity?: string;
  /** For a person: the office written with the name ("Chủ tịch", "Prime Minister"). */
  title?: string;
  /** Alpha-2 code: the country a person holds office for, an organization or location belongs to. */
  country?: string;
  /** For a person whose title names an organization: that organization's name as written. */
  org?: string;
  /**
   * Inside a longer name of another kind ("Pháp" in "người Pháp", "Paris" in "Hiệp định Paris"): still a
   * mention of its entity, but not a name of its own, so NER scoring skips it as gold sets skip nested names.
   */
  nested?: true;
  /**
   * A photo credit or byline ("Ảnh: Doãn Tấn/TTXVN", the author's name alone on the last line): a person
   * the text names but not one of its story; extraction keeps it (NER counts it), the graph leaves it out.
   */
  credit?: true;
}

export type MeetingKind =
  | 'reception' | 'talks' | 'call' | 'visit' | 'summit'
  | 'consultation' | 'conference' | 'session' | 'meeting';

export const MEETING_KINDS: readonly MeetingKind[] = [
  'reception', 'talks', 'call', 'visit', 'summit', 'consultation', 'conference', 'session', 'meeting',
];

export type Role = 'host' | 'guest' | 'participant';

/** A meeting as one sentence states it (an article may state the same meeting several times). */
export interface MeetingMention {
  kind: MeetingKind;
  /** The cue word(s): "tiếp", "hội đàm", "held talks". */
  cue: Span;
  /** The sentence that states it. */
  evidence: Span;
  /**
   * Indexes into Extraction.mentions (person mentions), with their roles. Empty for what a sentence says
   * of a named event without naming who takes part ("Hội nghị Thượng đỉnh G7 sẽ diễn ra trong các ngày
   * 26-27/5 tại Taormina"): resolve gives its date and place to that event's meeting, or drops it.
   */
  participants: { mention: number; role: Role }[];
  /** Alpha-2 codes of the countries taking part. */
  countries: string[];
  /** "YYYY-MM-DD", "YYYY-MM" or "--MM-DD". */
  date?: string;
  endDate?: string;
  /** The date is the article's lead date, not written with this meeting. */
  dateInferred?: boolean;
  /** The place as written (a city, venue or country), with its entity key when known. */
  place?: Span & { entity?: string };
  /** The meeting's own name, when it has one. */
  title?: string;
  /** Announced, not yet held. */
  planned?: boolean;
}

/** What extraction finds in one document (pure, no I/O). */
export interface Extraction {
  doc: string;
  lang: Lang;
  date?: string;
  sentences: { start: number; end: number }[];
  mentions: Mention[];
  meetings: MeetingMention[];
}

/** A pointer to the sentence of a document that states something. */
export interface Evidence {
  doc: string;
  start: number;
  end: number;
  text: string;
}

export type EntityKind = MentionKind;

/** An entity of one document after resolution (people clustered, countries keyed). */
export interface Entity {
  /** Graph key: "person:<slug>", "country:<ALPHA2>", "location:<slug>", "organization:<slug>". */
  key: string;
  kind: EntityKind;
  label: string;
  /** Every written form. */
  names: string[];
  /** People: offices as written. */
  titles?: string[];
  /** Alpha-2 code, when known. */
  country?: string;
  evidence: Evidence[];
}

/** A meeting of one document after resolution: one per meeting, however often it is reported. */
export interface Meeting {
  /** Graph key: "meeting:<stable hash>". */
  key: string;
  kind: MeetingKind;
  label: string;
  participants: { entity: string; role: Role }[];
  /** Alpha-2 codes. */
  countries: string[];
  date?: string;
  endDate?: string;
  /** The place as written. */
  place?: string;
  /** Entity key of the place (location or country), when known. */
  placeEntity?: string;
  title?: string;
  planned?: boolean;
  evidence: Evidence[];
}

/** A "represents" relation: a person holds an office for a country or organization. */
export interface Represents {
  person: string;
  target: string;
  title?: string;
  evidence: Evidence[];
}

/** Everything one document contributes to the graph. The graph of a corpus is the union of these. */
export interface DocResult {
  doc: string;
  lang: Lang;
  entities: Entity[];
  meetings: Meeting[];
  represents: Represents[];
  /** location -> country */
  locatedIn: { location: string; country: string; evidence: Evidence[] }[];
  /** The entity key of each mention of the extraction, by index (null when it has none). */
  mentionKeys: (string | null)[];
}

/**
 * A DocResult as read from the cache for the graph (compact-result.ts, `lazy`): an item of its evidence may still
 * be [start, end, index into `sentences`], made an Evidence when a node or edge keeps it (build-graph.ts).
 */
export type LazyDocResult = DocResult & { sentences?: Sentences };

/** A result's evidence sentences by number (an array, or parsed from the stored text when asked for). */
export interface Sentences {
  at(i: number): string | undefined;
}
