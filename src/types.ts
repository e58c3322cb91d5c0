// Types that cross layers. Plain data only (no methods, no Date objects) so they can be cached
// as JSON and sent to worker threads as they are.

/** Where an article's publication date came from. */
export type DateSource = 'header' | 'filename' | 'metadata' | 'none';

export interface Article {
  /** Stable id: a hash of the article's text, so the same article reached twice is one. */
  id: string;
  /** The file it came from; feed items get `file#n`. */
  path: string;
  /** Publication date, `YYYY-MM-DD`, or null when undated. */
  date: string | null;
  dateSource: DateSource;
  /** The lead sentence (house format) or the item's title (feeds, exports). */
  title: string;
  /** The article body: after the house-format header, stripped of control and escape sequences. */
  text: string;
  url?: string;
  source?: string;
}

/** A file (or item) that could not be loaded, and why, in one line. */
export interface Problem {
  path: string;
  reason: string;
}

export interface LoadResult {
  articles: Article[];
  problems: Problem[];
}

export interface Sentence {
  start: number;
  end: number;
  /** Photo captions ("… (Hadi Mizban/AP)") are shown dimmed and never become events. */
  caption: boolean;
}

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'MISC';

export interface EntityMention {
  /** JavaScript string offsets into `Article.text`. */
  start: number;
  end: number;
  /** The text as written, possessive and quotes stripped from the span. */
  text: string;
  type: EntityType;
  /** Canonical name of the referent ("Netanyahu" → "Benjamin Netanyahu"). */
  name: string;
  /**
   * Set when a confident rule of the page's layout gave the type (a dateline's place, a score
   * line's team, a state after a town): the corpus vote on the name's type leaves it alone.
   */
  typedByRule?: true;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 modifiers (TimeML guidelines). */
export type TimeMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  /** TIMEX3 value: `2024-02-07`, `2024-01`, `2024-W06`, `2013-Q3`, `2013-SU`, `199`, `P3D`,
   * `PAST_REF`, `2024-02-07T14:00`, `XXXX-WXX-1` … */
  value: string;
  mod?: TimeMod;
}

/** Granularity of a calendar value, derived from its TIMEX3 form. */
export type Precision = 'time' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century';

/** A dated happening told by one sentence (or clause) of one article. */
export interface ArticleEvent {
  start: number;
  end: number;
  /** Calendar value (TIMEX3 form, DATE/TIME only): `2024-02-07`, `2024-01`, … */
  date: string;
  precision: Precision;
  mod?: TimeMod;
  /** True when the date is vague: a mod, a month or coarser, or inferred rather than stated. */
  approximate: boolean;
  /** The clause that tells the event, whitespace folded, cut to 400 characters (EVENT_TEXT_MAX in nlp/events). */
  text: string;
  /** Canonical names of the entities mentioned in the event's span. */
  entities: string[];
  /** True for the article's lead sentence. */
  lead: boolean;
}

export interface AnalyzedArticle extends Article {
  sentences: Sentence[];
  entities: EntityMention[];
  times: TimeExpression[];
  events: ArticleEvent[];
}

export interface EventSource {
  path: string;
  articleId: string;
  start: number;
  end: number;
}

/** One happening on the timeline, merged across the articles that tell it. */
export interface TimelineEvent {
  id: string;
  date: string;
  precision: Precision;
  mod?: TimeMod;
  approximate: boolean;
  summary: string;
  sources: EventSource[];
  entities: string[];
}

export interface KeyDate {
  /** A day, `YYYY-MM-DD`. */
  date: string;
  score: number;
  /** How many timeline events fall on the day. */
  events: number;
  /** The day's most informative event. */
  summary: string;
}

export interface EntitySummary {
  name: string;
  type: EntityType;
  mentions: number;
  articles: number;
  aliases: string[];
}

/** Everything the screens and the scripting commands show, computed once per corpus. */
export interface Story {
  /** What the header calls the corpus: the folder or file name(s) opened. */
  name: string;
  articles: AnalyzedArticle[];
  problems: Problem[];
  timeline: TimelineEvent[];
  entities: EntitySummary[];
  keyDates: KeyDate[];
}
