import type { AnalyzedArticle, TimelineEvent } from '../types.js';
import type { DateQuery } from '../search/index.js';
import { dayIndex, dayOf, placementOf, spanOf } from '../timeline/index.js';
import { dateHeading } from './date-label.js';

/**
 * Background folded into one row: the events at positions [from, to) of the timeline shown,
 * all dated before `before`, the first day of the story proper.
 */
export interface Fold {
  from: number;
  to: number;
  before: string;
}

export type TimelineRow =
  | { kind: 'heading'; label: string }
  | { kind: 'event'; position: number }
  | { kind: 'fold'; label: string; open: boolean };

/**
 * Interleaves date headings with the events (by position in `events`), one heading per day or
 * coarser date; the cursor moves over events only. A fold is one row, with its events below it
 * only while `open` (the cursor is inside it); closed, its events sit on the fold's row.
 */
export function timelineRows(
  events: readonly TimelineEvent[],
  fold: Fold | null = null,
  open = false,
): { rows: TimelineRow[]; rowOfEvent: number[] } {
  const rows: TimelineRow[] = [];
  const rowOfEvent: number[] = [];
  let lastHeading = '';
  let foldRow = -1;
  events.forEach((event, position) => {
    const folded = fold !== null && position >= fold.from && position < fold.to;
    if (fold !== null && (position === fold.from || position === fold.to)) lastHeading = '';
    if (folded && position === fold.from) {
      foldRow = rows.length;
      rows.push({ kind: 'fold', label: foldLabel(fold), open });
    }
    if (folded && !open) {
      rowOfEvent.push(foldRow);
      return;
    }
    const heading = dateHeading(event.date);
    if (heading !== lastHeading) {
      rows.push({ kind: 'heading', label: heading });
      lastHeading = heading;
    }
    rowOfEvent.push(rows.length);
    rows.push({ kind: 'event', position });
  });
  return { rows, rowOfEvent };
}

function foldLabel(fold: Fold): string {
  const count = fold.to - fold.from;
  return `before ${fold.before} · ${count} ${count === 1 ? 'event' : 'events'} of background`;
}

/** Timeline events mentioning an entity (by canonical name), or all of them. */
export function filterByEntity(events: readonly TimelineEvent[], entity: string | null): TimelineEvent[] {
  if (entity === null) return [...events];
  return events.filter((event) => event.entities.includes(entity));
}

/** How the timeline is shown: which dates (TIMEX3 values, both ends included) and which way. */
export interface TimelineView {
  entity: string | null;
  since: string | null;
  until: string | null;
  newestFirst: boolean;
}

/** Where an event sits in time (the order the timeline is built in), as a day number. */
function placement(event: TimelineEvent): number | null {
  return placementOf(event.date, event.mod);
}

/**
 * The timeline as shown: mentioning the entity, placed within the range (an event is where the
 * timeline orders it: 'late January' on the 31st, a week on its Monday), in the order asked.
 * The timeline is built oldest first, so newest first is its reverse.
 */
export function shownTimeline(events: readonly TimelineEvent[], view: TimelineView): TimelineEvent[] {
  let shown = filterByEntity(events, view.entity);
  const since = view.since === null ? null : spanOf(view.since)?.first;
  const until = view.until === null ? null : spanOf(view.until)?.last;
  if (since != null || until != null)
    shown = shown.filter((event) => {
      const at = placement(event);
      return at !== null && (since == null || at >= since) && (until == null || at <= until);
    });
  return view.newestFirst ? shown.reverse() : shown;
}

/**
 * How far before the first article an event must be to be background: news tells its own story
 * up to about a month back ("the first case was seen in February"), while older dates are
 * history it recalls (1918's flu, a 12th-century church).
 */
export const BACKGROUND_MARGIN_DAYS = 30;

/** The first day of the story proper: the earliest publication day less the margin; null undated. */
export function storyStart(articles: ReadonlyArray<Pick<AnalyzedArticle, 'date'>>): number | null {
  let first = Infinity;
  for (const { date } of articles) {
    const day = date === null ? null : dayIndex(date.slice(0, 10));
    if (day !== null && day < first) first = day;
  }
  return Number.isFinite(first) ? first - BACKGROUND_MARGIN_DAYS : null;
}

/**
 * The background of the timeline shown: its events placed before the story's start, when there
 * are any and the story proper follows them. They lead the oldest-first timeline and end the
 * newest-first one.
 */
