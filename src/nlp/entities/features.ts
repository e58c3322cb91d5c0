// Feature extraction for the tagger, shared by training (scripts/train-ner.ts) and tagging so the
// two can never drift apart. Features are 32-bit hashes computed straight from the text's char
// codes into reusable typed arrays: the hot loop allocates nothing per token.

import { HashTable32 } from './hash-table.js';

/** Gazetteer lists; a token's gazetteer mask holds 4 bits (B, I, L, U of a match) per list. */
export const GAZETTEER_LISTS = ['PER', 'ORG', 'LOC', 'MISC', 'COUNTRY', 'CITY', 'REGION', 'DEMONYM'] as const;
export const MAX_GAZETTEER_WORDS = 6;

// Flag bits of a token.
export const INIT_CAP = 1;
export const ALL_CAPS = 2;
export const HAS_DIGIT = 4;
const ALL_DIGITS = 8;
const HAS_HYPHEN = 16;
const HAS_PERIOD = 32;
export const PUNCTUATION = 64;
const MIXED_CAPS = 128;
const HAS_APOSTROPHE = 256;
const SINGLE_LETTER = 512;
export const PERSON_NAME_WORD = 1024;
export const CAPS_SENTENCE = 2048;
export const FIRST_IN_SENTENCE = 4096;
export const ORG_HEAD_WORD = 8192;
export const PLACE_HEAD_WORD = 16384;
export const FLAG_COUNT = 15;

/** What the extractor needs to know of the lists: both sets key on hashes of lowercased words. */
export interface Lexicon {
  /** Hash of a lowercased word sequence → bit mask of the lists it is in (bit = list index). */
  gazetteer: Pick<ReadonlyMap<number, number>, 'get' | 'size'>;
  /** Hashes of lowercased words that are people's first or last names. */
  personWords: Pick<ReadonlySet<number>, 'has'>;
}

const FNV_OFFSET = 0x811c9dc5;

function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** Mixes two 32-bit values into one well-spread non-zero 32-bit value (unsigned). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

// Curly quotes read as straight ones, so news text looks like the training data.
function normalChar(code: number): number {
  if (code === 0x2019 || code === 0x2018 || code === 0x2032) return 39;
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb) return 34;
  if (code === 0x2013 || code === 0x2014) return 45;
  return code;
}

// First UTF-16 unit of each code unit's lower and upper case, filled on first sight (0: not yet),
// so text in other scripts costs a table read per character rather than a string.
const LOWER_UNIT = new Uint16Array(0x10000);
const UPPER_UNIT = new Uint16Array(0x10000);

function lowerChar(code: number): number {
  if (code >= 65 && code <= 90) return code | 32;
  if (code < 128) return code;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  if (code < 0x100) return code;
  let lower = LOWER_UNIT[code]!;
  if (lower === 0) LOWER_UNIT[code] = lower = String.fromCharCode(code).toLowerCase().charCodeAt(0);
  return lower;
}

function upperUnit(code: number): number {
  let upper = UPPER_UNIT[code]!;
  if (upper === 0) UPPER_UNIT[code] = upper = String.fromCharCode(code).toUpperCase().charCodeAt(0);
  return upper;
}

function isUpper(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 0xc0) return false;
  return lowerChar(code) !== code;
}

function isLower(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  if (code < 0xc0) return false;
  return !isUpper(code) && upperUnit(code) !== code;
}

// Head nouns that end names of organisations or places ("Revolutionary Guard", "Green Zone"):
// the head of a name types it, and these lists let the model see heads that CoNLL rarely shows.
const ORG_HEADS = [
  'ministry',
  'party',
  'council',
  'committee',
  'army',
  'front',
  'brigade',
  'brigades',
  'guard',
  'guards',
  'corps',
  'movement',
  'alliance',
  'coalition',
  'resistance',
  'association',
  'federation',
  'union',
  'league',
  'bank',
  'company',
  'corporation',
  'group',
  'agency',
  'commission',
  'authority',
  'institute',
  'university',
  'court',
  'parliament',
  'assembly',
  'congress',
  'organisation',
  'organization',
  'society',
  'foundation',
  'church',
  'club',
  'network',
  'service',
  'forces',
  'police',
  'office',
  'department',
  'board',
  'fund',
  'exchange',
  'airlines',
  'airways',
  'militia',
  'brotherhood',
  'command',
  'directorate',
  'bureau',
];
const PLACE_HEADS = [
  'zone',
  'square',
  'street',
  'road',
  'avenue',
  'province',
  'district',
  'region',
  'valley',
  'island',
  'islands',
  'strait',
  'peninsula',
  'gulf',
  'sea',
  'ocean',
  'river',
  'lake',
  'mountains',
  'desert',
  'coast',
  'bay',
  'county',
  'governorate',
  'camp',
  'crossing',
  'border',
  'bridge',
  'airport',
  'port',
  'heights',
  'plain',
  'basin',
  'canal',
  'hills',
  'beach',
  'strip',
  'bank',
  'neighbourhood',
  'neighborhood',
];

