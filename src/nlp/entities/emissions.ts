// Emission scores for tagging, equal bit for bit to scoreEmissions over extractFeatures (the
// training path; tests/nlp/entities-emissions.test.ts holds them together). Most of a token's
// features depend on its own text alone: its word, shape, prefixes, suffixes and flags, and what
// it contributes as a neighbour two or one to the left or right. Those sums are cached per
// distinct word (checked against its text, not only its hash), across sentences and articles;
// the word-pair features per pair of cached words; and the features that take few values
// (context flags, capitalised runs, document cues, gazetteer bits) once per model. A token then
// costs a handful of vector additions and no hash lookup once its words were seen: a run of
// commas, a digit soup or a million short lines repeat a few words and cost next to nothing.
import * as features from './features.js';
import type { FeatureBuffers } from './features.js';
import type { NerModel } from './model-file.js';
import { TAG_COUNT as TAGS, type FeatureIndex } from './perceptron.js';

// Module-local copies of what the hot loops read: tsx (bench:nlp, vitest, the scripts) compiles
// every read of an imported binding into a getter call, which took a third of the analysis time
// of bench:nlp's throughput (CPU time 120k → 165k tokens/s without them). The bundle inlines them.
const TAG_COUNT = TAGS;
const {
  BOUNDARY,
  CAPS_SENTENCE,
  describeTokens,
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
} = features;

/**
 * The parts cached per word: its own features, then as the neighbour at i-2, i-1, i+1, i+2, then
 * its features in a headline in capitals and first in a sentence. Counts are kept for the first five.
 */
const PARTS = 5;
const CAPS_PART = 5;
const FIRST_PART = 6;
const STRIDE = 7 * TAG_COUNT;
// Sums of the features that take few values, per model: flags, capitalised-run lengths and
// positions, document cue bits, gazetteer bits (of the word and its neighbours), by value.
const FLAG_SUMS = 0;
const RUN_SUMS = FLAG_SUMS + FLAG_COUNT;
const CUE_SUMS = RUN_SUMS + 24;
const GAZETTEER_SUMS = CUE_SUMS + 2 * 16;
const FIXED_SUMS = GAZETTEER_SUMS + 3 * 32;
const NEIGHBOUR_FLAGS =
  INIT_CAP | ALL_CAPS | PUNCTUATION | HAS_DIGIT | PERSON_NAME_WORD | ORG_HEAD_WORD | PLACE_HEAD_WORD;
const CONTEXT_FLAGS = CAPS_SENTENCE | FIRST_IN_SENTENCE;
/** At most this many words are cached (~15 MB of sums); past it the cache starts afresh. */
const MAX_WORDS = 1 << 15;
/** At most this many pairs of adjacent words are cached (~9 MB of sums). */
const MAX_PAIRS = 1 << 16;
const PER = features.FeatureBuffers.perToken;

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

/** Adds `from[at, at + TAG_COUNT)` into `sums[0, TAG_COUNT)`. */
function addSums(sums: Int32Array, from: Int32Array, at: number): void {
  for (let t = 0; t < TAG_COUNT; t++) sums[t]! += from[at + t]!;
}

/** The sums of the few-valued features, as FIXED_SUMS rows of TAG_COUNT. */
function fixedSums(model: NerModel): Int32Array {
  const sums = new Int32Array(FIXED_SUMS * TAG_COUNT);
  for (let bit = 0; bit < FLAG_COUNT; bit++)
    addFeature(model, mix(T.Flag, bit + 1), sums, (FLAG_SUMS + bit) * TAG_COUNT);
  for (let v = 0; v < 24; v++) addFeature(model, mix(T.CapitalisedRun, v), sums, (RUN_SUMS + v) * TAG_COUNT);
  for (let bit = 0; bit < 16; bit++) {
    addFeature(model, mix(T.DocumentCue, bit + 1), sums, (CUE_SUMS + bit) * TAG_COUNT);
    addFeature(model, mix(T.DocumentCueCaps, bit + 1), sums, (CUE_SUMS + 16 + bit) * TAG_COUNT);
  }
  for (let bit = 0; bit < 32; bit++) {
    addFeature(model, mix(T.Gazetteer, bit + 1), sums, (GAZETTEER_SUMS + bit) * TAG_COUNT);
    for (let d = 0; d < 2; d++)
      addFeature(
        model,
        mix(T.NeighbourGazetteer + d, bit + 1),
        sums,
        (GAZETTEER_SUMS + 32 * (d + 1) + bit) * TAG_COUNT,
      );
  }
  return sums;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v !== 0; v &= v - 1) c++;
  return c;
}

