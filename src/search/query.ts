// The query language: words, fzf's extended-search operators, field filters and dates.
//
//   oil spill          every word must start a word of the event (AND); a word of 5+ letters
//                      that starts no word of the story may be one typo off ("earthqauke")
//   'oil               the whole word "oil", not "oilfield"; no typo
//   ^bp                the summary, an entity or a source begins with "bp"
//   gulf$              the summary, an entity or a source ends with "gulf" (punctuation aside)
//   ^bp$               the summary, an entity or a source is "bp"
//   !obama             no word starting with "obama" (also !'x, !^x, !x$)
//   obama | bush       either: an OR group binds the words beside each "|"
//   entity:Preval      an entity whose name has a word starting with "preval" (quote spaces:
//                      entity:"Rene Preval")
//   source:bbc         a source (outlet, web site or file name) with a word starting with "bbc"
//   since:2010-01-15   the event's date is that day or later, all of it (YYYY, YYYY-MM, YYYY-MM-DD;
//                      an event dated "2010-01" is not since 2010-01-15, it may be earlier)
//   until:2010-01-20   the event's date is that day or earlier, all of it
//   2010-01, january 2010, jan 12 2010   only events inside that date (see dates.ts)

import { parseDateQuery, type DateQuery } from './dates.js';
import { foldText, trimToWords, wordsOf } from './text.js';

/**
 * How a term must match. `prefix`: a word starts with it (one typo allowed as a fallback);
 * `exact`: a word is it; `start`/`end`/`whole`: a whole field starts with, ends with, or is it.
 */
export type TermKind = 'prefix' | 'exact' | 'start' | 'end' | 'whole';

/** One unit of matching: a single folded word for `prefix` and `exact`, folded text otherwise. */
export interface TermPiece {
  kind: TermKind;
  text: string;
}

/** What one query term asks for: every piece (the words of "u.s." or of a quoted phrase). */
export type Alternative = TermPiece[];

/** Terms joined by "|": any one alternative is enough. */
export type TermGroup = Alternative[];

export interface ParsedQuery {
  /** Every group must match. */
  groups: TermGroup[];
  /** No event matching any of these is a hit. Never fuzzy. */
  excluded: TermPiece[];
  /** Folded `entity:` values; each must start a word of one of the event's entities. */
  entities: string[];
  /** Folded `source:` values, likewise for the event's sources. */
  sources: string[];
  /** Inclusive `YYYY[-MM[-DD]]` bounds from `since:` and `until:`. */
  since: string | null;
  until: string | null;
  /** A date written in the words of the query ("2024-02", "february 2024"). */
  date: DateQuery | null;
  /** Parts of the query that could not be used, one sentence each. */
  problems: string[];
}

interface RawToken {
  text: string;
  quoted: boolean;
}

/** Splits on spaces outside double quotes; the quotes themselves are dropped. */
function tokenize(query: string): RawToken[] {
  const tokens: RawToken[] = [];
  let text = '';
  let quoted = false;
  let inQuotes = false;
  const flush = (): void => {
    if (text.length > 0 || quoted) tokens.push({ text, quoted });
    text = '';
    quoted = false;
  };
  for (const char of query) {
    if (char === '"') {
      inQuotes = !inQuotes;
      quoted = true;
    } else if (!inQuotes && /\s/.test(char)) flush();
    else text += char;
  }
  flush();
  return tokens.filter((token) => token.text.length > 0);
}

const FIELDS = ['entity', 'source', 'since', 'until'] as const;
type Field = (typeof FIELDS)[number];

function fieldOf(token: RawToken): { field: Field; value: string } | null {
  const colon = token.text.indexOf(':');
  if (colon <= 0) return null;
  const name = token.text.slice(0, colon).toLowerCase();
  const value = token.text.slice(colon + 1);
  const field = FIELDS.find((known) => known === name);
  return field === undefined || value.length === 0 ? null : { field, value };
}

