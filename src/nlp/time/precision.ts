import type { Precision } from '../../types.js';
import { isoWeek, isValidDay } from './calendar.js';

// A clock time may carry Z (UTC), as ISO 8601 and TimeML write "16:08 UTC": 2008-09-17T16:08Z.
const TIME_OF_DAY = /^(\d{4})-(\d\d)-(\d\d)T(?:MO|AF|EV|NI|DT|(\d\d)(?::(\d\d)(?::(\d\d))?)?Z?)$/;
const DAY = /^(\d{4})-(\d\d)-(\d\d)$/;
const WEEK = /^(\d{4})-W(\d\d)$/;
const MONTH = /^(\d{4})-(\d\d)$/;
const QUARTER = /^\d{4}-Q[1-4]$/;
const HALF = /^\d{4}-H[12]$/;
const SEASON = /^\d{4}-(?:SP|SU|FA|WI)$/;

/**
 * The granularity of a fully specified TIMEX3 calendar value; null for durations, sets,
 * PRESENT_REF/PAST_REF/FUTURE_REF, values with X placeholders and malformed values.
 */
export function precisionOf(value: string): Precision | null {
  let precision = known.get(value);
  if (precision === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(value, (precision = readPrecision(value)));
  }
  return precision;
}

// Text dense with dates repeats a few values thousands of times, and each value is read again by
// the events stage: the last values read are remembered (cleared when full, so memory stays bounded).
const KNOWN_MAX = 4096;
const known = new Map<string, Precision | null>();

function readPrecision(value: string): Precision | null {
  let m = TIME_OF_DAY.exec(value);
  if (m) {
    if (!isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
    // TIMEX3 allows T24 for midnight at the end of the day.
    if (m[4] !== undefined && (Number(m[4]) > 24 || Number(m[5] ?? 0) > 59 || Number(m[6] ?? 0) > 59)) return null;
    return 'time';
  }
  m = DAY.exec(value);
  if (m) return isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) ? 'day' : null;
  m = WEEK.exec(value);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    // A year has 53 ISO weeks when 28 December falls in week 53.
    const weeks = isoWeek({ year, month: 12, day: 28 }).week;
    return week >= 1 && week <= weeks ? 'week' : null;
  }
  m = MONTH.exec(value);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? 'month' : null;
  if (QUARTER.test(value)) return 'quarter';
  // Precision has no half-year step; a half is reported at the next step down that contains it.
  if (HALF.test(value)) return 'quarter';
  if (SEASON.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return null;
}
