import type { Precision, TimeMod } from '../types.js';

// Calendar spans of TIMEX3 values as day numbers (days since 1970-01-01). Date.UTC is used only
// as arithmetic on calendar fields, so no time zone can shift a day.

const MS_PER_DAY = 86_400_000;

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface DaySpan {
  first: number;
  last: number;
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** `YYYY-MM-DD` (or a TIMEX3 time on that day) as a day number; null for anything else. */
export function dayIndex(value: string): number | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$/.exec(value);
  if (!m) return null;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function dayString(index: number): string {
  return new Date(index * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day a value names when it names one: days and times of day. */
export function dayOf(value: string): string | null {
  const m = /^(\d{4}-\d\d-\d\d)(?:T.*)?$/.exec(value);
  return m ? m[1]! : null;
}

function monthSpan(year: number, firstMonth: number, months: number): DaySpan {
  const first = dayNumber(year, firstMonth, 1);
  return { first, last: dayNumber(year, firstMonth + months, 1) - 1 };
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The days a calendar value covers; null for durations, references and unresolved values. */
export function spanOf(value: string): DaySpan | null {
  const day = dayIndex(value);
  if (day !== null) return { first: day, last: day };
  let m = /^(\d{4})-W(\d\d)/.exec(value);
  if (m) {
    // ISO 8601: week 1 is the week with 4 January in it; weeks start on Monday.
    const jan4 = dayNumber(Number(m[1]), 1, 4);
    const mondayOfWeek1 = jan4 - ((new Date(jan4 * MS_PER_DAY).getUTCDay() + 6) % 7);
    const first = mondayOfWeek1 + (Number(m[2]) - 1) * 7;
    return { first, last: first + 6 };
  }
  m = /^(\d{4})-(\d\d)$/.exec(value);
  if (m) return monthSpan(Number(m[1]), Number(m[2]), 1);
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return monthSpan(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 3);
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return monthSpan(Number(m[1]), Number(m[2]) === 1 ? 1 : 7, 6);
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return monthSpan(Number(m[1]), SEASON_START[m[2]!]!, 3);
  m = /^(\d{4})$/.exec(value);
  if (m) return monthSpan(Number(m[1]), 1, 12);
  m = /^(\d{3})$/.exec(value);
  if (m) {
    const year = Number(m[1]) * 10;
    return { first: dayNumber(year, 1, 1), last: dayNumber(year + 10, 1, 1) - 1 };
  }
  m = /^(\d{2})$/.exec(value);
  if (m) {
    const year = Number(m[1]) * 100;
    return { first: dayNumber(year, 1, 1), last: dayNumber(year + 100, 1, 1) - 1 };
  }
  return null;
}

/**
 * Where a value sits on the timeline. A vague value is placed at the start of its span ("2024-01"
 * before 1 January's day events), unless its TIMEX3 mod says otherwise: END ("late January") at
 * the last day, MID at the middle.
 */
export function placementOf(value: string, mod: TimeMod | undefined): number | null {
  const span = spanOf(value);
  if (!span) return null;
  if (mod === 'END') return span.last;
  if (mod === 'MID') return Math.floor((span.first + span.last) / 2);
  return span.first;
}

const PRECISION_ORDER: Precision[] = ['time', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century'];

/** 0 for the finest precision, growing as it gets vaguer. */
export function vagueness(precision: Precision): number {
  return PRECISION_ORDER.indexOf(precision);
}
