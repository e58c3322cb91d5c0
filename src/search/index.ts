// Event search: re-ranks on every keystroke. Fuse ranks and highlights a few hundred events at
// most; in front of it a uFuzzy prefilter narrows large timelines to the events containing every
// query term. Dates in the query ("2024-02", "february 2024") filter instead of matching as text.

import type { TimelineEvent } from '../types.js';
import {
  buildCalendar,
  dateQueryKey,
  dateRange,
  eventsOnDate,
  parseDateQuery,
  type Calendar,
  type DateQuery,
} from './dates.js';
import { createPrefilter, type Prefilter } from './prefilter.js';
import {
  createFuseStage,
  exactMatches,
  mergeRanges,
  preferCandidates,
  type FieldMatch,
  type FuseStage,
} from './rank.js';
import { haystackOf, searchDocs, splitTerms, type SearchDoc } from './text.js';

export type { FieldMatch, MatchField } from './rank.js';
export { parseDateQuery, describeDate, type DateQuery } from './dates.js';

export interface SearchHit {
  /** Index into the events the search was created with. */
  index: number;
  /** Lower is better: 0 is a perfect match. */
  score: number;
  /** What matched, per field, for highlighting. */
  matches: FieldMatch[];
}

export interface EventSearch {
  /** Best matches first; [] for an empty or blank query. */
  search(query: string, limit?: number): SearchHit[];
  /**
   * Builds what the first search would and types one word through it, so that it can be
   * done in idle time and the first real keystrokes do not pay for compiling the search code.
   */
  prepare(): void;
}

export interface EventSearchOptions {
  /** Timelines with fewer events than this are searched with Fuse alone. */
  fuseOnlyBelow?: number;
  /** How many prefilter matches Fuse ranks at most, per keystroke; any more asked for follow unranked. */
  candidateCap?: number;
}

/** Results shown when the caller does not say: more than a terminal has rows. */
export const DEFAULT_LIMIT = 50;
// Fuse ranks ~300 events inside a keystroke's budget (research note, section 2).
const FUSE_ONLY_BELOW = 300;
const CANDIDATE_CAP = 100;

// A score for matches that are found, not ranked: dates and one-letter prefixes.
const UNRANKED_SCORE = 0.5;
// Matches listed after those Fuse ranked: below all of them.
const UNRANKED_TAIL_SCORE = 1;

interface Built {
  docs: SearchDoc[];
  fuse: FuseStage;
  haystacks: string[];
  /** Built with the rest, not on the first date query, which is a keystroke too. */
  calendar: Calendar;
  /** Only for timelines large enough to need it. */
  prefilter: Prefilter | null;
}

