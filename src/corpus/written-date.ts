// The second reader of metadata dates, for what the RFC 2822 and ISO 8601 readers in dates.ts
// miss: chrono-node, a maintained parser of dates as people write them ("January 10th, 2020
// 2:33 PM", "Fri Jan 10 2020 14:33:00 GMT+0000", "10 de janeiro de 2020", "2020年1月10日").
// Its code and locale tables are large, so the bundle keeps this module in a script of its own,
// loaded the first time a file holds a date the first readers could not read.
import * as chrono from 'chrono-node';
import { calendarDay } from './dates.js';

type Parser = Pick<chrono.Chrono, 'parse'>;

// English first (most feeds), then the languages of the feeds people bring. A locale's strict
// parser where it has one: no "yesterday", which says nothing about the day a file was written.
const PARSERS: Parser[] = [
  chrono.en.strict,
  chrono.en.GB,
  chrono.de.strict,
  chrono.fr.strict,
  chrono.es.strict,
  chrono.pt.strict,
  chrono.it.strict,
  chrono.nl.strict,
  chrono.sv.strict,
  chrono.ru.strict,
  chrono.ja.strict,
  chrono.zh.strict,
];

// A date field is a few dozen characters; a longer value is read by its start only, so no
// locale's rules ever run over a whole article pasted into a date field.
const MAX_LENGTH = 100;
// Year-less dates are refused (see below), so the reference only steadies chrono's guesses.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * The calendar day a written date names, as written (not moved to another time zone), or null.
 * Only a complete date counts: the year must be written in the text (relative forms such as
 * "2 hours ago" are refused, as they tell nothing without knowing when the file was written).
 */
export function readWrittenDate(value: string): string | null {
  const text = value.slice(0, MAX_LENGTH);
  // No digit, no written year: "soon", "n/a" and "unknown" are refused before twelve locales try.
  if (!/\d/.test(text)) return null;
  for (const parser of PARSERS) {
    for (const result of parser.parse(text, REFERENCE)) {
      const { start } = result;
      if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
      const year = start.get('year')!;
      if (!writesYear(result.text, year)) continue;
      const day = calendarDay(year, start.get('month')!, start.get('day')!);
      if ('date' in day) return day.date;
    }
  }
  return null;
}

/** True when the year appears in the text as a number of its own (2020, or '20 for 2020). */
function writesYear(text: string, year: number): boolean {
  const numbers = text.split(/\D+/);
  return numbers.includes(String(year)) || numbers.includes(String(year % 100).padStart(2, '0'));
}
