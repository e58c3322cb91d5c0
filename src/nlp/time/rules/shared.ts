// Pieces shared by the rule families: word edges, modifiers, day references and the small
// resolution steps several rules take.
import type { TimeMod } from '../../../types.js';
import {
  type Anchoring,
  dayOfWeekday,
  type Reading,
  reading,
  shiftValue,
  unknownValue,
  yearBefore,
  yearOfMonthDay,
} from '../anchoring.js';
import { addDays, type Day, dayNumber, formatDay, formatWeek, isValidDay, pad, weekday } from '../calendar.js';
import { COUNT, MONTH_NAME, monthNumber, type Unit, VAGUE_COUNT, WEEKDAY_NAME, weekdayNumber } from '../lexicon.js';

export interface Candidate {
  start: number;
  end: number;
  resolve: (a: Anchoring) => Reading | null;
}

export interface Rule {
  name: string;
  /**
   * Words every match needs, tested once per text before the pattern scans it: most rules find
   * nothing in most articles, and a literal-led test costs a fraction of a full scan by a pattern
   * that opens with a lookbehind or a long alternation. A cue must hold wherever the pattern
   * matches (time-rule-cues.test.ts checks it on real text), or the rule loses matches.
   */
  cue?: RegExp;
  pattern: RegExp;
  read: (m: RegExpExecArray) => Candidate | null;
}

// Word edges: a match may not begin or end inside a word ("Mayor", "nowhere", "1990s").
export const B = String.raw`(?<![\w'’$/.-])`;
/**
 * The same edge for matches that begin with a letter or digit, written as \b so the regex
 * engine can skip ahead quickly; candidates() in ../index.ts drops a match that follows
 * ' ’ $ / . or -, which B would have refused (WORD_START_GUARD).
 */
export const W = String.raw`\b`;
export const WORD_START_GUARD = /['’$/.-]/;

/** Cues (see Rule) of the rules that need a month's or a weekday's name: every form of one
 * (lexicon.ts, in title and upper case) begins with these three letters. */
export const MONTH_CUE =
  /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;
export const WEEKDAY_CUE = /Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN/;
export const E = String.raw`(?![\w]|-\w|['’](?!s\b))`;

/**
 * Zones and words after a 24-hour clock time: "as of 1700 BST", "0930 GMT", "1130 local",
 * "1600 hrs". One table for the clock rules (days.ts) and the year rule's refusal.
 */
export const TIME_ZONES = [
  'BST',
  'GMT',
  'UTC',
  'CET',
  'CEST',
  'EET',
  'EEST',
  'MSK',
  'IST',
  'JST',
  'HKT',
  'SGT',
  'AEST',
  'AEDT',
  'EST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'PST',
  'PDT',
  'ET',
  'hrs',
  'local time',
  'local',
].join('|');

/** "early", "mid-", "late", "the end of" … before a month, year, season or decade. */
export const EDGE = String.raw`(?:(early|earlier|mid|middle|late|later|the end of|the beginning of|the start of|the middle of|the close of|end of|beginning of|start of|the rest of)[- ]?)`;

/** TIMEX3 guidelines: "late January" → 2024-01 with mod END; "early" START; "mid" MID. */
export function edgeMod(word: string | undefined): TimeMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(?:early|earlier)$|beginning|start/.test(w)) return 'START';
  if (w.includes('mid')) return 'MID';
  if (/^(?:late|later)$|end|close/.test(w)) return 'END';
  return undefined;
}

/** "more than two years", "nearly an hour", "at least 72 hours": the quantifier stays in the span. */
export const QUANTIFIER = String.raw`(?:(more than|over|just over|well over|less than|under|just under|nearly|almost|about|around|roughly|approximately|some|at least|at most|no more than|up to|the better part of)\s)`;

export function quantifierMod(word: string | undefined): TimeMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/more than|over/.test(w)) return 'MORE_THAN';
  if (/less than|under/.test(w)) return 'LESS_THAN';
  if (/at least/.test(w)) return 'EQUAL_OR_MORE';
  if (/at most|no more than|up to/.test(w)) return 'EQUAL_OR_LESS';
  return 'APPROX';
}

export const DAY_PART: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  tonight: 'NI',
};

export function rx(source: string, flags = 'g'): RegExp {
  return new RegExp(source, flags);
}

export function ci(source: string): RegExp {
  return new RegExp(source, 'gi');
}

/** A day-valued reading that keeps X placeholders when the article is undated. */
export function dayReading(day: Day | null, mod?: TimeMod, part?: string): Reading {
  const value = day ? formatDay(day) : 'XXXX-XX-XX';
  return part ? reading('TIME', `${value}T${part}`, mod) : reading('DATE', value, mod);
}

