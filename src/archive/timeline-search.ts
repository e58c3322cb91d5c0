// Event search over an archive's timeline (the EventSearch the screens use, src/search/index.ts),
// answered by SQLite's full-text index on the timeline's summaries (`timeline_text`, FTS5) rather
// than by an index built in memory, which would cost ~1 KB a row (half a gigabyte at 100,000
// long articles).
//
// What it answers of the query language (src/search/query.ts):
//   plain words      every word must be a word of the summary; the last word typed (two letters
//                    or more) and any word of three letters or more may begin a longer word, as
//                    the user types ("earthq" finds "earthquake"); a word of TYPO_MIN_LENGTH
//                    letters that begins no word of the archive may be one typo off
//   'word            the whole word;  a | b   either;  !word   not
//   since: until:    the event's date lies inside, as the in-memory search reads them
//   2010-01, january 2010 …   dates in the words of the query
//   the entity scope (SearchOptions.entity): the rows naming that entity (timeline_names)
// and, unlike the in-memory search, matches words of the summary only (an entity's or a source's
// name counts when the summary says it). `^`, `$`, `entity:` and `source:` are not answered: they
// are named in `problems`.
//
// Ranking: the COUNTED matches last written (highest row ids: the buckets merged last) are read
// with their bm25 from the index in one pass; the RANKED latest of them in the timeline are
// ranked by bm25, latest first among equals. The count is exact: from the index when the query
// has no date and no entity scope, else it counts among those COUNTED and says so in `problems`.
import { num } from './rows.js';
import type { EventSearch, FieldMatch, SearchHit, SearchOptions, SearchResult } from '../search/index.js';
import { dayBounds, DEFAULT_LIMIT } from '../search/index.js';
import { isEmptyQuery, parseQuery, type ParsedQuery, type TermPiece } from '../search/query.js';
import { dateRange, describeDate, matchesDate } from '../search/dates.js';
import { highlightEvent, highlightText, type TypoLookup } from '../search/highlight.js';
import { foldText } from '../search/text.js';
import { startsWithinOneTypo } from '../search/typo.js';
import type { SqliteDatabase } from './sqlite.js';
import type { PagedTimeline } from './browse.js';

/** Matches read per query, with their bm25, from the index (a word in every event costs this many). */
export const COUNTED = 1_000;
/** The newest matches ranked by bm25: a word in every event costs the same at any size. */
const RANKED = 1000;
/** A prefix this short is a whole word unless it is the last word typed ("a" would read every word). */
const PREFIX_MIN = 3;
const LAST_PREFIX_MIN = 2;
/** Words of this length or more that begin no word of the archive may be one typo off. */
const TYPO_MIN_LENGTH = 5;
/** Words a typo may stand for, at most. */
const TYPO_WORDS = 24;

const quoted = (word: string): string => `"${word.replaceAll('"', '""')}"`;

/** A word of the query as searched: whole, or the beginning of a word, or one of its typo words. */
interface SearchedWord {
  text: string;
  prefix: boolean;
  /** Words one typo away, when the word as typed begins none. */
  typos: string[] | null;
}

/** Whether the words hold a word of the query that the query language reads otherwise. */
function unsupported(parsed: ParsedQuery): string[] {
  const problems: string[] = [];
  const anchored = [...parsed.groups.flat(2), ...parsed.excluded].some(
    (piece) => piece.kind !== 'prefix' && piece.kind !== 'exact',
  );
  if (anchored) problems.push('^ and $ are not searched in an archive: the words are searched instead');
  if (parsed.entities.length > 0)
    problems.push('entity: is not searched in an archive (choose the entity from its list)');
  if (parsed.sources.length > 0) problems.push('source: is not searched in an archive');
  return problems;
}

