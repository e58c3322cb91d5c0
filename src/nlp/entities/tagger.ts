// Tags one sentence's tokens with the trained model and reads the BILOU tags back as spans.
import type { EntityType } from '../../types.js';
import { extractFeatures, FeatureBuffers } from './features.js';
import type { NerModel } from './model-file.js';
import { B, I, L, positionOfTag, scoreEmissions, TAG_COUNT, tagOf, typeOfTag, U, ViterbiBuffers, viterbi } from './perceptron.js';
import type { TokenSpan } from './spans.js';
import type { Tokens } from './tokens.js';

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC'];

/** Scratch arrays reused across sentences: tagging allocates only when a longer sentence comes. */
export class TaggerScratch {
  features = new FeatureBuffers();
  viterbi = new ViterbiBuffers();
  emissions = new Float64Array(0);
  tags = new Uint8Array(0);

  ensure(n: number): void {
    this.features.ensure(n);
    if (this.tags.length >= n) return;
    const c = Math.max(n, this.tags.length * 2, 64);
    this.emissions = new Float64Array(c * TAG_COUNT);
    this.tags = new Uint8Array(c);
  }
}

/** BILOU tags of the tokens, written into `scratch.tags`. */
export function tagTokens(model: NerModel, text: string, tokens: Tokens, scratch: TaggerScratch): void {
  const n = tokens.starts.length;
  scratch.ensure(n);
  extractFeatures(text, tokens.starts, tokens.ends, n, model.lexicon, scratch.features);
  scoreEmissions(scratch.features.features, FeatureBuffers.perToken, n, model.index, model.weights, model.scale, scratch.emissions);
  viterbi(scratch.emissions, n, model.transitions, scratch.viterbi, scratch.tags);
}

/**
 * Spans of a valid BILOU sequence, each with the model's belief in each type for its tokens
 * (a softmax over the emission scores of relabelling the span), used by document voting.
 */
export function spansOfTags(tags: ArrayLike<number>, n: number, emissions: Float64Array): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let first = -1;
  for (let i = 0; i < n; i++) {
    const tag = tags[i]!;
    if (tag === 0) {
      first = -1;
      continue;
    }
    const position = positionOfTag(tag);
    if (position === U) first = i;
    else if (position === B || first < 0) {
      first = i;
      continue;
    } else if (position === I) continue;
    spans.push({ first, last: i, type: TYPES[typeOfTag(tag)]!, belief: beliefOf(emissions, first, i) });
    first = -1;
  }
  return spans;
}

function beliefOf(emissions: Float64Array, first: number, last: number): number[] {
  const scores = TYPES.map((_, t) => {
    if (first === last) return emissions[first * TAG_COUNT + tagOf(t, U)]!;
    let s = emissions[first * TAG_COUNT + tagOf(t, B)]! + emissions[last * TAG_COUNT + tagOf(t, L)]!;
    for (let i = first + 1; i < last; i++) s += emissions[i * TAG_COUNT + tagOf(t, I)]!;
    return s;
  });
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp((s - top) * BELIEF_SHARPNESS));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

// Perceptron scores are not probabilities; this scales them into a useful softmax (tuned on testa).
const BELIEF_SHARPNESS = 0.1;