/** "yesterday", "today", "tomorrow", "the day before yesterday" as a day offset. */
export function deicticOffset(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'today' || w === 'tonight') return 0;
  if (w === 'yesterday') return -1;
  if (w === 'tomorrow') return 1;
  if (w === 'the day before yesterday') return -2;
  if (w === 'the day after tomorrow') return 2;
  return null;
}

/** A weekday, optionally with "last"/"this"/"next", resolved against the publication date. */
export function weekdayDay(a: Anchoring, isoWeekday: number, relation: string | undefined): Day | null {
  if (!a.dct) return null;
  const r = relation?.toLowerCase();
  if (r === 'last' || r === 'past') {
    // "last Friday": the latest Friday before publication day.
    const d = dayOfWeekday(a.dct, isoWeekday, 'past');
    return formatDay(d) === formatDay(a.dct) ? addDays(d, -7) : d;
  }
  if (r === 'next' || r === 'coming') {
    const d = dayOfWeekday(a.dct, isoWeekday, 'future');
    return formatDay(d) === formatDay(a.dct) ? addDays(d, 7) : d;
  }
  if (r === 'this') return addDays(a.dct, isoWeekday - weekday(a.dct));
  // A weekday beside a present-tense verb is a schedule ("meets Monday"); only the past looks back.
  return dayOfWeekday(a.dct, isoWeekday, a.tense === 'past' ? 'past' : 'future');
}

// A week: an entry this far before publication is a look back, not the page's own day.
const CHRONOLOGY_DAYS = 7;

/**
 * A weekday as the story uses it: one it has already named stands for the same day ("Saturday
 * … at 15:00 GMT Saturday", "Friday … Friday night"), as long as that day lies within a week
 * of publication; otherwise it is resolved against publication (weekdayDay).
 */
export function storyWeekday(a: Anchoring, isoWeekday: number, relation: string | undefined): Day | null {
  // A chronology's entry tells its own day: its weekday is that day's, or one of the days after.
  // Only an entry over a week before publication: a page's stamp ("June 3 | Thu Jun 3, 2010")
  // opens its lead the same way, and a weekday there is read from publication.
  if (!relation && a.entryDay && a.dct && dayNumber(a.dct) - dayNumber(a.entryDay) > CHRONOLOGY_DAYS)
    return addDays(a.entryDay, (isoWeekday - weekday(a.entryDay) + 7) % 7);
  const named = relation ? undefined : a.weekdays.get(isoWeekday);
  // "BP said on Monday it had collected …" after "a trip beginning on Monday": the words before
  // a day that has come outrank a Monday the story named ahead.
  const namedAhead = named && a.dct && dayNumber(named) > dayNumber(a.dct);
  if (named && a.dct && Math.abs(dayNumber(named) - dayNumber(a.dct)) < 7 && !(namedAhead && a.pastByWords))
    return named;
  return weekdayDay(a, isoWeekday, relation);
}

/** What follows the last mark of `stops` in `window` (all of it when there is none). */
export function lastClause(window: string, stops: RegExp): string {
  let from = 0;
  for (let i = window.length - 1; i >= 0; i--) {
    if (stops.test(window[i]!)) {
      from = i + 1;
      break;
    }
  }
  return window.slice(from);
}

export const DEICTIC_DAY = String.raw`(?:the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow)`;
export const DAY_PART_WORD = String.raw`(?:morning|afternoon|evening|night|overnight)`;

/** A day reference after a clock time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "at 4:20 am on 16 Jun 2010". */
export const DAY_REF = String.raw`(?:${DEICTIC_DAY}|${WEEKDAY_NAME}|${MONTH_NAME} \d{1,2}(?:, \d{4})?|\d{1,2} ${MONTH_NAME}(?: \d{4})?)`;

const BRITISH_DAY_REF = /^(\d{1,2}) (\S+)(?: (\d{4}))?$/;

export function dayOfReference(ref: string, a: Anchoring): Day | null {
  const offset = deicticOffset(ref);
  if (offset !== null) return a.dct ? addDays(a.dct, offset) : null;
  const wd = weekdayNumber(ref);
  if (wd !== null) return storyWeekday(a, wd, undefined);
  // "Nov. 6, 2008" or, in British order, "16 Jun 2010".
  const m = /^(\S+) (\d{1,2})(?:, (\d{4}))?$/.exec(ref) ?? BRITISH_DAY_REF.exec(ref);
  if (!m) return null;
  const british = /^\d/.test(ref);
  const month = monthNumber((british ? m[2] : m[1])!);
  const day = Number(british ? m[1] : m[2]);
  if (month === null) return null;
  const year = m[3] ? Number(m[3]) : a.dct ? yearOfMonthDay(a.dct, month, day, a.tense) : null;
  return year !== null && isValidDay(year, month, day) ? { year, month, day } : null;
}

