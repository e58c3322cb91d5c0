// The shipped model's binary form: gzip of a little-endian header, feature hashes, 16-bit
// quantised weights, transitions and the gazetteers as hashes. Hashes instead of strings keep the
// file small and make loading a matter of copying arrays.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Lexicon } from './features.js';
import { HashTable32 } from './hash-table.js';
import { buildIndex, SCHEMES, TAG_COUNT, type FeatureIndex, type TagScheme } from './perceptron.js';

const MAGIC = 0x3152454e; // "NER1"

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
}

export function encodeModel(parts: ModelParts): Uint8Array {
  const rows = parts.hashes.length;
  let maxAbs = 1e-9;
  for (const w of parts.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 32767;
  const gazetteerKeys = Uint32Array.from(parts.gazetteer.keys());
  const gazetteerLists = Uint32Array.from(parts.gazetteer.values());
  const personWords = Uint32Array.from(parts.personWords);
  const header = new Uint32Array([MAGIC, TAG_COUNT, rows, gazetteerKeys.length, personWords.length, parts.scheme.id]);
  const quantised = new Int16Array(rows * TAG_COUNT + ((rows * TAG_COUNT) & 1));
  for (let k = 0; k < rows * TAG_COUNT; k++) quantised[k] = Math.round(parts.weights[k]! / scale);
  const chunks: ArrayBufferView[] = [
    header, new Float32Array([scale]), parts.hashes, quantised, parts.transitions, gazetteerKeys, gazetteerLists, personWords,
  ];
  const raw = Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
  return gzipSync(raw, { level: 9 });
}

/** Reads a model written by `encodeModel`; throws on a file that is not one. */
export function decodeModel(bytes: Uint8Array): NerModel {
  const raw = gunzipSync(bytes);
  // Copy into a fresh, aligned buffer so typed arrays can view it.
  const buffer = new ArrayBuffer(raw.byteLength);
  new Uint8Array(buffer).set(raw);
  let offset = 0;
  const take = <A>(make: (b: ArrayBuffer, o: number, n: number) => A, n: number, bytesEach: number): A => {
    if (offset + n * bytesEach > buffer.byteLength) throw new Error('model file is truncated');
    const a = make(buffer, offset, n);
    offset += n * bytesEach;
    return a;
  };
  const u32 = (b: ArrayBuffer, o: number, n: number): Uint32Array => new Uint32Array(b, o, n);
  const header = take(u32, 6, 4);
  const scheme = SCHEMES[header[5]!];
  if (header[0] !== MAGIC || header[1] !== TAG_COUNT || !scheme) throw new Error('not a news-tui NER model');
  const rows = header[2]!;
  const gazetteerCount = header[3]!;
  const personCount = header[4]!;
  const scale = take((b, o, n) => new Float32Array(b, o, n), 1, 4)[0]!;
  const hashes = take(u32, rows, 4);
  const quantisedLength = rows * TAG_COUNT + ((rows * TAG_COUNT) & 1);
  const quantised = take((b, o, n) => new Int16Array(b, o, n), quantisedLength, 2);
  const transitions = Float32Array.from(take((b, o, n) => new Float32Array(b, o, n), (TAG_COUNT + 1) * TAG_COUNT, 4));
  const gazetteerKeys = take(u32, gazetteerCount, 4);
  const gazetteerLists = take(u32, gazetteerCount, 4);
  const personWords = take(u32, personCount, 4);
  return {
    index: buildIndex(hashes),
    weights: quantised,
    scale,
    transitions,
    lexicon: { gazetteer: new HashTable32(gazetteerKeys, gazetteerLists), personWords: new HashTable32(personWords) },
    scheme,
  };
}
