// Days and times of day: clock times, dates with a day, weekdays, "yesterday", holidays.
import type { TimeMod } from '../../../types.js';
import { type Anchoring, narrativeYearOfMonthDay, reading, yearOfMonthDay } from '../anchoring.js';
import { addDays, type Day, formatDay, formatWeek, isValidDay, pad, parseDay, weekday } from '../calendar.js';
import { MONTH_NAME, monthNumber, WEEKDAY_NAME, weekdayNumber } from '../lexicon.js';
import {
  type Rule,
  W,
  E,
  edgeMod,
  DAY_PART,
  rx,
  ci,
  dayReading,
  deicticOffset,
  storyWeekday,
  weekdayDay,
  DEICTIC_DAY,
  DAY_PART_WORD,
  DAY_REF,
  TIME_ZONES,
  dayOfReference,
  clock,
  MONTH_CUE,
  WEEKDAY_CUE,
  lastClause,
} from './shared.js';
import { holidayDay } from '../holidays.js';
import { stillToCome } from '../tense.js';
import { hasPluralAfter } from '../evidence.js';

/** The zones a 12-hour clock time may carry: the 24-hour clock's, less its "hrs". */
const CLOCK_ZONES = TIME_ZONES.split('|')
  .filter((z) => z !== 'hrs')
  .join('|');

/**
 * The day of a clock time told without one: the last day mentioned, else publication day; but
 * not a day ahead of publication told sentences before, outside the future tense ("5.30 pm: more
 * coast affected" in a live blog after "relief wells due Friday" is the blog's day).
 */
function clockDay(a: Anchoring): Day | null {
  const ahead = a.reference && a.dct && formatDay(a.reference) > formatDay(a.dct);
  return ahead && !a.lastValueNear && a.tense !== 'future' ? a.dct : a.reference;
}

const UNDOTTED_MERIDIEM_STOP = /\d\s?[ap]m\.$/i;

const HIGH_BEFORE = /(?<!\bat\s)\bhigh\s$/i;

export const clockTime: Rule = {
  // "10:35 a.m.", "5 p.m. EST, Nov. 6", "noon Thursday", "around 7:15 p.m.", "8.45am yesterday",
  // "9:30 a.m. ET Wednesday"
  name: 'clock time',
  cue: /\d\s?[ap]\.?\s?m\b|noon|midday|midnight/i,
  pattern: ci(
    String.raw`${W}(?:(about|around|approximately|shortly after|shortly before|just after|just before)\s)?(?:(\d{1,2})(?:[:.](\d\d))?\s?([ap])\.?\s?m\b\.?|(noon|midday|midnight))` +
      String.raw`(?:\s(${CLOCK_ZONES}))?(?:,?\s(?:on\s)?(${DAY_REF}))?(?![\w'])`,
  ),
  read: (m) => {
    const time = clock(m[2], m[3], m[4], m[5]);
    if (!time) return null;
    // "the film High Noon", "for Poland, high noon comes today": the idiom for a showdown and
    // the film's title name no clock time; "at high noon" does.
    if (m[5] && HIGH_BEFORE.test(m.input.slice(Math.max(0, m.index - 9), m.index))) return null;
    const mod: TimeMod | undefined = m[1]
      ? /after/i.test(m[1])
        ? 'AFTER'
        : /before/i.test(m[1])
          ? 'BEFORE'
          : 'APPROX'
      : undefined;
    const zone = m[6]?.toUpperCase() === 'GMT' || m[6]?.toUpperCase() === 'UTC' ? 'Z' : '';
    const ref = m[7];
    // "Polls closed at 8pm.": a period after "pm" written without dots ends the sentence; the
    // one after "p.m." is the abbreviation's own.
    const sentenceStop = !m[6] && !ref && UNDOTTED_MERIDIEM_STOP.test(m[0]) ? 1 : 0;
    return {
      start: m.index,
      end: m.index + m[0].length - sentenceStop,
      resolve(a) {
        // A clock time without a day belongs to the last day mentioned ("shot on Oct. 23 …
        // at 10 p.m."), else to publication day; one opening a live blog's entry to the blog's.
        const day = ref ? dayOfReference(ref, a) : a.liveBlogEntries?.has(m.index) ? a.dct : clockDay(a);
        return reading('TIME', `${day ? formatDay(day) : 'XXXX-XX-XX'}T${time}${zone}`, mod);
      },
    };
  },
};

