// Recognition rules for English time expressions in news, each a precompiled pattern and a reader
// that turns one match into a TIMEX3 reading once the anchoring context is known. The rule ideas
// follow TimeML/TIMEX3 annotation guidelines and HeidelTime's English resources; the patterns
// are our own.
import type { TimeMod } from '../../types.js';
import {
  type Anchoring,
  dayOfWeekday,
  quarterOf,
  type Reading,
  reading,
  seasonValue,
  shiftValue,
  unknownValue,
  yearBefore,
  yearOfMonth,
  yearOfMonthDay,
  yearOfQuarter,
} from './anchoring.js';
import { addDays, type Day, dayNumber, daysInMonth, formatDay, formatMonth, formatWeek, isValidDay, pad, weekday } from './calendar.js';
import {
  COUNT,
  countValue,
  durationValue,
  MONTH_NAME,
  monthNumber,
  ORDINAL,
  ordinalValue,
  SAFE_MONTH_NAME,
  SEASONS,
  UNIT,
  type Unit,
  unitOf,
  SPOKEN_YEAR,
  VAGUE_COUNT,
  WEEKDAY_NAME,
  yearNumber,
  weekdayNumber,
} from './lexicon.js';

export interface Candidate {
  start: number;
  end: number;
  resolve: (a: Anchoring) => Reading | null;
}

export interface Rule {
  name: string;
  pattern: RegExp;
  read: (m: RegExpExecArray) => Candidate | null;
}

// Word edges: a match may not begin or end inside a word ("Mayor", "nowhere", "1990s").
const B = String.raw`(?<![\w'’$/.-])`;
const E = String.raw`(?![\w]|-\w|['’](?!s\b))`;

/** "early", "mid-", "late", "the end of" … before a month, year, season or decade. */
const EDGE = String.raw`(?:(early|earlier|mid|middle|late|later|the end of|the beginning of|the start of|the middle of|the close of|end of|beginning of|start of|the rest of)[- ]?)`;

/** TIMEX3 guidelines: "late January" → 2024-01 with mod END; "early" START; "mid" MID. */
export function edgeMod(word: string | undefined): TimeMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(early|earlier)$|beginning|start/.test(w)) return 'START';
  if (/mid|middle/.test(w)) return 'MID';
  if (/^(late|later)$|end|close/.test(w)) return 'END';
  return undefined;
}

/** "more than two years", "nearly an hour", "at least 72 hours": the quantifier stays in the span. */
const QUANTIFIER = String.raw`(?:(more than|over|just over|well over|less than|under|just under|nearly|almost|about|around|roughly|approximately|some|at least|at most|no more than|up to|the better part of)\s)`;

function quantifierMod(word: string | undefined): TimeMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/more than|over/.test(w)) return 'MORE_THAN';
  if (/less than|under/.test(w)) return 'LESS_THAN';
  if (/at least/.test(w)) return 'EQUAL_OR_MORE';
  if (/at most|no more than|up to/.test(w)) return 'EQUAL_OR_LESS';
  return 'APPROX';
}

const DAY_PART: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  tonight: 'NI',
};

function rx(source: string, flags = 'g'): RegExp {
  return new RegExp(source, flags);
}

function ci(source: string): RegExp {
  return new RegExp(source, 'gi');
}

/** A day-valued reading that keeps X placeholders when the article is undated. */
function dayReading(day: Day | null, mod?: TimeMod, part?: string): Reading {
  const value = day ? formatDay(day) : 'XXXX-XX-XX';
  return part ? reading('TIME', `${value}T${part}`, mod) : reading('DATE', value, mod);
}

/** "yesterday", "today", "tomorrow", "the day before yesterday" as a day offset. */
function deicticOffset(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'today' || w === 'tonight') return 0;
  if (w === 'yesterday') return -1;
  if (w === 'tomorrow') return 1;
  if (w === 'the day before yesterday') return -2;
  if (w === 'the day after tomorrow') return 2;
  return null;
}