export function createEventSearch(events: readonly TimelineEvent[], options: EventSearchOptions = {}): EventSearch {
  const fuseOnlyBelow = options.fuseOnlyBelow ?? FUSE_ONLY_BELOW;
  const candidateCap = options.candidateCap ?? CANDIDATE_CAP;
  let built: Built | null = null;
  let dated: { key: string; indices: number[] } | null = null;

  function build(): Built {
    if (built !== null) return built;
    const docs = searchDocs(events);
    const haystacks = docs.map(haystackOf);
    built = {
      docs,
      fuse: createFuseStage(docs, haystacks),
      haystacks,
      calendar: buildCalendar(events.map((event) => event.date)),
      prefilter: events.length >= fuseOnlyBelow ? createPrefilter(haystacks) : null,
    };
    return built;
  }

  function eventsOn(date: DateQuery): number[] {
    const key = dateQueryKey(date);
    if (dated?.key !== key) {
      dated = { key, indices: eventsOnDate(build().calendar, date) };
    }
    return dated.indices;
  }

  function dateMatch(doc: SearchDoc, date: DateQuery): FieldMatch {
    return { field: 'date', text: doc.dateText, ranges: [dateRange(date)] };
  }

  function search(query: string, limit = DEFAULT_LIMIT): SearchHit[] {
    const { date, rest } = parseDateQuery(query);
    const terms = splitTerms(rest);
    if ((terms.length === 0 && date === null) || limit <= 0) return [];
    const { docs, fuse, haystacks, prefilter } = build();
    const among = date === null ? null : eventsOn(date);

    if (terms.length === 0) {
      return among!
        .slice(0, limit)
        .map((index) => ({ index, score: UNRANKED_SCORE, matches: [dateMatch(docs[index]!, date!)] }));
    }
    if (terms.length === 1 && terms[0]!.length === 1) {
      return initialLetterHits(docs, terms[0]!, among, limit);
    }

    let candidates: readonly number[];
    let unranked: readonly number[] = [];
    if (prefilter === null) candidates = among ?? docs.map((_, i) => i);
    else {
      const matches = prefilter.matches(terms, among, dateQueryKey(date));
      const pool = preferCandidates(haystacks, matches, terms, Math.max(candidateCap, limit));
      candidates = pool.slice(0, candidateCap);
      // A caller asking for more than Fuse can rank per keystroke gets the rest of the
      // prefilter's matches after the ranked ones, best evidence first.
      unranked = pool.slice(candidateCap);
    }

    const ranked = fuse.rank(candidates, terms, limit);
    // Highlights cost extra per event, so only the events returned get them.
    const highlights = fuse.highlight(
      ranked.map((hit) => hit.index),
      terms,
    );
    const hits: SearchHit[] = ranked.map(({ index, score }) => ({
      index,
      score,
      matches: highlights.get(index) ?? [],
    }));
    for (const index of unranked.slice(0, limit - hits.length)) {
      hits.push({ index, score: UNRANKED_TAIL_SCORE, matches: exactMatches(docs[index]!, terms) });
    }
    return date === null
      ? hits
      : hits.map((hit) => ({ ...hit, matches: withDateMatch(hit.matches, dateMatch(docs[hit.index]!, date)) }));
  }

  function prepare(): void {
    build();
    const word = events.find((event) => /[a-z]{4}/i.test(event.summary))?.summary.match(/[a-z]{4,}/i)?.[0];
    if (word === undefined) return;
    for (let typed = 2; typed <= word.length; typed++) search(word.slice(0, typed));
  }

  return { search, prepare };
}

function withDateMatch(matches: FieldMatch[], date: FieldMatch): FieldMatch[] {
  const others = matches.filter((match) => match.field !== 'date');
  const fuseDate = matches.find((match) => match.field === 'date');
  if (fuseDate === undefined) return [...others, date];
  return [...others, { ...date, ranges: mergeRanges([...fuseDate.ranges, ...date.ranges]) }];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One letter says little, so it is answered cheaply: events with a word starting with it,
 * in timeline order, summary before entities.
 */
function initialLetterHits(
  docs: readonly SearchDoc[],
  letter: string,
  among: readonly number[] | null,
  limit: number,
): SearchHit[] {
  const wordStart = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(letter)}`, 'iu');
  const hits: SearchHit[] = [];
  const consider = (index: number): void => {
    const doc = docs[index]!;
    const inSummary = wordStart.exec(doc.summary);
    if (inSummary) {
      hits.push({
        index,
        score: UNRANKED_SCORE,
        matches: [{ field: 'summary', text: doc.summary, ranges: [[inSummary.index, inSummary.index + 1]] }],
      });
      return;
    }
    for (const entity of doc.entities) {
      const inEntity = wordStart.exec(entity);
      if (inEntity) {
        hits.push({
          index,
          score: UNRANKED_SCORE,
          matches: [{ field: 'entities', text: entity, ranges: [[inEntity.index, inEntity.index + 1]] }],
        });
        return;
      }
    }
  };
  if (among === null) for (let i = 0; i < docs.length && hits.length < limit; i++) consider(i);
  else for (let i = 0; i < among.length && hits.length < limit; i++) consider(among[i]!);
  return hits;
}
