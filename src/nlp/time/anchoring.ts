// Resolving underspecified dates against the publication date (and the last day mentioned),
// leaning on the tense of the clause: HeidelTime's "news" strategy.
import type { TimeMod, TimeType } from '../../types.js';
import {
  addDays,
  addMonths,
  dayNumber,
  type Day,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  pad,
  weekday,
} from './calendar.js';
import type { Unit } from './lexicon.js';
import type { Tense } from './tense.js';

export interface Anchoring {
  /** Publication date; null for undated articles, when relative values keep X placeholders. */
  dct: Day | null;
  tense: Tense;
  /** True when the words right before the expression say its day has come ("said on", "since",
   * "had filed reports by"), whatever the rest of the clause or the story's weekdays say. */
  pastByWords: boolean;
  /** The last day mentioned before the expression, else the publication date ("two days later"). */
  reference: Day | null;
  /** The last calendar value mentioned before the expression ("a year earlier" after a quarter). */
  lastValue: string | null;
  /** True when that value was told in the expression's sentence or the one before it. */
  lastValueNear: boolean;
  /** The last quarter mentioned: results articles compare quarters even after naming a day. */
  lastQuarter: string | null;
  /** The day each weekday (ISO number) last stood for in this article: a story's "Saturday" is one day. */
  weekdays: ReadonlyMap<number, Day>;
  /** The year written out in a date just before ("in March 2003 … by the end of March"), if close by. */
  narrativeYear: number | null;
  /** The year of a date that opens the sentence as its frame ("In 2011, …", "In March 2011, …"). */
  framingYear: number | null;
  /** The year each month and day (month * 100 + day) was written with earlier in the article. */
  datedDays: ReadonlyMap<number, number>;
  /** Offsets of the numbers that open the entries of a live blog: clock times, not years. */
  liveBlogClockTimes: ReadonlySet<number>;
  /** Offsets of the 12-hour clock times that open the entries of a live blog ("3.40 pm: …"). */
  liveBlogEntries?: ReadonlySet<number>;
  /** The day that opens the expression's sentence as a chronology's entry ("June 19: Hayward
   * spends a relaxing Saturday on his yacht"): the sentence tells of that day's week. */
  entryDay?: Day | null;
}

export interface Reading {
  type: TimeType;
  value: string;
  mod?: TimeMod;
  /** Computed from the last value mentioned ("a year earlier"): it does not become the new one. */
  derived?: boolean;
  /** Where the expression ends when it is shorter than its match: "[three days] later" read as
   * a measure (TimeML marks the measure; "later" is a signal). */
  end?: number;
}

export function reading(type: TimeType, value: string, mod?: TimeMod): Reading {
  return mod ? { type, value, mod } : { type, value };
}

/**
 * The year of a month named without one ("in August"): the nearest occurrence to publication,
 * where an occurrence against the clause's tense counts as MONTH_AGAINST_TENSE months further.
 */