const RESTATED_CLOCK = /(?:\d|[ap]\.?m\.?)\s?\($/i;

export const clock24: Rule = {
  // "08.43 GMT", "14:30 BST", "0800 UTC", "1700 BST on 15 June 2009",
  // "15:00 GMT Saturday": a 24-hour clock is a time when a
  // time zone vouches for it; a day named after it is its day. UTC and GMT are ISO 8601's Z.
  name: '24-hour clock',
  cue: rx(String.raw`\d\s?(?:${TIME_ZONES}|hours)`, ''),
  pattern: rx(
    String.raw`${W}(?:([01]?\d|2[0-3])[:.]([0-5]\d)\s?(${TIME_ZONES}|hours local time)|([01]\d|2[0-3])([0-5]\d)\s?(${TIME_ZONES}))(?:,?\s(?:on\s)?(?:(${DAY_REF})|(\d{1,2})\s(${MONTH_NAME})(?:\s(\d{4}))?))?(?![\w'])`,
  ),
  read: (m) => {
    const zone = m[3] ?? m[6]!;
    const time = `${(m[1] ?? m[4])!.padStart(2, '0')}:${m[2] ?? m[5]}${zone === 'GMT' || zone === 'UTC' ? 'Z' : ''}`;
    // "10:35 a.m. (0735 GMT)": the same moment restated for another zone is not a time of its own.
    if (RESTATED_CLOCK.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
    const ref = m[7];
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        const day = ref
          ? dayOfReference(ref, a)
          : m[8]
            ? dayOfReference(`${m[9]} ${m[8]}${m[10] ? `, ${m[10]}` : ''}`, a)
            : clockDay(a);
        return reading('TIME', `${day ? formatDay(day) : 'XXXX-XX-XX'}T${time}`);
      },
    };
  },
};

const PART_KEPT_WITH_WEEKDAY = new Map([
  ['afternoon', 'AF'],
  ['evening', 'EV'],
]);

export const dayAndPartOfDay: Rule = {
  // "this morning", "last night", "tonight", "yesterday afternoon", "Friday night", "late Tuesday"
  name: 'day and part of day',
  cue: /morning|afternoon|evening|night/i,
  pattern: ci(
    String.raw`${W}(?:(early|late|mid)[- ])?(?:(this|last|yesterday|tomorrow|today|early this|late last)\s(${DAY_PART_WORD})|(tonight)|(${DEICTIC_DAY})\s(${DAY_PART_WORD})|(?:(last|this|next|past|coming)\s)?(${WEEKDAY_NAME})\s(${DAY_PART_WORD}))${E}`,
  ),
  read: (m) => {
    const edge = m[1]?.toLowerCase();
    const mod: TimeMod | undefined =
      edge === 'early' ? 'START' : edge === 'late' ? 'END' : edge === 'mid' ? 'MID' : undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
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
        // TIMEX3 writes the part of the day into the value ("Friday evening" 1989-10-27TEV); the
        // TempEval annotators do so for every weekday's afternoon and evening (TimeBank and
        // AQUAINT alike), but give "Friday night" (which runs past midnight) and "Friday
        // morning" the weekday's date as often as a part: those keep day precision.
        const day = weekdayDay(a, wd, m[7]);
        const part = PART_KEPT_WITH_WEEKDAY.get(m[9]!.toLowerCase());
        return day ? dayReading(day, mod, part) : reading('DATE', `XXXX-WXX-${wd}`, mod);
      },
    };
  },
};

export const midPartOfDay: Rule = {
  // "mid-afternoon", "mid morning yesterday": a part of day like a clock time, on the day named
  // after it, else on the last day mentioned (TIMEX3: value 1989-11-01TAF).
  name: 'mid part of day',
  cue: /mid[- ]?(?:morning|afternoon|evening)/i,
  pattern: ci(String.raw`${W}mid[- ]?(morning|afternoon|evening)(?:,?\s(${DEICTIC_DAY}|${WEEKDAY_NAME}))?${E}`),
  read: (m) => {
    const part = DAY_PART[m[1]!.toLowerCase()];
    const ref = m[2];
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        return dayReading(ref ? dayOfReference(ref, a) : a.reference, 'MID', part);
      },
    };
  },
};

