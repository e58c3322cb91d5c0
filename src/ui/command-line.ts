// The command line `:` opens in the status line, as in vim and less: a date to go to, or a
// command. Reading what was typed is pure, so every form is tested without Ink; running it is
// the app's (use-time-navigation.ts).
import { parseDateQuery, type DateQuery } from '../search/index.js';
import { MONTH_NAMES } from '../timeline/calendar.js';

export type Command =
  | { kind: 'jump'; date: DateQuery }
  | { kind: 'sort' }
  | { kind: 'since'; date: DateQuery | null }
  | { kind: 'until'; date: DateQuery | null }
  | { kind: 'all' }
  | { kind: 'quit' }
  | { kind: 'nothing' }
  | { kind: 'problem'; message: string };

export interface CommandSpec {
  name: string;
  /** Shorter names that run it (vim's `:q`). */
  aliases: readonly string[];
  /** What follows the name, as the help writes it; absent: nothing does. */
  argument?: string;
  description: string;
  example: string;
}

/** Every command once: parsing, Tab completion and the help read this table. */
export const COMMANDS: readonly CommandSpec[] = [
  { name: 'sort', aliases: [], description: 'oldest or newest first', example: 'sort' },
  {
    name: 'since',
    aliases: [],
    argument: '[DATE]',
    description: 'show events from DATE on; without a date, from the first',
    example: 'since 2010-01-15',
  },
  {
    name: 'until',
    aliases: [],
    argument: '[DATE]',
    description: 'show events up to DATE; without a date, to the last',
    example: 'until jan 20',
  },
  { name: 'all', aliases: ['range'], description: 'show every date again (clears since and until)', example: 'all' },
  { name: 'quit', aliases: ['q'], description: 'quit', example: 'q' },
];

/** How the help and a wrong command name say what can be typed. */
export const COMMAND_SUMMARY = `:DATE (2010-01-20, jan 20, 20 jan 2010) or :${COMMANDS.map((c) => c.name).join(' :')}`;

function commandNamed(name: string): CommandSpec | undefined {
  const lower = name.toLowerCase();
  return COMMANDS.find((spec) => spec.name === lower || spec.aliases.includes(lower));
}

// Any year of four digits is a year here ("3000-01-01"); the search reads only 1800–2199, where
// "1000 jobs" is more likely a count. The year is read apart: the search is shown a stand-in, a
// leap year, so that it reads 29 February as it would in any year, and the day is checked after.
const YEAR_STANDIN = '2000';
const FOUR_DIGITS = /(?<!\d)\d{4}(?!\d)/g;

function leapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Why a date names no calendar day ("2009-02-30": February 2009 has 28 days), or null. */
function noSuchDay(date: DateQuery, text: string): string | null {
  if (date.month === undefined || date.day === undefined) return null;
  const month = Number(date.month);
  const year = date.year === undefined ? null : Number(date.year);
  const days = month === 2 ? (year === null || leapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (Number(date.day) <= days) return null;
  const name = MONTH_NAMES[month - 1]!;
  const has = year === null ? `${name} has at most ${days} days` : `${name} ${date.year} has ${days} days`;
  return `no such day: '${text}' (${has})`;
}

/**
 * A date typed alone, in any form the search understands, with any four-digit year; the whole
 * text must be the date. A string says why it is no day of the calendar ("2009-02-30").
 */
function dateOf(text: string): DateQuery | string | null {
  const years = text.match(FOUR_DIGITS) ?? [];
  const year = years.length === 1 ? years[0]! : undefined;
  const parsed = parseDateQuery(year === undefined ? text : text.replace(FOUR_DIGITS, YEAR_STANDIN));
  if (parsed.date === null || parsed.rest !== '') return null;
  const date = year !== undefined && parsed.date.year !== undefined ? { ...parsed.date, year } : parsed.date;
  return noSuchDay(date, text) ?? date;
}

/** What a line typed after `:` asks for. */
export function parseCommand(line: string): Command {
  const text = line.trim().replace(/^:/, '').trim();
  if (text === '') return { kind: 'nothing' };
  const space = text.indexOf(' ');
  const name = space < 0 ? text : text.slice(0, space);
  const argument = space < 0 ? '' : text.slice(space + 1).trim();
  const spec = commandNamed(name);
  if (!spec) {
    const date = dateOf(text);
    if (typeof date === 'string') return { kind: 'problem', message: date };
    if (date) return { kind: 'jump', date };
    // A line that starts with a digit or a month meant a date; anything else, a command.
    return /^\d/.test(text) || parseDateQuery(text).date
      ? { kind: 'problem', message: `not a date: '${text}' (try 2010-01-20, 2010-01, jan 20 or 20 jan 2010)` }
      : { kind: 'problem', message: `unknown command ':${name}': ${COMMAND_SUMMARY}` };
  }
  if (spec.name === 'since' || spec.name === 'until') {
    if (argument === '') return { kind: spec.name, date: null };
    const date = dateOf(argument);
    if (typeof date === 'string') return { kind: 'problem', message: `:${spec.name} needs a real day: ${date}` };
    return date
      ? { kind: spec.name, date }
      : { kind: 'problem', message: `:${spec.name} needs a date, not '${argument}' (e.g. :${spec.example})` };
  }
  if (argument !== '') return { kind: 'problem', message: `:${spec.name} takes nothing after it` };
  return { kind: spec.name as 'sort' | 'all' | 'quit' };
}

/** What Tab does to the line: the completed text, and the command names it matched. */
export interface Completion {
  text: string;
  candidates: string[];
}

/**
 * Completes the command name being typed (the first word): one candidate is written out, with
 * a space when an argument may follow; several are completed to what they share and listed.
 */
export function completeCommand(line: string): Completion {
  if (line.includes(' ')) return { text: line, candidates: [] };
  const prefix = line.toLowerCase();
  const names = COMMANDS.map((spec) => spec.name).filter((name) => name.startsWith(prefix));
  if (names.length === 0) return { text: line, candidates: [] };
  if (names.length === 1) {
    const spec = commandNamed(names[0]!)!;
    return { text: spec.argument ? `${spec.name} ` : spec.name, candidates: names };
  }
  return { text: sharedStart(names), candidates: names };
}

function sharedStart(words: readonly string[]): string {
  let shared = words[0] ?? '';
  for (const word of words) {
    let i = 0;
    while (i < shared.length && i < word.length && shared[i] === word[i]) i++;
    shared = shared.slice(0, i);
  }
  return shared;
}

/** Lines run this session and before, oldest first, each once; at most this many are kept. */
export const HISTORY_LIMIT = 100;

/** The history with `line` run last. */
export function withCommand(history: readonly string[], line: string): string[] {
  const text = line.trim();
  if (text === '') return [...history];
  return [...history.filter((entry) => entry !== text), text].slice(-HISTORY_LIMIT);
}

/**
 * ↑ (older) or ↓ (newer) in the history from `at` (null: the line being typed): the entry to
 * show, or null for the empty line below the newest.
 */
export function recallCommand(history: readonly string[], at: number | null, older: boolean): number | null {
  if (history.length === 0) return null;
  const last = history.length - 1;
  if (at === null) return older ? last : null;
  const next = at + (older ? -1 : 1);
  return next > last ? null : Math.max(0, next);
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The grapheme clusters of `text`, in order (an accented letter or a flag is one). */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), ({ segment }) => segment);
}

/** `text` without its last grapheme cluster: what Backspace leaves in a field. */
export function withoutLastGrapheme(text: string): string {
  const clusters = graphemes(text);
  return clusters.slice(0, -1).join('');
}

/**
 * Cells a cluster may take: one for ASCII and the scripts near it, and two for anything from
 * U+1100 (Hangul, CJK, emoji) — at worst a cell too many, so the end of the line always shows.
 */
function cellsAtMost(cluster: string): number {
  return (cluster.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
}

/**
 * The command line as the status line draws it, `:`, the text and the cursor, in `width` cells:
 * a line too long shows its end, where the typing is, after a '…'.
 */
export function commandLineShown(text: string, width: number): string {
  const clusters = graphemes(text);
  const cells = clusters.reduce((sum, cluster) => sum + cellsAtMost(cluster), 2);
  if (cells <= width) return `:${text}█`;
  let tail = '';
  let used = 3; // ':', '…' and the cursor
  for (let i = clusters.length - 1; i >= 0; i--) {
    const cluster = clusters[i]!;
    if (used + cellsAtMost(cluster) > width) break;
    tail = cluster + tail;
    used += cellsAtMost(cluster);
  }
  return `:…${tail}█`;
}
