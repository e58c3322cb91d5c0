// The structured perceptron's arithmetic: feature rows found by hash, emission scores, and
// Viterbi over BILOU tags with the transitions BILOU forbids ruled out. Shared by training and
// tagging; everything works in caller-owned typed arrays.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof ENTITY_TYPES)[number];

/** O, then B/I/L/U for each type: tag = 1 + 4 × type + position. */
export const TAG_COUNT = 1 + 4 * ENTITY_TYPES.length;
export const B = 0;
export const I = 1;
export const L = 2;
export const U = 3;

export function tagOf(type: number, position: number): number {
  return 1 + 4 * type + position;
}

export function typeOfTag(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}

export function positionOfTag(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) & 3;
}

/** Whether BILOU allows `next` after `prev` (prev = -1 at the sentence start). */
export function allowed(prev: number, next: number): boolean {
  const open = prev >= 0 && prev !== 0 && (positionOfTag(prev) === B || positionOfTag(prev) === I);
  const np = positionOfTag(next);
  if (!open) return next === 0 || np === B || np === U;
  return (np === I || np === L) && typeOfTag(next) === typeOfTag(prev);
}

function endAllowed(tag: number): boolean {
  return tag === 0 || positionOfTag(tag) === L || positionOfTag(tag) === U;
}

/** Open-addressing map from feature hash to weight row. */
export interface FeatureIndex {
  keys: Uint32Array;
  rows: Int32Array;
  mask: number;
}

export function buildIndex(hashes: Uint32Array): FeatureIndex {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const keys = new Uint32Array(size);
  const rows = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let r = 0; r < hashes.length; r++) {
    const h = hashes[r]!;
    let slot = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    while (keys[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
    keys[slot] = h;
    rows[slot] = r;
  }
  return { keys, rows, mask };
}

export function findRow(index: FeatureIndex, h: number): number {
  const { keys, mask } = index;
  let slot = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
  for (;;) {
    const k = keys[slot]!;
    if (k === h) return index.rows[slot]!;
    if (k === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/**
 * Emission scores: `emissions[i × TAG_COUNT + t]` = sum of the weights of token i's feature rows.
 * `rowsOut` receives each feature's row (-1 when unknown), `per` slots per token.
 */
export function scoreEmissions(
  features: Uint32Array, per: number, n: number, index: FeatureIndex, weights: Float32Array,
  emissions: Float64Array, rowsOut: Int32Array,
): void {
  emissions.fill(0, 0, n * TAG_COUNT);
  for (let i = 0; i < n; i++) {
    const base = i * TAG_COUNT;
    for (let f = i * per, end = f + per; f < end; f++) {
      const h = features[f]!;
      if (h === 0) {
        rowsOut[f] = -1;
        continue;
      }
      const row = findRow(index, h);
      rowsOut[f] = row;
      if (row < 0) continue;
      const w = row * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) emissions[base + t]! += weights[w + t]!;
    }
  }
}

/** Reusable Viterbi buffers. */
export class ViterbiBuffers {
  capacity = 0;
  scores = new Float64Array(0);
  back = new Int8Array(0);

  ensure(n: number): void {
    if (n <= this.capacity) return;
    this.capacity = Math.max(n, this.capacity * 2, 64);
    this.scores = new Float64Array(this.capacity * TAG_COUNT);
    this.back = new Int8Array(this.capacity * TAG_COUNT);
  }
}

const FORBIDDEN = -1e30;

/**
 * Best BILOU tag sequence. `transitions[(prev + 1) × TAG_COUNT + next]`, row 0 being the start.
 * Writes tags into `out`.
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Float32Array, buffers: ViterbiBuffers, out: Uint8Array): void {
  if (n === 0) return;
  buffers.ensure(n);
  const { scores, back } = buffers;
  for (let t = 0; t < TAG_COUNT; t++) {
    scores[t] = allowed(-1, t) ? emissions[t]! + transitions[t]! : FORBIDDEN;
  }
  for (let i = 1; i < n; i++) {
    const base = i * TAG_COUNT;
    const prevBase = base - TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = FORBIDDEN * 2;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p++) {
        if (!ALLOWED[p * TAG_COUNT + t]) continue;
        const s = scores[prevBase + p]! + transitions[(p + 1) * TAG_COUNT + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      scores[base + t] = best + emissions[base + t]!;
      back[base + t] = arg;
    }
  }
  let best = FORBIDDEN * 4;
  let arg = 0;
  const last = (n - 1) * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) {
    if (!endAllowed(t)) continue;
    if (scores[last + t]! > best) {
      best = scores[last + t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * TAG_COUNT + arg]!;
  }
}

const ALLOWED = new Uint8Array(TAG_COUNT * TAG_COUNT);
for (let p = 0; p < TAG_COUNT; p++) for (let t = 0; t < TAG_COUNT; t++) ALLOWED[p * TAG_COUNT + t] = allowed(p, t) ? 1 : 0;