export const partOfTheDay: Rule = {
  // "Dealers placed orders in the morning", "early in the afternoon", "in the early morning"
  // (mod START): a part of day told without its day is on the last day mentioned, else
  // publication day (TIMEX3: 1989-10-27TMO). "The night of Oct. 23", "the morning after" are
  // anchored elsewhere.
  name: 'part of the day',
  cue: /the\s(?:(?:early|late)\s)?(?:morning|afternoon|evening)/,
  pattern: rx(
    String.raw`(?<=\b(?:in|In|during|During|through|throughout)\s)the\s(?:(early|late)\s)?(morning|afternoon|evening)(?![\w'’-]|\s(?:of|after|before|when|that)\b)`,
  ),
  read: (m) => {
    const part = DAY_PART[m[2]!.toLowerCase()];
    const mod = edgeMod(m[1]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        return dayReading(a.reference, mod, part);
      },
    };
  },
};

// Nouns of an event that "overnight" dates ("overnight losses in New York", "overnight raids").
const OVERNIGHT_EVENT =
  'losses|loss|gains|gain|declines|decline|drops|drop|falls|fall|rises|rise|rally|trading|session|sell-off|selloff|slide|surge|advances|advance|attacks|attack|raids|raid|strikes|strike|airstrikes|bombing|bombings|shelling|fighting|clashes|violence|storms|storm|explosions|explosion|blasts|blast|protests|riots|fire|fires|rain|rains|snow|frost';
// Verbs "overnight" makes figurative ("changed overnight": suddenly) or a stay's length ("held
// overnight", "stayed overnight"), which no night of the story dates.
const NOT_OVERNIGHT_EVENT =
  'changed|transformed|became|become|happened|disappeared|vanished|evaporated|stayed|kept|held|remained|spent|camped|parked|left|soaked|chilled|refrigerated|marinated';

export const overnight: Rule = {
  // "London shares were depressed by overnight losses in New York", "Asian stocks fell overnight":
  // the night before the day reported (the last day mentioned, else publication day): TimeBank
  // marks it a part of day, 1989-10-26TNI for a Friday's report. A rate or a service ("the
  // overnight rate", "an overnight stay") and a sudden change ("almost overnight", "changed
  // overnight") tell no night.
  name: 'overnight',
  cue: /overnight/i,
  pattern: rx(
    String.raw`(?:${W}[Oo]vernight(?=\s(?:${OVERNIGHT_EVENT})\b)|(?<=\b(?!(?:${NOT_OVERNIGHT_EVENT})\s)(?:[a-z]{2,}ed|fell|rose|struck|hit|shot|fought|sank|slid|lost|won|broke|blew|came|went|ran|spread|burned|burnt)\s)overnight(?=\s*[,.;:!?)]|\s(?:in|on|at|after|as|and|from|to|against|across|near|before|while|amid)\b))`,
  ),
  read: (m) =>
    MODAL_OR_NEGATION_BEFORE.test(lastClause(m.input.slice(Math.max(0, m.index - 40), m.index), /[.;!?]/))
      ? null
      : {
          start: m.index,
          end: m.index + m[0].length,
          resolve(a) {
            return dayReading(a.reference ? addDays(a.reference, -1) : null, undefined, 'NI');
          },
        },
};
// "The credit markets would be resuscitated overnight", "it won't happen overnight": told of what
// may be or is not, "overnight" means "at once".
// Read in the window's last clause, so that no pattern scans to the end from each of its words.
const MODAL_OR_NEGATION_BEFORE = /\b(?:would|will|could|can|cannot|might|may|should|must|not|never)\b|n['’]t\b/;

export const hourOfPartOfDay: Rule = {
  // "at 4 in the morning", "8 in the evening": an hour named by its part of day.
  name: 'hour of a part of day',
  cue: /\sin\sthe\s(?:morning|afternoon|evening)/,
  pattern: rx(String.raw`${W}(1[0-2]|[1-9])(?::([0-5]\d))?\sin\sthe\s(morning|afternoon|evening)(?![\w'’-])`),
  read: (m) => {
    const hour = (Number(m[1]) % 12) + (m[3] === 'morning' ? 0 : 12);
    const time = `${pad(hour, 2)}:${m[2] ?? '00'}`;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        return reading('TIME', `${a.reference ? formatDay(a.reference) : 'XXXX-XX-XX'}T${time}`);
      },
    };
  },
};

