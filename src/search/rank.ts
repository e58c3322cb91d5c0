import Fuse, { type Expression, type FuseIndex, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import { FIELD_SEPARATOR, foldText, type SearchDoc } from './text.js';

export type MatchField = 'summary' | 'entities' | 'date';

export interface FieldMatch {
  field: MatchField;
  /** The text the ranges point into: the summary, one entity name, or the date text. */
  text: string;
  /** `[start, endExclusive]` offsets into `text`. */
  ranges: Array<[number, number]>;
}

export interface RankedEvent {
  /** Index into the events the search was built over. */
  index: number;
  /** Fuse score: 0 is a perfect match, 1 no match. */
  score: number;
}

const KEYS = [
  // An event is what its summary says; entities and the date only help find it.
  { name: 'summary', weight: 0.6 },
  { name: 'entities', weight: 0.3 },
  { name: 'dateText', weight: 0.1 },
];

const OPTIONS: IFuseOptions<SearchDoc> = {
  keys: KEYS,
  ignoreLocation: true,
  // As the prefilter folds its haystacks: "jose" finds "José" without costing a typo.
  ignoreDiacritics: true,
  // One error per three letters: "earthqauke" (two) still matches "earthquake".
  threshold: 0.34,
  // Without this a short entity name outweighs a 40-word summary that says the same word.
  ignoreFieldNorm: true,
  includeScore: true,
};

// Fuse scores a field that equals a query word as a perfect 0, so a one-word entity would
// outrank every summary that contains the word. A trailing space makes every field a text
// the word is found in; the space is dropped again before highlights are returned.
function paddedField(doc: SearchDoc, path: string | string[]): string | string[] {
  const key = Array.isArray(path) ? path.join('.') : path;
  if (key === 'entities') return doc.entities.map((entity) => `${entity} `);
  return `${key === 'summary' ? doc.summary : doc.dateText} `;
}

const FIELD_OF_KEY: Readonly<Record<string, MatchField>> = {
  summary: 'summary',
  entities: 'entities',
  dateText: 'date',
};

/**
 * Fuse over a handful of events at a time. Each event's index record is built the first time
 * the event becomes a candidate and kept, so no keystroke pays for more than its candidates
 * and nothing is paid before the first search.
 */
export interface FuseStage {
  rank(candidates: readonly number[], terms: readonly string[], limit: number): RankedEvent[];
  highlight(indices: readonly number[], terms: readonly string[]): Map<number, FieldMatch[]>;
}

/**
 * Every term must match in some field, so "quake Tokyo" finds a summary about a quake with
 * Tokyo among its entities; each field a term matches in adds to the score. (Fuse's own token
 * search does the same but builds an inverted index per instance, ~1 ms a keystroke here.)
 */
function everyTermSomewhere(terms: readonly string[]): Expression {
  return { $and: terms.map((term) => ({ $or: KEYS.map((key) => ({ [key.name]: term })) })) };
}

type IndexRecord = FuseIndex<SearchDoc>['records'][number];
type IndexKeys = FuseIndex<SearchDoc>['keys'];

export function createFuseStage(docs: readonly SearchDoc[], haystacks: readonly string[]): FuseStage {
  const records: Array<IndexRecord['$'] | undefined> = new Array(docs.length);
  let keys: IndexKeys | null = null;

  function fuseOver(candidates: readonly number[], includeMatches: boolean): Fuse<SearchDoc> {
    const missing = candidates.filter((i) => records[i] === undefined);
    if (missing.length > 0 || keys === null) {
      const built = Fuse.createIndex(
        KEYS,
        missing.map((i) => docs[i]!),
        { getFn: paddedField },
      );
      keys = built.keys;
      built.records.forEach((record) => {
        records[missing[record.i]!] = record.$;
      });
    }
    const subset = Fuse.parseIndex<SearchDoc>({
      keys,
      records: candidates.map((eventIndex, i) => ({ i, $: records[eventIndex] })),
    });
    return new Fuse(
      candidates.map((i) => docs[i]!),
      { ...OPTIONS, includeMatches },
      subset,
    );
  }

  return {
    rank(candidates, terms, limit) {
      if (candidates.length === 0) return [];
      const results = fuseOver(candidates, false).search(everyTermSomewhere(terms));
      // Fuse scores "emb" in "embassy" and in "Dembo" alike; a word that starts with the term
      // is the likelier one.
      const ranked = results.map((result) => {
        const index = candidates[result.refIndex]!;
        return { index, score: result.score ?? 1, evidence: evidenceFor(haystacks[index]!, terms) };
      });
      ranked.sort((a, b) => a.score - b.score || b.evidence - a.evidence || a.index - b.index);
      return ranked.slice(0, limit).map(({ index, score }) => ({ index, score }));
    },
    highlight(indices, terms) {
      const byEvent = new Map<number, FieldMatch[]>();
      if (indices.length === 0) return byEvent;
      for (const result of fuseOver(indices, true).search(everyTermSomewhere(terms))) {
        byEvent.set(indices[result.refIndex]!, fieldMatches(result.matches ?? [], terms));
      }
      return byEvent;
    },
  };
}

function fieldMatches(matches: ReadonlyArray<FuseResultMatch>, terms: readonly string[]): FieldMatch[] {
  const found: FieldMatch[] = [];
  for (const match of matches) {
    const field = match.key === undefined ? undefined : FIELD_OF_KEY[match.key];
    if (field === undefined || match.value === undefined) continue;
    const text = match.value.slice(0, -1);
    found.push({ field, text, ranges: endExclusive(match.indices, text.length) });
  }
  const folded = found.map((match) => foldText(match.text));
  // A term found as written needs no fuzzy highlights: Fuse also marks near misses
  // ("Bob" for "bomb"), which would only distract.
  const typoTerms = terms.filter((term) => !folded.some((text) => text.includes(term)));
  const out: FieldMatch[] = [];
  found.forEach((match, i) => {
    const text = folded[i]!;
    const kept: Array<[number, number]> = [];
    for (const [start, end] of match.ranges) {
      const marked = text.slice(start, end);
      if (terms.some((term) => marked.includes(term))) kept.push([start, end]);
      else if (typoTerms.some((term) => looksLike(marked, term))) kept.push([start, wordEnd(text, end)]);
    }
    const ranges = mergeRanges(kept);
    if (ranges.length > 0) out.push({ ...match, ranges });
  });
  return out;
}

// Fuse's mark for "yeltsn" stops at "Yelts"; the reader sees the word it stands for.
const WORD_TAIL = 3;

function wordEnd(text: string, end: number): number {
  let to = end;
  while (to < text.length && to - end < WORD_TAIL && isWordChar(text.charCodeAt(to))) to++;
  return to < text.length && isWordChar(text.charCodeAt(to)) ? end : to;
}

// A fuzzy mark stands for a typed word when it starts the same way (the prefilter requires
// the first letter too) and is not much shorter.
function looksLike(marked: string, term: string): boolean {
  return marked[0] === term[0] && marked.length >= Math.max(2, term.length - 2);
}

// Fuse's ranges are inclusive; ours end-exclusive, and never cover the padding space.
function endExclusive(indices: ReadonlyArray<readonly [number, number]>, length: number): Array<[number, number]> {
  return indices
    .map(([start, end]): [number, number] => [start, Math.min(end + 1, length)])
    .filter(([start, end]) => end > start);
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const range of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

// How much a term's occurrence says about an event, for choosing which prefilter matches
// Fuse gets to rank: a word starting with the term in the summary, elsewhere, or mid-word.
const SUMMARY_WORD_START = 3;
const WORD_START = 2;
const INSIDE_WORD = 1;

const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || code > 127;

function termEvidence(haystack: string, term: string): number {
  const summaryEnd = haystack.indexOf(FIELD_SEPARATOR);
  let best = 0;
  for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + 1)) {
    const wordStart = at === 0 || !isWordChar(haystack.charCodeAt(at - 1));
    if (!wordStart) best = Math.max(best, INSIDE_WORD);
    else if (at < summaryEnd) return SUMMARY_WORD_START;
    else best = WORD_START;
  }
  return best;
}

