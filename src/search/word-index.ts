// Which events hold each word, and in which field: an inverted index over a sorted vocabulary,
// so the words a term starts are one contiguous range found by binary search, and a keystroke
// costs the postings of the words it matches, not a scan of every event.

import { startsWithinOneTypo, withinOneTypo } from './typo.js';
import { wordsOf } from './text.js';

/** Where a word was found; the numbers are packed into postings. */
export const SUMMARY = 0;
export const ENTITY = 1;
export const SOURCE = 2;
export type FieldNumber = typeof SUMMARY | typeof ENTITY | typeof SOURCE;

/** The folded, searchable fields of one event. */
export interface EventFields {
  summary: string;
  entities: readonly string[];
  sources: readonly string[];
}

export interface WordIndex {
  /** Every distinct word, sorted by UTF-16 code units. */
  words: readonly string[];
  /** Postings of word `w`: `postings[starts[w] .. starts[w + 1])`, each `event * 4 + field`. */
  starts: Int32Array;
  postings: Int32Array;
}

export function buildWordIndex(events: readonly EventFields[]): WordIndex {
  const byWord = new Map<string, number[]>();
  const add = (word: string, posting: number): void => {
    const list = byWord.get(word);
    if (list === undefined) byWord.set(word, [posting]);
    // Events are added in order, so a repeat within one field is always the last posting.
    else if (list[list.length - 1] !== posting) list.push(posting);
  };
  events.forEach((event, index) => {
    const base = index * 4;
    for (const word of wordsOf(event.summary)) add(word, base + SUMMARY);
    for (const entity of event.entities) for (const word of wordsOf(entity)) add(word, base + ENTITY);
    for (const source of event.sources) for (const word of wordsOf(source)) add(word, base + SOURCE);
  });
  const words = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts = new Int32Array(words.length + 1);
  let total = 0;
  words.forEach((word, i) => {
    starts[i] = total;
    total += byWord.get(word)!.length;
  });
  starts[words.length] = total;
  const postings = new Int32Array(total);
  words.forEach((word, i) => postings.set(byWord.get(word)!, starts[i]));
  return { words, starts, postings };
}

/** The first index in `words` not below `text`. */
function lowerBound(words: readonly string[], text: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < text) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `[from, to)`: the words starting with `prefix`. */
export function prefixRange(index: WordIndex, prefix: string): [number, number] {
  // Every word starting with the prefix sorts before the prefix followed by the last unit.
  return [lowerBound(index.words, prefix), lowerBound(index.words, prefix + '\uffff')];
}

/** The index of `word` in the vocabulary, or -1. */
export function wordNumber(index: WordIndex, word: string): number {
  const at = lowerBound(index.words, word);
  return index.words[at] === word ? at : -1;
}

/** Words one typo from a term: those it spells whole, and those it only begins. */
export interface TypoWords {
  whole: number[];
  start: number[];
}

/** A term must be this long before a typo is allowed: shorter words are too easily confused. */
export const TYPO_MIN_LENGTH = 5;

/** Vocabulary words one typo away from `term`, whole or as a beginning. Reads every word. */
export function typoWords(index: WordIndex, term: string): TypoWords {
  const found: TypoWords = { whole: [], start: [] };
  if (term.length < TYPO_MIN_LENGTH) return found;
  const { words } = index;
  const shortest = term.length - 1;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.length < shortest) continue;
    if (withinOneTypo(term, word)) found.whole.push(w);
    else if (startsWithinOneTypo(term, word)) found.start.push(w);
  }
  return found;
}
