// Publication dates from headers, file names and metadata, as `YYYY-MM-DD` calendar days.

import type { Article, LoadResult } from '../types.js';

/**
 * A calendar day, or why there is none. `unrecognised` marks text none of the readers here
 * know, which the written-date reader (chrono-node, loaded on demand) may still read.
 */
export type DateParse = { date: string } | { error: string; unrecognised?: true };

/** What a loader returns: articles, problems, and the dates left for a second reading. */
export interface LoadedFile extends LoadResult {
  pendingDates?: PendingDate[];
}

/** An article whose metadata date the readers here could not read, kept for a second reading. */
export interface PendingDate {
  article: Article;
  /** The date as written. */
  value: string;
  /** Where it was written, for the problem line: `date`, `field "published"`, `front matter "date"`. */
  field: string;
  /** Why the readers here could not read it. */
  error: string;
  /** Worth a second reading (false when it is a day that does not exist, say). */
  unrecognised: boolean;
}

// Month names as they start in English, Portuguese, Spanish, French, German and Italian feeds
// ("Seg, 24 Set 2018"): the first matching prefix, longest listed first where two share a start.
const MONTH_PREFIXES: Array<[string, number]> = [
  ['juin', 6],
  ['juil', 7],
  ['jan', 1],
  ['gen', 1],
  ['ene', 1],
  ['feb', 2],
  ['fev', 2],
  ['fév', 2],
  ['mar', 3],
  ['mär', 3],
  ['mrz', 3],
  ['apr', 4],
  ['abr', 4],
  ['avr', 4],
  ['may', 5],
  ['mai', 5],
  ['mag', 5],
  ['jun', 6],
  ['giu', 6],
  ['jul', 7],
  ['lug', 7],
  ['aug', 8],
  ['ago', 8],
  ['aoû', 8],
  ['aou', 8],
  ['sep', 9],
  ['set', 9],
  ['oct', 10],
  ['out', 10],
  ['okt', 10],
  ['ott', 10],
  ['nov', 11],
  ['dec', 12],
  ['dez', 12],
  ['dic', 12],
  ['déc', 12],
];

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTH_PREFIXES.find(([prefix]) => lower.startsWith(prefix))?.[1];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks a year, month and day are a real calendar day and formats it. */
export function calendarDay(year: number, month: number, day: number): DateParse {
  // `YYYY-MM-DD` has room for years 1–9999 only.
  if (!Number.isInteger(year) || year < 1 || year > 9999) return { error: 'date out of range' };
  if (month < 1 || month > 12) return { error: 'no such month' };
  if (day < 1 || day > daysInMonth(year, month)) return { error: 'no such day' };
  return { date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** A strict `YYYY-MM-DD`, as in the house-format header. */
export function parseIsoDay(s: string): DateParse {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return { error: 'not a YYYY-MM-DD date' };
  return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The first real `YYYY-MM-DD` in a file name (`2024-02-07-baghdad.txt`), or null. */
export function dateFromFileName(name: string): string | null {
  for (const m of name.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    const parsed = calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if ('date' in parsed) return parsed.date;
  }
  return null;
}

function utcDay(ms: number): DateParse {
  if (!Number.isFinite(ms)) return { error: 'not a date' };
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return { error: 'date out of range' };
  return calendarDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Reads a metadata value for `article`: its day is set when the value is readable here, else the
 * value is added to `pending` for the second reader and for one problem line per file.
 */
export function dateOrPending(value: unknown, field: string, article: Article, pending: PendingDate[]): void {
  const parsed = parseMetadataDate(value);
  if ('date' in parsed) {
    article.date = parsed.date;
    article.dateSource = 'metadata';
    return;
  }
  pending.push({
    article,
    value: typeof value === 'string' ? value.trim() : String(value),
    field,
    error: parsed.error,
    unrecognised: parsed.unrecognised === true,
  });
}

/** Epoch seconds or milliseconds: values past 10^11 cannot be seconds before the year 5000. */
function fromEpoch(n: number): DateParse {
  return utcDay(Math.abs(n) >= 1e11 ? n : n * 1000);
}

/**
 * A metadata date (feeds, JSON, front matter) to its calendar day. ISO 8601 and RFC 2822 keep
 * the day as written in the stated offset (a 23:30-05:00 story is dated that day, not the next
 * UTC day); epoch numbers are read as UTC.
 */
export function parseMetadataDate(value: unknown): DateParse {
  if (typeof value === 'number') return fromEpoch(value);
  if (value instanceof Date) return utcDay(value.getTime());
  if (typeof value !== 'string') return { error: `not a date (${value === null ? 'null' : typeof value})` };
  const s = value.trim();
  if (s === '') return { error: 'empty date' };
  if (/^-?\d{9,14}(?:\.\d+)?$/.test(s)) return fromEpoch(Number(s));
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)/.exec(s);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T\d)/.exec(s);
  if (compact) return calendarDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // "2020/1/10 14:33:00", "2020.01.10": year first, then month and day, whatever the separator.
  const yearFirst = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(s);
  if (yearFirst) return calendarDay(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  // "2020年1月10日", "2020년 1월 10일": CJK year, month and day marks.
  const cjk = /^(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})/.exec(s);
  if (cjk) return calendarDay(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  // "10.01.2020 14:33": dotted dates are day first wherever they are written.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/.exec(s);
  if (dotted) return calendarDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  // RFC 2822: "Wed, 31 Jan 2018 14:00:00 GMT", weekday optional; two-digit years per its rules.
  const rfc = /^(?:\p{L}{2,}\.?,?\s+)?(\d{1,2})\.?\s+(\p{L}{3,})\.?\s+(\d{2,4})(?!\d)/u.exec(s);
  if (rfc) {
    const month = monthNumber(rfc[2]!);
    if (month === undefined) return { error: `unknown month "${rfc[2]}"`, unrecognised: true };
    let year = Number(rfc[3]);
    if (rfc[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    return calendarDay(year, month, Number(rfc[1]));
  }
  // "January 31, 2018" and "Jan 31 2018", common in scraper exports.
  const prose = /^(?:\p{L}+,?\s+)?(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u.exec(s);
  if (prose) {
    const month = monthNumber(prose[1]!);
    if (month !== undefined) return calendarDay(Number(prose[3]), month, Number(prose[2]));
  }
  return { error: `unrecognised date "${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`, unrecognised: true };
}