/** Hash of a lowercased word with digits folded to 0, as the gazetteers key it. */
export function lowerWordHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) {
    let c = lowerChar(normalChar(text.charCodeAt(k)));
    if (c >= 48 && c <= 57) c = 48;
    h = fnvStep(h, c);
  }
  return h >>> 0;
}

export const PARTICLE_HASHES = new Set(
  ['bin', 'ibn', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'del'].map(
    (w) => lowerWordHash(w, 0, w.length),
  ),
);
// Typed-array tables: every token of every sentence is looked up in both.
const ORG_HEAD_HASHES = HashTable32.build(Uint32Array.from(ORG_HEADS, (w) => lowerWordHash(w, 0, w.length)));
const PLACE_HEAD_HASHES = HashTable32.build(Uint32Array.from(PLACE_HEADS, (w) => lowerWordHash(w, 0, w.length)));

/** The kind of name a head noun ends ("Guard" → ORG, "Zone" → PLACE), by lowercased-word hash. */
export function headNounType(wordHash: number): 'ORG' | 'PLACE' | null {
  if (ORG_HEAD_HASHES.has(wordHash)) return 'ORG';
  return PLACE_HEAD_HASHES.has(wordHash) ? 'PLACE' : null;
}

/** Hash of a sequence of word hashes, for gazetteer keys. */
export function sequenceHash(wordHashes: ArrayLike<number>, from: number, to: number): number {
  let h = 0x2545f491;
  for (let k = from; k < to; k++) h = mix(h, wordHashes[k]!);
  return h;
}

/**
 * The feature templates in id order, with how many ids each takes (one per neighbour position,
 * prefix length, …). A feature is mix(template id, value). The model file carries a fingerprint
 * of this list and of what the templates compute (fingerprint.ts): a change here needs
 * `npm run train:ner`, and the loader refuses a model trained before it.
 */
export const FEATURE_TEMPLATES: ReadonlyArray<readonly [name: string, ids: number]> = [
  ['Bias', 1],
  ['Word', 1],
  ['Lower', 1],
  ['Shape', 1],
  ['ShortShape', 1],
  ['Prefix', 4],
  ['Suffix', 4],
  ['Flag', 1],
  ['NeighbourLower', 4],
  ['NeighbourShape', 4],
  ['NeighbourSuffix', 4],
  ['NeighbourFlag', 2],
  ['NeighbourWord', 4],
  ['PrevLowerLower', 1],
  ['LowerNextLower', 1],
  ['CapsSentenceLower', 1],
  ['FirstShape', 1],
  ['Gazetteer', 1],
  ['NeighbourGazetteer', 2],
  ['ShapeNextShape', 1],
  ['PrevShapeShape', 1],
  ['DocumentCue', 1],
  ['DocumentCueCaps', 1],
  ['CapitalisedRun', 1],
];

/** First id of each template: ids run from 1 in list order. */
function templateIds(templates: typeof FEATURE_TEMPLATES): Record<string, number> {
  const ids: Record<string, number> = {};
  let next = 1;
  for (const [name, count] of templates) {
    ids[name] = next;
    next += count;
  }
  return ids;
}

