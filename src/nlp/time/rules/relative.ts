// Dates counted from publication or from the last date mentioned ("three years ago", "last week").
import type { Precision, TimeMod } from '../../../types.js';
import { type Anchoring, reading, shiftValue } from '../anchoring.js';
import { addDays, type Day, formatDay, formatWeek } from '../calendar.js';
import { precisionOf } from '../precision.js';
import {
  COUNT,
  countValue,
  durationValue,
  ORDINAL,
  UNIT,
  type Unit,
  unitOf,
  VAGUE_COUNT,
  WEEKDAY_NAME,
  weekdayNumber,
} from '../lexicon.js';
import {
  type Rule,
  W,
  E,
  EDGE,
  edgeMod,
  QUANTIFIER,
  quantifierMod,
  DAY_PART,
  ci,
  rx,
  ago,
  relativeUnit,
  relationOffset,
  lastDay,
  DAY_REF,
  dayOfReference,
  weekdayDay,
  lastClause,
} from './shared.js';

/** A quantity's modifier as said of the point it reaches back or forward to: [ago, from now]. */
const POINT_MOD: Partial<Record<TimeMod, [TimeMod, TimeMod]>> = {
  MORE_THAN: ['BEFORE', 'AFTER'],
  LESS_THAN: ['AFTER', 'BEFORE'],
  EQUAL_OR_MORE: ['ON_OR_BEFORE', 'ON_OR_AFTER'],
  EQUAL_OR_LESS: ['ON_OR_AFTER', 'ON_OR_BEFORE'],
};

/**
 * "The Exxon Valdez spill in 1989 … 20 years later": years counted from a year or month named
 * last, not from a day (the publication date when no day was named), which would put the point
 * two decades after publication.
 */
function yearAnchor(relation: string, unit: Unit, a: Anchoring): Day | null {
  // "in March 2003 … two months later", "… two months earlier": months counted from the month.
  if ((unit === 'month' || unit === 'quarter') && (relation === 'later' || relation === 'earlier')) {
    const month = a.lastValue ? /^(\d{4})-(\d\d)$/.exec(a.lastValue) : null;
    return month ? { year: Number(month[1]), month: Number(month[2]), day: 1 } : null;
  }
  if (relation !== 'later' || (unit !== 'year' && unit !== 'decade')) return null;
  const named = a.lastValue ? /^(\d{4})(?:-(\d\d))?$/.exec(a.lastValue) : null;
  return named ? { year: Number(named[1]), month: named[2] ? Number(named[2]) : 1, day: 1 } : null;
}

// How fine a unit of count, or the value it would be counted from, is: a count of days from a
// year ("in 2009 … three days later") names no day.
const FINENESS: Readonly<Record<Unit | Precision, number>> = {
  second: 0,
  minute: 0,
  hour: 0,
  time: 0,
  day: 1,
  week: 2,
  month: 3,
  quarter: 4,
  season: 4,
  year: 5,
  decade: 6,
  century: 7,
};

/** True when the last value told is coarser than the unit counted from it. */
function coarserThan(value: string, unit: Unit): boolean {
  const precision = precisionOf(value);
  return precision !== null && FINENESS[precision] > FINENESS[unit];
}

/** The first year a year ("2031") or decade ("203") value covers. */
function firstYearOf(value: string): number {
  return /^\d{3}$/.test(value) ? Number(value) * 10 : Number(value.slice(0, 4));
}

// What introduces the period a figure is compared with: "rose 2% from a month earlier".
const COMPARED_WITH = /\b(?:from|than|with|over|versus|vs\.?)\s+$/i;

