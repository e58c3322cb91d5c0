// What the screens browse: a story held whole in memory (a folder, the seeds) or an archive read
// a window at a time. An archive of 100,000 articles has half a million timeline rows and
// gigabytes of analyses, so the screens never ask for "all the events": they ask for a row by
// its position, and for the few facts every row needs (its date) from columns held whole.
import type { AnalyzedArticle, Article, EntitySummary, KeyDate, Problem, TimelineEvent, TimeMod } from './types.js';
import type { EventSearch } from './search/index.js';

/**
 * A list read by position. An array is one. A paged list may answer undefined for a row it has
 * not read yet: the view draws a placeholder, and the list tells its listeners when rows arrive.
 */
export interface RowList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** Called when rows not read before have arrived (a paged list); a view draws again. */
export type RowsListener = () => void;

/** The timeline in its order (see compareEvents), with each row's date known without reading it. */
export interface TimelineList extends RowList<TimelineEvent> {
  /** The TIMEX3 value of the row's date. */
  dateAt(index: number): string;
  modAt(index: number): TimeMod | undefined;
  /** The position of the event with this id, or -1. */
  indexOfId(id: string): number;
  /** The positions, ascending, of the events naming this entity (a canonical name). */
  rowsNaming(entity: string): readonly number[];
  subscribe(listener: RowsListener): () => void;
}

/** An article without its text: what a list row shows. */
export type ArticleShell = Omit<Article, 'text'>;

export interface ArticleList extends RowList<ArticleShell> {
  /** The position of the article with this id, or -1. */
  indexOfId(id: string): number;
  /** The article with its text and analysis; undefined while a paged list reads it. */
  analysed(index: number): AnalyzedArticle | undefined;
  subscribe(listener: RowsListener): () => void;
}

/** Articles published on a day (`YYYY-MM-DD`). */
export interface DayCoverage {
  day: string;
  articles: number;
}

export interface BrowseStory {
  /** What the header calls the corpus. */
  name: string;
  problems: Problem[];
  timeline: TimelineList;
  articles: ArticleList;
  entities: EntitySummary[];
  keyDates: KeyDate[];
  /** Articles per publication day, days ascending: the coverage line and the story's start. */
  coverage: readonly DayCoverage[];
  /** The folder all the articles share, which the status leaves off a path ('' when none). */
  commonFolder: string;
  /** Search over the timeline's events; its hits index timeline positions. */
  createSearch(): EventSearch;
}