/** A weekday, optionally with "last"/"this"/"next", resolved against the publication date. */
function weekdayDay(a: Anchoring, isoWeekday: number, relation: string | undefined): Day | null {
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

const DEICTIC_DAY = String.raw`(?:the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow)`;
const DAY_PART_WORD = String.raw`(?:morning|afternoon|evening|night|overnight)`;

/** A day reference after a clock time: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6". */
const DAY_REF = String.raw`(?:${DEICTIC_DAY}|${WEEKDAY_NAME}|${MONTH_NAME} \d{1,2}(?:, \d{4})?)`;

function dayOfReference(ref: string, a: Anchoring): Day | null {
  const offset = deicticOffset(ref);
  if (offset !== null) return a.dct ? addDays(a.dct, offset) : null;
  const wd = weekdayNumber(ref);
  if (wd !== null) return weekdayDay(a, wd, undefined);
  const m = /^(\S+) (\d{1,2})(?:, (\d{4}))?$/.exec(ref);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  const day = Number(m[2]);
  if (month === null) return null;
  const year = m[3] ? Number(m[3]) : a.dct ? yearOfMonthDay(a.dct, month, day, a.tense) : null;
  return year !== null && isValidDay(year, month, day) ? { year, month, day } : null;
}

function clock(hourText: string | undefined, minuteText: string | undefined, meridiem: string | undefined, word: string | undefined): string | null {
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

function ago(count: number, unit: Unit, a: Anchoring, base: Day | null, direction: number, mod?: TimeMod): Reading | null {
  if (unit === 'second' || unit === 'minute' || unit === 'hour') return null;
  if (!base) return reading('DATE', unknownValue(unit), mod);
  // "a year earlier" after a quarter means that quarter a year before (TempEval financial news).
  if (unit === 'year' && count === 1 && direction < 0 && a.lastValue && /^\d{4}-Q[1-4]$/.test(a.lastValue)) {
    const v = yearBefore(a.lastValue, a.dct);
    if (v) return { ...reading('DATE', v, mod), derived: true };
  }
  const whole = Number.isInteger(count) ? count : null;
  if (whole === null) return null;
  const value = shiftValue(base, unit, direction * whole);
  return value ? reading('DATE', value, mod) : null;
}

function relativeUnit(unit: Unit | 'weekend', offset: number, a: Anchoring, mod?: TimeMod): Reading {
  if (!a.dct) return reading('DATE', unit === 'weekend' ? 'XXXX-WXX-WE' : unknownValue(unit), mod);
  if (unit === 'weekend') {
    // "the weekend" in a past-tense sentence is the one just gone; on a Saturday or Sunday it is
    // the running one.
    const isoDay = weekday(a.dct);
    const inWeekend = isoDay >= 6;
    let shift = offset;
    if (offset === 0 && !inWeekend && a.tense !== 'future') shift = -1;
    if (offset === -1 && inWeekend) shift = -1;
    if (offset === -1 && !inWeekend) shift = -1;
    return reading('DATE', `${formatWeek(addDays(a.dct, 7 * shift))}-WE`, mod);
  }
  return reading('DATE', shiftValue(a.dct, unit, offset) ?? unknownValue(unit), mod);
}

function relationOffset(word: string): number {
  const w = word.toLowerCase().replace(/^the /, '');
  if (/^(last|past|previous|latest|prior|most recent)$/.test(w)) return -1;
  if (/^(next|coming|following)$/.test(w)) return 1;
  return 0;
}

/** The quarter before publication's (the one "the latest quarter" reports on). */
function lastQuarter(dct: Day): string {
  return shiftValue(dct, 'quarter', -1) ?? 'XXXX-QX';
}

/** The last date mentioned, as a day to count from (its first day when coarser), else publication. */
function lastDay(a: Anchoring): Day | null {
  const v = a.lastValue;
  if (v) {
    const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(v);
    if (m && !/^\d{4}-[QHW]/.test(v)) {
      const day = { year: Number(m[1]), month: m[2] ? Number(m[2]) : 1, day: m[3] ? Number(m[3]) : 1 };
      if (isValidDay(day.year, day.month, day.day)) return day;
    }
  }
  return a.reference ?? a.dct;
}

/** The n-th weekday of a month (n = -1: the last). */
function nthWeekday(year: number, month: number, isoWeekday: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((isoWeekday - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekday(last) - isoWeekday + 7) % 7));
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

function holidayDay(name: string, year: number): Day | null {
  if (year < 1583 || year > 9999) return null;
  switch (name.toLowerCase()) {
    case 'christmas eve': return { year, month: 12, day: 24 };
    case 'christmas':
    case 'christmas day': return { year, month: 12, day: 25 };
    case "new year's eve": return { year, month: 12, day: 31 };
    case "new year's day": return { year, month: 1, day: 1 };
    case 'independence day':
    case 'the fourth of july': return { year, month: 7, day: 4 };
    case 'halloween': return { year, month: 10, day: 31 };
    case "valentine's day": return { year, month: 2, day: 14 };
    case 'veterans day': return { year, month: 11, day: 11 };
    case 'thanksgiving':
    case 'thanksgiving day': return nthWeekday(year, 11, 4, 4);
    case 'labor day': return nthWeekday(year, 9, 1, 1);
    case 'memorial day': return nthWeekday(year, 5, 1, -1);
    // US federal elections: the Tuesday after the first Monday of November.
    case 'election day': return addDays(nthWeekday(year, 11, 1, 1), 1);
    case 'easter':
    case 'easter sunday': return easter(year);
    default: return null;
  }
}

const COUNTED_BEFORE = new RegExp(String.raw`(?:\d|\b(?:${COUNT}|${VAGUE_COUNT}))[\s-]$`, 'i');

const RANGE_YEAR = new RegExp(String.raw`^\s*(?:and|to|through|until|or|-|–)\s*(?:(?:early|mid|late)[- ]?)?${MONTH_NAME},?\s(\d{4})(?!\d)`);

const PLURAL_UNIT = String.raw`(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)`;

export const RULES: readonly Rule[] = [
  {
    // "10:35 a.m.", "5 p.m. EST, Nov. 6", "noon Thursday", "around 7:15 p.m."
    name: 'clock time',
    pattern: ci(
      String.raw`${B}(?:(about|around|approximately|shortly after|shortly before|just after|just before)\s)?(?:(\d{1,2})(?::(\d\d))?\s?([ap])\.?\s?m\b\.?|(noon|midday|midnight))` +
        String.raw`(?:\s(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local time))?(?:,?\s(?:on\s)?(${DAY_REF}))?(?![\w'])`,
    ),
    read: (m) => {
      const time = clock(m[2], m[3], m[4], m[5]);
      if (!time) return null;
      const mod: TimeMod | undefined = m[1] ? (/after/i.test(m[1]) ? 'AFTER' : /before/i.test(m[1]) ? 'BEFORE' : 'APPROX') : undefined;
      const ref = m[6];
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          // A clock time without a day belongs to the last day mentioned ("shot on Oct. 23 …
          // at 10 p.m."), else to publication day.
          const day = ref ? dayOfReference(ref, a) : a.reference;
          return reading('TIME', `${day ? formatDay(day) : 'XXXX-XX-XX'}T${time}`, mod);
        },
      };
    },
  },
  {
    // "this morning", "last night", "tonight", "yesterday afternoon", "Friday night", "late Tuesday"
    name: 'day and part of day',
    pattern: ci(
      String.raw`${B}(?:(early|late|mid)[- ])?(?:(this|last|yesterday|tomorrow|today|early this|late last)\s(${DAY_PART_WORD})|(tonight)|(${DEICTIC_DAY})\s(${DAY_PART_WORD})|(?:(last|this|next|past|coming)\s)?(${WEEKDAY_NAME})\s(${DAY_PART_WORD}))${E}`,
    ),
    read: (m) => {
      const edge = m[1]?.toLowerCase();
      const mod: TimeMod | undefined = edge === 'early' ? 'START' : edge === 'late' ? 'END' : edge === 'mid' ? 'MID' : undefined;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          if (m[4]) return dayReading(a.dct, mod, 'NI');
          if (m[2] && m[3]) {
            const rel = m[2].toLowerCase();
            const part = m[3].toLowerCase();
            const offset = /last|yesterday/.test(rel) ? -1 : rel === 'tomorrow' ? 1 : 0;
            // "last night" is the night before publication; "last evening" likewise.
            return dayReading(a.dct ? addDays(a.dct, offset) : null, mod, DAY_PART[part]);
          }
          if (m[5] && m[6]) {
            const offset = deicticOffset(m[5]) ?? 0;
            return dayReading(a.dct ? addDays(a.dct, offset) : null, mod, DAY_PART[m[6].toLowerCase()]);
          }
          const wd = weekdayNumber(m[8] ?? '');
          if (wd === null) return null;
          // TempEval annotators mostly give "Friday night" the weekday's date: day precision is
          // what a timeline needs, and the part of day is seldom what the sentence is about.
          const day = weekdayDay(a, wd, m[7]);
          return day ? dayReading(day, mod) : reading('DATE', `XXXX-WXX-${wd}`, mod);
        },
      };
    },
  },
  {
    // "Oct. 23, 1998", "Friday, Aug. 7, 1998", "23 October 1998"
    name: 'full date',
    pattern: rx(
      String.raw`${B}(?:${WEEKDAY_NAME},?\s)?(?:(${MONTH_NAME})\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(${MONTH_NAME}),?\s(\d{4}))(?![\w'])`,
    ),
    read: (m) => {
      const month = monthNumber(m[1] ?? m[5] ?? '');
      const day = Number(m[2] ?? m[4]);
      const year = Number(m[3] ?? m[6]);
      if (month === null || !isValidDay(year, month, day)) return null;
      const value = formatDay({ year, month, day });
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', value) };
    },
  },
  {
    // "1998-08-07", "8/7/1998" (American order)
    name: 'numeric date',
    pattern: rx(String.raw`${B}(?:(\d{4})-(\d\d)-(\d\d)|(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}))(?![\w/])`),
    read: (m) => {
      const year = m[1] ? Number(m[1]) : m[6]!.length === 2 ? 1900 + Number(m[6]) + (Number(m[6]) < 50 ? 100 : 0) : Number(m[6]);
      const month = Number(m[2] ?? m[4]);
      const day = Number(m[3] ?? m[5]);
      if (!isValidDay(year, month, day)) return null;
      const value = formatDay({ year, month, day });
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', value) };
    },
  },
  {
    // "Sept. 30", "Friday, Oct. 23", "the 23rd of October": the year comes from the tense.
    name: 'month and day',
    pattern: rx(
      String.raw`${B}(?:(${WEEKDAY_NAME}),?\s)?(?:(last|this|next|Last|This|Next)\s)?(?:(${MONTH_NAME})\s(\d{1,2})(?:st|nd|rd|th)?|(?:the\s)?(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(${MONTH_NAME}))(?![\w'’]|[,.:]?\d|\s\d)`,
    ),
    read: (m) => {
      const relation = m[2]?.toLowerCase();
      const month = monthNumber(m[3] ?? m[6] ?? '');
      const day = Number(m[4] ?? m[5]);
      if (month === null || day < 1 || day > 31) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          if (!a.dct) return reading('DATE', `XXXX-${pad(month, 2)}-${pad(day, 2)}`);
          // "last Oct. 23" is the latest one before publication, "next May 5" the first after it.
          const lean = relation === 'last' ? 'past' : relation === 'next' ? 'future' : a.tense;
          const year = yearOfMonthDay(a.dct, month, day, lean);
          if (!isValidDay(year, month, day)) return null;
          return reading('DATE', formatDay({ year, month, day }));
        },
      };
    },
  },
  {
    // "October 1989", "late November 1999", "May of 1990"
    name: 'month and year',
    pattern: rx(String.raw`${B}${EDGE}?(${MONTH_NAME}),?\s(?:of\s)?(\d{4}|${SPOKEN_YEAR})(?![\w'])`),
    read: (m) => {
      const month = monthNumber(m[2]!);
      const year = yearNumber(m[3]!);
      if (month === null || year === null) return null;
      const value = formatMonth(year, month);
      const mod = edgeMod(m[1]);
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', value, mod) };
    },
  },
  {
    // "in August", "late January", "last March": the year comes from the relation or the tense.
    name: 'month',
    pattern: rx(
      String.raw`${B}(?:(early|mid|late|Early|Mid|Late|the end of|the beginning of|the middle of|end of)[- ]?)?(?:(last|this|next|Last|This|Next)\s)?(${SAFE_MONTH_NAME}|(?<=\b(?:in|In|since|Since|until|till|through|by|By|of|during|before|after|from|to|early|mid|late|last|next|this|end of|and|or|between|By|Until|Since|the|The)[- ])(?:May|March|MAY|MARCH))(?![\w'’]|\.\w|\.?\s\d)`,
    ),
    read: (m) => {
      const month = monthNumber(m[3]!);
      if (month === null) return null;
      const mod = edgeMod(m[1]);
      const relation = m[2]?.toLowerCase();
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          // "between January and March 2003": the range's year is written once, at its end.
          const shared = relation ? null : RANGE_YEAR.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40));
          if (shared) return reading('DATE', formatMonth(Number(shared[1]), month), mod);
          if (!relation && a.narrativeYear !== null && a.dct && a.narrativeYear < a.dct.year) return reading('DATE', formatMonth(a.narrativeYear, month), mod);
          if (!a.dct) return reading('DATE', `XXXX-${pad(month, 2)}`, mod);
          let year: number;
          if (relation === 'last') year = month < a.dct.month ? a.dct.year : a.dct.year - 1;
          else if (relation === 'next') year = month > a.dct.month ? a.dct.year : a.dct.year + 1;
          else if (relation === 'this') year = a.dct.year;
          else year = yearOfMonth(a.dct, month, a.tense);
          return reading('DATE', formatMonth(year, month), mod);
        },
      };
    },
  },
  {
    // "last fall", "the summer of 1998", "this spring", "early winter"
    name: 'season',
    pattern: ci(
      String.raw`${B}${EDGE}?(?:(last|this|next|past|coming|the|in)\s)?(spring|summer|fall|autumn|winter)(?:(?:\sof)?\s(\d{4}|${SPOKEN_YEAR}))?${E}`,
    ),
    read: (m) => {
      const season = SEASONS.get(m[3]!.toLowerCase())!;
      const relation = m[2]?.toLowerCase();
      const year = m[4] ? yearNumber(m[4]) : null;
      // A season needs a determiner or a year to be a date: "prices fall", "the fall of Rome".
      if (!relation && !m[1] && year === null) return null;
      if (m[3]!.toLowerCase() === 'fall' && year === null && !/^(last|this|next|past|coming)$/.test(relation ?? '')) return null;
      const start = relation === 'in' ? m.index + 3 : m.index;
      const mod = edgeMod(m[1]);
      return {
        start,
        end: m.index + m[0].length,
        resolve: (a) => {
          if (year !== null) return reading('DATE', `${pad(year, 4)}-${season}`, mod);
          if (!a.dct) return reading('DATE', `XXXX-${season}`, mod);
          const choice = relation === 'last' || relation === 'past' ? 'last' : relation === 'next' || relation === 'coming' ? 'next' : relation === 'this' ? 'this' : a.tense;
          return reading('DATE', seasonValue(a.dct, season, choice), mod);
        },
      };
    },
  },
  {
    // "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1989"
    name: 'ordinal quarter',
    pattern: ci(
      String.raw`${B}(?:the\s)?(?:(\d{4})(?:'s)?\s)?(?:(?:fiscal|calendar)\s)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?:(?:\sof|\sin|,)?\s(?:fiscal\s)?(?:year\s)?(\d{4}))?${E}`,
    ),
    read: (m) => {
      const quarter = ordinalValue(m[2]!);
      if (quarter === null || quarter < 1 || quarter > 4) return null;
      const explicitYear = m[1] ?? m[3];
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          if (explicitYear) return reading('DATE', `${explicitYear}-Q${quarter}`);
          if (!a.dct) return reading('DATE', `XXXX-Q${quarter}`);
          return reading('DATE', `${pad(yearOfQuarter(a.dct, quarter, a.tense), 4)}-Q${quarter}`);
        },
      };
    },
  },
  {
    // "Q3", "Q3 2013", "2013 Q3"
    name: 'quarter code',
    pattern: rx(String.raw`${B}(?:(\d{4})\s)?Q([1-4])(?:\s(\d{4}))?(?![\w'])`),
    read: (m) => {
      const quarter = Number(m[2]);
      const explicitYear = m[1] ?? m[3];
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          if (explicitYear) return reading('DATE', `${explicitYear}-Q${quarter}`);
          if (!a.dct) return reading('DATE', `XXXX-Q${quarter}`);
          return reading('DATE', `${pad(yearOfQuarter(a.dct, quarter, a.tense), 4)}-Q${quarter}`);
        },
      };
    },
  },
  {
    // "the latest quarter", "last quarter", "this quarter", "the year-earlier quarter", "the quarter"
    name: 'relative quarter',
    pattern: ci(
      String.raw`${B}(?:(the\s)?(latest|most recent|last|previous|past|prior|current|present|this|next|coming|year-earlier|year-ago|year-before)[- ]quarter|(the) quarter)${E}`,
    ),
    read: (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      resolve: (a) => {
        const relation = (m[2] ?? '').toLowerCase();
        const lastQuarterValue = a.lastQuarter;
        if (!a.dct) return reading('DATE', 'XXXX-QX');
        if (/^year-/.test(relation)) {
          return { ...reading('DATE', yearBefore(lastQuarterValue ?? lastQuarter(a.dct), a.dct) ?? 'XXXX-QX'), derived: true };
        }
        // "the quarter" is the one last named in this year's results, else the one just ended.
        if (!relation) {
          const named = lastQuarterValue && Number(lastQuarterValue.slice(0, 4)) === a.dct.year ? lastQuarterValue : null;
          return reading('DATE', named ?? lastQuarter(a.dct));
        }
        if (/^(latest|most recent|last|previous|past|prior)$/.test(relation)) return reading('DATE', lastQuarter(a.dct));
        if (/^(next|coming)$/.test(relation)) return reading('DATE', shiftValue(a.dct, 'quarter', 1) ?? 'XXXX-QX');
        return reading('DATE', `${pad(a.dct.year, 4)}-Q${quarterOf(a.dct)}`);
      },
    }),
  },
  {
    // "the first half", "the second half of 1990", "first-half"
    name: 'half year',
    pattern: ci(String.raw`${B}(?:the\s)?(first|second|last)[- ]half(?:\sof\s(?:(?:fiscal\s)?(\d{4})|(?:the\s|this\s)?year))?${E}`),
    read: (m) => {
      const half = m[1]!.toLowerCase() === 'first' ? 1 : 2;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          if (m[2]) return reading('DATE', `${m[2]}-H${half}`);
          if (!a.dct) return reading('DATE', `XXXX-H${half}`);
          const current = a.dct.month <= 6 ? 1 : 2;
          let year = a.dct.year;
          if (a.tense === 'past' && half > current) year -= 1;
          if (a.tense === 'future' && half < current) year += 1;
          return reading('DATE', `${pad(year, 4)}-H${half}`);
        },
      };
    },
  },
  {
    // "the 1990s", "the mid-1980s", "'80s": TIMEX3 writes a decade as its first three digits.
    name: 'decade',
    pattern: ci(String.raw`${B}(?:(early|mid|late)[- ]?)?(?:(1[0-9]|20)(\d)0'?s|['’](\d)0s)${E}`),
    read: (m) => {
      const value = m[2] ? `${m[2]}${m[3]}` : `19${m[4]}`;
      const mod = edgeMod(m[1]);
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', value, mod) };
    },
  },
  {
    // Decades in words: "the nineties", "the mid-eighties" (of the twentieth century).
    name: 'decade in words',
    pattern: ci(String.raw`${B}the\s(?:(early|mid|late)[- ]?)?(?:nineteen[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${E}`),
    read: (m) => {
      const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[2]!.toLowerCase()) + 2;
      const value = `19${tens}`;
      const mod = edgeMod(m[1]);
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', value, mod) };
    },
  },
  {
    // "the 20th century", "the early 19th century"
    name: 'century',
    pattern: ci(String.raw`${B}(?:the\s)?(?:(early|mid|late)[- ]?)?(${ORDINAL})[- ]century${E}`),
    read: (m) => {
      const n = ordinalValue(m[2]!);
      if (n === null || n < 1) return null;
      const value = pad(n - 1, 2);
      const mod = edgeMod(m[1]);
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', value, mod) };
    },
  },
  {
    // "1990", "fiscal 1989", "the end of 1990", "early 2024"
    name: 'year',
    pattern: ci(
      // "post-1959" and "mid-1996" are years; "1988-89" and "$1990" are not.
      String.raw`(?<![\w'’$/.]|\d-)${EDGE}?(?:(fiscal|calendar|the year|fiscal year|FY)\s?)?(?<![\w$.,'’/]|\d-)(1[6-9]\d\d|20\d\d)(?![\w%'’/]|[.,:]\d|-\d|\s?(?:percent|%))`,
    ),
    read: (m) => {
      const value = m[3]!;
      const mod = edgeMod(m[1]);
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', value, mod) };
    },
  },
  {
    // "yesterday", "today", "tomorrow"
    name: 'deictic day',
    pattern: ci(String.raw`${B}(?:(early|late)\s)?(${DEICTIC_DAY})${E}`),
    read: (m) => {
      const offset = deicticOffset(m[2]!);
      if (offset === null) return null;
      const night = m[2]!.toLowerCase() === 'tonight';
      const mod = edgeMod(m[1]);
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => dayReading(a.dct ? addDays(a.dct, offset) : null, mod, night ? 'NI' : undefined),
      };
    },
  },
  {
    // "Mondays", "Tuesday nights": a weekday in the plural recurs (TIMEX3 SET XXXX-WXX-2TNI).
    name: 'weekday set',
    pattern: rx(String.raw`${B}(?:(${WEEKDAY_NAME})\s(mornings|afternoons|evenings|nights)|(${WEEKDAY_NAME})s)(?![\w'’])`),
    read: (m) => {
      const wd = weekdayNumber(m[1] ?? m[3] ?? '');
      if (wd === null) return null;
      const part = m[2] ? DAY_PART[m[2].toLowerCase().replace(/s$/, '')] : undefined;
      const value = `XXXX-WXX-${wd}${part ? `T${part}` : ''}`;
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('SET', value) };
    },
  },
  {
    // "the previous Friday", "the following Monday": counted from the last day mentioned.
    name: 'anaphoric weekday',
    pattern: rx(String.raw`${B}(?:the\s)?(previous|preceding|following|next)\s(${WEEKDAY_NAME})(?![\w])`),
    read: (m) => {
      const wd = weekdayNumber(m[2]!);
      if (wd === null) return null;
      const forward = /following|next/.test(m[1]!);
      // "next Friday" without "the" is counted from publication by the weekday rule.
      if (!m[0].startsWith('the') && !m[0].startsWith('The') && m[1] === 'next') return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          const base = a.reference ?? a.dct;
          if (!base) return reading('DATE', `XXXX-WXX-${wd}`);
          const gap = forward ? ((wd - weekday(base) + 7) % 7 || 7) : -((weekday(base) - wd + 7) % 7 || 7);
          return reading('DATE', formatDay(addDays(base, gap)));
        },
      };
    },
  },
  {
    // "Friday", "last Friday", "next Tuesday": past tense → on or before publication.
    name: 'weekday',
    pattern: rx(String.raw`${B}(?:(early|late|Early|Late)\s)?(?:(last|this|next|past|coming|Last|This|Next)\s)?(${WEEKDAY_NAME})(?![\w])`),
    read: (m) => {
      const wd = weekdayNumber(m[3]!);
      if (wd === null) return null;
      const mod = edgeMod(m[1]);
      // "Wednesday's ruling": a possessive weekday names something that has happened.
      const possessive = /^['’]s\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3));
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          // A weekday named again in the same story is the same day, whatever the verb.
          const named = m[2] ? undefined : a.weekdays.get(wd);
          const day = named && a.dct && Math.abs(dayNumber(named) - dayNumber(a.dct)) <= 7 ? named : weekdayDay(possessive && !m[2] ? { ...a, tense: 'past' } : a, wd, m[2]);
          return day ? dayReading(day, mod) : reading('DATE', `XXXX-WXX-${wd}`, mod);
        },
      };
    },
  },
  {
    // "every Monday", "each July", "every day", "every two weeks", "each year"
    name: 'set every',
    pattern: ci(
      String.raw`${B}(?:every|each|per)(?:\sother)?\s(?:(${COUNT})\s)?(${UNIT}|${WEEKDAY_NAME}|${MONTH_NAME}|morning|afternoon|evening|night)${E}`,
    ),
    read: (m) => {
      const word = m[2]!;
      const unit = unitOf(word);
      const wd = weekdayNumber(word);
      const month = unit ? null : monthNumber(word);
      const part = DAY_PART[word.toLowerCase()];
      const count = m[1] ? countValue(m[1]) : 1;
      let value: string | null = null;
      if (wd !== null) value = `XXXX-WXX-${wd}`;
      else if (part) value = `XXXX-XX-XXT${part}`;
      else if (unit) value = durationValue(count, unit);
      else if (month !== null) value = `XXXX-${pad(month, 2)}`;
      if (!value) return null;
      const v = value;
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('SET', v) };
    },
  },
  {
    // "daily", "weekly", "annually", "twice a year", "once a month"
    name: 'set adverb',
    pattern: ci(
      String.raw`${B}(?:(daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly|semiannually)|(?:once|twice|(?:three|four|five|several|\d+) times)\s(?:a|per|every)\s(day|week|month|year|quarter|hour))${E}`,
    ),
    read: (m) => {
      const word = (m[1] ?? m[2] ?? '').toLowerCase();
      const values: Readonly<Record<string, string>> = {
        daily: 'P1D', nightly: 'P1D', day: 'P1D', weekly: 'P1W', week: 'P1W', biweekly: 'P2W', monthly: 'P1M', month: 'P1M',
        quarterly: 'P3M', quarter: 'P3M', annually: 'P1Y', yearly: 'P1Y', year: 'P1Y', hourly: 'PT1H', hour: 'PT1H',
        semiannually: 'P6M',
      };
      const value = values[word];
      if (!value) return null;
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('SET', value) };
    },
  },
  {
    // "$5 a year", "four flights a week", "358,000 a month": the "a year" of a rate. TimeML would
    // make it a SET, but news annotators leave rates unmarked, so the rule claims the words and
    // yields nothing, keeping them from being read as a duration.
    name: 'rate',
    pattern: ci(String.raw`(?<=(?:\d|%|percent|cents?|dollars?|million|billion|[a-z]{3,}s)\s)(?:a|per)\s(day|week|month|year|quarter|hour|second)${E}`),
    read: (m) => ({ start: m.index, end: m.index + m[0].length, resolve: () => null }),
  },
  {
    // "three years ago", "a year earlier", "two days later", "five months before": dates counted
    // from publication ("ago") or from the last day mentioned ("later", "earlier").
    name: 'counted offset',
    pattern: ci(
      String.raw`${B}${QUANTIFIER}?(${COUNT}|${VAGUE_COUNT})[- ](${UNIT})\s(ago|earlier|later|before|after|from now|hence|since|back)${E}`,
    ),
    read: (m) => {
      const unit = unitOf(m[3]!);
      if (!unit) return null;
      const count = countValue(m[2]!);
      const relation = m[4]!.toLowerCase();
      const mod = quantifierMod(m[1]);
      const countEnd = m.index + m[0].length - m[4]!.length - 1;
      // A vague count or an event anchor ("two days after the vote") leaves a DURATION: TimeML
      // marks the measure only, and the event layer reads "after"/"before" beside it.
      // TempEval marks "about two years ago", "more than four decades ago" as the measured span.
      const measured = m[1] !== undefined && (relation === 'ago' || relation === 'back');
      if (count === null || measured || relation === 'before' || relation === 'after' || relation === 'since') {
        const end = relation === 'ago' || relation === 'back' ? m.index + m[0].length : countEnd;
        const value = durationValue(count, unit);
        return { start: m.index, end, resolve: () => reading('DURATION', value, mod) };
      }
      const fromPublication = relation === 'ago' || relation === 'back' || relation === 'from now' || relation === 'hence';
      const direction = relation === 'ago' || relation === 'back' || relation === 'earlier' ? -1 : 1;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          const base = fromPublication ? a.dct : a.reference ?? a.dct;
          return ago(count, unit, a, base, direction, mod) ?? reading('DURATION', durationValue(count, unit), mod);
        },
      };
    },
  },
  {
    // "year-earlier", "year-ago" (adjectives of financial news), "the year-earlier period"
    name: 'year-earlier',
    pattern: ci(String.raw`${B}(?:(?:the|a)\s)?year-(?:earlier|ago|before)${E}`),
    read: (m) => {
      // The adjective alone is the expression ("the [year-ago] results"); "the year-ago period"
      // and "the year-ago quarter" are left to the comparison-period rule.
      const start = m.index + (/^(?:the|a)\s/i.exec(m[0])?.[0].length ?? 0);
      return {
        start,
        end: m.index + m[0].length,
        resolve: (a) => {
          const v = yearBefore(a.lastValue, a.dct);
          if (v) return { ...reading('DATE', v), derived: true };
          return a.dct ? reading('DATE', pad(a.dct.year - 1, 4)) : reading('DATE', 'XXXX');
        },
      };
    },
  },
  {
    // "the fiscal year", "the current fiscal year", "fiscal year 1990", "the year ended March 31":
    // a reporting year named by its end is a span of a year (TempEval: DURATION P1Y).
    name: 'fiscal year',
    pattern: ci(
      String.raw`${B}(?:the\s)?(?:(current|latest|past|last|previous|prior|next|coming|full|same|new|this)\s)?(?:(fiscal|financial|calendar)[- ])?year(?:\s(\d{4})|(?=\s(?:ended|ending|that ended)\b))?${E}`,
    ),
    read: (m) => {
      const relation = m[1]?.toLowerCase();
      const fiscal = m[2] !== undefined;
      const ending = m[3] === undefined && /^\s(?:ended|ending|that ended)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (!fiscal && !ending && relation !== 'full' && !m[3]) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          if (m[3]) return reading('DATE', m[3]);
          if (ending || (!relation && fiscal)) return reading('DURATION', 'P1Y');
          if (!a.dct) return reading('DATE', 'XXXX');
          return reading('DATE', pad(a.dct.year + relationOffset(relation ?? 'this'), 4));
        },
      };
    },
  },
  {
    // Comparison periods of earnings reports: "this year's third quarter", "the year-ago third
    // quarter", "last year's quarter", "the same period last year", "the quarter a year ago".
    name: 'comparison period',
    pattern: ci(
      String.raw`${B}(?:(this|last|next)\syear['’]s|the\s(?:comparable\s)?(?:year-ago|year-earlier|year-before|same|corresponding|comparable))\s(?:(first|second|third|fourth)[- ](?:fiscal\s)?quarter|(quarter|period|first half|second half)|(nine|six|three) months)(?:\s(a year (?:ago|earlier)|(?:of\s)?last year|(?:in\s)?(\d{4})))?${E}`,
    ),
    read: (m) => {
      const relation = m[1]?.toLowerCase();
      const quarter = m[2] ? ordinalValue(m[2]) : null;
      const periodWord = m[3]?.toLowerCase();
      const months = m[4] ? countValue(m[4]) : null;
      const trailer = m[5]?.toLowerCase();
      const explicitYear = m[6];
      // "the same quarter" alone is only a comparison when a year follows.
      if (!relation && /the\s(?:same|corresponding|comparable)\s(?!year)/i.test(m[0]) && !trailer && !/year-/.test(m[0])) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          if (months !== null) return reading('DURATION', durationValue(months, 'month'));
          if (!a.dct) return reading('DATE', quarter ? `XXXX-Q${quarter}` : 'XXXX');
          const yearShift = relation === 'this' ? 0 : relation === 'next' ? 1 : -1;
          const year = explicitYear ? Number(explicitYear) : a.dct.year + yearShift;
          if (quarter) return reading('DATE', `${pad(year, 4)}-Q${quarter}`);
          if (periodWord === 'first half' || periodWord === 'second half') return reading('DATE', `${pad(year, 4)}-H${periodWord === 'first half' ? 1 : 2}`);
          const last = a.lastQuarter ?? lastQuarter(a.dct);
          if (relation === 'this') return reading('DATE', last);
          return { ...reading('DATE', `${pad(year, 4)}-${last.slice(5)}`), derived: true };
        },
      };
    },
  },
  {
    // "the 1988 quarter", "the 1989 period": the quarter being compared, in the year named.
    name: 'year-named period',
    pattern: ci(String.raw`${B}the\s(\d{4})\s(?:fiscal\s)?(quarter|period)${E}`),
    read: (m) => {
      const year = m[1]!;
      const quarterWord = m[2]!.toLowerCase() === 'quarter';
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          const q = a.lastQuarter ? a.lastQuarter.slice(5) : null;
          if (q) return { ...reading('DATE', `${year}-${q}`), derived: true };
          return quarterWord ? reading('DATE', `${year}-QX`) : reading('DATE', year);
        },
      };
    },
  },
  {
    // "the latest period", "the current period": the quarter of the results being reported.
    name: 'reporting period',
    pattern: ci(String.raw`${B}(?:the\s)?(?:latest|most recent|current)\s(?:period|fiscal period)${E}`),
    read: (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      resolve: (a) => {
        if (!a.dct) return reading('DATE', 'XXXX-QX');
        const named = a.lastQuarter && Number(a.lastQuarter.slice(0, 4)) === a.dct.year ? a.lastQuarter : null;
        return reading('DATE', named ?? lastQuarter(a.dct));
      },
    }),
  },
  {
    // "year-end", "year's end", "the end of the year": the year, mod END.
    name: 'year end',
    pattern: ci(String.raw`${B}(?:(around|about)\s)?(?:year[- ]end|year's end|the end of the year|the end of this year)${E}`),
    read: (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      resolve: (a) => reading('DATE', a.dct ? pad(a.dct.year, 4) : 'XXXX', 'END'),
    }),
  },
  {
    // "the following year", "the next day", "that year", "later that month", "the same day":
    // counted from the last date mentioned, not from publication.
    name: 'anaphoric unit',
    pattern: ci(
      String.raw`${B}(?:(earlier|later|early|late)\s)?(?:(the following|the next|the previous|the prior|the preceding|that|that same|the same|the same)\s)(day|morning|afternoon|evening|night|week|month|year)${E}`,
    ),
    read: (m) => {
      const relation = m[2]!.toLowerCase();
      const unitWord = m[3]!.toLowerCase();
      const part = DAY_PART[unitWord];
      const unit: Unit = part ? 'day' : unitOf(unitWord)!;
      const offset = /following|next/.test(relation) ? 1 : /previous|prior|preceding/.test(relation) ? -1 : 0;
      const mod = edgeMod(m[1]);
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          const base = lastDay(a);
          if (!base) return null;
          // "the next year" without an earlier date in the article is a span ahead.
          if (offset === 1 && relation === 'the next' && !a.lastValue && unit !== 'day') return null;
          const value = shiftValue(base, unit, offset);
          // "the next morning" is dated to its day, as "Friday morning" is.
          return value ? reading('DATE', value, mod) : null;
        },
      };
    },
  },
  {
    // "the week of March 6": the ISO week holding that day.
    name: 'week of a day',
    pattern: rx(String.raw`${B}[Tt]he\sweek\sof\s(${MONTH_NAME})\s(\d{1,2})(?:,\s(\d{4}))?(?![\w'’]|[,.:]?\d)`),
    read: (m) => {
      const month = monthNumber(m[1]!);
      const day = Number(m[2]);
      if (month === null) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          const year = m[3] ? Number(m[3]) : a.dct ? yearOfMonthDay(a.dct, month, day, a.tense) : null;
          if (year === null || !isValidDay(year, month, day)) return reading('DATE', 'XXXX-WXX');
          return reading('DATE', formatWeek({ year, month, day }));
        },
      };
    },
  },
  {
    // "the year before", "the day after" told of the last date mentioned.
    name: 'unit before or after',
    // Only when the clause ends there: "the day before the vote" is counted from the vote.
    pattern: ci(String.raw`${B}the\s(day|week|month|year)\s(before|after|earlier|later)(?=\s*(?:[.,;:!?)"'’]|$))`),
    read: (m) => {
      const unit = unitOf(m[1]!)!;
      const offset = /before|earlier/i.test(m[2]!) ? -1 : 1;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          const base = lastDay(a);
          const value = base ? shiftValue(base, unit, offset) : null;
          return value ? reading('DATE', value) : null;
        },
      };
    },
  },
  {
    // "June of that year", "March of the following year": a month in the year last mentioned.
    name: 'month of anaphoric year',
    pattern: rx(String.raw`${B}${EDGE}?(${MONTH_NAME})\s(?:of\s)?(that|the same|the following|the next|the previous|the prior)\syear${E}`),
    read: (m) => {
      const month = monthNumber(m[2]!);
      if (month === null) return null;
      const offset = /following|next/.test(m[3]!) ? 1 : /previous|prior/.test(m[3]!) ? -1 : 0;
      const mod = edgeMod(m[1]);
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          const base = lastDay(a);
          return base ? reading('DATE', formatMonth(base.year + offset, month), mod) : reading('DATE', `XXXX-${pad(month, 2)}`, mod);
        },
      };
    },
  },
  {
    // Spoken years of broadcast transcripts: "nineteen ninety-six", "the year two thousand".
    name: 'spoken year',
    pattern: ci(String.raw`${B}(?:(early|mid|late)[- ])?(?:the\syear\s)?(${SPOKEN_YEAR})${E}`),
    read: (m) => {
      const year = yearNumber(m[2]!);
      if (year === null) return null;
      const value = pad(year, 4);
      const mod = edgeMod(m[1]);
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', value, mod) };
    },
  },
  {
    // "July last year", "March of next year"
    name: 'month of relative year',
    pattern: rx(String.raw`${B}${EDGE}?(${MONTH_NAME})\s(?:of\s)?(last|this|next)\syear${E}`),
    read: (m) => {
      const month = monthNumber(m[2]!);
      if (month === null) return null;
      const offset = relationOffset(m[3]!);
      const mod = edgeMod(m[1]);
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => reading('DATE', a.dct ? formatMonth(a.dct.year + offset, month) : `XXXX-${pad(month, 2)}`, mod),
      };
    },
  },
  {
    // Fixed and movable holidays of American news: "Thanksgiving Day", "Christmas", "New Year's Eve".
    name: 'holiday',
    pattern: rx(
      String.raw`${B}(?:(last|this|next)\s)?(Christmas Eve|Christmas Day|Christmas|New Year's Eve|New Year's Day|Thanksgiving Day|Thanksgiving|Independence Day|the Fourth of July|Halloween|Valentine's Day|Labor Day|Memorial Day|Veterans Day|Election Day|Easter Sunday|Easter)(?:,?\s(\d{4}))?${E}`,
    ),
    read: (m) => {
      const name = m[2]!;
      const relation = m[1]?.toLowerCase();
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          const dayIn = (year: number): Day | null => holidayDay(name, year);
          if (m[3]) {
            const d = dayIn(Number(m[3]));
            return d ? reading('DATE', formatDay(d)) : null;
          }
          if (!a.dct) return null;
          const today = formatDay(a.dct);
          const candidates = [a.dct.year - 1, a.dct.year, a.dct.year + 1].map(dayIn).filter((d): d is Day => d !== null);
          if (relation === 'last' || relation === 'next') {
            const side = candidates.filter((d) => (relation === 'last' ? formatDay(d) < today : formatDay(d) > today));
            const pick = relation === 'last' ? side[side.length - 1] : side[0];
            return pick ? reading('DATE', formatDay(pick)) : null;
          }
          // Like a month and day: the nearest occurrence, leaning by tense.
          const year = yearOfMonthDay(a.dct, 0, 0, a.tense, (y) => dayIn(y));
          const pick = dayIn(year);
          return pick ? reading('DATE', formatDay(pick)) : null;
        },
      };
    },
  },
  {
    // "last year", "this week", "next month", "the past year", "earlier this year", "the year"
    name: 'relative unit',
    pattern: ci(
      String.raw`${B}${EDGE}?(?:(last|this|next|past|coming|current|previous|following|the past|the last|the coming|the next|the current|the previous|the following|the latest|the present|the)\s)(week|weekend|month|year|decade|century)${E}`,
    ),
    read: (m) => {
      const relation = m[2]!.toLowerCase();
      const unitWord = m[3]!.toLowerCase();
      const mod = edgeMod(m[1]);
      // "the next year"/"the following year" after a past date is relative to that date; keep
      // it simple and resolve from publication, as TempEval does for news.
      const offset = relationOffset(relation);
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (a) => {
          if (unitWord === 'weekend') return relativeUnit('weekend', offset, a, mod);
          const unit = unitOf(unitWord)!;
          // "the past decade" reaches back from now: a span of ten years rather than the 1980s.
          if ((unit === 'decade' || unit === 'century') && /past|the last/.test(relation)) return reading('DURATION', durationValue(1, unit), mod);
          return relativeUnit(unit, offset, a, mod);
        },
      };
    },
  },
  {
    // "three years", "the past two months", "more than four hours", "a two-year", "the first nine months"
    name: 'duration',
    pattern: ci(
      String.raw`${B}${QUANTIFIER}?(the\s)?(?:(?:past|last|next|coming|first|latest|previous|following|final|initial|remaining|same|full|entire)\s)?(${COUNT}|${VAGUE_COUNT})([- ])(?:(?:more|additional|other|straight|consecutive|full|trading|business|working|calendar)\s)?(${UNIT})(?![\w'’]|-old|-\w|\s+old\b|(?<=quarters?)\s+of\b)`,
    ),
    read: (m) => {
      const unit = unitOf(m[5]!);
      if (!unit) return null;
      const countWord = m[3]!.toLowerCase();
      // "a second" is an ordinal far more often than a measure of time.
      if (unit === 'second' && (countWord === 'a' || countWord === 'one')) return null;
      const count = countValue(m[3]!);
      let start = m.index;
      let mod = quantifierMod(m[1]);
      // TimeML leaves out "over" before a determiner ("over [the past two years]") and the
      // article of a hyphenated adjective ("the [two-week] strike").
      if (m[1] && m[2] && /^over$/i.test(m[1])) {
        start += m[1].length + 1;
        mod = undefined;
      }
      if (m[2] && m[4] === '-' && !m[1]) start += m[2].length;
      const value = durationValue(count, unit);
      return { start, end: m.index + m[0].length, resolve: () => reading('DURATION', value, mod) };
    },
  },
  {
    // "a minute and a half", "an hour and a half", "a year and a half"
    name: 'and a half',
    pattern: ci(String.raw`${B}(?:a|an|one)\s(minute|hour|day|week|month|year)\sand\sa\shalf${E}`),
    read: (m) => {
      const unit = unitOf(m[1]!);
      if (!unit) return null;
      const value = durationValue(1.5, unit);
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DURATION', value) };
    },
  },
  {
    // "recent years", "recent days": TempEval marks these as the past in general.
    name: 'recent units',
    pattern: ci(String.raw`${B}(?:the\s)?(?:recent|past)\s(${PLURAL_UNIT})${E}`),
    read: (m) => {
      // TempEval: "recent years" and "recent days" are the past at large, while "recent weeks"
      // and "recent months" are measured spans of unknown length.
      const unit = unitOf(m[1]!);
      const measured = unit === 'week' || unit === 'month' || unit === 'quarter';
      const value = measured ? (unit === 'week' ? 'PXW' : 'PXM') : 'PAST_REF';
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading(measured ? 'DURATION' : 'DATE', value) };
    },
  },
  {
    // "coming months", "future quarters": TempEval marks the future at large.
    name: 'coming units',
    pattern: ci(String.raw`${B}(?:the\s)?(?:coming|future|upcoming)\s(${PLURAL_UNIT})${E}`),
    read: (m) => ({ start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', 'FUTURE_REF') }),
  },
  {
    // "will one day be", "may someday": an unspecified time to come.
    name: 'one day',
    pattern: ci(String.raw`(?<=\b(?:will|would|could|may|might|can|shall)\s)one\sday${E}`),
    read: (m) => ({ start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', 'FUTURE_REF') }),
  },
  {
    // "the second and fourth quarters", "fourth quarters": a quarter that recurs every year.
    name: 'quarter set',
    pattern: ci(String.raw`${B}(?:the\s)?(first|second|third|fourth)[- ]quarters${E}`),
    read: (m) => {
      const q = ordinalValue(m[1]!);
      if (q === null) return null;
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('SET', `XXXX-Q${q}`) };
    },
  },
  {
    // "days after", "for weeks", "in years": an unknown number of units.
    name: 'bare units',
    // Only the calendar units: bare "minutes", "decades", "quarters" (living quarters) are
    // seldom marked by annotators and often not about time at all.
    pattern: ci(String.raw`${B}(?:(?:the\s)?(?:past|last|next|coming|first|final)\s)?(days|weeks|months|years)${E}`),
    read: (m) => {
      const unit = unitOf(m[1]!);
      if (!unit) return null;
      // "52 years old", "six months of pay": a counted unit the duration rule declined.
      if (COUNTED_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index))) return null;
      const value = durationValue(null, unit);
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DURATION', value) };
    },
  },
  {
    // TIMEX3 guidelines: "now", "currently" → PRESENT_REF; "recently", "the past" → PAST_REF;
    // "the future", "soon" → FUTURE_REF.
    name: 'reference',
    pattern: ci(
      String.raw`${B}(?:(now|currently|presently|at present|nowadays|these days|current(?!\s(?:${UNIT}|fiscal|period)))|(recently|lately|formerly|the past|once upon a time)|(the future|the near future|the (?:near|short|long|longer) term|the coming years|someday|(?<!as\s)soon(?!\sas\b)))${E}`,
    ),
    read: (m) => {
      const value = m[1] ? 'PRESENT_REF' : m[2] ? 'PAST_REF' : 'FUTURE_REF';
      return { start: m.index, end: m.index + m[0].length, resolve: () => reading('DATE', value) };
    },
  },
];