export const fullDate: Rule = {
  // "Oct. 23, 1998", "Friday, Aug. 7, 1998", "23 October 1998". A weekday the date does not fall
  // on is not part of it: "closed until Friday September 18, 2008" is a headline's "Friday" and
  // its dateline.
  name: 'full date',
  cue: MONTH_CUE,
  pattern: rx(
    String.raw`${W}(?:(${WEEKDAY_NAME}),?\s)?(?:(${MONTH_NAME})\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(${MONTH_NAME}),?\s(\d{4}))(?![\w'])`,
  ),
  read: (m) => {
    const month = monthNumber(m[2] ?? m[6] ?? '');
    const day = Number(m[3] ?? m[5]);
    const year = Number(m[4] ?? m[7]);
    if (month === null || !isValidDay(year, month, day)) return null;
    const date = { year, month, day };
    const value = formatDay(date);
    const named = m[1] ? weekdayNumber(m[1]) : null;
    const start = named !== null && named !== weekday(date) ? m.index + m[0].search(DATE_AFTER_WEEKDAY) : m.index;
    return {
      start,
      end: m.index + m[0].length,
      resolve() {
        return reading('DATE', value);
      },
    };
  },
};
// Where the date starts after a leading weekday ("Friday, " / "Friday ").
const DATE_AFTER_WEEKDAY = /(?<=^[a-z]+,?\s)\S/i;

export const numericDate: Rule = {
  // "1998-08-07", "8/7/1998" (American order)
  name: 'numeric date',
  cue: /\d[-/]\d/,
  pattern: rx(String.raw`${W}(?:(\d{4})-(\d\d)-(\d\d)|(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}))(?![\w/])`),
  read: (m) => {
    const year = m[1]
      ? Number(m[1])
      : m[6]!.length === 2
        ? 1900 + Number(m[6]) + (Number(m[6]) < 50 ? 100 : 0)
        : Number(m[6]);
    const month = Number(m[2] ?? m[4]);
    const day = Number(m[3] ?? m[5]);
    if (!isValidDay(year, month, day)) return null;
    const value = formatDay({ year, month, day });
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DATE', value);
      },
    };
  },
};

const ENDED_BEFORE = /\bended\s+$/;
/** "postponed the shows to July 31", "called a summit for September 14": the day a plan aims at. */
const TARGET_BEFORE = /\b(?:to|for|until|till)\s+$/i;
/** "in effect until Nov. 30", "has until 15 December": the end of a period still running. */
const UNTIL_BEFORE = /\b(?:until|till|through)\s+$/i;
/** "runs from June 1 to November 30", "between April 16 and May 28": the second day of a range. */
/** "between April 16 and May 28 2004", "September 13 and 15 2003": a range's year written at its end. */
const RANGE_YEAR_AFTER =
  /^\s+(?:to|and|until|till|through|-|–)\s+(?:(?<month>[A-Z][a-z]+)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?|(?<dayFirst>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?<monthAfter>[A-Z][a-z]+))?),?\s+(?<year>(?:1[6-9]|20)\d\d)\b/;

/** The year of a range's first day from the year written at its end: "December 30 to January 2, 2006" is 2005's. */
function rangeStartYear(end: RegExpExecArray | null, month: number, day: number): number | null {
  const g = end?.groups;
  if (!g) return null;
  // "between September 13 and 15 2003": a day alone ends the range in the same month.
  const endMonth = g.month || g.monthAfter ? monthNumber(g.month ?? g.monthAfter ?? '') : month;
  if (endMonth === null) return null;
  const endDay = Number(g.day ?? g.dayFirst);
  return Number(g.year) - (month * 100 + day > endMonth * 100 + endDay ? 1 : 0);
}
const RANGE_END_BEFORE =
  /\b(?:from|between)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s+(?:to|and|until|till|through)\s+$/;

