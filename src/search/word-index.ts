// Which events hold each word, and in which field: an inverted index over a sorted vocabulary,
// so the words a term starts are one contiguous range found by binary search, and a keystroke
// costs the postings of the words it matches, not a scan of every event.

import { startsWithinOneTypo, withinOneTypo } from './typo.js';
import { isWordUnit } from './text.js';

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

/**
 * Word numbers by the word's characters, read in place: an open-addressing table keyed by a
 * hash computed while scanning, so the 3 million words of a 100,000-event story are not each
 * sliced into a new string and hashed again by a Map (most of the build, before).
 */
class Vocabulary {
  words: string[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes: number[] = [];

  /** The number of `text.slice(start, end)`, whose hash is `hash`; adds it when new. */
  numberOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const number = this.slots[slot]!;
      if (number < 0) {
        this.slots[slot] = this.words.length;
        this.words.push(text.slice(start, end));
        this.hashes.push(hash);
        if (this.words.length * 2 > this.slots.length) this.grow();
        return this.words.length - 1;
      }
      const word = this.words[number]!;
      if (this.hashes[number] === hash && word.length === end - start && text.startsWith(word, start)) return number;
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, number) => {
      let slot = hash & mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = number;
    });
  }
}

export function buildWordIndex(events: readonly EventFields[]): WordIndex {
  // One pass collects (word number, posting) pairs into flat arrays, a counting sort groups
  // them by word: no array per word, which at 100,000 events was most of the build in GC.
  const vocabulary = new Vocabulary();
  const lastPosting: number[] = [];
  let pairWords = new Int32Array(1 << 16);
  let pairPostings = new Int32Array(1 << 16);
  let pairs = 0;
  const addWords = (text: string, posting: number): void => {
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      if (isWordUnit(code)) {
        if (start < 0) {
          start = i;
          hash = 0x811c9dc5;
        }
        // FNV-1a over the UTF-16 units.
        hash = Math.imul(hash ^ code, 0x01000193);
        continue;
      }
      if (start < 0) continue;
      const number = vocabulary.numberOf(text, start, i, hash >>> 0);
      start = -1;
      if (number === lastPosting.length) lastPosting.push(-1);
      // A word repeated within one field is one posting.
      if (lastPosting[number] === posting) continue;
      lastPosting[number] = posting;
      if (pairs === pairWords.length) {
        const grownWords = new Int32Array(pairs * 2);
        grownWords.set(pairWords);
        pairWords = grownWords;
        const grownPostings = new Int32Array(pairs * 2);
        grownPostings.set(pairPostings);
        pairPostings = grownPostings;
      }
      pairWords[pairs] = number;
      pairPostings[pairs] = posting;
      pairs++;
    }
  };
  for (let event = 0; event < events.length; event++) {
    const fields = events[event]!;
    const base = event * 4;
    addWords(fields.summary, base + SUMMARY);
    for (const entity of fields.entities) addWords(entity, base + ENTITY);
    for (const source of fields.sources) addWords(source, base + SOURCE);
  }
  const unsorted = vocabulary.words;
  const order = Int32Array.from(unsorted.keys()).sort((a, b) => (unsorted[a]! < unsorted[b]! ? -1 : 1));
  const rank = new Int32Array(order.length);
  order.forEach((number, position) => (rank[number] = position));
  const starts = new Int32Array(order.length + 1);
  for (let i = 0; i < pairs; i++) starts[rank[pairWords[i]!]! + 1]!++;
  for (let w = 0; w < order.length; w++) starts[w + 1] = starts[w + 1]! + starts[w]!;
  const next = starts.slice(0, order.length);
  const postings = new Int32Array(pairs);
  // Pairs are in event order, so each word's postings come out ascending.
  for (let i = 0; i < pairs; i++) postings[next[rank[pairWords[i]!]!]!++] = pairPostings[i]!;
  return { words: Array.from(order, (number) => unsorted[number]!), starts, postings };
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
  const first = term.charCodeAt(0);
  const second = term.charCodeAt(1);
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.length < shortest) continue;
    // Whatever the one typo is, one of the word's first two letters is one of the term's.
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    if (a !== first && a !== second && b !== first && b !== second) continue;
    if (withinOneTypo(term, word)) found.whole.push(w);
    else if (startsWithinOneTypo(term, word)) found.start.push(w);
  }
  return found;
}
