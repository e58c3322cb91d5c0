// Emission scores for tagging, equal to scoreEmissions over extractFeatures (the training path),
// but most of each token's features depend on the token's own text alone: its word, shape,
// prefixes, suffixes and flags, and what it contributes as a neighbour two or one to the left or
// right. Those sums are cached per distinct word, across sentences and articles, so a token
// costs five vector additions and the few lookups its context needs (word pairs, a capitalised
// run, document cues, gazetteer bits), not ~45 feature lookups. A run of commas, a digit soup or
// a million short lines repeat a handful of words and cost next to nothing.
import {
  BOUNDARY,
  CAPS_SENTENCE,
  describeTokens,
  FeatureBuffers,
  FIRST_IN_SENTENCE,
  FLAG_COUNT,
  HAS_DIGIT,
  INIT_CAP,
  ALL_CAPS,
  mix,
  ORG_HEAD_WORD,
  PARTICLE_HASHES,
  PERSON_NAME_WORD,
  PLACE_HEAD_WORD,
  PUNCTUATION,
  T,
} from './features.js';
import type { NerModel } from './model-file.js';
import { TAG_COUNT, type FeatureIndex } from './perceptron.js';

/** The parts cached per word: its own features, then as the neighbour at i-2, i-1, i+1, i+2. */
const PARTS = 5;
const STRIDE = PARTS * TAG_COUNT;
const NEIGHBOUR_FLAGS =
  INIT_CAP | ALL_CAPS | PUNCTUATION | HAS_DIGIT | PERSON_NAME_WORD | ORG_HEAD_WORD | PLACE_HEAD_WORD;
const CONTEXT_FLAGS = CAPS_SENTENCE | FIRST_IN_SENTENCE;
/** At most this many words are cached (~11 MB of sums); past it the cache starts afresh. */
const MAX_WORDS = 1 << 15;
const PER = FeatureBuffers.perToken;