export const monthAndDay: Rule = {
  // "Sept. 30", "Friday, Oct. 23", "the 23rd of October": the year comes from the tense (with a
  // year after it, ", 2008", it is the full date rule's).
  name: 'month and day',
  cue: MONTH_CUE,
  pattern: rx(
    String.raw`${W}(?:(${WEEKDAY_NAME}),?\s)?(?:(last|this|next|Last|This|Next)\s)?(?:(${MONTH_NAME})\s(\d{1,2})(?:st|nd|rd|th)?|(?:the\s)?(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(${MONTH_NAME}))(?![\w'’]|[,.:]?\d|\s\d|,\s(?:1\d|20)\d\d(?!\d))`,
  ),
  read: (m) => {
    const relation = m[2]?.toLowerCase();
    const month = monthNumber(m[3] ?? m[6] ?? '');
    const day = Number(m[4] ?? m[5]);
    if (month === null || day < 1 || day > 31) return null;
    const ended = !m[1] && !relation && ENDED_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index));
    const toCome = !m[1] && !relation && stillToCome(m.input, m.index);
    const before = m.input.slice(Math.max(0, m.index - 40), m.index);
    const until = !m[1] && !relation && UNTIL_BEFORE.test(before);
    const rangeEnd = !m[1] && !relation && RANGE_END_BEFORE.test(before);
    // A past-tense clause reaches ahead only for the day a plan it reports aims at.
    const target = !relation && TARGET_BEFORE.test(before);
    const end = m.index + m[0].length;
    const rangeYear = relation ? null : rangeStartYear(RANGE_YEAR_AFTER.exec(m.input.slice(end, end + 40)), month, day);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        if (!a.dct) return reading('DATE', `XXXX-${pad(month, 2)}-${pad(day, 2)}`);
        // "last Oct. 23" is the latest one before publication, "next May 5" the first after it.
        // A present-tense "until Nov. 30" bounds a period still running: it lies ahead.
        const lean =
          relation === 'last' ? 'past' : relation === 'next' || (until && a.tense === 'present') ? 'future' : a.tense;
        const passed = month < a.dct.month || (month === a.dct.month && day <= a.dct.day);
        // The same day written earlier with its year ("on March 7 2003 … advice on March 7").
        const written = relation ? undefined : a.datedDays.get(month * 100 + day);
        let year = yearOfMonthDay(a.dct, month, day, lean, undefined, target ? Infinity : undefined);
        const narrative = relation ? null : narrativeYearOfMonthDay(a, month, day);
        // A range runs forward from its first day: "from June 1 to November 30" in June ends this November.
        const start = rangeEnd && a.lastValue ? parseDay(a.lastValue) : null;
        if (written !== undefined) year = written;
        else if (rangeYear !== null) year = rangeYear;
        else if (start) year = month * 100 + day >= start.month * 100 + start.day ? start.year : start.year + 1;
        else if (narrative !== null) year = narrative;
        // "In 2011, the earthquake struck on 11 March": the year that opens the sentence frames
        // it, when that year is over (a year told later in it is as often a comparison).
        else if (!relation && a.framingYear !== null && a.framingYear < a.dct.year) year = a.framingYear;
        // "the fiscal year ended Jan. 31": a period reported as ended closed on or before publication.
        else if (ended) year = passed ? a.dct.year : a.dct.year - 1;
        else if (toCome) year = passed && !(month === a.dct.month && day === a.dct.day) ? a.dct.year + 1 : a.dct.year;
        if (!isValidDay(year, month, day)) return null;
        return reading('DATE', formatDay({ year, month, day }));
      },
    };
  },
};

const PEOPLE_AFTER = /^\s(?:people|men|women|children)\b/;

export const listedDay: Rule = {
  // "on April 24 and 25", "March 10 or 11": a day number listed after a month and day is a day
  // of that month (TIMEX3 marks "25" as 1999-04-25), in the year the first one was given.
  name: 'listed day',
  cue: /\d(?:st|nd|rd|th)?,?\s(?:and|or)\s\d/,
  pattern: rx(
    String.raw`(?<=\b(${MONTH_NAME})\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:and|or)\s)(\d{1,2})(?:st|nd|rd|th)?(?![\w'’%]|[,.:]?\d|\s?percent\b)`,
  ),
  read: (m) => {
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    const end = m.index + m[0].length;
    // "April 24 and 25 people": a count of the plural after it.
    if (
      month === null ||
      day < 1 ||
      day > 31 ||
      hasPluralAfter(m.input, end) ||
      PEOPLE_AFTER.test(m.input.slice(end, end + 10))
    )
      return null;
    return {
      start: m.index,
      end,
      resolve(a) {
        const first = a.lastValue ? /^(\d{4})-(\d\d)-\d\d$/.exec(a.lastValue) : null;
        const year =
          first && Number(first[2]) === month
            ? Number(first[1])
            : a.dct
              ? yearOfMonthDay(a.dct, month, day, a.tense)
              : null;
        if (year === null) return reading('DATE', `XXXX-${pad(month, 2)}-${pad(day, 2)}`);
        return isValidDay(year, month, day) ? reading('DATE', formatDay({ year, month, day })) : null;
      },
    };
  },
};