/**
 * Per-word partial sums for one model, found by the word's hash and checked against its text.
 * Entry 0 stands for the sentence boundary: its neighbour parts hold what a missing neighbour
 * contributes, and its lower word and shape read BOUNDARY.
 */
class WordSums {
  capacity = 0;
  size = 1;
  /** slot → entry + 1; 0 is empty. */
  table = new Int32Array(0);
  hashes = new Uint32Array(0);
  words: string[] = [];
  sums = new Int32Array(0);
  /** Features written per part (the slot budget of a token counts them, known or not). */
  counts = new Uint8Array(0);
  lower = new Uint32Array(0);
  shortShape = new Uint32Array(0);
  /** 1 for a name particle ("bin", "van"), which continues a capitalised run. */
  particle = new Uint8Array(0);
  /** The word's document cues, valid while `cueDocument` is the current document's number. */
  cue = new Int32Array(0);
  cueDocument = new Int32Array(0);
  readonly pairs = new PairSums();
  readonly fixed: Int32Array;

  constructor(readonly model: NerModel) {
    this.fixed = fixedSums(model);
    this.grow(1024);
  }

  /** Room for `n` more words, growing or starting afresh; false when `n` alone is too many. */
  reserve(n: number): boolean {
    if (n + 1 > MAX_WORDS / 2) return false;
    if (this.size + n <= this.capacity) return true;
    if (this.size + n > MAX_WORDS) {
      this.size = 1;
      this.words.length = 1;
      this.table.fill(0);
      this.pairs.clear();
      if (n + 1 <= this.capacity) return true;
    }
    let capacity = this.capacity;
    while (this.size + n > capacity) capacity *= 2;
    this.grow(capacity);
    return true;
  }

  private grow(capacity: number): void {
    const size = this.size;
    const copy = <A extends Int32Array | Uint32Array | Uint8Array>(
      from: A,
      make: (length: number) => A,
      per = 1,
    ): A => {
      const to = make(capacity * per);
      to.set(from.subarray(0, size * per));
      return to;
    };
    this.sums = copy(this.sums, (l) => new Int32Array(l), STRIDE);
    this.counts = copy(this.counts, (l) => new Uint8Array(l), PARTS);
    this.hashes = copy(this.hashes, (l) => new Uint32Array(l));
    this.lower = copy(this.lower, (l) => new Uint32Array(l));
    this.shortShape = copy(this.shortShape, (l) => new Uint32Array(l));
    this.particle = copy(this.particle, (l) => new Uint8Array(l));
    this.cue = copy(this.cue, (l) => new Int32Array(l));
    this.cueDocument = copy(this.cueDocument, (l) => new Int32Array(l));
    const first = this.capacity === 0;
    this.capacity = capacity;
    this.table = new Int32Array(capacity * 2);
    const mask = this.table.length - 1;
    for (let e = 1; e < size; e++) {
      let slot = (Math.imul(this.hashes[e]!, 0x9e3779b1) >>> 0) & mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & mask;
      this.table[slot] = e + 1;
    }
    if (!first) return;
    this.words[0] = '';
    this.lower[0] = BOUNDARY;
    this.shortShape[0] = BOUNDARY;
    // A neighbour outside the sentence: its lower, shape and word read BOUNDARY.
    for (let d = 0; d < 4; d++) {
      const at = (d + 1) * TAG_COUNT;
      addFeature(this.model, mix(T.NeighbourLower + d, BOUNDARY), this.sums, at);
      addFeature(this.model, mix(T.NeighbourShape + d, BOUNDARY), this.sums, at);
      addFeature(this.model, mix(T.NeighbourWord + d, BOUNDARY), this.sums, at);
      this.counts[d + 1] = 3;
    }
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
    this.lower[entry] = b.lower[i]!;
    this.shortShape[entry] = b.shortShape[i]!;
    this.particle[entry] = PARTICLE_HASHES.has(b.lower[i]!) ? 1 : 0;
    this.cueDocument[entry] = -1;
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
    addFeature(model, mix(T.CapsSentenceLower, b.lower[i]!), sums, base + CAPS_PART * TAG_COUNT);
    addFeature(model, mix(T.FirstShape, mix(b.shortShape[i]!, b.lower[i]!)), sums, base + FIRST_PART * TAG_COUNT);
  }

