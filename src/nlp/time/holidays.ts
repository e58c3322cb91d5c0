// Holidays of news text as calendar days: fixed dates, n-th weekdays, and Easter and the days
// counted from it.
import { addDays, type Day, daysInMonth, weekday } from './calendar.js';

/** The n-th weekday of a month (n = -1: the last). */
export function nthWeekday(year: number, month: number, isoWeekday: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((isoWeekday - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekday(last) - isoWeekday + 7) % 7));
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easter(year: number): Day {
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

export function holidayDay(name: string, year: number): Day | null {
  if (year < 1583 || year > 9999) return null;
  // "Martin Luther King Jr.. Day", "Presidents’ Day": one key whatever the dots and quotes.
  switch (name.toLowerCase().replace(/’/g, "'").replace(/[.,]/g, '').replace(/\s+/g, ' ')) {
    case 'christmas eve':
      return { year, month: 12, day: 24 };
    case 'christmas':
    case 'christmas day':
      return { year, month: 12, day: 25 };
    case "new year's eve":
      return { year, month: 12, day: 31 };
    case "new year's day":
      return { year, month: 1, day: 1 };
    case 'independence day':
    case 'the fourth of july':
      return { year, month: 7, day: 4 };
    case 'halloween':
      return { year, month: 10, day: 31 };
    case "valentine's day":
      return { year, month: 2, day: 14 };
    case 'veterans day':
      return { year, month: 11, day: 11 };
    case 'thanksgiving':
    case 'thanksgiving day':
      return nthWeekday(year, 11, 4, 4);
    case 'labor day':
      return nthWeekday(year, 9, 1, 1);
    case 'memorial day':
      return nthWeekday(year, 5, 1, -1);
    // US federal elections: the Tuesday after the first Monday of November.
    case 'election day':
      return addDays(nthWeekday(year, 11, 1, 1), 1);
    case 'easter':
    case 'easter sunday':
      return easter(year);
    case 'easter monday':
      return addDays(easter(year), 1);
    case 'good friday':
      return addDays(easter(year), -2);
    case 'maundy thursday':
      return addDays(easter(year), -3);
    case 'holy saturday':
      return addDays(easter(year), -1);
    case 'palm sunday':
      return addDays(easter(year), -7);
    case 'ash wednesday':
      return addDays(easter(year), -46);
    case 'shrove tuesday':
    case 'mardi gras':
      return addDays(easter(year), -47);
    case 'pentecost':
      return addDays(easter(year), 49);
    case 'boxing day':
      return { year, month: 12, day: 26 };
    case "st patrick's day":
    case "saint patrick's day":
      return { year, month: 3, day: 17 };
    case "april fools' day":
    case "april fool's day":
      return { year, month: 4, day: 1 };
    case 'earth day':
      return { year, month: 4, day: 22 };
    case 'canada day':
      return { year, month: 7, day: 1 };
    case 'bastille day':
      return { year, month: 7, day: 14 };
    case 'guy fawkes night':
    case 'bonfire night':
      return { year, month: 11, day: 5 };
    case 'remembrance day':
    case 'armistice day':
      return { year, month: 11, day: 11 };
    case 'australia day':
      return { year, month: 1, day: 26 };
    // United States federal Mondays and the days of mothers and fathers (the US dates).
    case 'martin luther king day':
    case 'martin luther king jr day':
    case 'mlk day':
      return nthWeekday(year, 1, 1, 3);
    case "presidents' day":
    case 'presidents day':
    case "president's day":
      return nthWeekday(year, 2, 1, 3);
    case 'columbus day':
      return nthWeekday(year, 10, 1, 2);
    case "mother's day":
      return nthWeekday(year, 5, 7, 2);
    case "father's day":
      return nthWeekday(year, 6, 7, 3);
    // The day after Thanksgiving, and the Monday after that.
    case 'black friday':
      return addDays(nthWeekday(year, 11, 4, 4), 1);
    case 'cyber monday':
      return addDays(nthWeekday(year, 11, 4, 4), 4);
    default:
      return null;
  }
}
