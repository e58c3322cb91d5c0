// The shipped model's binary form: little-endian arrays laid out exactly as the tagger probes
// them (the feature index, its filter, 16-bit quantised weights, transitions, and the gazetteer
// and person-word tables, all over hashes), so loading is reading one file and taking views of
// it: ~1 ms, where decompressing and building the tables took ~15 ms at every start of every
// analysing thread. The file is larger (3 MB) but the npm tarball compresses it.
import { currentFeatureFingerprint } from './fingerprint.js';
import { HashTable32 } from './hash-table.js';
import type { Lexicon } from './features.js';
import { buildIndex, SCHEMES, TAG_COUNT, type FeatureIndex, type TagScheme } from './perceptron.js';

const MAGIC = 0x3252454e; // "NER2"
const HEADER_WORDS = 12;
const NONE = 0xffffffff;
/** Bits of header word 11: which tables hold a value for key 0. */
const GAZETTEER_HAS_ZERO = 1;
const PERSON_HAS_ZERO = 2;

/** Thrown for a model trained with other feature templates than this build extracts. */
export class ModelFingerprintMismatch extends Error {
  constructor(found: number, expected: number) {
    super(
      `the NER model was trained with other feature templates (fingerprint ${hex(found)}, this build ` +
        `extracts ${hex(expected)}): run \`npm run train:ner\` to retrain it`,
    );
    this.name = 'ModelFingerprintMismatch';
  }
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, '0')}`;
}

export interface NerModel {
  index: FeatureIndex;
  /** rows × TAG_COUNT, quantised; a weight is `weights[k] × scale`. */
  weights: Int16Array;
  scale: number;
  /** (TAG_COUNT + 1) × TAG_COUNT; row 0 is the sentence start. */
  transitions: Float32Array;
  lexicon: Lexicon;
  scheme: TagScheme;
}

export interface ModelParts {
  scheme: TagScheme;
  hashes: Uint32Array;
  weights: Float32Array;
  transitions: Float32Array;
  gazetteer: Map<number, number>;
  personWords: Set<number>;
  /** Of the feature templates the weights were trained with; this build's by default. */
  fingerprint?: number;
}

export function encodeModel(parts: ModelParts): Uint8Array {
  const rows = parts.hashes.length;
  let maxAbs = 1e-9;
  for (const w of parts.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 32767;
  // An even count keeps what follows 4-byte aligned.
  const quantised = new Int16Array(rows * TAG_COUNT + ((rows * TAG_COUNT) & 1));
  for (let k = 0; k < rows * TAG_COUNT; k++) quantised[k] = Math.round(parts.weights[k]! / scale);
  const index = buildIndex(parts.hashes);
  const gazetteer = HashTable32.build(
    Uint32Array.from(parts.gazetteer.keys()),
    Uint32Array.from(parts.gazetteer.values()),
  );
  const personWords = HashTable32.build(Uint32Array.from(parts.personWords));
  const header = new Uint32Array([
    MAGIC,
    TAG_COUNT,
    parts.scheme.id,
    rows,
    index.slots.length / 2,
    gazetteer.keys.length,
    gazetteer.size,
    gazetteer.zeroValue ?? NONE,
    personWords.keys.length,
    personWords.size,
    parts.fingerprint ?? currentFeatureFingerprint(),
    (gazetteer.zeroValue !== undefined ? GAZETTEER_HAS_ZERO : 0) |
      (personWords.zeroValue !== undefined ? PERSON_HAS_ZERO : 0),
  ]);
  const chunks: ArrayBufferView[] = [
    header,
    new Float32Array([scale]),
    index.slots,
    index.filter,
    quantised,
    parts.transitions,
    gazetteer.keys,
    gazetteer.values!,
    personWords.keys,
  ];
  return Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
}

/**
 * Reads a model written by `encodeModel`; throws on a file that is not one, and throws
 * ModelFingerprintMismatch on one trained with other feature templates than `fingerprint`.
 */
export function decodeModel(bytes: Uint8Array, fingerprint: number = currentFeatureFingerprint()): NerModel {
  // Typed arrays view the file in place; a Buffer from a small pool may not be aligned for them.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const { buffer, byteOffset, byteLength } = aligned;
  let offset = byteOffset;
  const end = byteOffset + byteLength;
  const take = <A>(make: new (b: ArrayBuffer, o: number, n: number) => A, n: number, bytesEach: number): A => {
    if (offset + n * bytesEach > end) throw new Error('model file is truncated');
    const a = new make(buffer as ArrayBuffer, offset, n);
    offset += n * bytesEach;
    return a;
  };
  if (byteLength < HEADER_WORDS * 4) throw new Error('not a news-tui NER model');
  const header = take(Uint32Array, HEADER_WORDS, 4);
  const [
    magic,
    tags,
    schemeId,
    rows,
    indexCapacity,
    gazetteerCapacity,
    gazetteerSize,
    gazetteerZero,
    personCapacity,
    personSize,
    trainedFingerprint,
    zeroFlags,
  ] = header;
  const scheme = SCHEMES[schemeId!];
  if (magic !== MAGIC || tags !== TAG_COUNT || !scheme)
    throw new Error('not a news-tui NER model (or one from another version)');
  if (trainedFingerprint !== fingerprint) throw new ModelFingerprintMismatch(trainedFingerprint!, fingerprint);
  const scale = take(Float32Array, 1, 4)[0]!;
  const slots = take(Int32Array, indexCapacity! * 2, 4);
  const filter = take(Int32Array, 1 << 15, 4);
  const weights = take(Int16Array, rows! * TAG_COUNT + ((rows! * TAG_COUNT) & 1), 2);
  const transitions = take(Float32Array, (TAG_COUNT + 1) * TAG_COUNT, 4);
  const gazetteerKeys = take(Uint32Array, gazetteerCapacity!, 4);
  const gazetteerValues = take(Uint32Array, gazetteerCapacity!, 4);
  const personKeys = take(Uint32Array, personCapacity!, 4);
  if (offset !== end) throw new Error('model file has trailing bytes');
  return {
    index: { slots, mask: indexCapacity! - 1, filter },
    weights,
    scale,
    transitions,
    lexicon: {
      gazetteer: new HashTable32(
        gazetteerKeys,
        gazetteerValues,
        zeroFlags! & GAZETTEER_HAS_ZERO ? gazetteerZero : undefined,
        gazetteerSize!,
      ),
      personWords: new HashTable32(personKeys, null, zeroFlags! & PERSON_HAS_ZERO ? 1 : undefined, personSize!),
    },
    scheme,
  };
}
