// Recognition rules for English time expressions in news, one family per file; each rule is a
// precompiled pattern and a reader that turns a match into a TIMEX3 reading once the anchoring
// context is known. The rule ideas follow the TimeML/TIMEX3 annotation guidelines and
// HeidelTime's English resources; the patterns are our own.
//
// RULES lists every rule in priority order: longer spans win first (choose() in ../index.ts),
// and when two matches cover the same span, the earlier rule wins.
import type { Rule } from './shared.js';
import { clock24, clockTime, dayAndPartOfDay, midPartOfDay, fullDate, numericDate, monthAndDay, deicticDay, weekdaySet, anaphoricWeekday, namedWeekday, weekOfADay, holiday } from './days.js';
import { monthAndYear, month, season, decade, decadeInWords, century, year, spokenYear, monthOfRelativeYear, monthOfAnaphoricYear, yearEnd } from './months-years.js';
import { ordinalQuarter, quarterCode, relativeQuarter, halfYear, yearEarlier, fiscalYear, comparisonPeriod, yearNamedPeriod, reportingPeriod, quarterSet } from './quarters.js';
import { countedOffset, anaphoricUnit, unitBeforeOrAfter, relativeCalendarUnit } from './relative.js';
import { setEvery, setAdverb, rate, duration, andAHalf, recentUnits, comingUnits, bareUnits, oneDay, reference } from './durations-sets.js';

export type { Candidate, Rule } from './shared.js';
export { WORD_START_GUARD } from './shared.js';

export const RULES: readonly Rule[] = [
  clockTime,
  clock24,
  dayAndPartOfDay,
  midPartOfDay,
  fullDate,
  numericDate,
  monthAndDay,
  monthAndYear,
  month,
  season,
  ordinalQuarter,
  quarterCode,
  relativeQuarter,
  halfYear,
  decade,
  decadeInWords,
  century,
  year,
  deicticDay,
  weekdaySet,
  anaphoricWeekday,
  namedWeekday,
  setEvery,
  setAdverb,
  rate,
  countedOffset,
  yearEarlier,
  fiscalYear,
  comparisonPeriod,
  yearNamedPeriod,
  reportingPeriod,
  yearEnd,
  anaphoricUnit,
  weekOfADay,
  unitBeforeOrAfter,
  monthOfAnaphoricYear,
  spokenYear,
  monthOfRelativeYear,
  holiday,
  relativeCalendarUnit,
  duration,
  andAHalf,
  recentUnits,
  comingUnits,
  oneDay,
  quarterSet,
  bareUnits,
  reference,
];
