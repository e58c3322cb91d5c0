// TIMEX3 calendar values (`2024-02-07`, `2024-W06`, `2024-Q1`, `199`) as spans of days, for
// formats that need concrete dates (iCalendar, TimelineJS) and for human headings.

import { MONTH_NAMES } from '../timeline/calendar.js';

export interface Day {
  year: number;
  month: number;
  day: number;
}

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century';

export interface Period {
  kind: PeriodKind;
  /** First day of the span. */
  start: Day;
  /** The day after the span, as iCalendar's exclusive DTEND wants it. */
  end: Day;
}

// Northern-hemisphere meteorological seasons: TIMEX3 leaves the span to the reader.
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_NAME: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };

function fromUtc(ms: number): Day {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function addMonths(year: number, month: number, months: number): Day {
  return fromUtc(utc(year, month + months, 1));
}

function validDay(year: number, month: number, day: number): boolean {
  const d = fromUtc(utc(year, month, day));
  return d.year === year && d.month === month && d.day === day;
}

/** The span of days a TIMEX3 date value covers, or null for values with no calendar place (`XXXX-XX-XX`, `PAST_REF`). */
export function periodOf(value: string): Period | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(year, month, day)) return null;
    return { kind: 'day', start: { year, month, day }, end: fromUtc(utc(year, month, day + 1)) };
  }
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // ISO 8601: week 1 holds the year's first Thursday, so 4 January is always in it.
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > 53) return null;
    const jan4 = utc(year, 1, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000;
    return { kind: 'week', start: fromUtc(monday), end: fromUtc(monday + 7 * 86_400_000) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return null;
    return { kind: 'month', start: { year, month, day: 1 }, end: addMonths(year, month, 1) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = (Number(m[2]) - 1) * 3 + 1;
    return { kind: 'quarter', start: { year, month, day: 1 }, end: addMonths(year, month, 3) };
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = m[2] === '1' ? 1 : 7;
    return { kind: 'half', start: { year, month, day: 1 }, end: addMonths(year, month, 6) };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = SEASON_START[m[2]!]!;
    return { kind: 'season', start: { year, month, day: 1 }, end: addMonths(year, month, 3) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m)
    return {
      kind: 'year',
      start: { year: Number(m[1]), month: 1, day: 1 },
      end: { year: Number(m[1]) + 1, month: 1, day: 1 },
    };
  m = /^(\d{3})$/.exec(value);
  if (m) {
    const year = Number(m[1]) * 10;
    return { kind: 'decade', start: { year, month: 1, day: 1 }, end: { year: year + 10, month: 1, day: 1 } };
  }
  m = /^(\d{2})$/.exec(value);
  if (m) {
    const year = Number(m[1]) * 100;
    return { kind: 'century', start: { year, month: 1, day: 1 }, end: { year: year + 100, month: 1, day: 1 } };
  }
  return null;
}

/** A heading for a TIMEX3 value: "7 February 2024", "February 2024", "Week 6, 2024", "Q1 2024". */
export function describeDate(value: string): string {
  const period = periodOf(value);
  if (!period) return value;
  const { start } = period;
  switch (period.kind) {
    case 'day':
      return `${start.day} ${MONTH_NAMES[start.month - 1]} ${start.year}`;
    case 'week':
      return `Week ${Number(/W(\d{2})/.exec(value)![1])}, ${value.slice(0, 4)}`;
    case 'month':
      return `${MONTH_NAMES[start.month - 1]} ${start.year}`;
    case 'quarter':
      return `Q${(start.month + 2) / 3} ${start.year}`;
    case 'half':
      return `${start.month === 1 ? 'First' : 'Second'} half of ${start.year}`;
    case 'season':
      return `${SEASON_NAME[value.slice(5)]} ${start.year}`;
    case 'year':
      return String(start.year);
    case 'decade':
      return `${start.year}s`;
    case 'century':
      return `${ordinal(start.year / 100 + 1)} century`;
  }
}

/** `YYYYMMDD`, iCalendar's DATE form. */
export function compactDay(day: Day): string {
  return `${String(day.year).padStart(4, '0')}${String(day.month).padStart(2, '0')}${String(day.day).padStart(2, '0')}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