export const dayListedBeforeItsMonth: Rule = {
  // "On 20 and 21 January 2018", "between 5 and 7 May": a day number listed before a day and
  // month (British order) is a day of that month (TIMEX3 marks "20" as 2018-01-20), in the year
  // written at the end of the list, else the one the tense gives.
  name: 'day listed before its month',
  cue: /\d(?:st|nd|rd|th)?\s(?:and|or|to)\s\d/,
  pattern: rx(
    String.raw`(?<=\b(?:[Oo]n|[Bb]etween|[Ff]rom)\s)(\d{1,2})(?:st|nd|rd|th)?(?=\s(?:and|or|to)\s\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(${MONTH_NAME})\b)`,
  ),
  read: (m) => {
    const month = monthNumber(m[2]!);
    const day = Number(m[1]);
    if (month === null || day < 1 || day > 31) return null;
    const end = m.index + m[0].length;
    const listYear = rangeStartYear(RANGE_YEAR_AFTER.exec(m.input.slice(end, end + 40)), month, day);
    return {
      start: m.index,
      end,
      resolve(a) {
        const year = listYear ?? (a.dct ? yearOfMonthDay(a.dct, month, day, a.tense) : null);
        if (year === null) return reading('DATE', `XXXX-${pad(month, 2)}-${pad(day, 2)}`);
        return isValidDay(year, month, day) ? reading('DATE', formatDay({ year, month, day })) : null;
      },
    };
  },
};

const ACRONYM_BEFORE = /\b[A-Z]{2,}\s$/;
const PROGRAMME_AFTER = /^\s(?:show|programme|program)\b/;

export const deicticDay: Rule = {
  // "yesterday", "today", "tomorrow"
  name: 'deictic day',
  cue: /today|tonight|yesterday|tomorrow/i,
  pattern: ci(String.raw`${W}(?:(early|late)\s)?(${DEICTIC_DAY})${E}`),
  read: (m) => {
    const offset = deicticOffset(m[2]!);
    if (offset === null) return null;
    // "USA Today", "VOA Today", "the Today programme": a title with "Today" in it is no day.
    if (
      m[2] === 'Today' &&
      !m[1] &&
      (ACRONYM_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index)) ||
        PROGRAMME_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 11)))
    )
      return null;
    const night = m[2]!.toLowerCase() === 'tonight';
    const mod = edgeMod(m[1]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        return dayReading(a.dct ? addDays(a.dct, offset) : null, mod, night ? 'NI' : undefined);
      },
    };
  },
};

export const weekdaySet: Rule = {
  // "Mondays", "Tuesday nights": a weekday in the plural recurs (TIMEX3 SET XXXX-WXX-2TNI). The
  // plural scopes over a weekday joined to it: "Monday and Tuesday nights" are two sets.
  name: 'weekday set',
  cue: WEEKDAY_CUE,
  pattern: rx(
    String.raw`${W}(?:(${WEEKDAY_NAME})\s(mornings|afternoons|evenings|nights)|(${WEEKDAY_NAME})s|(${WEEKDAY_NAME})(?=,?\s(?:and|or)\s${WEEKDAY_NAME}(?:s|\s(mornings|afternoons|evenings|nights))(?![\w'’])))(?![\w'’])`,
  ),
  read: (m) => {
    const wd = weekdayNumber(m[1] ?? m[3] ?? m[4] ?? '');
    if (wd === null) return null;
    const plural = m[2] ?? m[5];
    const part = plural ? DAY_PART[plural.toLowerCase().replace(/s$/, '')] : undefined;
    const value = `XXXX-WXX-${wd}${part ? `T${part}` : ''}`;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('SET', value);
      },
    };
  },
};

export const anaphoricWeekday: Rule = {
  // "the previous Friday", "the following Monday": counted from the last day mentioned.
  name: 'anaphoric weekday',
  cue: WEEKDAY_CUE,
  pattern: rx(String.raw`${W}(?:the\s)?(previous|preceding|following|next)\s(${WEEKDAY_NAME})(?![\w])`),
  read: (m) => {
    const wd = weekdayNumber(m[2]!);
    if (wd === null) return null;
    const forward = /following|next/.test(m[1]!);
    // "next Friday" without "the" is counted from publication by the weekday rule.
    if (!m[0].startsWith('the') && !m[0].startsWith('The') && m[1] === 'next') return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        const base = a.reference ?? a.dct;
        if (!base) return reading('DATE', `XXXX-WXX-${wd}`);
        const gap = forward ? (wd - weekday(base) + 7) % 7 || 7 : -((weekday(base) - wd + 7) % 7 || 7);
        return reading('DATE', formatDay(addDays(base, gap)));
      },
    };
  },
};

const NAMED_DAY_BEFORE =
  /\b(?:Super|Black|Cyber|Bloody|Good|Holy|Ash|Maundy|Palm|Easter|Shrove|Fat|Blue|Giving|Whit|Low)\s$/;