  /**
   * The pair of adjacent words (left, right), by entries: its sums hold, first, the word-pair
   * features of the left word (lower and shape with the next) and, second, those of the right
   * word (lower and shape with the previous). Returns the offset of the pair's sums.
   */
  pairOf(left: number, right: number): number {
    const pairs = this.pairs;
    const key = left * MAX_WORDS + right + 1;
    const table = pairs.table;
    const mask = table.length - 2;
    let slot = ((Math.imul(key, 0x9e3779b1) >>> 0) << 1) & mask;
    for (;;) {
      const found = table[slot]!;
      if (found === key) return table[slot + 1]! * 2 * TAG_COUNT;
      if (found === 0) break;
      slot = (slot + 2) & mask;
    }
    const pair = pairs.size++;
    table[slot] = key;
    table[slot + 1] = pair;
    const at = pair * 2 * TAG_COUNT;
    const sums = pairs.sums;
    sums.fill(0, at, at + 2 * TAG_COUNT);
    const { model, lower, shortShape } = this;
    const lowerPair = mix(lower[left]!, lower[right]!);
    addFeature(model, mix(T.LowerNextLower, lowerPair), sums, at);
    addFeature(model, mix(T.ShapeNextShape, mix(shortShape[left]!, shortShape[right]!)), sums, at);
    addFeature(model, mix(T.PrevLowerLower, lowerPair), sums, at + TAG_COUNT);
    addFeature(model, mix(T.PrevShapeShape, mix(shortShape[left]!, shortShape[right]!)), sums, at + TAG_COUNT);
    return at;
  }
}

/** The word-pair sums of WordSums.pairOf, in an open-addressing table of [key, pair] slots. */
class PairSums {
  capacity = 0;
  size = 0;
  table = new Int32Array(0);
  sums = new Int32Array(0);

  clear(): void {
    this.size = 0;
    this.table.fill(0);
  }

  /** Room for `n` more pairs, growing or starting afresh. */
  reserve(n: number): void {
    if (this.size + n <= this.capacity) return;
    if (this.size + n > MAX_PAIRS) {
      this.clear();
      if (n <= this.capacity) return;
    }
    let capacity = Math.max(4096, this.capacity);
    while (this.size + n > capacity) capacity *= 2;
    const sums = new Int32Array(capacity * 2 * TAG_COUNT);
    sums.set(this.sums.subarray(0, this.size * 2 * TAG_COUNT));
    const old = this.table;
    const table = new Int32Array(capacity * 4);
    const mask = table.length - 2;
    for (let slot = 0; slot < old.length; slot += 2) {
      const key = old[slot]!;
      if (key === 0) continue;
      let to = ((Math.imul(key, 0x9e3779b1) >>> 0) << 1) & mask;
      while (table[to] !== 0) to = (to + 2) & mask;
      table[to] = key;
      table[to + 1] = old[slot + 1]!;
    }
    this.table = table;
    this.sums = sums;
    this.capacity = capacity;
  }
}