const ids = templateIds(FEATURE_TEMPLATES);
/** First id of each template, by name. */
export const T = {
  Bias: ids.Bias!,
  Word: ids.Word!,
  Lower: ids.Lower!,
  Shape: ids.Shape!,
  ShortShape: ids.ShortShape!,
  Prefix: ids.Prefix!,
  Suffix: ids.Suffix!,
  Flag: ids.Flag!,
  NeighbourLower: ids.NeighbourLower!,
  NeighbourShape: ids.NeighbourShape!,
  NeighbourSuffix: ids.NeighbourSuffix!,
  NeighbourFlag: ids.NeighbourFlag!,
  NeighbourWord: ids.NeighbourWord!,
  PrevLowerLower: ids.PrevLowerLower!,
  LowerNextLower: ids.LowerNextLower!,
  CapsSentenceLower: ids.CapsSentenceLower!,
  FirstShape: ids.FirstShape!,
  Gazetteer: ids.Gazetteer!,
  NeighbourGazetteer: ids.NeighbourGazetteer!,
  ShapeNextShape: ids.ShapeNextShape!,
  PrevShapeShape: ids.PrevShapeShape!,
  DocumentCue: ids.DocumentCue!,
  DocumentCueCaps: ids.DocumentCueCaps!,
  CapitalisedRun: ids.CapitalisedRun!,
} as const;

export const BOUNDARY = 0x5bd1e995;

/** Reusable per-sentence buffers; grown when a longer sentence arrives. */
export class FeatureBuffers {
  capacity = 0;
  word = new Uint32Array(0);
  lower = new Uint32Array(0);
  shape = new Uint32Array(0);
  shortShape = new Uint32Array(0);
  prefix = new Uint32Array(0);
  suffix = new Uint32Array(0);
  flags = new Uint32Array(0);
  gazetteer = new Uint32Array(0);
  /** Feature hashes, `perToken` slots per token; unused slots are 0. */
  features = new Uint32Array(0);
  static readonly perToken = 96;

  ensure(n: number): void {
    if (n <= this.capacity) return;
    const c = Math.max(n, this.capacity * 2, 64);
    this.capacity = c;
    this.word = new Uint32Array(c);
    this.lower = new Uint32Array(c);
    this.shape = new Uint32Array(c);
    this.shortShape = new Uint32Array(c);
    this.prefix = new Uint32Array(c * 4);
    this.suffix = new Uint32Array(c * 4);
    this.flags = new Uint32Array(c);
    this.gazetteer = new Uint32Array(c);
    this.features = new Uint32Array(c * FeatureBuffers.perToken);
  }
}

function shapeClass(code: number): number {
  if (code >= 48 && code <= 57) return 100; // d
  if (isUpper(code)) return 88; // X
  if (isLower(code) || code >= 0x80) return 120; // x
  return code;
}

/** Fills the per-token arrays for tokens `[starts[k], ends[k])`, k < n. */
export function describeTokens(
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  n: number,
  lexicon: Lexicon,
  b: FeatureBuffers,
): void {
  let lettersSeen = 0;
  let lowerSeen = 0;
  for (let i = 0; i < n; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    let word = FNV_OFFSET;
    let lower = FNV_OFFSET;
    let shape = FNV_OFFSET;
    let shortShape = FNV_OFFSET;
    let lastClass = -1;
    let uppers = 0;
    let lowers = 0;
    let digits = 0;
    let flags = 0;
    for (let k = s; k < e; k++) {
      const c = normalChar(text.charCodeAt(k));
      word = fnvStep(word, c);
      let lc = lowerChar(c);
      if (lc >= 48 && lc <= 57) lc = 48;
      lower = fnvStep(lower, lc);
      const cls = shapeClass(c);
      shape = fnvStep(shape, cls);
      if (cls !== lastClass) shortShape = fnvStep(shortShape, cls);
      lastClass = cls;
      if (cls === 88) uppers++;
      else if (cls === 120) lowers++;
      else if (cls === 100) digits++;
      else if (c === 45) flags |= HAS_HYPHEN;
      else if (c === 46) flags |= HAS_PERIOD;
      else if (c === 39) flags |= HAS_APOSTROPHE;
    }
    const length = e - s;
    const first = length > 0 ? text.charCodeAt(s) : 0;
    if (isUpper(first)) flags |= INIT_CAP;
    if (uppers > 0 && lowers === 0) flags |= ALL_CAPS;
    if (uppers > 1 && lowers > 0 && !isUpper(first)) flags |= MIXED_CAPS;
    if (digits > 0) flags |= HAS_DIGIT;
    if (digits === length && length > 0) flags |= ALL_DIGITS;
    if (uppers + lowers + digits === 0) flags |= PUNCTUATION;
    if (length === 1 && uppers + lowers === 1) flags |= SINGLE_LETTER;
    if (i === 0) flags |= FIRST_IN_SENTENCE;
    lettersSeen += uppers + lowers;
    lowerSeen += lowers;
    b.word[i] = word >>> 0;
    b.lower[i] = lower >>> 0;
    b.shape[i] = shape >>> 0;
    b.shortShape[i] = shortShape >>> 0;
    if (lexicon.personWords.has(lower >>> 0)) flags |= PERSON_NAME_WORD;
    if (ORG_HEAD_HASHES.has(lower >>> 0)) flags |= ORG_HEAD_WORD;
    if (PLACE_HEAD_HASHES.has(lower >>> 0)) flags |= PLACE_HEAD_WORD;
    b.flags[i] = flags;
    // Prefixes and suffixes of up to 4 characters, lowercased so headlines in capitals share them.
    let p = FNV_OFFSET;
    for (let k = 0; k < 4; k++) {
      if (s + k < e) p = fnvStep(p, lowerChar(normalChar(text.charCodeAt(s + k))));
      b.prefix[i * 4 + k] = p >>> 0;
    }
    let q = FNV_OFFSET;
    for (let k = 0; k < 4; k++) {
      if (e - 1 - k >= s) q = fnvStep(q, lowerChar(normalChar(text.charCodeAt(e - 1 - k))));
      b.suffix[i * 4 + k] = q >>> 0;
    }
  }
  // A headline in capitals: the case of its words says nothing about names.
  if (lettersSeen >= 6 && lowerSeen * 10 < lettersSeen) {
    for (let i = 0; i < n; i++) b.flags[i]! |= CAPS_SENTENCE;
  }
  markGazetteerMatches(n, lexicon, b);
}

