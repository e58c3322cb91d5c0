// A row of the archive's timeline table as the engines return it, and the event it holds: read
// by the store, the paged source and the story tables alike.
import type { Precision, TimelineEvent, TimeMod } from '../types.js';

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
