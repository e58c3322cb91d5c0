// Rows of the archive's tables as the engines return them, and what they hold: read by the
// store, the paged source and the story tables alike. Nothing here loads the analyser.
import type {
  AnalyzedArticle,
  Article,
  EntitySummary,
  EntityType,
  KeyDate,
  Precision,
  TimelineEvent,
  TimeMod,
} from '../types.js';
import { compareText } from '../compare.js';
import { fromRecord, type AnalysisRecord } from '../pipeline/record.js';
import type { SqlValue } from './driver.js';

/** The columns that make a timeline event. */
export type TimelineEventRow = {
  id: string;
  date: string;
  mod: string | null;
  precision: string;
  approximate: unknown;
  summary: string;
  sources: string;
  entities: string;
};

/** A number as either engine returns it: SQLite may give a bigint, PostgreSQL a string. */
export const num = (value: unknown): number => (typeof value === 'bigint' ? Number(value) : Number(value ?? 0));

/** The timeline event a row of the timeline table holds, its fields in TimelineEvent's order. */
export function timelineEvent(row: TimelineEventRow): TimelineEvent {
  return {
    id: row.id,
    date: row.date,
    precision: row.precision as Precision,
    ...(row.mod === null ? {} : { mod: row.mod as TimeMod }),
    approximate: num(row.approximate) !== 0,
    summary: row.summary,
    sources: JSON.parse(row.sources) as TimelineEvent['sources'],
    entities: JSON.parse(row.entities) as string[],
  };
}

/** An event's columns of the timeline table, in TimelineEventRow's order: timelineEvent reverses it. */
export function timelineRowValues(event: TimelineEvent): SqlValue[] {
  return [
    event.id,
    event.date,
    event.mod ?? null,
    event.precision,
    event.approximate ? 1 : 0,
    event.summary,
    JSON.stringify(event.sources),
    JSON.stringify(event.entities),
  ];
}

/** The columns that make an analysed article. */
export type ArticleRow = {
  id: string;
  date: string | null;
  title: string;
  source: string | null;
  path: string;
  body: string;
  record: string;
};

/** The article, with its analysis, that a row of the articles table holds. */
export function analysedArticle(row: ArticleRow): AnalyzedArticle {
  const article: Article = {
    id: row.id,
    path: row.path,
    date: row.date,
    dateSource: row.date ? 'header' : 'none',
    title: row.title,
    text: row.body,
    ...(row.source ? { source: row.source } : {}),
  };
  return fromRecord(article, JSON.parse(row.record) as AnalysisRecord);
}

/** What reads rows: the driver, or the SQLite database the paged source holds. */
export interface RowReader {
  all<Row extends Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
}

/** summarizeEntities' order: most mentioned, then in most articles, then by name. */
export function byMentions(a: EntitySummary, b: EntitySummary): number {
  return b.mentions - a.mentions || b.articles - a.articles || compareText(a.name, b.name);
}

/** The story tables as an add or prune left them (src/archive/story-tables.ts writes them). */
export async function storedStory(
  db: RowReader,
  limit: number,
): Promise<{ entities: EntitySummary[]; keyDates: KeyDate[] }> {
  // At most the rows the refresh stored, ordered here (the same in every engine's collation).
  const entities = await db.all<{ name: string; type: string; mentions: unknown; articles: unknown; aliases: string }>(
    'SELECT name, type, mentions, articles, aliases FROM story_entities',
  );
  const keyDates = await db.all<{ date: string; score: unknown; events: unknown; summary: string }>(
    'SELECT date, score, events, summary FROM story_key_dates ORDER BY rank',
  );
  return {
    entities: entities
      .map((row) => ({
        name: row.name,
        type: row.type as EntityType,
        mentions: num(row.mentions),
        articles: num(row.articles),
        aliases: JSON.parse(row.aliases) as string[],
      }))
      .sort(byMentions)
      .slice(0, limit),
    keyDates: keyDates.map((row) => ({
      date: row.date,
      score: num(row.score),
      events: num(row.events),
      summary: row.summary,
    })),
  };
}
