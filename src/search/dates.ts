// Dates in a search query: "2024-02", "2024-02-07", "february 2024", "feb 7, 2024", "7 February".
// They constrain which events match instead of being matched as text, because fuzzy text
// matching would let "2024-02" find "2024-03" (one substitution).

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

// Full names and the usual abbreviations ("sept" as well as "sep").
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((name, i): Array<[string, number]> => {
    const forms: Array<[string, number]> = [
      [name, i + 1],
      [name.slice(0, 3), i + 1],
    ];
    if (name === 'september') forms.push(['sept', 9]);
    return forms;
  }),
);

/** The calendar parts a query asked for; an absent part matches any value. */
export interface DateQuery {
  year?: string;
  month?: string;
  day?: string;
}

export interface ParsedDateQuery {
  date: DateQuery | null;
  /** The query with the date words taken out. */
  rest: string;
}

// Years outside this range are more likely counts ("1000 jobs") than dates.
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

const ISO_DATE = /(?<![\w-])(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\w-])/;
const MONTH_WORD = '([a-z]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
// "february 7, 2024" | "february 2024" | "february 7" | "7 february 2024" | "7 february"
const MONTH_DAY_YEAR = new RegExp(`(?<![\\w-])${MONTH_WORD}\\s+${DAY},?(?:\\s+${YEAR})?(?![\\w-])`, 'i');
const MONTH_YEAR = new RegExp(`(?<![\\w-])${MONTH_WORD},?\\s+${YEAR}(?![\\w-])`, 'i');
const DAY_MONTH_YEAR = new RegExp(`(?<![\\w-])${DAY}\\s+${MONTH_WORD},?(?:\\s+${YEAR})?(?![\\w-])`, 'i');

const pad2 = (n: number): string => String(n).padStart(2, '0');

function validYear(text: string | undefined): boolean {
  if (text === undefined) return true;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function validDay(text: string | undefined): boolean {
  if (text === undefined) return true;
  const day = Number(text);
  return day >= 1 && day <= 31;
}

function monthNumber(word: string): number | undefined {
  return MONTH_BY_NAME.get(word.toLowerCase());
}

function withoutMatch(query: string, match: RegExpExecArray): string {
  return (query.slice(0, match.index) + ' ' + query.slice(match.index + match[0].length)).trim();
}

// The first match whose words really are a month and a plausible day and year:
// "about 5" is not a date, but "about 5 march" contains one.
function firstDate(
  pattern: RegExp,
  query: string,
  read: (match: RegExpExecArray) => DateQuery | null,
): ParsedDateQuery | null {
  const global = new RegExp(pattern.source, 'gi');
  for (let match = global.exec(query); match !== null; match = global.exec(query)) {
    const date = read(match);
    if (date !== null) return { date, rest: withoutMatch(query, match) };
    global.lastIndex = match.index + 1;
  }
  return null;
}

function dayOfMonth(monthWord: string, day: string, year: string | undefined): DateQuery | null {
  const month = monthNumber(monthWord);
  if (month === undefined || !validDay(day) || !validYear(year)) return null;
  return { month: pad2(month), day: pad2(Number(day)), ...(year !== undefined ? { year } : {}) };
}

function fromMonthWords(query: string): ParsedDateQuery | null {
  return (
    firstDate(MONTH_DAY_YEAR, query, ([, month, day, year]) => dayOfMonth(month!, day!, year)) ??
    firstDate(DAY_MONTH_YEAR, query, ([, day, month, year]) => dayOfMonth(month!, day!, year)) ??
    firstDate(MONTH_YEAR, query, ([, monthWord, year]) => {
      const month = monthNumber(monthWord!);
      return month !== undefined && validYear(year) ? { year: year!, month: pad2(month) } : null;
    })
  );
}

/**
 * Takes the first date out of a query. A month name alone ("february") is left as text:
 * it is also an ordinary word, and the date text every event is indexed with contains it.
 */
export function parseDateQuery(query: string): ParsedDateQuery {
  const iso = ISO_DATE.exec(query);
  const isoDate = iso && validYear(iso[1]) ? fromIso(iso) : null;
  // "february 2024" names a month: the year alone must not claim it first.
  if (isoDate !== null && isoDate.month !== undefined) return { date: isoDate, rest: withoutMatch(query, iso!) };
  return (
    fromMonthWords(query) ??
    (isoDate !== null ? { date: isoDate, rest: withoutMatch(query, iso!) } : { date: null, rest: query.trim() })
  );
}

function fromIso(match: RegExpExecArray): DateQuery | null {
  const [, year, month, day] = match;
  if (month !== undefined && !(Number(month) >= 1 && Number(month) <= 12)) return null;
  if (!validDay(day)) return null;
  const date: DateQuery = { year: year! };
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  return date;
}

export interface DateParts {
  year?: string;
  month?: string;
  day?: string;
}

// Only calendar forms with a year, month and day in ISO positions have parts; weeks, quarters
// and seasons keep just their year.
export function dateParts(value: string): DateParts {
  const digits = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const code = value.charCodeAt(i);
      if (!(code >= 48 && code <= 57)) return false;
    }
    return true;
  };
  // "20240207" is not a TIMEX3 calendar value: its first four digits are no year.
  if (!digits(0, 4) || digits(4, 5)) return {};
  const parts: DateParts = { year: value.slice(0, 4) };
  if (value[4] !== '-' || !digits(5, 7)) return parts;
  parts.month = value.slice(5, 7);
  if (value[7] !== '-' || !digits(8, 10)) return parts;
  parts.day = value.slice(8, 10);
  return parts;
}