let cache: WordSums | null = null;
let lastCues: Map<number, number> | null = null;
let cueDocument = 0;

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
  words.pairs.reserve(n + 1);
  if (documentCues !== lastCues) {
    lastCues = documentCues;
    cueDocument++;
  }
  b.ensure(n);
  scratch.ensure(n);
  describeTokens(text, starts, ends, n, model.lexicon, b);
  const { entries, inRun, runLeft, runRight } = scratch;
  for (let i = 0; i < n; i++) entries[i] = words.entryOf(text, starts[i]!, ends[i]!, b, i);
  const { particle } = words;
  // Capitalised runs in one pass each way (extractFeatures walks each run from every word in it).
  for (let k = 0; k < n; k++) {
    inRun[k] =
      (b.flags[k]! & INIT_CAP) !== 0 ||
      (particle[entries[k]!] === 1 && k > 0 && k + 1 < n && (b.flags[k + 1]! & INIT_CAP) !== 0)
        ? 1
        : 0;
    runLeft[k] = inRun[k] ? (k > 0 ? runLeft[k - 1]! : 0) + 1 : 0;
  }
  runRight[n] = 0;
  for (let k = n - 1; k >= 0; k--) runRight[k] = inRun[k] ? runRight[k + 1]! + 1 : 0;

  const { sums: all, counts, cue, cueDocument: cueOf, fixed } = words;
  const acc = scratch.sums;
  const scale = model.scale;
  let next = words.pairOf(0, n > 0 ? entries[0]! : 0) + TAG_COUNT;
  for (let i = 0; i < n; i++) {
    const flags = b.flags[i]!;
    const entry = entries[i]!;
    // Neighbours outside the sentence are entry 0.
    const e0 = i >= 2 ? entries[i - 2]! : 0;
    const e1 = i >= 1 ? entries[i - 1]! : 0;
    const e2 = i + 1 < n ? entries[i + 1]! : 0;
    const e3 = i + 2 < n ? entries[i + 2]! : 0;
    const p0 = entry * STRIDE;
    const p1 = e0 * STRIDE + TAG_COUNT;
    const p2 = e1 * STRIDE + 2 * TAG_COUNT;
    const p3 = e2 * STRIDE + 3 * TAG_COUNT;
    const p4 = e3 * STRIDE + 4 * TAG_COUNT;
    // The pair with the previous word was made in the last round; the pair with the next now.
    const previous = next;
    const pair = words.pairOf(entry, e2);
    const pairs = words.pairs.sums;
    next = pair + TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++)
      acc[t] =
        all[p0 + t]! +
        all[p1 + t]! +
        all[p2 + t]! +
        all[p3 + t]! +
        all[p4 + t]! +
        pairs[previous + t]! +
        pairs[pair + t]!;
    let o =
      counts[entry * PARTS]! +
      counts[e0 * PARTS + 1]! +
      counts[e1 * PARTS + 2]! +
      counts[e2 * PARTS + 3]! +
      counts[e3 * PARTS + 4]! +
      4 +
      popcount(flags & CONTEXT_FLAGS);
    if (flags & CONTEXT_FLAGS) {
      for (let bit = 0; bit < FLAG_COUNT; bit++)
        if (flags & CONTEXT_FLAGS & (1 << bit)) addSums(acc, fixed, (FLAG_SUMS + bit) * TAG_COUNT);
    }
    if (flags & CAPS_SENTENCE) {
      addSums(acc, all, p0 + CAPS_PART * TAG_COUNT);
      o++;
    }
    if (i === 0) {
      addSums(acc, all, p0 + FIRST_PART * TAG_COUNT);
      o++;
    }
    if ((flags & INIT_CAP || particle[entry] === 1) && !(flags & CAPS_SENTENCE)) {
      const runStart = i > 0 ? i - runLeft[i - 1]! : i;
      const runEnd = i + 1 + runRight[i + 1]!;
      const length = Math.min(runEnd - runStart, 5);
      const position = i === runStart ? 0 : i === runEnd - 1 ? 2 : 1;
      addSums(acc, fixed, (RUN_SUMS + length * 4 + position) * TAG_COUNT);
      o++;
    }
    if (documentCues && cueOf[entry] !== cueDocument) {
      cue[entry] = documentCues.get(words.lower[entry]!) ?? 0;
      cueOf[entry] = cueDocument;
    }
    const cues = documentCues ? cue[entry]! : 0;
    if (cues !== 0) {
      const from = CUE_SUMS + (flags & CAPS_SENTENCE ? 16 : 0);
      for (let bit = 0; bit < 16; bit++)
        if (cues & (1 << bit)) {
          addSums(acc, fixed, (from + bit) * TAG_COUNT);
          o++;
        }
    }
    // Gazetteer bits last, as many as the token's slots still hold.
    const g = b.gazetteer[i]!;
    for (let bit = 0; g !== 0 && bit < 32 && o < PER; bit++)
      if (g & (1 << bit)) {
        addSums(acc, fixed, (GAZETTEER_SUMS + bit) * TAG_COUNT);
        o++;
      }
    for (let d = 0; d < 2; d++) {
      const j = i - 1 + 2 * d;
      if (j < 0 || j >= n) continue;
      const ng = b.gazetteer[j]!;
      for (let bit = 0; ng !== 0 && bit < 32 && o < PER; bit++)
        if (ng & (1 << bit)) {
          addSums(acc, fixed, (GAZETTEER_SUMS + 32 * (d + 1) + bit) * TAG_COUNT);
          o++;
        }
    }
    const e = i * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) emissions[e + t] = acc[t]! * scale;
  }
  return true;
}