function markGazetteerMatches(n: number, lexicon: Lexicon, b: FeatureBuffers): void {
  b.gazetteer.fill(0, 0, n);
  if (lexicon.gazetteer.size === 0) return;
  for (let i = 0; i < n; i++) {
    // A match must start at a word that is not all lowercase: "nice" is not Nice.
    const f = b.flags[i]!;
    if ((f & (INIT_CAP | HAS_DIGIT)) === 0) continue;
    let h = 0x2545f491;
    const limit = Math.min(n, i + MAX_GAZETTEER_WORDS);
    for (let j = i; j < limit; j++) {
      h = mix(h, b.lower[j]!);
      const lists = lexicon.gazetteer.get(h);
      if (lists === undefined) continue;
      for (let l = 0; l < GAZETTEER_LISTS.length; l++) {
        if ((lists & (1 << l)) === 0) continue;
        if (j === i) b.gazetteer[i]! |= 1 << (l * 4 + 3);
        else {
          b.gazetteer[i]! |= 1 << (l * 4);
          for (let k = i + 1; k < j; k++) b.gazetteer[k]! |= 1 << (l * 4 + 1);
          b.gazetteer[j]! |= 1 << (l * 4 + 2);
        }
      }
    }
  }
}

function inCapitalisedRun(b: FeatureBuffers, n: number, k: number): boolean {
  if ((b.flags[k]! & INIT_CAP) !== 0) return true;
  return PARTICLE_HASHES.has(b.lower[k]!) && k > 0 && k + 1 < n && (b.flags[k + 1]! & INIT_CAP) !== 0;
}

/**
 * Computes the feature hashes of every token of a sentence into `b.features` (`perToken` slots
 * per token, zero-padded). Returns nothing: read the buffer.
 */