export const countedOffset: Rule = {
  // "three years ago", "a year earlier", "two days later", "five months before": dates counted
  // from publication ("ago") or from the last day mentioned ("later", "earlier").
  name: 'counted offset',
  cue: /(?:second|minute|hour|day|week|month|quarter|year|decade|century|centuries)s?(?:\sor\sso)?\s(?:ago|earlier|later|before|after|from now|hence|since|back)/i,
  pattern: ci(
    String.raw`${W}${QUANTIFIER}?(${COUNT}|${VAGUE_COUNT})[- ](${UNIT})(\sor\sso)?\s(ago|earlier|later|before|after|from now|hence|since|back)${E}`,
  ),
  read: (m) => {
    const unit = unitOf(m[3]!);
    if (!unit) return null;
    const count = countValue(m[2]!);
    const relation = m[5]!.toLowerCase();
    // "a week or so ago": about a week.
    const mod = quantifierMod(m[1]) ?? (m[4] ? 'APPROX' : undefined);
    const countEnd = m.index + m[0].length - m[5]!.length - (m[4]?.length ?? 0) - 1;
    const comparison = count === 1 && COMPARED_WITH.test(m.input.slice(Math.max(0, m.index - 16), m.index));
    const fromPublication =
      relation === 'ago' || relation === 'back' || relation === 'from now' || relation === 'hence';
    const direction = relation === 'ago' || relation === 'back' || relation === 'earlier' ? -1 : 1;
    // "a few years ago", "several weeks from now": a vague point before or after publication.
    if (count === null && fromPublication) {
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve() {
          return reading('DATE', direction < 0 ? 'PAST_REF' : 'FUTURE_REF');
        },
      };
    }
    // A vague count or an event anchor ("two days after the vote") leaves a DURATION: TimeML
    // marks the measure only, and the event layer reads "after"/"before" beside it.
    if (count === null || relation === 'before' || relation === 'after' || relation === 'since') {
      const value = durationValue(count, unit);
      return {
        start: m.index,
        end: countEnd,
        resolve() {
          return reading('DURATION', value, mod);
        },
      };
    }
    // "nearly four years ago" is about a point in time (1994, approximately); "more than five
    // years ago" is before one.
    const pointMod = mod && fromPublication ? (POINT_MOD[mod]?.[direction < 0 ? 0 : 1] ?? mod) : mod;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        // "Four months later", "eight years earlier" with no date told before count from an
        // event, not from publication, and so do they told after a date further back than the
        // sentence before: only the measure is known, and TimeML marks the measure ("[three
        // days] later" is a DURATION; "later" is a signal). "A year earlier" in a results story,
        // and "from a month earlier", "than a week earlier" in any, compare with the period one
        // unit back, told or not (TempEval: DATE 1988).
        const measured =
          relation === 'later' || (relation === 'earlier' && !(unit === 'year' && count === 1) && !comparison);
        if (measured && (a.lastValue === null || !a.lastValueNear || coarserThan(a.lastValue, unit)))
          return { ...reading('DURATION', durationValue(count, unit), mod), end: countEnd };
        const base = fromPublication ? a.dct : (yearAnchor(relation, unit, a) ?? a.reference ?? a.dct);
        // "a week ago", "two weeks ago" point to a day (the same weekday a week or two back, as
        // "a week ago Friday" says); "six weeks ago" to a week.
        if (unit === 'week' && direction < 0 && fromPublication && base && count <= 2 && Number.isInteger(count))
          return reading('DATE', formatDay(addDays(base, -7 * count)), pointMod);
        const point = ago(count, unit, a, base, direction, pointMod, !fromPublication);
        // "Two decades later, they agree …" counted from a recent day would land years after
        // publication; unless the clause looks ahead, "later" reaches no further than now, so
        // only the measure is known.
        const landsAhead = point && a.dct && relation === 'later' && firstYearOf(point.value) > a.dct.year;
        if (landsAhead && (unit === 'year' || unit === 'decade') && a.tense !== 'future')
          return reading('DURATION', durationValue(count, unit), mod);
        return point ?? reading('DURATION', durationValue(count, unit), mod);
      },
    };
  },
};