export function createArchiveSearch(db: SqliteDatabase, timeline: PagedTimeline): EventSearch {
  /** The index's words (fts5vocab), read once when a word first needs its typos; null: none. */
  let vocabulary: string[] | null | undefined;
  const typoCache = new Map<string, string[] | null>();

  function words(): string[] | null {
    if (vocabulary !== undefined) return vocabulary;
    try {
      // In this connection's temporary schema: nothing is written to the archive.
      const made = db.readNow(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.timeline_vocab USING fts5vocab(main, 'timeline_text', 'row')",
      );
      const rows = made === null ? null : db.readNow<{ term: string }>('SELECT term FROM temp.timeline_vocab');
      // Locked: asked again next time.
      if (rows === null) return null;
      vocabulary = rows.map((row) => row.term);
    } catch {
      vocabulary = null;
    }
    return vocabulary;
  }

  /** Words one typo from `term` (as it is being typed), when no word of the archive begins with it. */
  function typosOf(term: string): string[] | null {
    if (term.length < TYPO_MIN_LENGTH || /\d/.test(term)) return null;
    if (typoCache.has(term)) return typoCache.get(term)!;
    // From the index first: a word that begins some word needs no typo (and no word list).
    const begins = db.readNow<{ row: unknown }>(
      'SELECT rowid AS row FROM timeline_text WHERE timeline_text MATCH ? LIMIT 1',
      [`${quoted(term)}*`],
    );
    if (begins === null) return null;
    let typos: string[] | null = null;
    if (begins.length === 0) {
      const all = words();
      if (all === null) return null;
      typos = [];
      for (const word of all) {
        if (typos.length >= TYPO_WORDS) break;
        if (word.length + 1 >= term.length && startsWithinOneTypo(term, word)) typos.push(word);
      }
    }
    if (typoCache.size > 64) typoCache.delete(typoCache.keys().next().value!);
    typoCache.set(term, typos);
    return typos;
  }

  const typoLookup: TypoLookup = (term) => {
    const typos = typoCache.get(term);
    return typos ? new Set(typos) : null;
  };

  /** Each word of the query as it is searched; the last prefix word is the one being typed. */
  function searchedWords(parsed: ParsedQuery): Map<TermPiece, SearchedWord> {
    const words = new Map<TermPiece, SearchedWord>();
    const pieces = parsed.groups.flat(2);
    const last = pieces[pieces.length - 1];
    for (const piece of [...pieces, ...parsed.excluded]) {
      if (piece.kind !== 'prefix' && piece.kind !== 'exact') {
        // Searched as words (see unsupported).
        words.set(piece, { text: piece.text, prefix: false, typos: null });
        continue;
      }
      const prefix = piece.kind === 'prefix' && piece.text.length >= (piece === last ? LAST_PREFIX_MIN : PREFIX_MIN);
      const excluded = parsed.excluded.includes(piece);
      words.set(piece, {
        text: piece.text,
        prefix,
        typos: prefix && !excluded ? typosOf(piece.text) : null,
      });
    }
    return words;
  }

  /** The FTS5 query of one piece: a word, its beginning, or it and its typo words. */
  function matchOf(word: SearchedWord): string {
    const words = foldText(word.text).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return '';
    const own =
      words.length === 1
        ? `${quoted(words[0]!)}${word.prefix ? '*' : ''}`
        : `(${words.map((w, i) => `${quoted(w)}${word.prefix && i === words.length - 1 ? '*' : ''}`).join(' AND ')})`;
    if (!word.typos || word.typos.length === 0) return own;
    return `(${[own, ...word.typos.map((typo) => `${quoted(typo)}*`)].join(' OR ')})`;
  }

  function expression(
    parsed: ParsedQuery,
    words: Map<TermPiece, SearchedWord>,
  ): { positive: string; excluded: string } {
    const groups = parsed.groups
      .map((group) => {
        const alternatives = group
          .map((alternative) => {
            const parts = alternative.map((piece) => matchOf(words.get(piece)!)).filter(Boolean);
            return parts.length === 0 ? '' : parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
          })
          .filter(Boolean);
        return alternatives.length <= 1 ? (alternatives[0] ?? '') : `(${alternatives.join(' OR ')})`;
      })
      .filter(Boolean);
    const excluded = parsed.excluded.map((piece) => matchOf(words.get(piece)!)).filter(Boolean);
    return { positive: groups.join(' AND '), excluded: excluded.join(' OR ') };
  }

  /** Which distinct dates the query's date, since: and until: let through; null: all of them. */
  function allowedDates(parsed: ParsedQuery): Uint8Array | null {
    if (parsed.date === null && parsed.since === null && parsed.until === null) return null;
    const since = parsed.since === null ? null : dayBounds(parsed.since)[0];
    const until = parsed.until === null ? null : dayBounds(parsed.until)[1];
    return Uint8Array.from(timeline.dates, (date) => {
      if (parsed.date !== null && !matchesDate(date, parsed.date)) return 0;
      const [first, last] = dayBounds(date);
      if (since !== null && (first === '' || first < since)) return 0;
      if (until !== null && (last === '' || last > until)) return 0;
      return 1;
    });
  }

  /** Row ids matching `match` and their bm25 (lower is better), newest rows first, at most `limit`;
   * null while the lock refuses. Scored in the same pass: a score asked for by rowid afterwards
   * (`rowid IN (…)`) runs the whole MATCH again for each row. */
  function matching(match: string, limit: number): Map<number, number> | null {
    const rows = db.readNow<{ row: unknown; score: unknown }>(
      `SELECT rowid AS row, bm25(timeline_text) AS score FROM timeline_text WHERE timeline_text MATCH ?
       ORDER BY rowid DESC LIMIT ?`,
      [match, limit],
    );
    return rows === null ? null : new Map(rows.map(({ row, score }) => [num(row), num(score)]));
  }

  const busy = (problems: string[]): SearchResult => ({
    hits: [],
    total: 0,
    problems: [...problems, 'the archive is being written by another process: search again in a moment'],
  });

  function find(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const parsed = parseQuery(query);
    const problems = [...parsed.problems, ...unsupported(parsed)];
    if (isEmptyQuery(parsed) || timeline.length === 0 || limit <= 0) return { hits: [], total: 0, problems };
    const words = searchedWords(parsed);
    const { positive, excluded } = expression(parsed, words);
    const dates = allowedDates(parsed);
    let scope: Set<number> | null = null;
    if (options.entity != null) scope = new Set(timeline.rowsNaming(options.entity));
    let left: Set<number> | null = null;
    if (excluded !== '') {
      const rows = matching(excluded, Number.MAX_SAFE_INTEGER);
      if (rows === null) return busy(problems);
      left = new Set(rows.keys());
    }
    const allowed = (position: number): boolean =>
      position >= 0 &&
      (dates === null || dates[timeline.dateIds[position]!] === 1) &&
      (scope === null || scope.has(position));

    // Candidates: matching positions, newest first.
    let candidates: number[];
    let total: number;
    let capped = false;
    if (positive === '') {
      if (parsed.groups.length > 0) return { hits: [], total: 0, problems };
      candidates = [];
      for (let position = timeline.length - 1; position >= 0; position--)
        if (allowed(position) && (left === null || !left.has(timeline.rows[position]!))) candidates.push(position);
      total = candidates.length;
    } else {
      const match = excluded === '' ? positive : `(${positive}) NOT (${excluded})`;
      const scores = matching(match, COUNTED + 1);
      if (scores === null) return busy(problems);
      capped = scores.size > COUNTED;
      candidates = [...scores.keys()]
        .slice(0, COUNTED)
        .map((row) => timeline.positionOfRow(row))
        .filter(allowed)
        .sort((a, b) => b - a);
      total = candidates.length;
      // Past the cap the count would cost a second pass over every match at each keystroke (the
      // first letters of a word match a quarter of an archive): it is said to be more instead.
      if (capped) problems.push(`more than ${COUNTED.toLocaleString('en-US')} events match: the newest are ranked`);
      // bm25 (lower is better) among the newest RANKED, newest first among equals.
      const score = (position: number): number => scores.get(timeline.rows[position]!) ?? 0;
      candidates = candidates.slice(0, RANKED).sort((a, b) => score(a) - score(b) || b - a);
    }
    const shown = candidates.slice(0, limit);
    readHits(shown);
    const hits = shown.map((position, i) =>
      withLazyMatches(position, positive === '' ? 0 : 1 - i / shown.length, () => matchesOf(position, parsed, words)),
    );
    return { hits, total, problems };
  }

  /** The hits' events are read with the hits, the first HIT_CHUNK now and the rest as drawn
   * (a hit list is scattered: a window each would read 256 rows per hit). */
  function readHits(positions: readonly number[]): void {
    timeline.expectHits(positions);
    timeline.readHits(0);
  }

  /** The query as it was searched, for highlighting: a word searched whole is highlighted whole. */
  function asSearched(parsed: ParsedQuery, words: Map<TermPiece, SearchedWord>): ParsedQuery {
    const piece = (p: TermPiece): TermPiece =>
      p.kind === 'prefix' && words.get(p)?.prefix === false ? { kind: 'exact', text: p.text } : p;
    return { ...parsed, groups: parsed.groups.map((group) => group.map((alternative) => alternative.map(piece))) };
  }

  function matchesOf(position: number, parsed: ParsedQuery, words: Map<TermPiece, SearchedWord>): FieldMatch[] {
    const event = timeline.at(position);
    if (event === undefined) return [];
    const searched = asSearched(parsed, words);
    const matches = highlightEvent(
      { summary: event.summary, entities: event.entities, sources: [] },
      { summary: foldText(event.summary), entities: event.entities.map(foldText), sources: [] },
      searched,
      typoLookup,
    );
    if (parsed.date !== null)
      matches.push({ field: 'date', text: describeDate(event.date), ranges: [dateRange(parsed.date)] });
    return matches;
  }

  return {
    find,
    search: (query, limit = DEFAULT_LIMIT) => (limit <= 0 ? [] : find(query, { limit }).hits),
    matchRanges(text, query) {
      const parsed = parseQuery(query);
      return highlightText(text, asSearched(parsed, searchedWords(parsed)), typoLookup);
    },
    prepare() {
      // In idle time, what the first keystrokes would otherwise wait for: the word list a typo
      // is looked up in, and the positions of rows by id.
      words();
      timeline.positionOfRow(0);
    },
  };
}

/** A hit whose matches are found when first read (src/search/index.ts does the same). */
function withLazyMatches(index: number, score: number, find: () => FieldMatch[]): SearchHit {
  let matches: FieldMatch[] | undefined;
  const hit = { index, score } as SearchHit;
  return Object.defineProperty(hit, 'matches', { enumerable: true, get: () => (matches ??= find()) });
}
