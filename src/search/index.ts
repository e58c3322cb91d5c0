// Event search: every term of the query must match a word of the event's summary, entities or
// sources (see query.ts for the language); hits are ranked by where and how whole the words
// matched, then by recency, and counted in full. An inverted index over the story's words keeps
// a keystroke to the postings of the words the query names.

import type { Article, EventSource, TimelineEvent } from '../types.js';
import { buildCalendar, dateParts, dateRange, describeDate, eventsOnDate, type Calendar } from './dates.js';
import { highlightEvent, highlightText, type FieldMatch } from './highlight.js';
import { isEmptyQuery, parseQuery, type ParsedQuery, type TermGroup, type TermPiece } from './query.js';
import { foldText, isWordUnit, trimToWords } from './text.js';
import {
  buildWordIndex,
  ENTITY,
  prefixRange,
  SOURCE,
  SUMMARY,
  typoWords,
  wordNumber,
  type EventFields,
  type TypoWords,
  TYPO_MIN_LENGTH,
  type WordIndex,
} from './word-index.js';

export type { FieldMatch, MatchField } from './highlight.js';
export { parseDateQuery, describeDate, type DateQuery } from './dates.js';
export { parseQuery, type ParsedQuery, type TermPiece, type TermKind } from './query.js';

export interface SearchHit {
  /** Index into the events the search was created with. */
  index: number;
  /** Higher is better: 1 when every term is a whole word of the summary; 0 for a filter alone. */
  score: number;
  /** What matched, per field, for highlighting. */
  matches: FieldMatch[];
}

export interface SearchOptions {
  /** How many hits to return at most (the best ones); the count covers them all. */
  limit?: number;
  /** Only events naming this entity (a canonical name, as in `TimelineEvent.entities`). */
  entity?: string | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Every event that matches, however many hits were returned: "50 of 1,234". */
  total: number;
  /** Parts of the query that were not understood ("since:2010-13 is not a date"). */
  problems: string[];
}

export interface EventSearch {
  /** Best matches first; [] for an empty or blank query. */
  search(query: string, limit?: number): SearchHit[];
  /** Best matches first with the true count, optionally scoped to one entity's events. */
  find(query: string, options?: SearchOptions): SearchResult;
  /** Where `query`'s words occur in any text (an article in the reader), for n/N and highlights. */
  matchRanges(text: string, query: string): Array<[number, number]>;
  /** Builds the index ahead of the first keystroke, e.g. in idle time. */
  prepare(): void;
}

export interface EventSearchOptions {
  /**
   * The outlet a source is searched by ('' for none): words of it match like words of the
   * summary, and `source:` matches it. `sourceNamesFromArticles` reads it from the articles.
   * `source:` also matches the file's name, which plain words do not: a file named after its
   * story ("baghdad-drone-strike.txt") would make every event of it match "drone".
   */
  sourceNames?: (source: EventSource) => string;
}

/** Results shown when the caller does not say: more than a terminal has rows. */
export const DEFAULT_LIMIT = 50;

