import type { TimelineEvent, TimeMod } from '../types.js';
import type { DayCoverage, RowList, TimelineList } from '../browse.js';
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
 * Rows whose dates are known without reading them (a timeline's numeric columns): what headings,
 * the fold, ranges and jumps need. `newestFirst`: the rows run newest first (else oldest first).
 */
export interface DatedRows {
  readonly length: number;
  dateAt(index: number): string;
  modAt(index: number): TimeMod | undefined;
  readonly newestFirst?: boolean;
}

/**
 * The timeline as shown: a view over the story's timeline (its positions naming the entity, a
 * range of them by date, read backwards newest first), never a copy of its events.
 */
export interface ShownTimeline extends RowList<TimelineEvent>, DatedRows {
  readonly newestFirst: boolean;
  /** The story's timeline the view is over. */
  readonly base: TimelineList;
  /** The position in the story's timeline of the row shown at `index`. */
  baseIndex(index: number): number;
  /** The row showing the story's timeline position `baseIndex`, or -1 when it is not shown. */
  positionOf(baseIndex: number): number;
}

/**
 * Interleaves date headings with the events at positions [from, to) of `shown`, one heading per
 * day or coarser date, from the dates alone; the cursor moves over events only. A fold is one
 * row, with its events below it only while `open` (the cursor is inside it); closed, its events
 * sit on the fold's row. `rowOf` gives an event's row.
 */
export function timelineRows(
  shown: Pick<DatedRows, 'length' | 'dateAt'>,
  fold: Fold | null = null,
  open = false,
  from = 0,
  to = shown.length,
): { rows: TimelineRow[]; rowOf(position: number): number } {
  const rows: TimelineRow[] = [];
  const rowOfEvent: number[] = [];
  let lastHeading = from > 0 ? dateHeading(shown.dateAt(from - 1)) : '';
  let foldRow = -1;
  const closed = fold !== null && !open;
  for (let position = from; position < to; position++) {
    const folded = fold !== null && position >= fold.from && position < fold.to;
    if (fold !== null && (position === fold.from || position === fold.to)) lastHeading = '';
    if (folded && position === fold.from) {
      foldRow = rows.length;
      rows.push({ kind: 'fold', label: foldLabel(fold), open });
    }
    if (folded && closed) {
      // The rest of a closed fold sits on its row: skipped, however long the background.
      position = fold.to - 1;
      continue;
    }
    const heading = dateHeading(shown.dateAt(position));
    if (heading !== lastHeading) {
      rows.push({ kind: 'heading', label: heading });
      lastHeading = heading;
    }
    rowOfEvent[position - from] = rows.length;
    rows.push({ kind: 'event', position });
  }
  const rowOf = (position: number): number =>
    closed && position >= fold.from && position < fold.to ? foldRow : (rowOfEvent[position - from] ?? 0);
  return { rows, rowOf };
}

function foldLabel(fold: Fold): string {
  const count = fold.to - fold.from;
  return `before ${fold.before} · ${count} ${count === 1 ? 'event' : 'events'} of background`;
}

/** How the timeline is shown: which dates (TIMEX3 values, both ends included) and which way. */
export interface TimelineView {
  entity: string | null;
  since: string | null;
  until: string | null;
  newestFirst: boolean;
}

/** Where an undated row sits: after every dated one (see compareEvents). */
const UNPLACED = Number.MAX_SAFE_INTEGER;

/** The first index in [from, to) for which `reached` holds (it holds from some index on), else `to`. */
function firstWhere(from: number, to: number, reached: (index: number) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reached(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Where the row at `index` sits in time (the order the timeline is built in), as a day number. */
function placementAt(rows: Pick<DatedRows, 'dateAt' | 'modAt'>, index: number): number {
  return placementOf(rows.dateAt(index), rows.modAt(index)) ?? UNPLACED;
}

/**
 * The timeline as shown: mentioning the entity, placed within the range (an event is where the
 * timeline orders it: 'late January' on the 31st, a week on its Monday), in the order asked.
 * The timeline is ordered by placement, oldest first, so the range is found by binary search
 * and newest first reads it backwards.
 */
export function shownTimeline(base: TimelineList, view: TimelineView): ShownTimeline {
  const named = view.entity === null ? null : base.rowsNaming(view.entity);
  const count = named ? named.length : base.length;
  const baseOf = named ? (k: number): number => named[k]! : (k: number): number => k;
  const placed = (k: number): number => {
    const index = baseOf(k);
    return placementOf(base.dateAt(index), base.modAt(index)) ?? UNPLACED;
  };
  const since = view.since === null ? null : (spanOf(view.since)?.first ?? null);
  const until = view.until === null ? null : (spanOf(view.until)?.last ?? null);
  let from = 0;
  let to = count;
  if (since !== null || until !== null) {
    if (since !== null) from = firstWhere(0, count, (k) => placed(k) >= since);
    // Undated rows are outside every range.
    to = firstWhere(from, count, (k) => placed(k) > (until ?? UNPLACED - 1));
  }
  const length = to - from;
  const { newestFirst } = view;
  const kAt = newestFirst ? (index: number): number => to - 1 - index : (index: number): number => from + index;
  const inView = (index: number): boolean => index >= 0 && index < length;
  return {
    base,
    newestFirst,
    length,
    at: (index) => (inView(index) ? base.at(baseOf(kAt(index))) : undefined),
    dateAt: (index) => base.dateAt(baseOf(kAt(index))),
    modAt: (index) => base.modAt(baseOf(kAt(index))),
    baseIndex: (index) => baseOf(kAt(index)),
    positionOf: (baseIndex) => {
      const k = named ? firstWhere(0, named.length, (j) => named[j]! >= baseIndex) : baseIndex;
      if (k < from || k >= to || (named && named[k] !== baseIndex)) return -1;
      return newestFirst ? to - 1 - k : k - from;
    },
  };
}

/**
 * How far before the first article an event must be to be background: news tells its own story
 * up to about a month back ("the first case was seen in February"), while older dates are
 * history it recalls (1918's flu, a 12th-century church).
 */
export const BACKGROUND_MARGIN_DAYS = 30;

/** The first day of the story proper: the earliest publication day less the margin; null undated. */
export function storyStart(coverage: readonly DayCoverage[]): number | null {
  let first = Infinity;
  for (const { day } of coverage) {
    const index = dayIndex(day);
    if (index !== null && index < first) first = index;
  }
  return Number.isFinite(first) ? first - BACKGROUND_MARGIN_DAYS : null;
}

/**
 * The background of the timeline shown: its events placed before the story's start, when there
 * are any and the story proper follows them. They lead the oldest-first timeline and end the
 * newest-first one.
 */
export function backgroundFold(shown: DatedRows, start: number | null, newestFirst: boolean): Fold | null {
  if (start === null || shown.length === 0) return null;
  const n = shown.length;
  const at = (k: number): number => (newestFirst ? n - 1 - k : k);
  const count = firstWhere(0, n, (k) => placementAt(shown, at(k)) >= start);
  if (count === 0 || count === n) return null;
  const before = dateHeading(shown.dateAt(at(count)));
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

/** The year a day number falls in. */
const yearOfDay = (day: number): number => new Date(day * 86_400_000).getUTCFullYear();

/**
 * A date as typed made a TIMEX3 value: 'jan 20' takes the year in which the timeline has a 20
 * January nearest to `near` (the date being looked at; of two as near, the one met first in the
 * order shown), else `near`'s year. Years are tried outward from `near`, each by binary search
 * over the dates: no row is read.
 */
export function resolveDate(date: DateQuery, shown: DatedRows, near: string | null): string | null {
  let year = date.year !== undefined ? Number(date.year) : null;
  if (year === null) {
    const nearYear = near ? (partsOf(near)?.year ?? null) : null;
    year = yearWith(date, shown, nearYear) ?? nearYear;
  }
  if (year === null) return null;
  const value = [String(year).padStart(4, '0'), date.month, date.month ? date.day : undefined].filter(Boolean);
  return value.join('-');
}

/** The year with a row dated as `date` (month and day, no year) nearest `nearYear`, or the first. */
function yearWith(date: DateQuery, shown: DatedRows, nearYear: number | null): number | null {
  const n = shown.length;
  if (n === 0) return null;
  const oldest = (k: number): number => (shown.newestFirst ? n - 1 - k : k);
  const placed = (k: number): number => placementAt(shown, oldest(k));
  const dated = firstWhere(0, n, (k) => placed(k) === UNPLACED);
  if (dated === 0) return null;
  // A week's Monday may fall in the year before: a year more each way.
  const firstYear = yearOfDay(placed(0)) - 1;
  const lastYear = yearOfDay(placed(dated - 1)) + 1;
  const month = date.month === undefined ? undefined : Number(date.month);
  const day = date.day === undefined ? undefined : Number(date.day);
  const has = (year: number): boolean => {
    const value = [String(year).padStart(4, '0'), date.month, date.month ? date.day : undefined].filter(Boolean);
    const span = spanOf(value.join('-'));
    if (!span) return false;
    let k = firstWhere(0, dated, (j) => placed(j) >= span.first - WEEK_DAYS);
    for (; k < dated && placed(k) <= span.last; k++) {
      const parts = partsOf(shown.dateAt(oldest(k)));
      if (parts && parts.year === year && parts.month === month && (day === undefined || parts.day === day))
        return true;
    }
    return false;
  };
  const newestFirst = shown.newestFirst === true;
  if (nearYear === null) {
    if (newestFirst) {
      for (let year = lastYear; year >= firstYear; year--) if (has(year)) return year;
    } else for (let year = firstYear; year <= lastYear; year++) if (has(year)) return year;
    return null;
  }
  const reach = Math.max(Math.abs(nearYear - firstYear), Math.abs(lastYear - nearYear));
  for (let distance = 0; distance <= reach; distance++) {
    // Of two years as near, the one shown first: the earlier oldest first, the later newest first.
    const pair = newestFirst ? [nearYear + distance, nearYear - distance] : [nearYear - distance, nearYear + distance];
    for (const year of distance === 0 ? [nearYear] : pair)
      if (year >= firstYear && year <= lastYear && has(year)) return year;
  }
  return null;
}

/** A week's Monday may fall before the year or month its value names. */
const WEEK_DAYS = 7;

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
 * The rows are in placement order (either way), so each look is a binary search and a short
 * scan over the dates alone.
 */
export function positionOfDate(
  shown: DatedRows,
  value: string,
): { position: number; exact: boolean; date: string } | null {
  const n = shown.length;
  if (n === 0) return null;
  const newestFirst = shown.newestFirst === true;
  // k counts from the oldest row; `at` is its position as shown.
  const at = (k: number): number => (newestFirst ? n - 1 - k : k);
  const dateOf = (k: number): string => shown.dateAt(at(k));
  const placed = (k: number): number => placementAt(shown, at(k));
  /** The first row as shown, among those placed in [first, last], whose date passes `test`. */
  const firstShown = (first: number, last: number, test: (date: string) => boolean): number | null => {
    const from = firstWhere(0, n, (k) => placed(k) >= first);
    const to = firstWhere(from, n, (k) => placed(k) > last);
    if (newestFirst) {
      for (let k = to - 1; k >= from; k--) if (test(dateOf(k))) return k;
    } else for (let k = from; k < to; k++) if (test(dateOf(k))) return k;
    return null;
  };
  const span = spanOf(value);
  if (!span) {
    for (let position = 0; position < n; position++)
      if (within(shown.dateAt(position), value)) return { position, exact: true, date: value };
    return null;
  }
  const exact = firstShown(span.first - WEEK_DAYS, span.last, (date) => within(date, value));
  if (exact !== null) return { position: at(exact), exact: true, date: value };
  // Days are placed on themselves: the nearest day at or after the span's start, and before it.
  const start = firstWhere(0, n, (k) => placed(k) >= span.first);
  let after: number | null = null;
  for (let k = start; k < n && after === null; k++) {
    const day = dayOf(dateOf(k));
    if (day !== null) after = dayIndex(day);
  }
  let before: number | null = null;
  for (let k = start - 1; k >= 0 && before === null; k--) {
    const day = dayOf(dateOf(k));
    if (day !== null) before = dayIndex(day);
  }
  const distance = (index: number): number =>
    index < span.first ? span.first - index : index > span.last ? index - span.last : 0;
  let bestDay: number | null = after;
  if (before !== null && (bestDay === null || distance(before) <= distance(bestDay))) bestDay = before;
  // A day typed in a month with no day of events but an event of the month itself ("~2010-01")
  // goes to that event, not to a day of another month.
  const month = dayOf(value)?.slice(0, 7);
  const monthSpan = month === undefined ? null : spanOf(month);
  if (month && monthSpan && (bestDay === null || bestDay < monthSpan.first || bestDay > monthSpan.last)) {
    const inMonth = firstShown(monthSpan.first, monthSpan.last, (date) => date === month);
    if (inMonth !== null) return { position: at(inMonth), exact: false, date: month };
  }
  if (bestDay === null) return null;
  const day = bestDay;
  const found = firstShown(day, day, (date) => {
    const of = dayOf(date);
    return of !== null && dayIndex(of) === day;
  })!;
  return { position: at(found), exact: false, date: dayOf(dateOf(found))! };
}

/**
 * The first row shown of an event with this date and summary (a place or bookmark kept from
 * before its event's id changed), or -1. Only the rows placed on that date are read.
 */
export function positionOfEvent(shown: ShownTimeline, date: string, summary: string): number {
  const n = shown.length;
  const oldest = (k: number): number => (shown.newestFirst ? n - 1 - k : k);
  const placed = (k: number): number => placementAt(shown, oldest(k));
  const place = placementOf(date, undefined);
  const span = spanOf(date);
  const first = place === null || !span ? UNPLACED : span.first;
  const last = place === null || !span ? UNPLACED : span.last;
  const from = firstWhere(0, n, (k) => placed(k) >= first);
  const to = firstWhere(from, n, (k) => placed(k) > last);
  let found = -1;
  for (let k = from; k < to; k++) {
    const event = shown.at(oldest(k));
    if (event?.date === date && event.summary === summary && (found < 0 || oldest(k) < found)) found = oldest(k);
  }
  return found;
}