export const anaphoricUnit: Rule = {
  // "the following year", "the next day", "that year", "later that month", "the same day":
  // counted from the last date mentioned, not from publication.
  name: 'anaphoric unit',
  cue: /(?:following|next|previous|prior|preceding|that|same)\s(?:day|morning|afternoon|evening|night|week|month|year)/i,
  pattern: ci(
    String.raw`${W}(?:(earlier|later|early|late)\s)?(?:(the following|the next|the previous|the prior|the preceding|that|that same|the same|the same)\s)(day|morning|afternoon|evening|night|week|month|year)${E}`,
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
      resolve(a) {
        // "last October, when … that same day": the day is one of the month just named, which
        // TIMEX3 writes with its day unknown (1998-10-XX), rather than an older day mentioned.
        if (unitWord === 'day' && offset === 0 && a.lastValueNear && /^\d{4}-\d\d$/.test(a.lastValue ?? ''))
          return reading('DATE', `${a.lastValue}-XX`, mod);
        // "they had another rig due to start the next day", "BP refused, stating it had none till
        // the next day", "wasn't expecting to find anything that day" with no day told before: counted from publication it lands on a day the
        // story never meant (the audit found these all wrong); the day is not in the text.
        if (
          unitWord !== 'week' &&
          unitWord !== 'month' &&
          unitWord !== 'year' &&
          (offset !== 0 ? a.tense !== 'future' || planToldInThePast(m.input, m.index) : a.tense === 'past') &&
          noDayTold(a)
        )
          return part ? reading('TIME', `XXXX-XX-XXT${part}`, mod) : reading('DATE', 'XXXX-XX-XX', mod);
        const base = lastDay(a, unit);
        if (!base) return null;
        // "the next year" without an earlier date in the article is a span ahead.
        if (offset === 1 && relation === 'the next' && !a.lastValue && unit !== 'day') return null;
        const value = shiftValue(base, unit, offset);
        // "the next morning" is dated to its day, as "Friday morning" is.
        return value ? reading('DATE', value, mod) : null;
      },
    };
  },
};

export const unitBeforeOrAfter: Rule = {
  // "the year before", "the day after" told of the last date mentioned.
  name: 'unit before or after',
  cue: /the\s(?:day|week|month|year)\s(?:before|after|earlier|later)/i,
  // Only when the clause ends there: "the day before the vote" is counted from the vote.
  // A figure compared with the unit before needs no clause end: "up 77 percent from the year
  // before thanks to higher prices".
  pattern: ci(
    String.raw`${W}the\s(day|week|month|year)\s(before|after|earlier|later)(?=\s*(?:[.,;:!?)"'’]|$))|(?<=\b(?:from|than|over|with|versus)\s)the\s(week|month|year)\s(before|earlier)\b`,
  ),
  read: (m) => {
    const unit = unitOf((m[1] ?? m[3])!)!;
    const offset = /before|earlier/i.test((m[2] ?? m[4])!) ? -1 : 1;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        // "The next day (after 9/11), or the day after": with no day told, not publication's.
        if (unit === 'day' && a.tense !== 'future' && noDayTold(a)) return reading('DATE', 'XXXX-XX-XX');
        const base = lastDay(a, unit);
        const value = base ? shiftValue(base, unit, offset) : null;
        return value ? reading('DATE', value) : null;
      },
    };
  },
};