function fileName(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

const noSourceName = (): string => '';

/** A source's name: the outlet the article names, else its web site, else ''. */
export function sourceNamesFromArticles(articles: readonly Article[]): (source: EventSource) => string {
  const byId = new Map<string, string>();
  for (const article of articles) {
    let name = article.source;
    if (name === undefined && article.url !== undefined) {
      try {
        name = new URL(article.url).hostname.replace(/^www\./, '');
      } catch {
        name = undefined;
      }
    }
    if (name !== undefined) byId.set(article.id, name);
  }
  return (source) => byId.get(source.articleId) ?? '';
}

// What a matched word adds to its event, by field and by how whole the match is: a whole word
// of the summary says most, then an entity's, then a word the term only begins; sources least.
const WHOLE = 1;
const PREFIX = 0;
const WEIGHTS: Readonly<Record<number, readonly [prefix: number, whole: number]>> = {
  [SUMMARY]: [6, 12],
  [ENTITY]: [4, 8],
  [SOURCE]: [1, 2],
};
const BEST_WEIGHT = WEIGHTS[SUMMARY]![WHOLE];
const weightOf = (field: number, quality: number): number => WEIGHTS[field]![quality]!;

/** A name (entity or source) and the events that carry it. */
interface NamedEvents {
  /** The name folded, without punctuation at either end. */
  text: string;
  events: number[];
}

interface Built {
  fields: EventFields[];
  index: WordIndex;
  entities: NamedEvents[];
  entityByName: Map<string, NamedEvents>;
  /** Outlets, for ^ and $. */
  sources: NamedEvents[];
  /** Outlets and file names, for `source:`. */
  sourceFilter: NamedEvents[];
  sourceNames: string[][];
  /** Where each summary's words begin and end, for ^ and $. */
  summaryFrom: Int32Array;
  summaryTo: Int32Array;
  /** Each event's first and last possible day, `YYYY-MM-DD`, '' when it has no year. */
  firstDay: string[];
  lastDay: string[];
  calendar: Calendar;
  /** Event indices, most recent first. */
  byRecency: Int32Array;
}

function namedEvents(perEvent: ReadonlyArray<readonly string[]>): NamedEvents[] {
  const byName = new Map<string, NamedEvents>();
  perEvent.forEach((names, event) => {
    for (const name of names) {
      const text = trimToWords(name).text;
      let named = byName.get(text);
      if (named === undefined) byName.set(text, (named = { text, events: [] }));
      if (named.events[named.events.length - 1] !== event) named.events.push(event);
    }
  });
  return [...byName.values()];
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The first and last day a calendar value may mean: "2010-01" is 2010-01-01 … 2010-01-31. */
export function dayBounds(date: string): [string, string] {
  const { year, month, day } = dateParts(date);
  if (year === undefined) return ['', ''];
  if (month === undefined) return [`${year}-01-01`, `${year}-12-31`];
  if (day === undefined) return [`${year}-${month}-01`, `${year}-${month}-${DAYS_IN_MONTH[Number(month) - 1] ?? 31}`];
  return [`${year}-${month}-${day}`, `${year}-${month}-${day}`];
}

// `since:`/`until:` bounds widened to days: until:2010-01 keeps all of January. An event is
// kept only when all of its date lies inside, as for dates in the query: "2010" is not known
// to be in June.
const firstDayOf = (bound: string): string => dayBounds(bound)[0];
const lastDayOf = (bound: string): string => dayBounds(bound)[1];

function buildSearch(events: readonly TimelineEvent[], sourceName: (source: EventSource) => string): Built {
  const sourceNames = events.map((event) => [...new Set(event.sources.map(sourceName))].filter(Boolean));
  // Names recur across events: fold each once.
  const foldedNames = new Map<string, string>();
  const foldName = (name: string): string => {
    let folded = foldedNames.get(name);
    if (folded === undefined) foldedNames.set(name, (folded = foldText(name)));
    return folded;
  };
  const fields: EventFields[] = events.map((event, i) => ({
    summary: foldText(event.summary),
    entities: event.entities.map(foldName),
    sources: sourceNames[i]!.map(foldName),
  }));
  const sourceFiles = events.map((event, i) => [
    ...new Set([...sourceNames[i]!, ...event.sources.map((source) => fileName(source.path))].map(foldName)),
  ]);
  const summaryFrom = new Int32Array(events.length);
  const summaryTo = new Int32Array(events.length);
  fields.forEach(({ summary }, i) => {
    let from = 0;
    let to = summary.length;
    while (from < to && !isWordUnit(summary.charCodeAt(from))) from++;
    while (to > from && !isWordUnit(summary.charCodeAt(to - 1))) to--;
    summaryFrom[i] = from;
    summaryTo[i] = to;
  });
  // Per distinct date, not per event: a story has far fewer days than events.
  const boundsOf = new Map<string, [string, string]>();
  const bounds = events.map((event) => {
    let bound = boundsOf.get(event.date);
    if (bound === undefined) boundsOf.set(event.date, (bound = dayBounds(event.date)));
    return bound;
  });
  const dateRank = new Map([...boundsOf.keys()].sort().map((date, rank) => [date, rank]));
  // Sorted as numbers (date rank, then index) without a comparator, then read backwards.
  const keys = Float64Array.from(events, (event, i) => dateRank.get(event.date)! * events.length + i).sort();
  const byRecency = Int32Array.from(keys, (key) => key % events.length).reverse();
  const entities = namedEvents(fields.map((field) => field.entities));
  return {
    fields,
    index: buildWordIndex(fields),
    entities,
    entityByName: new Map(entities.map((named) => [named.text, named])),
    sources: namedEvents(fields.map((field) => field.sources)),
    sourceFilter: namedEvents(sourceFiles),
    sourceNames,
    summaryFrom,
    summaryTo,
    firstDay: bounds.map((bound) => bound[0]),
    lastDay: bounds.map((bound) => bound[1]),
    calendar: buildCalendar(events.map((event) => event.date)),
    byRecency,
  };
}

/** Whether `value` starts a word of `text` (both folded). */
function startsAWord(text: string, value: string): boolean {
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    if (at === 0 || !isWordUnit(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

function fieldAnchored(kind: TermPiece['kind'], text: string, from: number, to: number, term: string): boolean {
  if (to - from < term.length) return false;
  if (kind === 'start') return text.startsWith(term, from);
  if (kind === 'end') return text.endsWith(term, to);
  return to - from === term.length && text.startsWith(term, from);
}

/**
 * A hit whose `matches` are found when first read: the screen asks for 500 hits per keystroke
 * and draws a screenful, so most hits are never highlighted. Still an ordinary enumerable
 * property to JSON.stringify and to equality checks.
 */
function withLazyMatches(index: number, score: number, find: () => FieldMatch[]): SearchHit {
  let matches: FieldMatch[] | undefined;
  const hit = { index, score } as SearchHit;
  return Object.defineProperty(hit, 'matches', { enumerable: true, get: () => (matches ??= find()) });
}

// Typing the second word of "earthqauke zone" asks for the first word's typos again.
const TYPO_CACHE_SIZE = 32;

export function createEventSearch(events: readonly TimelineEvent[], options: EventSearchOptions = {}): EventSearch {
  const sourceName = options.sourceNames ?? noSourceName;
  const count = events.length;
  let built: Built | null = null;
  const typoCache = new Map<string, TypoWords>();
  const typoSets = new Map<TypoWords, ReadonlySet<string>>();
  // Scratch space for one query, reused so a keystroke allocates nothing in proportion to the story.
  const pieceBest = new Uint8Array(count);
  const groupBest = new Uint8Array(count);
  const altSum = new Uint16Array(count);
  const altCount = new Uint16Array(count);
  const total = new Uint16Array(count);
  const matched = new Uint16Array(count);
  const allowed = new Uint8Array(count);

  function build(): Built {
    built ??= buildSearch(events, sourceName);
    return built;
  }

  /** Words one typo from `term`, when no word of the story starts with it as typed. */
  function typosOf(term: string): TypoWords | null {
    const { index } = build();
    const [from, to] = prefixRange(index, term);
    if (from < to) return null;
    let typos = typoCache.get(term);
    if (typos === undefined) {
      typos = typoWords(index, term);
      if (typoCache.size >= TYPO_CACHE_SIZE) {
        const oldest = typoCache.keys().next().value!;
        typoSets.delete(typoCache.get(oldest)!);
        typoCache.delete(oldest);
      }
      typoCache.set(term, typos);
    }
    return typos;
  }

  /** `typosOf` as words, for highlighting. */
  function typoWordSet(term: string): ReadonlySet<string> | null {
    const typos = typosOf(term);
    if (typos === null) return null;
    let set = typoSets.get(typos);
    if (set === undefined) {
      const { words } = build().index;
      set = new Set([...typos.whole, ...typos.start].map((word) => words[word]!));
      typoSets.set(typos, set);
    }
    return set;
  }

  function addPostings(word: number, quality: number, into: Uint8Array): void {
    const { starts, postings } = build().index;
    for (let p = starts[word]!; p < starts[word + 1]!; p++) {
      const posting = postings[p]!;
      const event = posting >> 2;
      const weight = weightOf(posting & 3, quality);
      if (weight > into[event]!) into[event] = weight;
    }
  }

  function addNamed(
    named: readonly NamedEvents[],
    field: number,
    test: (text: string) => boolean,
    into: Uint8Array,
  ): void {
    const weight = weightOf(field, WHOLE);
    for (const name of named) {
      if (!test(name.text)) continue;
      for (const event of name.events) if (weight > into[event]!) into[event] = weight;
    }
  }

  /** Writes into `into` (all zeros) each event's best weight for `piece`; 0 where it does not match. */
  function scorePiece(piece: TermPiece, fuzzy: boolean, into: Uint8Array): void {
    const b = build();
    const { kind, text } = piece;
    if (kind === 'exact') {
      const word = wordNumber(b.index, text);
      if (word >= 0) addPostings(word, WHOLE, into);
      return;
    }
    if (kind === 'prefix') {
      const [from, to] = prefixRange(b.index, text);
      for (let word = from; word < to; word++) {
        addPostings(word, b.index.words[word]!.length === text.length ? WHOLE : PREFIX, into);
      }
      const typos = from === to && fuzzy ? typosOf(text) : null;
      if (typos !== null) {
        for (const word of typos.whole) addPostings(word, WHOLE, into);
        for (const word of typos.start) addPostings(word, PREFIX, into);
      }
      return;
    }
    const summaryWeight = weightOf(SUMMARY, WHOLE);
    for (let event = 0; event < count; event++) {
      if (fieldAnchored(kind, b.fields[event]!.summary, b.summaryFrom[event]!, b.summaryTo[event]!, text)) {
        into[event] = summaryWeight;
      }
    }
    const anchored = (name: string): boolean => fieldAnchored(kind, name, 0, name.length, text);
    addNamed(b.entities, ENTITY, anchored, into);
    addNamed(b.sources, SOURCE, anchored, into);
  }

  /** Each event's best weight over the group's alternatives, into `groupBest`. */
  function scoreGroup(group: TermGroup): void {
    groupBest.fill(0);
    for (const alternative of group) {
      if (alternative.length === 1) {
        pieceBest.fill(0);
        scorePiece(alternative[0]!, true, pieceBest);
        for (let e = 0; e < count; e++) if (pieceBest[e]! > groupBest[e]!) groupBest[e] = pieceBest[e]!;
        continue;
      }
      // Every word of "u.s." or of a quoted phrase must match; the alternative weighs their mean.
      altSum.fill(0);
      altCount.fill(0);
      for (const piece of alternative) {
        pieceBest.fill(0);
        scorePiece(piece, true, pieceBest);
        for (let e = 0; e < count; e++) {
          if (pieceBest[e]! > 0) {
            altSum[e] = altSum[e]! + pieceBest[e]!;
            altCount[e] = altCount[e]! + 1;
          }
        }
      }
      for (let e = 0; e < count; e++) {
        if (altCount[e] === alternative.length) {
          const mean = Math.round(altSum[e]! / alternative.length);
          if (mean > groupBest[e]!) groupBest[e] = mean;
        }
      }
    }
  }

  /** Marks in `allowed` the events every filter, the date and the scope let through. */
  function applyFilters(parsed: ParsedQuery, entity: string | null): void {
    const b = build();
    allowed.fill(1);
    const keepOnly = (events: Iterable<number>): void => {
      pieceBest.fill(0);
      for (const event of events) pieceBest[event] = 1;
      for (let e = 0; e < count; e++) allowed[e] = allowed[e]! & pieceBest[e]!;
    };
    const namedEvents = function* (named: readonly NamedEvents[], value: string): Generator<number> {
      for (const name of named) if (startsAWord(name.text, value)) yield* name.events;
    };
    if (entity !== null) keepOnly(b.entityByName.get(trimToWords(foldText(entity)).text)?.events ?? []);
    for (const value of parsed.entities) keepOnly(namedEvents(b.entities, value));
    for (const value of parsed.sources) keepOnly(namedEvents(b.sourceFilter, value));
    if (parsed.date !== null) keepOnly(eventsOnDate(b.calendar, parsed.date));
    if (parsed.since !== null) {
      const since = firstDayOf(parsed.since);
      for (let e = 0; e < count; e++) if (b.firstDay[e] === '' || b.firstDay[e]! < since) allowed[e] = 0;
    }
    if (parsed.until !== null) {
      const until = lastDayOf(parsed.until);
      for (let e = 0; e < count; e++) if (b.lastDay[e] === '' || b.lastDay[e]! > until) allowed[e] = 0;
    }
    for (const piece of parsed.excluded) {
      pieceBest.fill(0);
      scorePiece(piece, false, pieceBest);
      for (let e = 0; e < count; e++) if (pieceBest[e]! > 0) allowed[e] = 0;
    }
  }

  function find(query: string, searchOptions: SearchOptions = {}): SearchResult {
    const limit = searchOptions.limit ?? DEFAULT_LIMIT;
    const parsed = parseQuery(query);
    const problems = parsed.problems;
    if (isEmptyQuery(parsed) || count === 0) return { hits: [], total: 0, problems };
    const b = build();
    applyFilters(parsed, searchOptions.entity ?? null);
    total.fill(0);
    matched.fill(0);
    for (const group of parsed.groups) {
      scoreGroup(group);
      for (let e = 0; e < count; e++) {
        if (groupBest[e]! > 0) {
          total[e] = total[e]! + groupBest[e]!;
          matched[e] = matched[e]! + 1;
        }
      }
    }
    const groups = parsed.groups.length;
    // Best score first, most recent first among equals: a bucket per score, filled in
    // recency order, each holding no more than can be returned.
    const buckets: number[][] = Array.from({ length: groups * BEST_WEIGHT + 1 }, () => []);
    let found = 0;
    for (let r = 0; r < count; r++) {
      const e = b.byRecency[r]!;
      if (allowed[e] === 0 || matched[e] !== groups) continue;
      found++;
      const bucket = buckets[total[e]!]!;
      if (bucket.length < limit) bucket.push(e);
    }
    const hits: SearchHit[] = [];
    for (let s = buckets.length - 1; s >= 0 && hits.length < limit; s--) {
      for (const index of buckets[s]!) {
        if (hits.length >= limit) break;
        const score = groups === 0 ? 0 : Math.round((s / (groups * BEST_WEIGHT)) * 1000) / 1000;
        hits.push(withLazyMatches(index, score, () => matchesOf(index, parsed)));
      }
    }
    return { hits, total: found, problems };
  }

  function matchesOf(index: number, parsed: ParsedQuery): FieldMatch[] {
    const b = build();
    const event = events[index]!;
    const matches = highlightEvent(
      { summary: event.summary, entities: event.entities, sources: b.sourceNames[index]! },
      b.fields[index]!,
      parsed,
      typoWordSet,
    );
    if (parsed.date !== null) {
      matches.push({ field: 'date', text: describeDate(event.date), ranges: [dateRange(parsed.date)] });
    }
    return matches;
  }

  return {
    find,
    search: (query, limit = DEFAULT_LIMIT) => (limit <= 0 ? [] : find(query, { limit }).hits),
    matchRanges: (text, query) => highlightText(text, parseQuery(query), typoWordSet),
    prepare() {
      build();
      // The first queries compile the search code; better in idle time than on a keystroke.
      // A word, the word with two letters swapped (the typo scan), two words, and the highlights
      // a screen reads: each path once.
      const words = build().index.words.filter((word) => word.length >= TYPO_MIN_LENGTH && !/\d/.test(word));
      const word = words[words.length >> 1];
      if (word === undefined) return;
      const swapped = word[0] + word[2] + word[1] + word.slice(3);
      for (const query of [word, swapped, `${word} ${words[0]}`]) {
        for (let typed = 1; typed <= query.length; typed++) {
          for (const hit of find(query.slice(0, typed)).hits) void hit.matches;
        }
      }
    },
  };
}
