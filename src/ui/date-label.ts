import { placementOf, spanOf } from '../timeline/calendar.js';
import type { Precision, TimeMod } from '../types.js';

const MOD_WORDS: Partial<Record<TimeMod, string>> = {
  START: 'early',
  MID: 'mid',
  END: 'late',
  APPROX: 'about',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'by',
  ON_OR_AFTER: 'from',
  LESS_THAN: 'under',
  MORE_THAN: 'over',
};

export interface DateLabelInput {
  date: string;
  precision: Precision;
  mod?: TimeMod;
  approximate: boolean;
}

/** "2024-02-07", "2024-01 late", "~2024-02-07 before": a date as a reader scans it, with its
 * vagueness visible. The "~" marks anything approximate or coarser than a day. */
export function dateLabel(event: DateLabelInput): string {
  const vague = event.approximate || (event.precision !== 'day' && event.precision !== 'time');
  const word = event.mod ? MOD_WORDS[event.mod] : undefined;
  return `${vague ? '~' : ''}${readableValue(event.date)}${word ? ` ${word}` : ''}`;
}

const ORDINAL_SUFFIX = (n: number): string =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

/** TIMEX3 decade and century values read as people write them: "199" → "1990s", "16" → "17th c.". */
export function readableValue(value: string): string {
  if (/^\d{3}$/.test(value)) return `${value}0s`;
  if (/^\d{2}$/.test(value)) {
    const century = Number(value) + 1;
    return `${century}${ORDINAL_SUFFIX(century)} c.`;
  }
  return value.replace('T', ' ');
}

/** The day heading a timeline row files under ("2024-02-07", or "2024-01" for a month). */
export function dateHeading(date: string): string {
  return readableValue(date.slice(0, 10));
}

/** Narrower than this, the timeline's date column says only what the row's heading does not. */
export const COMPACT_DATE_COLUMNS = 80;
const FULL_DATE_WIDTH = 18;
// "~ before", the longest of what a day's heading leaves to say but a clock time.
const COMPACT_DATE_WIDTH = 8;

/** The timeline's date column, in columns: 18, or 8 on a terminal narrower than 80. */
export function dateColumnWidth(columns: number): number {
  return columns < COMPACT_DATE_COLUMNS ? COMPACT_DATE_WIDTH : FULL_DATE_WIDTH;
}

/**
 * An event's date as its timeline row shows it, fitted to the date column. On a narrow terminal
 * the heading above the row has said the day: the row keeps only what it has not, "~ late" under
 * 2024-01, "14:30" under 2024-02-07, nothing for the day itself, as a diary does not repeat it.
 */
export function timelineDateLabel(event: DateLabelInput, columns: number): string {
  const width = dateColumnWidth(columns);
  const label = width === FULL_DATE_WIDTH ? dateLabel(event) : belowHeading(event);
  return label.padEnd(width).slice(0, width);
}

/** What an event's label says that its heading does not: its "~", modifier or clock time. */
function belowHeading(event: DateLabelInput): string {
  const label = dateLabel(event);
  const heading = dateHeading(event.date);
  const vague = label.startsWith('~') ? '~' : '';
  const rest = label.slice(vague.length);
  if (!rest.startsWith(heading)) return label;
  return `${vague} ${rest.slice(heading.length).trim()}`.trim();
}

/** "2024-01 – 2024-02-07": the span of the dated events, from the first to the last calendar
 * value with a full year (decades like "199" and centuries sort apart and are left out);
 * `years` says only their years, "2024" or "1934 – 2024", for a narrow header. */
export function timelineSpan(events: ReadonlyArray<{ date: string }>, years = false): string {
  // Ordered by where the values sit, not as strings: '2011-W10' sorts after '2011-03-18' as text.
  let first: { date: string; at: number } | null = null;
  let last: { date: string; at: number } | null = null;
  for (const { date } of events) {
    // Decades and centuries ('199', '21') say too little to bound a story.
    const at = /^\d{4}/.test(date) ? spanOf(date)?.first : undefined;
    if (at === undefined) continue;
    if (first === null || at < first.at) first = { date, at };
    if (last === null || at > last.at) last = { date, at };
  }
  if (first === null || last === null) return 'no dated events';
  const length = years ? 4 : 10;
  const [from, to] = [first.date.slice(0, length), last.date.slice(0, length)];
  if (years) return from === to ? from : `${from} – ${to}`;
  return first.date === last.date ? first.date : `${from} – ${to}`;
}

/** A timeline's dates read by position, in placement order (undated rows last): see compareEvents. */
export interface PlacedDates {
  readonly length: number;
  dateAt(index: number): string;
  modAt(index: number): TimeMod | undefined;
}

// A value with a full year spans a year at most (a winter, a quarter, the year itself): its
// placement is within that many days of its start.
const LONGEST_SPAN_DAYS = 366;

/**
 * timelineSpan of a timeline in placement order, read from its ends: the rows placed within a
 * year of its first and last dated rows, not every row.
 */
export function timelineSpanOf(timeline: PlacedDates, years = false): string {
  const n = timeline.length;
  const placed = (index: number): number | null => placementOf(timeline.dateAt(index), timeline.modAt(index));
  const startOf = (date: string): number | undefined => (/^\d{4}/.test(date) ? spanOf(date)?.first : undefined);
  let first: { date: string; at: number } | null = null;
  for (let i = 0; i < n; i++) {
    const place = placed(i);
    if (place === null || (first !== null && place > first.at + LONGEST_SPAN_DAYS)) break;
    const date = timeline.dateAt(i);
    const at = startOf(date);
    if (at !== undefined && (first === null || at < first.at)) first = { date, at };
  }
  // Undated rows sort last: the last dated row is found by binary search.
  let low = 0;
  let high = n;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (placed(middle) === null) high = middle;
    else low = middle + 1;
  }
  let last: { date: string; at: number } | null = null;
  for (let i = low - 1; i >= 0; i--) {
    if (last !== null && placed(i)! < last.at) break;
    const date = timeline.dateAt(i);
    const at = startOf(date);
    // Of two as late, the one met first in the timeline's order, as timelineSpan keeps it.
    if (at !== undefined && (last === null || at >= last.at)) last = { date, at };
  }
  if (first === null || last === null) return 'no dated events';
  const length = years ? 4 : 10;
  const [from, to] = [first.date.slice(0, length), last.date.slice(0, length)];
  if (years) return from === to ? from : `${from} – ${to}`;
  return first.date === last.date ? first.date : `${from} – ${to}`;
}