const NAMED_AFTER = /^ of [\dA-Z]/;
const TITLE_CASE = /^[A-Z][a-z]+ [A-Z][a-z]+$/;
const QUOTE_BEFORE = /["“`]$/;

const YEAR_BEFORE_COMMA = /(?<!\d)(\d{4}),\s$/;

export const relativeCalendarUnit: Rule = {
  // "last year", "this week", "next month", "the past year", "earlier this year", "the year"
  name: 'relative unit',
  pattern: ci(
    String.raw`${W}${EDGE}?(?:(last|this|next|past|coming|current|previous|following|the past|the last|the coming|the next|the current|the previous|the following|the latest|the present|the)\s)(week|weekend|month|year|decade|century)${E}`,
  ),
  read: (m) => {
    const relation = m[2]!.toLowerCase();
    const unitWord = m[3]!.toLowerCase();
    // "the month of June", "the year of 1989": the name that follows says which one.
    if (relation === 'the' && NAMED_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 6)))
      return null;
    // ABC's "This Week": a title-case phrase opening a quotation is a programme's name.
    if (TITLE_CASE.test(m[0]) && QUOTE_BEFORE.test(m.input.slice(Math.max(0, m.index - 2), m.index))) return null;
    const mod = edgeMod(m[1]);
    // "since 1979, the year his father left", "In 1962, the year Vatican II began": "the year" in
    // apposition to a year is that year.
    const appositive =
      relation === 'the' && unitWord === 'year'
        ? YEAR_BEFORE_COMMA.exec(m.input.slice(Math.max(0, m.index - 8), m.index))
        : null;
    if (appositive) {
      const value = appositive[1]!;
      return {
        start: m.index,
        end: m.index + m[0].length,
        resolve() {
          return reading('DATE', value, mod);
        },
      };
    }
    // "the next year"/"the following year" after a past date is relative to that date; keep
    // it simple and resolve from publication, as TempEval does for news.
    const offset = relationOffset(relation);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        if (unitWord === 'weekend') return relativeUnit('weekend', offset, a, mod);
        const unit = unitOf(unitWord)!;
        // "the past decade" reaches back from now: a span of ten years rather than the 1980s;
        // "the last decade", as "the last year" is last year, names the one before this one.
        if ((unit === 'decade' || unit === 'century') && /past|the next|the coming/.test(relation))
          return reading('DURATION', durationValue(1, unit), mod);
        return relativeUnit(unit, offset, a, mod);
      },
    };
  },
};

export const dayOfTheReport: Rule = {
  // "to end the day at 7,114.3", "ending the day down 31 points", "For the day, the Nikkei closed
  // down": a market report's "the day" is the day it reports, the last one mentioned, else
  // publication day (TIMEX3: "the day" takes the value of the day it refers to).
  name: 'day of the report',
  cue: /the\sday/i,
  // "The Dow fell 2% on the day.", "was up 1.2 percent on the day, its best": the day reported,
  // told at a clause's end; "on the day of the vote", "on the day that ..." are anchored elsewhere.
  pattern: ci(
    String.raw`(?<=\b(?:end|ends|ended|ending|finish|finishes|finished|finishing|close|closes|closed|closing|for)\s)the\sday(?=\s?[,.;]|\s(?:at|on|with|down|up|lower|higher)\b)|(?<=\bon\s)the\sday(?=\s?[,.;:!?)]|\s(?:and|but|while|as)\s)`,
  ),
  read: (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    resolve(a) {
      const day = lastDay(a, 'day');
      return day ? reading('DATE', formatDay(day)) : null;
    },
  }),
};

const PART_OF_DAY_MOD: Readonly<Record<string, TimeMod>> = {
  early: 'START',
  earlier: 'START',
  start: 'START',
  beginning: 'START',
  late: 'END',
  later: 'END',
  end: 'END',
  close: 'END',
};