export function extractFeatures(
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  n: number,
  lexicon: Lexicon,
  b: FeatureBuffers,
  documentCues: Map<number, number> | null = null,
): void {
  b.ensure(n);
  describeTokens(text, starts, ends, n, lexicon, b);
  const F = b.features;
  const per = FeatureBuffers.perToken;
  F.fill(0, 0, n * per);
  for (let i = 0; i < n; i++) {
    let o = i * per;
    const flags = b.flags[i]!;
    F[o++] = mix(T.Bias, 0);
    F[o++] = mix(T.Word, b.word[i]!);
    F[o++] = mix(T.Lower, b.lower[i]!);
    F[o++] = mix(T.Shape, b.shape[i]!);
    F[o++] = mix(T.ShortShape, b.shortShape[i]!);
    for (let k = 0; k < 4; k++) F[o++] = mix(T.Prefix + k, b.prefix[i * 4 + k]!);
    for (let k = 0; k < 4; k++) F[o++] = mix(T.Suffix + k, b.suffix[i * 4 + k]!);
    for (let bit = 0; bit < FLAG_COUNT; bit++) if (flags & (1 << bit)) F[o++] = mix(T.Flag, bit + 1);
    for (let d = 0; d < 4; d++) {
      const j = d < 2 ? i - 2 + d : i - 1 + d;
      const inside = j >= 0 && j < n;
      F[o++] = mix(T.NeighbourLower + d, inside ? b.lower[j]! : BOUNDARY);
      F[o++] = mix(T.NeighbourShape + d, inside ? b.shortShape[j]! : BOUNDARY);
      F[o++] = mix(T.NeighbourWord + d, inside ? b.word[j]! : BOUNDARY);
      if (inside) F[o++] = mix(T.NeighbourSuffix + d, b.suffix[j * 4 + 2]!);
    }
    for (let d = 0; d < 2; d++) {
      const j = i - 1 + 2 * d;
      if (j < 0 || j >= n) continue;
      const nf =
        b.flags[j]! &
        (INIT_CAP | ALL_CAPS | PUNCTUATION | HAS_DIGIT | PERSON_NAME_WORD | ORG_HEAD_WORD | PLACE_HEAD_WORD);
      for (let bit = 0; bit < FLAG_COUNT; bit++) if (nf & (1 << bit)) F[o++] = mix(T.NeighbourFlag + d, bit + 1);
    }
    const prevLower = i > 0 ? b.lower[i - 1]! : BOUNDARY;
    const nextLower = i + 1 < n ? b.lower[i + 1]! : BOUNDARY;
    F[o++] = mix(T.PrevLowerLower, mix(prevLower, b.lower[i]!));
    F[o++] = mix(T.LowerNextLower, mix(b.lower[i]!, nextLower));
    const prevShape = i > 0 ? b.shortShape[i - 1]! : BOUNDARY;
    const nextShape = i + 1 < n ? b.shortShape[i + 1]! : BOUNDARY;
    F[o++] = mix(T.ShapeNextShape, mix(b.shortShape[i]!, nextShape));
    F[o++] = mix(T.PrevShapeShape, mix(prevShape, b.shortShape[i]!));
    if (flags & CAPS_SENTENCE) F[o++] = mix(T.CapsSentenceLower, b.lower[i]!);
    if (i === 0) F[o++] = mix(T.FirstShape, mix(b.shortShape[i]!, b.lower[i]!));
    // Where the token sits in its run of capitalised words, and how long the run is: the last
    // word of a long run is often an organisation's head noun.
    // Particles ("bin", "van der") continue a run.
    if ((flags & INIT_CAP || PARTICLE_HASHES.has(b.lower[i]!)) && !(flags & CAPS_SENTENCE)) {
      let runStart = i;
      while (runStart > 0 && inCapitalisedRun(b, n, runStart - 1)) runStart--;
      let runEnd = i + 1;
      while (runEnd < n && inCapitalisedRun(b, n, runEnd)) runEnd++;
      const length = Math.min(runEnd - runStart, 5);
      const position = i === runStart ? 0 : i === runEnd - 1 ? 2 : 1;
      F[o++] = mix(T.CapitalisedRun, length * 4 + position);
    }
    const cues = documentCues?.get(b.lower[i]!) ?? 0;
    if (cues !== 0) {
      // In a headline the cues are all that is known of the word's case, so they get their own weights.
      const template = flags & CAPS_SENTENCE ? T.DocumentCueCaps : T.DocumentCue;
      for (let bit = 0; bit < 16; bit++) if (cues & (1 << bit)) F[o++] = mix(template, bit + 1);
    }
    // Gazetteer bits last: a token in many lists may fill its slots, and then loses only these.
    const end = (i + 1) * per;
    const g = b.gazetteer[i]!;
    for (let bit = 0; bit < 32 && o < end; bit++) if (g & (1 << bit)) F[o++] = mix(T.Gazetteer, bit + 1);
    for (let d = 0; d < 2; d++) {
      const j = i - 1 + 2 * d;
      if (j < 0 || j >= n) continue;
      const ng = b.gazetteer[j]!;
      for (let bit = 0; bit < 32 && o < end; bit++)
        if (ng & (1 << bit)) F[o++] = mix(T.NeighbourGazetteer + d, bit + 1);
    }
  }
}