/** Row offset (row × TAG_COUNT) of feature `h` in the model's weights, or -1 when unknown. */
function rowOf(index: FeatureIndex, h: number): number {
  if ((index.filter[h >>> 17]! & (1 << ((h >>> 12) & 31))) === 0) return -1;
  const { slots, mask } = index;
  let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
  for (;;) {
    const k = slots[slot * 2]!;
    if (k === h) return slots[slot * 2 + 1]! * TAG_COUNT;
    if (k === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Adds feature `h`'s weights into `sums[at, at + TAG_COUNT)`. */
function addFeature(model: NerModel, h: number, sums: Int32Array, at: number): void {
  const w = rowOf(model.index, h | 0);
  if (w < 0) return;
  const weights = model.weights;
  for (let t = 0; t < TAG_COUNT; t++) sums[at + t]! += weights[w + t]!;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v !== 0; v &= v - 1) c++;
  return c;
}

/** Per-word partial sums for one model, found by the word's hash and checked against its text. */
class WordSums {
  capacity = 0;
  size = 0;
  /** slot → entry + 1; 0 is empty. */
  table = new Int32Array(0);
  hashes = new Uint32Array(0);
  words: string[] = [];
  sums = new Int32Array(0);
  /** Features written per part (the slot budget of a token counts them, known or not). */
  counts = new Uint8Array(0);
  boundary = new Int32Array(4 * TAG_COUNT);

  constructor(readonly model: NerModel) {
    // A neighbour outside the sentence: its lower, shape and word read BOUNDARY.
    for (let d = 0; d < 4; d++) {
      addFeature(model, mix(T.NeighbourLower + d, BOUNDARY), this.boundary, d * TAG_COUNT);
      addFeature(model, mix(T.NeighbourShape + d, BOUNDARY), this.boundary, d * TAG_COUNT);
      addFeature(model, mix(T.NeighbourWord + d, BOUNDARY), this.boundary, d * TAG_COUNT);
    }
  }

  /** Room for `n` more words, growing or starting afresh; false when `n` alone is too many. */
  reserve(n: number): boolean {
    if (n > MAX_WORDS / 2) return false;
    if ((this.size + n) * 2 <= this.capacity) return true;
    if ((this.size + n) * 2 > MAX_WORDS) {
      this.size = 0;
      this.words.length = 0;
      this.table.fill(0);
      if (n * 2 <= this.capacity) return true;
    }
    let capacity = Math.max(1024, this.capacity);
    while ((this.size + n) * 2 > capacity) capacity *= 2;
    const sums = new Int32Array(capacity * STRIDE);
    sums.set(this.sums.subarray(0, this.size * STRIDE));
    const counts = new Uint8Array(capacity * PARTS);
    counts.set(this.counts.subarray(0, this.size * PARTS));
    const hashes = new Uint32Array(capacity);
    hashes.set(this.hashes.subarray(0, this.size));
    this.sums = sums;
    this.counts = counts;
    this.hashes = hashes;
    this.table = new Int32Array(capacity * 2);
    this.capacity = capacity;
    const mask = this.table.length - 1;
    for (let e = 0; e < this.size; e++) {
      let slot = (Math.imul(hashes[e]!, 0x9e3779b1) >>> 0) & mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & mask;
      this.table[slot] = e + 1;
    }
    return true;
  }

  /** The entry of token i (text[s, e)), described in `b`; made on first sight. */
  entryOf(text: string, s: number, e: number, b: FeatureBuffers, i: number): number {
    const hash = b.word[i]!;
    const table = this.table;
    const mask = table.length - 1;
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const entry = table[slot]! - 1;
      if (entry < 0) break;
      if (this.hashes[entry] === hash) {
        const word = this.words[entry]!;
        if (word.length === e - s && text.startsWith(word, s)) return entry;
      }
      slot = (slot + 1) & mask;
    }
    const entry = this.size++;
    table[slot] = entry + 1;
    this.hashes[entry] = hash;
    this.words[entry] = text.slice(s, e);
    this.describe(entry, b, i);
    return entry;
  }

  // The features extractFeatures writes that depend on token i's text alone, summed per part.
  private describe(entry: number, b: FeatureBuffers, i: number): void {
    const { model, sums, counts } = this;
    const base = entry * STRIDE;
    sums.fill(0, base, base + STRIDE);
    const flags = b.flags[i]! & ~CONTEXT_FLAGS;
    addFeature(model, mix(T.Bias, 0), sums, base);
    addFeature(model, mix(T.Word, b.word[i]!), sums, base);
    addFeature(model, mix(T.Lower, b.lower[i]!), sums, base);
    addFeature(model, mix(T.Shape, b.shape[i]!), sums, base);
    addFeature(model, mix(T.ShortShape, b.shortShape[i]!), sums, base);
    for (let k = 0; k < 4; k++) addFeature(model, mix(T.Prefix + k, b.prefix[i * 4 + k]!), sums, base);
    for (let k = 0; k < 4; k++) addFeature(model, mix(T.Suffix + k, b.suffix[i * 4 + k]!), sums, base);
    for (let bit = 0; bit < FLAG_COUNT; bit++)
      if (flags & (1 << bit)) addFeature(model, mix(T.Flag, bit + 1), sums, base);
    counts[entry * PARTS] = 13 + popcount(flags);
    const nf = flags & NEIGHBOUR_FLAGS;
    for (let d = 0; d < 4; d++) {
      const at = base + (d + 1) * TAG_COUNT;
      addFeature(model, mix(T.NeighbourLower + d, b.lower[i]!), sums, at);
      addFeature(model, mix(T.NeighbourShape + d, b.shortShape[i]!), sums, at);
      addFeature(model, mix(T.NeighbourWord + d, b.word[i]!), sums, at);
      addFeature(model, mix(T.NeighbourSuffix + d, b.suffix[i * 4 + 2]!), sums, at);
      let count = 4;
      // The flags of the word just before (d = 1) or just after (d = 2).
      if (d === 1 || d === 2) {
        for (let bit = 0; bit < FLAG_COUNT; bit++)
          if (nf & (1 << bit)) addFeature(model, mix(T.NeighbourFlag + d - 1, bit + 1), sums, at);
        count += popcount(nf);
      }
      counts[entry * PARTS + d + 1] = count;
    }
  }
}

let cache: WordSums | null = null;

/** Scratch arrays for the per-token accumulation, reused across sentences. */
export class EmissionScratch {
  entries = new Int32Array(0);
  inRun = new Uint8Array(0);
  runLeft = new Int32Array(0);
  runRight = new Int32Array(0);
  sums = new Int32Array(TAG_COUNT);

  ensure(n: number): void {
    if (this.entries.length >= n) return;
    const c = Math.max(n, this.entries.length * 2, 64);
    this.entries = new Int32Array(c);
    this.inRun = new Uint8Array(c);
    this.runLeft = new Int32Array(c);
    this.runRight = new Int32Array(c + 1);
  }
}

/**
 * Writes `emissions[i × TAG_COUNT + t]` for the n tokens, exactly as scoreEmissions does for the
 * features extractFeatures writes. Returns false, writing nothing, for a sentence too long for
 * the cache (the caller then takes the training path).
 */
export function cachedEmissions(
  model: NerModel,
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  n: number,
  b: FeatureBuffers,
  documentCues: Map<number, number> | null,
  scratch: EmissionScratch,
  emissions: Float64Array,
): boolean {
  if (cache?.model !== model) cache = new WordSums(model);
  const words = cache;
  if (!words.reserve(n)) return false;
  b.ensure(n);
  scratch.ensure(n);
  describeTokens(text, starts, ends, n, model.lexicon, b);
  const { entries, inRun, runLeft, runRight } = scratch;
  for (let i = 0; i < n; i++) entries[i] = words.entryOf(text, starts[i]!, ends[i]!, b, i);
  // Capitalised runs in one pass each way (extractFeatures walks each run from every word in it).
  for (let k = 0; k < n; k++) {
    const f = b.flags[k]!;
    inRun[k] =
      (f & INIT_CAP) !== 0 ||
      (PARTICLE_HASHES.has(b.lower[k]!) && k > 0 && k + 1 < n && (b.flags[k + 1]! & INIT_CAP) !== 0)
        ? 1
        : 0;
    runLeft[k] = inRun[k] ? (k > 0 ? runLeft[k - 1]! : 0) + 1 : 0;
  }
  runRight[n] = 0;
  for (let k = n - 1; k >= 0; k--) runRight[k] = inRun[k] ? runRight[k + 1]! + 1 : 0;

  const { sums: all, counts, boundary } = words;
  const acc = scratch.sums;
  const scale = model.scale;
  for (let i = 0; i < n; i++) {
    const flags = b.flags[i]!;
    const self = entries[i]! * STRIDE;
    for (let t = 0; t < TAG_COUNT; t++) acc[t] = all[self + t]!;
    let o = counts[entries[i]! * PARTS]! + popcount(flags & CONTEXT_FLAGS);
    for (let d = 0; d < 4; d++) {
      const j = d < 2 ? i - 2 + d : i - 1 + d;
      let from: Int32Array;
      let at: number;
      if (j >= 0 && j < n) {
        from = all;
        at = entries[j]! * STRIDE + (d + 1) * TAG_COUNT;
        o += counts[entries[j]! * PARTS + d + 1]!;
      } else {
        from = boundary;
        at = d * TAG_COUNT;
        o += 3;
      }
      for (let t = 0; t < TAG_COUNT; t++) acc[t]! += from[at + t]!;
    }
    for (let bit = 0; bit < FLAG_COUNT; bit++)
      if (flags & CONTEXT_FLAGS & (1 << bit)) addFeature(model, mix(T.Flag, bit + 1), acc, 0);
    const lower = b.lower[i]!;
    const shortShape = b.shortShape[i]!;
    const prevLower = i > 0 ? b.lower[i - 1]! : BOUNDARY;
    const nextLower = i + 1 < n ? b.lower[i + 1]! : BOUNDARY;
    const prevShape = i > 0 ? b.shortShape[i - 1]! : BOUNDARY;
    const nextShape = i + 1 < n ? b.shortShape[i + 1]! : BOUNDARY;
    addFeature(model, mix(T.PrevLowerLower, mix(prevLower, lower)), acc, 0);
    addFeature(model, mix(T.LowerNextLower, mix(lower, nextLower)), acc, 0);
    addFeature(model, mix(T.ShapeNextShape, mix(shortShape, nextShape)), acc, 0);
    addFeature(model, mix(T.PrevShapeShape, mix(prevShape, shortShape)), acc, 0);
    o += 4;
    if (flags & CAPS_SENTENCE) {
      addFeature(model, mix(T.CapsSentenceLower, lower), acc, 0);
      o++;
    }
    if (i === 0) {
      addFeature(model, mix(T.FirstShape, mix(shortShape, lower)), acc, 0);
      o++;
    }
    if ((flags & INIT_CAP || PARTICLE_HASHES.has(lower)) && !(flags & CAPS_SENTENCE)) {
      const runStart = i > 0 ? i - runLeft[i - 1]! : i;
      const runEnd = i + 1 + runRight[i + 1]!;
      const length = Math.min(runEnd - runStart, 5);
      const position = i === runStart ? 0 : i === runEnd - 1 ? 2 : 1;
      addFeature(model, mix(T.CapitalisedRun, length * 4 + position), acc, 0);
      o++;
    }
    const cues = documentCues?.get(lower) ?? 0;
    if (cues !== 0) {
      const template = flags & CAPS_SENTENCE ? T.DocumentCueCaps : T.DocumentCue;
      for (let bit = 0; bit < 16; bit++)
        if (cues & (1 << bit)) {
          addFeature(model, mix(template, bit + 1), acc, 0);
          o++;
        }
    }
    // Gazetteer bits last, as many as the token's slots still hold.
    const g = b.gazetteer[i]!;
    for (let bit = 0; bit < 32 && o < PER; bit++)
      if (g & (1 << bit)) {
        addFeature(model, mix(T.Gazetteer, bit + 1), acc, 0);
        o++;
      }
    for (let d = 0; d < 2; d++) {
      const j = i - 1 + 2 * d;
      if (j < 0 || j >= n) continue;
      const ng = b.gazetteer[j]!;
      for (let bit = 0; bit < 32 && o < PER; bit++)
        if (ng & (1 << bit)) {
          addFeature(model, mix(T.NeighbourGazetteer + d, bit + 1), acc, 0);
          o++;
        }
    }
    const e = i * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) emissions[e + t] = acc[t]! * scale;
  }
  return true;
}