/**
 * Whether an event's date falls inside the queried date. An event coarser than the query
 * ("2024" for a query "2024-02") does not: it might not be in February at all.
 */
export function matchesDate(eventDate: string | DateParts, query: DateQuery): boolean {
  const parts = typeof eventDate === 'string' ? dateParts(eventDate) : eventDate;
  if (query.year !== undefined && parts.year !== query.year) return false;
  if (query.month !== undefined && parts.month !== query.month) return false;
  if (query.day !== undefined && parts.day !== query.day) return false;
  return true;
}

/** Every event's year, month and day as numbers, 0 where the date has no such part. */
export interface Calendar {
  years: Uint16Array;
  months: Uint8Array;
  days: Uint8Array;
}

/**
 * Read once, the first time a query names a date: typed arrays rather than an object per
 * event, because the first "august 1" on a 100,000-event timeline is a keystroke too.
 */
export function buildCalendar(dates: readonly string[]): Calendar {
  const calendar: Calendar = {
    years: new Uint16Array(dates.length),
    months: new Uint8Array(dates.length),
    days: new Uint8Array(dates.length),
  };
  dates.forEach((date, i) => {
    const year = digitsAt(date, 0, 4);
    if (year < 0) return;
    calendar.years[i] = year;
    if (date.charCodeAt(4) !== 45) return;
    const month = digitsAt(date, 5, 2);
    if (month < 0) return;
    calendar.months[i] = month;
    if (date.charCodeAt(7) !== 45) return;
    const day = digitsAt(date, 8, 2);
    if (day >= 0) calendar.days[i] = day;
  });
  return calendar;
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  // A digit right after ("20241") means this is not the ISO form.
  const next = text.charCodeAt(from + count) - 48;
  return next >= 0 && next <= 9 ? -1 : value;
}

/** Indices of the events inside the queried date, in timeline order (see `matchesDate`). */
export function eventsOnDate(calendar: Calendar, query: DateQuery): number[] {
  const year = query.year === undefined ? 0 : Number(query.year);
  const month = query.month === undefined ? 0 : Number(query.month);
  const day = query.day === undefined ? 0 : Number(query.day);
  const found: number[] = [];
  for (let i = 0; i < calendar.years.length; i++) {
    if (year !== 0 && calendar.years[i] !== year) continue;
    if (month !== 0 && calendar.months[i] !== month) continue;
    if (day !== 0 && calendar.days[i] !== day) continue;
    found.push(i);
  }
  return found;
}

/**
 * The part of `describeDate(eventDate)` to highlight for a date query: the ISO prefix up
 * to the finest part the query named ("2024-02" of "2024-02-07 February 7 2024").
 */
export function dateRange(query: DateQuery): [number, number] {
  if (query.day !== undefined) return [query.year !== undefined ? 0 : 5, 10];
  if (query.month !== undefined) return [query.year !== undefined ? 0 : 5, 7];
  return [0, 4];
}

/**
 * The text an event's date is searched by: the ISO value first (so `dateRange` offsets
 * point into it), then the month spelled out, so "february" finds February events.
 */
export function describeDate(eventDate: string): string {
  const parts = dateParts(eventDate);
  if (parts.month === undefined) return eventDate;
  const monthName = MONTHS[Number(parts.month) - 1];
  if (monthName === undefined) return eventDate;
  const spelled = monthName[0]!.toUpperCase() + monthName.slice(1);
  const words = parts.day !== undefined ? `${spelled} ${Number(parts.day)} ${parts.year}` : `${spelled} ${parts.year}`;
  return `${eventDate} ${words}`;
}

/** A stable key for a date query, to tell when the narrowing cache must be dropped. */
export function dateQueryKey(query: DateQuery | null): string {
  if (query === null) return '';
  return `${query.year ?? '*'}-${query.month ?? '*'}-${query.day ?? '*'}`;
}