const NEWSPAPER_AFTER =
  /^\s(?:Times|Telegraph|Mirror|Express|Herald|Post|People|Star|Mail|Independent|Tribune|Business Post)\b/;
const NEWSPAPER_ON = /\b(?:Mail|Independent|Express|Telegraph|Mirror|Sun|Herald|Observer)\son\s$/;

// "Sunday's Golden Globes will", "Saturday's match is expected to": a possessive weekday whose
// noun (up to four words) is the subject of a future verb.
const POSSESSIVE_SUBJECT_AHEAD =
  /^['’]s(?:\s[\w-]+){1,4}\s(?:will|'ll|(?:is|are) (?:set|scheduled|expected|due|slated|going) to)\b/;

const POSSESSIVE_AWAITED = /(?:\b(?:will|shall|won't)\s(?:not\s)?(?:be\s)?[a-z]+|\b[Aa]head\sof)\s$/;

const INDEFINITE_BEFORE =
  /\b(?:a|an|any|one)\s(?:(?:given|typical|random|normal|ordinary|single|particular|certain|usual)\s)?$/i;

const NOUN_AFTER = /^\s(?!(?:and|or|to|in|like|when|with|at|of|on|morning|afternoon|evening|night)\b)[a-z]/;

export const namedWeekday: Rule = {
  // "Friday", "last Friday", "next Tuesday": past tense → on or before publication.
  name: 'weekday',
  cue: WEEKDAY_CUE,
  pattern: rx(
    String.raw`${W}(?:(early|late|Early|Late)\s)?(?:(last|this|next|past|coming|Last|This|Next)\s)?(${WEEKDAY_NAME})(?![\w])`,
  ),
  read: (m) => {
    const wd = weekdayNumber(m[3]!);
    if (wd === null) return null;
    const before = m.input.slice(Math.max(0, m.index - 24), m.index);
    const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "Super Tuesday", "Bloody Sunday", "Black Monday" name a day of their own (the holidays among
    // them are the holiday rule's); "The Sunday Times" and "the Mail on Sunday" are newspapers.
    if (!m[1] && !m[2] && (NAMED_DAY_BEFORE.test(before) || NEWSPAPER_AFTER.test(after) || NEWSPAPER_ON.test(before)))
      return null;
    const mod = edgeMod(m[1]);
    // "on a random Tuesday", "on any given Sunday", "a Friday like any other": a weekday after an
    // indefinite article is any such day (TIMEX3 XXXX-WXX-2), not the one nearest publication.
    // "a Tuesday meeting", "a Sunday trip" are one day's events: the weekday describes a noun.
    if (!m[1] && !m[2] && INDEFINITE_BEFORE.test(before) && !NOUN_AFTER.test(after)) {
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve() {
          return reading('DATE', `XXXX-WXX-${wd}`);
        },
      };
    }
    // "Wednesday's ruling": a possessive weekday names something that has happened, unless it is
    // the subject of a verb that looks ahead ("Sunday's Golden Globes will be …").
    const possessive = /^['’]s\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3));
    const aheadOfPossessive =
      possessive && POSSESSIVE_SUBJECT_AHEAD.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 60));
    // "she will address Saturday's conference", "ahead of Thursday's testimony": the object of a
    // verb in the future, or what something comes ahead of, is still to come.
    const awaitedPossessive = possessive && POSSESSIVE_AWAITED.test(m.input.slice(Math.max(0, m.index - 32), m.index));
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        // A weekday named again in the same story is the same day, whatever the verb.
        const day = storyWeekday(
          possessive && !m[2] ? { ...a, tense: aheadOfPossessive || awaitedPossessive ? 'future' : 'past' } : a,
          wd,
          m[2],
        );
        return day ? dayReading(day, mod) : reading('DATE', `XXXX-WXX-${wd}`, mod);
      },
    };
  },
};

export const weekOfADay: Rule = {
  // "the week of March 6": the ISO week holding that day.
  name: 'week of a day',
  cue: /he\sweek\sof\s/,
  pattern: rx(String.raw`${W}[Tt]he\sweek\sof\s(${MONTH_NAME})\s(\d{1,2})(?:,\s(\d{4}))?(?![\w'’]|[,.:]?\d)`),
  read: (m) => {
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    if (month === null) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        const year = m[3] ? Number(m[3]) : a.dct ? yearOfMonthDay(a.dct, month, day, a.tense) : null;
        if (year === null || !isValidDay(year, month, day)) return reading('DATE', 'XXXX-WXX');
        return reading('DATE', formatWeek({ year, month, day }));
      },
    };
  },
};