export const partOfTheReportedDay: Rule = {
  // "recovered late in the day", "earlier in the day", "lower than the start of the day", "by the
  // end of the day": a part of the day just reported (the last day mentioned, else publication
  // day), as "later that day" is. TIMEX3 gives the day with its edge as mod (MEANTIME: "the start
  // of the day" 2008-10-10). "At the end of the day" is left alone: in a quote it means "in the
  // end"; "at the start of the day", "at the close of the day" are no idiom, and are the day's.
  name: 'part of the reported day',
  cue: /(?:in|of)\sthe\sday/i,
  pattern: ci(
    String.raw`${W}(?:(early|earlier|late|later)\sin\sthe\sday|(?:the\s(start|beginning|close)|(?<!\bat\s)the\s(end))\sof\sthe\sday)(?![\w'’-]|\s(?:of|when|that|he|she|they|we|I)\b)`,
  ),
  read: (m) => {
    const mod = PART_OF_DAY_MOD[(m[1] ?? m[2] ?? m[3]!).toLowerCase()];
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        const day = lastDay(a, 'day');
        return day ? reading('DATE', formatDay(day), mod) : null;
      },
    };
  },
};

export const dayAnchoredOnEvent: Rule = {
  // "Oct. 12, the day before the stock market crash", "the day after Obama's speech", "the night
  // before the vote": TimeML tags "the day" (the event is not part of the expression), and a
  // part of the day as a TIME (TNI). In apposition to a date it is that date; otherwise it is
  // counted from the last day mentioned, which the event most often shares.
  name: 'day anchored on an event',
  cue: /he\s(?:day|morning|afternoon|evening|night)\s(?:before|after)\s/,
  pattern: rx(
    String.raw`${W}[Tt]he\s(day|morning|afternoon|evening|night)(?=\s(?:before|after)\s(?:(?:the|a|an|his|her|their|its|he|she|they|it|we)\s|[A-Z][\w.-]*['’]s\s))`,
  ),
  read: (m) => {
    const apposition = DATE_BEFORE_COMMA.test(m.input.slice(Math.max(0, m.index - 8), m.index));
    const offset = /^\s?before/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 8)) ? -1 : 1;
    const part = DAY_PART[m[1]!];
    const eventDay = dayOfTheEvent(m.input, m.index + m[0].length);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        // "the day before the vote on Tuesday", "the night after Monday's election": the event's
        // own day, told with it, is the anchor (TimeML anchors the expression on the event).
        const told = eventDay !== null ? dayOfReference(eventDay, a) : null;
        if (told) {
          const value = formatDay(addDays(told, offset));
          return part ? reading('TIME', `${value}T${part}`) : reading('DATE', value);
        }
        // "the day after the rig sank", "the day after the 1929 crash" with no day told before
        // it (a year or a month last): the event's day is not in the text, and publication day
        // is not it.
        if (!apposition && !(a.lastValue !== null && DAY_VALUE.test(a.lastValue)))
          return part ? reading('TIME', `XXXX-XX-XXT${part}`) : reading('DATE', 'XXXX-XX-XX');
        const base = lastDay(a, 'day');
        if (!base) return null;
        let value = apposition ? formatDay(base) : shiftValue(base, 'day', offset);
        if (!value) return null;
        // Told in the past, the day after an event has come by publication.
        if (a.dct && a.tense === 'past' && value > formatDay(a.dct)) value = formatDay(a.dct);
        return part ? reading('TIME', `${value}T${part}`) : reading('DATE', value);
      },
    };
  },
};
export const dayBeforeOrAfterADay: Rule = {
  // "the day before last Tuesday's hearing", "the day after March 7", "the night before Friday":
  // a day counted from a day the text names is one expression, as "the day before yesterday" is
  // (TimeBank: "day before last Tuesday" 2000-02-21).
  name: 'day before or after a day',
  cue: /he\s(?:day|night)\s(?:before|after)\s/,
  pattern: rx(
    String.raw`${W}[Tt]he\s(day|night)\s(before|after)\s(?:(last|next|this)\s(${WEEKDAY_NAME})|(${DAY_REF}))(?![\w-])`,
  ),
  read: (m) => {
    const offset = m[2] === 'before' ? -1 : 1;
    const night = m[1] === 'night';
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        const wd = m[4] ? weekdayNumber(m[4]) : null;
        const base = wd !== null ? weekdayDay(a, wd, m[3]) : dayOfReference(m[5]!, a);
        if (!base) return null;
        const value = formatDay(addDays(base, offset));
        return night ? reading('TIME', `${value}TNI`) : reading('DATE', value);
      },
    };
  },
};