const isDigits = (text: string): boolean => text.length > 0 && [...text].every((c) => c >= '0' && c <= '9');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day, else null. */
export function calendarBound(value: string): string | null {
  const [year, month, day, ...more] = value.split('-');
  if (more.length > 0 || year === undefined || year.length !== 4 || !isDigits(year)) return null;
  if (month === undefined) return year;
  if (month.length !== 2 || !isDigits(month) || Number(month) < 1 || Number(month) > 12) return null;
  if (day === undefined) return `${year}-${month}`;
  if (day.length !== 2 || !isDigits(day) || Number(day) < 1 || Number(day) > 31) return null;
  return `${year}-${month}-${day}`;
}

/** The pieces of one term as typed, operators included; [] when nothing searchable is left. */
function termPieces(typed: string): Alternative {
  let text = typed;
  let kind: TermKind = 'prefix';
  if (text.startsWith("'")) {
    kind = 'exact';
    text = text.slice(1);
    // fzf's 'word' (quoted both sides) means the same here: a whole word.
    if (text.endsWith("'")) text = text.slice(0, -1);
  } else {
    const start = text.startsWith('^');
    const end = text.length > 1 && text.endsWith('$');
    if (start) text = text.slice(1);
    if (end) text = text.slice(0, -1);
    if (start || end) kind = start && end ? 'whole' : start ? 'start' : 'end';
  }
  const folded = foldText(text);
  if (kind === 'prefix' || kind === 'exact') return wordsOf(folded).map((word) => ({ kind, text: word }));
  const trimmed = trimToWords(folded).text;
  return trimmed.length === 0 ? [] : [{ kind, text: trimmed }];
}

function isPlain(token: RawToken): boolean {
  const first = token.text[0];
  return !token.quoted && first !== "'" && first !== '^' && first !== '!' && !token.text.endsWith('$');
}

/** Reads a query typed into the search box or given to `news-tui search`. */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = {
    groups: [],
    excluded: [],
    entities: [],
    sources: [],
    since: null,
    until: null,
    date: null,
    problems: [],
  };
  // Tokens joined by "|" form one group; a lone token is a group of one.
  const joined: RawToken[][] = [];
  let joinNext = false;
  for (const token of tokenize(query)) {
    if (token.text === '|' && !token.quoted) {
      joinNext = joined.length > 0;
      continue;
    }
    if (joinNext) joined[joined.length - 1]!.push(token);
    else joined.push([token]);
    joinNext = false;
  }

  const plain: string[] = [];
  for (const group of joined) {
    const only = group.length === 1 ? group[0]! : null;
    const filter = only === null ? null : fieldOf(only);
    if (filter !== null) {
      readFilter(parsed, filter.field, filter.value);
    } else if (only !== null && only.text.startsWith('!') && !only.quoted) {
      parsed.excluded.push(...termPieces(only.text.slice(1)).map((piece) => ({ ...piece })));
    } else if (only !== null && isPlain(only)) {
      // Dates are read from the plain words only, so "since:2010-01" is never taken for one.
      plain.push(only.text);
    } else {
      const alternatives = group
        .map((token) =>
          token.quoted
            ? wordsOf(foldText(token.text)).map((text) => ({ kind: 'prefix' as const, text }))
            : termPieces(token.text),
        )
        .filter((alternative) => alternative.length > 0);
      if (alternatives.length > 0) parsed.groups.push(alternatives);
    }
  }

  const { date, rest } = parseDateQuery(plain.join(' '));
  parsed.date = date;
  for (const word of wordsOf(foldText(rest))) parsed.groups.push([[{ kind: 'prefix', text: word }]]);
  return parsed;
}

function readFilter(parsed: ParsedQuery, field: Field, value: string): void {
  if (field === 'since' || field === 'until') {
    const bound = calendarBound(value);
    if (bound === null) parsed.problems.push(`${field}:${value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    else parsed[field] = bound;
    return;
  }
  const folded = trimToWords(foldText(value)).text;
  if (folded.length === 0) return;
  if (field === 'entity') parsed.entities.push(folded);
  else parsed.sources.push(folded);
}

/** Whether the query asks for anything: a blank one lists nothing. */
export function isEmptyQuery(parsed: ParsedQuery): boolean {
  return (
    parsed.groups.length === 0 &&
    parsed.excluded.length === 0 &&
    parsed.entities.length === 0 &&
    parsed.sources.length === 0 &&
    parsed.since === null &&
    parsed.until === null &&
    parsed.date === null
  );
}