const YEAR_AFTER_HOLIDAY = /^,?\sin\s(\d{4})(?![\d,])/;

export const holiday: Rule = {
  // Fixed and movable holidays of English-language news: "Thanksgiving Day", "Good Friday",
  // "New Year's Eve", "Black Friday", "St. Patrick's Day", "Martin Luther King Jr. Day".
  name: 'holiday',
  cue: /Day|Eve|Christmas|Thanksgiving|Halloween|Easter|Holy|Mardi|Pentecost|Night|Fourth of July|Black|Cyber|Good|Maundy|Palm|Ash|Shrove/,
  pattern: rx(
    String.raw`${W}(?:(last|this|next)\s)?(Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year['’]s Eve|New Year['’]s Day|Thanksgiving Day|Thanksgiving|Black Friday|Cyber Monday|Independence Day|the Fourth of July|Halloween|Valentine['’]s Day|Labor Day|Memorial Day|Veterans Day|Election Day|Easter Sunday|Easter Monday|Easter [Ww]eek|Holy Week|Easter|Good Friday|Maundy Thursday|Holy Saturday|Palm Sunday|Ash Wednesday|Shrove Tuesday|Mardi Gras|Pentecost|(?:St\.|Saint) Patrick['’]s Day|April Fool['’]?s['’]? Day|Earth Day|Canada Day|Bastille Day|Guy Fawkes Night|Bonfire Night|Remembrance Day|Armistice Day|Australia Day|Martin Luther King(?:,? Jr\.{0,2})? Day|MLK Day|Presidents['’]? Day|President['’]s Day|Columbus Day|Mother['’]s Day|Father['’]s Day)(?:(?:,?\s|\sof\s)(\d{4}))?${E}`,
  ),
  read: (m) => {
    const name = m[2]!;
    const relation = m[1]?.toLowerCase();
    // "Easter week", "Holy Week": the ISO week that ends on Easter Sunday (TimeBank 2000-W16).
    const week = /week$/i.test(name);
    const format = week ? formatWeek : formatDay;
    // "on Thanksgiving in 1991": the year told right after is the holiday's (it stays an
    // expression of its own, as TimeML tags the year of a prepositional phrase apart).
    const yearAfter = YEAR_AFTER_HOLIDAY.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 10));
    const told = m[3] ?? yearAfter?.[1];
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        const dayIn = (year: number): Day | null => holidayDay(week ? 'easter' : name, year);
        if (told) {
          const d = dayIn(Number(told));
          return d ? reading('DATE', format(d)) : null;
        }
        if (!a.dct) return null;
        const today = formatDay(a.dct);
        const candidates = [a.dct.year - 1, a.dct.year, a.dct.year + 1].map(dayIn).filter((d): d is Day => d !== null);
        if (relation === 'last' || relation === 'next') {
          const side = candidates.filter((d) => (relation === 'last' ? formatDay(d) < today : formatDay(d) > today));
          const pick = relation === 'last' ? side[side.length - 1] : side[0];
          return pick ? reading('DATE', format(pick)) : null;
        }
        // Like a month and day: the nearest occurrence, leaning by tense.
        const year = yearOfMonthDay(a.dct, 0, 0, a.tense, (y) => dayIn(y));
        const pick = dayIn(year);
        return pick ? reading('DATE', format(pick)) : null;
      },
    };
  },
};

/**
 * Days of history that news names instead of dating: the crashes of markets ("Black Monday",
 * 19 October 1987) and the days of wars. One table gives both the pattern and the value.
 */
const NAMED_DAYS: Readonly<Record<string, string>> = {
  'Black Monday': '1987-10-19',
  'Black Tuesday': '1929-10-29',
  'Black Thursday': '1929-10-24',
  'Black Wednesday': '1992-09-16',
  'D-Day': '1944-06-06',
  'VE Day': '1945-05-08',
  'V-E Day': '1945-05-08',
  'VJ Day': '1945-08-15',
  'V-J Day': '1945-08-15',
};

export const namedDayInHistory: Rule = {
  // "the anniversary of Black Monday", "the D-Day landings": TIMEX3 DATE of that day.
  name: 'named day in history',
  cue: /Black|Day|V-/,
  pattern: rx(String.raw`${W}(${Object.keys(NAMED_DAYS).join('|')})(?![\w-])`),
  read: (m) => {
    const value = NAMED_DAYS[m[1]!];
    if (!value) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DATE', value);
      },
    };
  },
};