/** True when no day was told before in the article: the last value is coarser, and the day of
 * reference is publication's own. */
// "The school was to be a polling center the next day": a plan told in the past looks ahead from
// the story's day, not from publication.
const PLAN_IN_THE_PAST_BEFORE = /\b(?:was|were)\sto\s(?!blame\b)/;
const PLAN_WINDOW = 80;

function planToldInThePast(text: string, start: number): boolean {
  return PLAN_IN_THE_PAST_BEFORE.test(lastClause(text.slice(Math.max(0, start - PLAN_WINDOW), start), /[.!?]/));
}

function noDayTold(a: Anchoring): boolean {
  if (a.lastValue !== null && DAY_VALUE.test(a.lastValue)) return false;
  return a.reference === null || a.dct === null || formatDay(a.reference) === formatDay(a.dct);
}

/** A value that names a day (or a time on it): what "the day before the vote" can count from. */
const DAY_VALUE = /^\d{4}-\d\d-\d\d(?:T|$)/;
// A date ending right before ", the day …": "Oct. 12, 1989, the day before".
const DATE_BEFORE_COMMA = /\d,\s$/;
// "before Tuesday's vote"; "before the vote on Tuesday", "after the summit of March 4" within the
// event's phrase (up to a punctuation mark).
const POSSESSIVE_DAY_AFTER = new RegExp(String.raw`^\s(?:before|after)\s(${DAY_REF})['’]s\s`);
const DAY_OF_EVENT = new RegExp(String.raw`\s(?:on|of)\s(${DAY_REF})(?![\w'’])`);
const PHRASE_END = /[,.;:!?()]/;

/** The day an event is told with right after "before"/"after" at `from`, if any. */
function dayOfTheEvent(text: string, from: number): string | null {
  const possessive = POSSESSIVE_DAY_AFTER.exec(text.slice(from, from + 40));
  if (possessive) return possessive[1]!;
  let phrase = text.slice(from, from + 60);
  const end = PHRASE_END.exec(phrase);
  if (end) phrase = phrase.slice(0, end.index);
  return DAY_OF_EVENT.exec(phrase)?.[1] ?? null;
}

export const ordinalDayOfARun: Rule = {
  // "suspended for a second consecutive day", "today is the eighth day of Desert Shield": the
  // Nth day of a run is the day being reported, the last one mentioned or publication day
  // (TIMEX3 DATE 1990-08-15); "the fourth straight week" is that day's week. "The first day" is
  // left alone: it is more often a day to come ("on his first day in office").
  name: 'ordinal day of a run',
  cue: /(?:st|nd|rd|th)\s(?:(?:consecutive|straight|successive)\s)?(?:day|week)/i,
  pattern: ci(
    String.raw`${W}(?:(?:the|a)\s)?(?!first\b)${ORDINAL}\s(?:(?:consecutive|straight|successive)\s)?(day|week)(?![\w'’-]|\s(?:in\soffice|of\s(?:the\s)?(?:month|year|week))\b)`,
  ),
  read: (m) => {
    const unit = m[1]!.toLowerCase();
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        // "The spill, now in its 63rd day, has soiled": a run told in the present is at its
        // publication day, not at the day it began ("exploded on April 20" just before).
        const last = a.tense === 'present' && a.dct ? a.dct : lastDay(a, 'day');
        // A run reported so far has not outlasted publication ("closed until January 30 …
        // closed for a third day" is about now).
        const day = last && a.dct && formatDay(last) > formatDay(a.dct) ? a.dct : last;
        if (!day) return null;
        return reading('DATE', unit === 'day' ? formatDay(day) : formatWeek(day));
      },
    };
  },
};