export function clock(
  hourText: string | undefined,
  minuteText: string | undefined,
  meridiem: string | undefined,
  word: string | undefined,
): string | null {
  if (word) {
    const w = word.toLowerCase();
    if (w === 'midnight') return '24:00';
    return '12:00';
  }
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (!Number.isInteger(hour) || hour < 1 || hour > 12 || minute > 59) return null;
  const pm = meridiem?.toLowerCase() === 'p';
  if (pm && hour < 12) hour += 12;
  if (!pm && hour === 12) hour = 0;
  return `${pad(hour, 2)}:${pad(minute, 2)}`;
}

export function ago(
  count: number,
  unit: Unit,
  a: Anchoring,
  base: Day | null,
  direction: number,
  mod?: TimeMod,
  fromLastValue = false,
): Reading | null {
  if (unit === 'second' || unit === 'minute' || unit === 'hour') return null;
  if (!base) return reading('DATE', unknownValue(unit), mod);
  // "a year earlier" after a quarter means that quarter a year before (TempEval financial news);
  // after a year or a half ("profit in 2012 rose from a year earlier") the one before it.
  const period = fromLastValue ? /^\d{4}(?:-(?:Q[1-4]|H[12]))?$/ : /^\d{4}-Q[1-4]$/;
  if (unit === 'year' && count === 1 && direction < 0 && a.lastValue && period.test(a.lastValue)) {
    const v = yearBefore(a.lastValue, a.dct);
    if (v) return { ...reading('DATE', v, mod), derived: true };
  }
  const whole = Number.isInteger(count) ? count : null;
  if (whole === null) return null;
  const value = shiftValue(base, unit, direction * whole);
  return value ? reading('DATE', value, mod) : null;
}

export function relativeUnit(unit: Unit | 'weekend', offset: number, a: Anchoring, mod?: TimeMod): Reading {
  if (!a.dct) return reading('DATE', unit === 'weekend' ? 'XXXX-WXX-WE' : unknownValue(unit), mod);
  if (unit === 'weekend') {
    // "the weekend" in a past-tense sentence is the one just gone (early in the week, in any tense
    // but the future); on a Saturday or Sunday it is the running one.
    const isoDay = weekday(a.dct);
    const inWeekend = isoDay >= 6;
    let shift = offset;
    // From Thursday a present or modal "could push the oil ashore over the weekend" is the coming one.
    if (offset === 0 && !inWeekend && a.tense !== 'future' && !(a.tense === 'present' && isoDay >= 4)) shift = -1;
    if (offset === -1 && inWeekend) shift = -1;
    if (offset === -1 && !inWeekend) shift = -1;
    return reading('DATE', `${formatWeek(addDays(a.dct, 7 * shift))}-WE`, mod);
  }
  return reading('DATE', shiftValue(a.dct, unit, offset) ?? unknownValue(unit), mod);
}

export function relationOffset(word: string): number {
  const w = word.toLowerCase().replace(/^the /, '');
  if (/^(?:last|past|previous|latest|prior|most recent)$/.test(w)) return -1;
  if (/^(?:next|coming|following)$/.test(w)) return 1;
  return 0;
}

/** The quarter before publication's (the one "the latest quarter" reports on). */
export function lastQuarter(dct: Day): string {
  return shiftValue(dct, 'quarter', -1) ?? 'XXXX-QX';
}

/** The last date mentioned, as a day to count from (its first day when coarser), else publication. */
export function lastDay(a: Anchoring, unit: Unit = 'year'): Day | null {
  const v = a.lastValue;
  if (v) {
    const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(v);
    // "that night" needs a day to count from; a year or a month last mentioned does not give one.
    const fineEnough = unit === 'year' || (unit === 'month' ? m?.[2] !== undefined : m?.[3] !== undefined);
    if (m && fineEnough && !/^\d{4}-[QHW]/.test(v)) {
      const day = { year: Number(m[1]), month: m[2] ? Number(m[2]) : 1, day: m[3] ? Number(m[3]) : 1 };
      if (isValidDay(day.year, day.month, day.day)) return day;
    }
  }
  return a.reference ?? a.dct;
}

export const COUNTED_BEFORE = new RegExp(String.raw`(?:\d|\b(?:${COUNT}|${VAGUE_COUNT}))[\s-]$`, 'i');

/** The end of a range of months that carries the year: "… and March 2003" (month, year). */
export const RANGE_YEAR = new RegExp(
  String.raw`^\s*(?:and|to|through|until|or|-|–)\s*(?:(?:early|mid|late)[- ]?)?(${MONTH_NAME}),?\s(\d{4})(?!\d)`,
);

export const PLURAL_UNIT = String.raw`(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)`;