export function yearOfMonth(dct: Day, month: number, tense: Tense): number {
  let best = dct.year;
  let bestScore = Infinity;
  for (const y of [dct.year - 1, dct.year, dct.year + 1]) {
    const delta = (y - dct.year) * 12 + month - dct.month;
    let score = Math.abs(delta);
    if (tense === 'past' && delta > 0) score += MONTH_AGAINST_TENSE;
    if (tense === 'future' && delta < 0) score += MONTH_AGAINST_TENSE;
    // A tie goes to the occurrence on the tense's side ("due in December" in March: next December).
    if (score < bestScore || (score === bestScore && tense === 'future' && delta > 0)) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

const MONTH_AGAINST_TENSE = 6;

/**
 * The year of a day named without one ("Nov. 20"): the nearest occurrence to publication, as news
 * mostly reports the recent past and the coming weeks; the future tense only decides between
 * occurrences that are both far away (more than four months). A past-tense clause reports what
 * has happened: its day is never long after publication ("was attacked on September 11" in June).
 */
export function yearOfMonthDay(
  dct: Day,
  month: number,
  day: number,
  tense: Tense,
  dayIn: (year: number) => Day | null = (y) => (day <= daysInMonth(y, month) ? { year: y, month, day } : null),
  pastReach: number = PAST_TENSE_REACH_DAYS,
): number {
  const today = dayNumber(dct);
  let best = dct.year;
  let bestScore = Infinity;
  for (const y of [dct.year - 1, dct.year, dct.year + 1]) {
    const date = dayIn(y);
    if (!date) continue;
    const delta = dayNumber(date) - today;
    let score = Math.abs(delta);
    if (tense === 'past' && delta > pastReach) continue;
    if (tense === 'present' && delta > PRESENT_TENSE_REACH_DAYS) continue;
    if (tense === 'future' && delta < 0) score += DAYS_AGAINST_TENSE;
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

const DAYS_AGAINST_TENSE = 120;

/** How far ahead of publication a past-tense clause may still point: a plan it reports, "said it would vote Nov. 20". */
export const PAST_TENSE_REACH_DAYS = 45;

/**
 * How far ahead a clause without a future verb may point. News reports the recent past further
 * back than it looks ahead: "the April 20 explosion" in a December story is the last April's, and
 * a coming day that far off is told with a verb of the future ("is set to begin", "will end").
 */
export const PRESENT_TENSE_REACH_DAYS = 120;

/**
 * The year of a day named without one inside a story told about an earlier year: "On February
 * 14 2003 he delivered a report … The final report, delivered on March 7" continues from the day
 * just told (this sentence or the one before) to that day's next occurrence, when that falls in a
 * year before publication.
 * Null when the sentence does not continue such a story (HeidelTime's narrative anchoring, used
 * only where the news anchoring cannot be right: the year it would give is already over).
 */
export function narrativeYearOfMonthDay(a: Anchoring, month: number, day: number): number | null {
  if (!a.dct || a.tense === 'future' || !a.lastValueNear || a.lastValue === null) return null;
  // A day told: a year or a month is more often a comparison ("the most since 1988", "the August
  // 1988 cease-fire"), a day the last step of the story ("On February 14 2003 he delivered …").
  const told = /^(\d{4})-(\d\d)-(\d\d)$/.exec(a.lastValue);
  if (!told) return null;
  const year = Number(told[1]);
  const after = Number(told[2]) * 100 + Number(told[3]);
  const next = month * 100 + day >= after ? year : year + 1;
  return next < a.dct.year ? next : null;
}

/** A weekday named alone: past tense → on or before publication, future → on or after. */
export function dayOfWeekday(dct: Day, isoWeekday: number, tense: Tense): Day {
  const today = weekday(dct);
  if (tense === 'future') return addDays(dct, (isoWeekday - today + 7) % 7);
  return addDays(dct, -((today - isoWeekday + 7) % 7));
}

export function quarterOf(d: Day): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

/**
 * The year of a quarter named without one ("the third quarter"): publication's year, except a
 * quarter still to come told in the past tense (last year's), or a quarter already over by more
 * than one told in the future tense (next year's). Results of a quarter just ended are reported
 * in the future tense ("expects to report a third-quarter loss" in October).
 */
export function yearOfQuarter(dct: Day, quarter: number, tense: Tense): number {
  const current = quarterOf(dct);
  if (tense === 'past' && quarter > current) return dct.year - 1;
  if (tense === 'future' && quarter < current - 1) return dct.year + 1;
  return dct.year;
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/** Seasons counted from year 0: spring 0, summer 1, fall 2, winter 3 (winter is dated by the year it begins). */
function seasonIndexAt(d: Day): number {
  if (d.month <= 2) return (d.year - 1) * 4 + 3;
  return d.year * 4 + Math.min(3, Math.floor((d.month - 3) / 3));
}

export type SeasonChoice = 'last' | 'this' | 'next' | Tense;

/**
 * A season named without a year: "last fall" is the latest one before the running season,
 * "next summer" the first after it; a bare season leans by tense, and "this" takes the nearest.
 */
export function seasonValue(dct: Day, season: string, choice: SeasonChoice): string {
  const s = SEASON_ORDER.indexOf(season);
  const current = seasonIndexAt(dct);
  const base = Math.floor(current / 4) * 4 + s;
  const candidates = [base - 4, base, base + 4];
  let pick = base;
  if (choice === 'last') pick = Math.max(...candidates.filter((c) => c < current));
  else if (choice === 'next') pick = Math.min(...candidates.filter((c) => c > current));
  else if (choice === 'past') pick = Math.max(...candidates.filter((c) => c <= current));
  else if (choice === 'future') pick = Math.min(...candidates.filter((c) => c >= current));
  else pick = candidates.reduce((a, c) => (Math.abs(c - current) < Math.abs(a - current) ? c : a), base);
  return `${pad(Math.floor(pick / 4), 4)}-${season}`;
}

/** A calendar value `n` units away from `day`, at the unit's granularity. */
export function shiftValue(day: Day, unit: Unit, n: number): string | null {
  switch (unit) {
    case 'day':
      return formatDay(addDays(day, n));
    case 'week':
      return formatWeek(addDays(day, 7 * n));
    case 'month': {
      const m = addMonths(day.year, day.month, n);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      const m = addMonths(day.year, day.month, 3 * n);
      return `${pad(m.year, 4)}-Q${quarterOf({ year: m.year, month: m.month, day: 1 })}`;
    }
    case 'year':
      return pad(day.year + n, 4);
    case 'decade':
      return pad(Math.floor(day.year / 10) + n, 3);
    case 'century':
      return pad(Math.floor(day.year / 100) + n, 2);
    default:
      return null;
  }
}

/** The X-placeholder value of a unit, for relative dates in undated articles. */
export function unknownValue(unit: Unit): string {
  switch (unit) {
    case 'week':
      return 'XXXX-WXX';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'year':
      return 'XXXX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
    default:
      return 'XXXX-XX-XX';
  }
}

/**
 * The value a year before the last one mentioned, for "a year earlier", "the year-ago quarter":
 * when the last value already lies in an earlier year than the latest period a report can be
 * about (the quarter before publication), it is that comparison period itself ("… in the 1988
 * period. The year-ago results …"); in a March article the fourth quarter just reported is last
 * year's, and "a year earlier" is the year before it.
 */
export function yearBefore(lastValue: string | null, dct: Day | null): string | null {
  if (!lastValue || !/^\d{4}(?:-(?:Q[1-4]|H[12]))?$/.test(lastValue)) return null;
  const reportedYear = dct ? (dct.month <= 3 ? dct.year - 1 : dct.year) : null;
  if (reportedYear !== null && Number(lastValue.slice(0, 4)) < reportedYear) return lastValue;
  return shiftValueByYears(lastValue, -1);
}

/** Shifts a calendar value by whole years, keeping its granularity ("a year earlier" after 1989-Q3 → 1988-Q3). */
export function shiftValueByYears(value: string, years: number): string | null {
  const m = /^(\d{4})(-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d\d|\d\d-\d\d))?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]) + years;
  const rest = m[2] ?? '';
  if (rest === '-02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return `${pad(year, 4)}-02-28`;
  return `${pad(year, 4)}${rest}`;
}