export function backgroundFold(
  shown: readonly TimelineEvent[],
  start: number | null,
  newestFirst: boolean,
): Fold | null {
  if (start === null || shown.length === 0) return null;
  const n = shown.length;
  const at = (i: number): TimelineEvent => shown[newestFirst ? n - 1 - i : i]!;
  let count = 0;
  while (count < n && (placement(at(count)) ?? Infinity) < start) count++;
  if (count === 0 || count === n) return null;
  const before = dateHeading(at(count).date);
  return newestFirst ? { from: n - count, to: n, before } : { from: 0, to: count, before };
}

/** The calendar parts of a TIMEX3 value with a year: '2009-06-11' → 2009, 6, 11. */
function partsOf(value: string): { year: number; month?: number; day?: number } | null {
  const year = /^\d{4}/.exec(value);
  if (!year) return null;
  const month = /^-(\d\d)/.exec(value.slice(4));
  if (!month) return { year: Number(year[0]) };
  const day = /^-(\d\d)/.exec(value.slice(7));
  return { year: Number(year[0]), month: Number(month[1]), ...(day ? { day: Number(day[1]) } : {}) };
}

/**
 * A date as typed made a TIMEX3 value: 'jan 20' takes the year in which the timeline has a 20
 * January nearest to `near` (the date being looked at), else `near`'s year.
 */
export function resolveDate(date: DateQuery, events: readonly TimelineEvent[], near: string | null): string | null {
  let year = date.year !== undefined ? Number(date.year) : null;
  if (year === null) {
    const nearYear = near ? (partsOf(near)?.year ?? null) : null;
    const month = date.month === undefined ? undefined : Number(date.month);
    const day = date.day === undefined ? undefined : Number(date.day);
    let best: number | null = null;
    for (const event of events) {
      const parts = partsOf(event.date);
      if (!parts || parts.month !== month || (day !== undefined && parts.day !== day)) continue;
      if (best === null || Math.abs(parts.year - (nearYear ?? parts.year)) < Math.abs(best - (nearYear ?? best)))
        best = parts.year;
    }
    year = best ?? nearYear;
  }
  if (year === null) return null;
  const value = [String(year).padStart(4, '0'), date.month, date.month ? date.day : undefined].filter(Boolean);
  return value.join('-');
}

/** Whether an event's date is `value` or inside it: '2009-06-11T10:00' is in '2009-06-11' and '2009-06'. */
function within(date: string, value: string): boolean {
  return (
    date.startsWith(value) && (date.length === value.length || date[value.length] === '-' || date[value.length] === 'T')
  );
}

/**
 * Where the timeline shown has `value` (a day, month or year): its first row there, else the
 * first row of the nearest day with events (ties to the earlier day), but for a day with no day
 * of its month near, the month's own event when there is one. Null on an empty timeline.
 */
export function positionOfDate(
  events: readonly TimelineEvent[],
  value: string,
): { position: number; exact: boolean; date: string } | null {
  const exact = events.findIndex((event) => within(event.date, value));
  if (exact >= 0) return { position: exact, exact: true, date: value };
  const span = spanOf(value);
  if (!span) return null;
  let bestDay: number | null = null;
  let bestDistance = Infinity;
  for (const event of events) {
    const day = dayOf(event.date);
    const index = day === null ? null : dayIndex(day);
    if (index === null) continue;
    const distance = index < span.first ? span.first - index : index > span.last ? index - span.last : 0;
    if (distance < bestDistance || (distance === bestDistance && bestDay !== null && index < bestDay)) {
      bestDistance = distance;
      bestDay = index;
    }
  }
  // A day typed in a month with no day of events but an event of the month itself ("~2010-01")
  // goes to that event, not to a day of another month.
  const month = dayOf(value)?.slice(0, 7);
  const monthSpan = month === undefined ? null : spanOf(month);
  if (month && monthSpan && (bestDay === null || bestDay < monthSpan.first || bestDay > monthSpan.last)) {
    const inMonth = events.findIndex((event) => event.date === month);
    if (inMonth >= 0) return { position: inMonth, exact: false, date: month };
  }
  if (bestDay === null) return null;
  const position = events.findIndex((event) => {
    const day = dayOf(event.date);
    return day !== null && dayIndex(day) === bestDay;
  });
  return { position, exact: false, date: dayOf(events[position]!.date)! };
}
