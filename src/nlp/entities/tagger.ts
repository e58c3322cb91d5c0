// Tags one sentence's tokens with the trained model and reads the BILOU tags back as spans.
import type { EntityType } from '../../types.js';
import { cachedEmissions, EmissionScratch } from './emissions.js';
import { extractFeatures, FeatureBuffers } from './features.js';
import type { NerModel } from './model-file.js';
import { B, L, positionOfTag, scoreEmissions, TAG_COUNT, typeOfTag, U, ViterbiBuffers, viterbi } from './perceptron.js';
import type { TokenSpan } from './spans.js';
import type { Tokens } from './tokens.js';

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC'];

/** Scratch arrays reused across sentences: tagging allocates only when a longer sentence comes. */
export class TaggerScratch {
  features = new FeatureBuffers();
  viterbi = new ViterbiBuffers();
  emissions = new Float64Array(0);
  tags = new Uint8Array(0);
  cached = new EmissionScratch();

  ensure(n: number): void {
    this.features.ensure(n);
    if (this.tags.length >= n) return;
    const c = Math.max(n, this.tags.length * 2, 64);
    this.emissions = new Float64Array(c * TAG_COUNT);
    this.tags = new Uint8Array(c);
  }
}

/** BILOU tags of the tokens, written into `scratch.tags`. */
export function tagTokens(
  model: NerModel,
  text: string,
  tokens: Tokens,
  scratch: TaggerScratch,
  documentCues: Map<number, number> | null = null,
): void {
  const n = tokens.starts.length;
  scratch.ensure(n);
  const { starts, ends } = tokens;
  if (
    !cachedEmissions(model, text, starts, ends, n, scratch.features, documentCues, scratch.cached, scratch.emissions)
  ) {
    extractFeatures(text, starts, ends, n, model.lexicon, scratch.features, documentCues);
    scoreEmissions(
      scratch.features.features,
      FeatureBuffers.perToken,
      n,
      model.index,
      model.weights,
      model.scale,
      scratch.emissions,
    );
  }
  viterbi(scratch.emissions, n, model.transitions, model.scheme, scratch.viterbi, scratch.tags);
}

/** Spans of a valid BILOU or BIO sequence. */
export function spansOfTags(tags: ArrayLike<number>, n: number): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let first = -1;
  let type = -1;
  // No closure for "close the open span": this runs once per sentence, a million times on a
  // page of short lines.
  for (let i = 0; i < n; i++) {
    const tag = tags[i]!;
    if (tag === 0) {
      if (first >= 0) spans.push({ first, last: i - 1, type: TYPES[type]! });
      first = -1;
      continue;
    }
    const position = positionOfTag(tag);
    if (position === B || position === U || first < 0 || typeOfTag(tag) !== type) {
      if (first >= 0) spans.push({ first, last: i - 1, type: TYPES[type]! });
      first = i;
      type = typeOfTag(tag);
    }
    if (position === L || position === U) {
      spans.push({ first, last: i, type: TYPES[type]! });
      first = -1;
    }
  }
  if (first >= 0) spans.push({ first, last: n - 1, type: TYPES[type]! });
  return spans;
}