function evidenceFor(haystack: string, terms: readonly string[]): number {
  let evidence = 0;
  for (const term of terms) evidence += termEvidence(haystack, term);
  return evidence;
}

/**
 * The `count` matches most worth ranking, best evidence first, then timeline order. Fuse costs
 * ~35 µs per event, so it can only rank a few hundred per keystroke; a cheap exact-text
 * score picks which. Stops scanning once `count` events have the best possible evidence.
 */
export function preferCandidates(
  haystacks: readonly string[],
  matches: readonly number[],
  terms: readonly string[],
  count: number,
): number[] {
  const best = terms.length * SUMMARY_WORD_START;
  const byEvidence: number[][] = Array.from({ length: best + 1 }, () => []);
  for (const index of matches) {
    byEvidence[evidenceFor(haystacks[index]!, terms)]!.push(index);
    if (byEvidence[best]!.length >= count) break;
  }
  const chosen: number[] = [];
  for (let evidence = best; evidence >= 0 && chosen.length < count; evidence--) {
    for (const index of byEvidence[evidence]!) {
      chosen.push(index);
      if (chosen.length >= count) break;
    }
  }
  return chosen;
}

/**
 * Highlights without Fuse, for matches listed beyond what Fuse ranked: every place a term
 * occurs as typed. A term found only with a typo is left unmarked.
 */
export function exactMatches(doc: SearchDoc, terms: readonly string[]): FieldMatch[] {
  const out: FieldMatch[] = [];
  const add = (field: MatchField, text: string): void => {
    const folded = foldText(text);
    const ranges: Array<[number, number]> = [];
    for (const term of terms) {
      for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
        ranges.push([at, at + term.length]);
      }
    }
    if (ranges.length > 0) out.push({ field, text, ranges: mergeRanges(ranges) });
  };
  add('summary', doc.summary);
  for (const entity of doc.entities) add('entities', entity);
  return out;
}
