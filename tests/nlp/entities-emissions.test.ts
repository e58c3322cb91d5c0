import { describe, expect, it } from 'vitest';
import { documentCues } from '../../src/nlp/entities/document-cues.js';
import { cachedEmissions, EmissionScratch } from '../../src/nlp/entities/emissions.js';
import { extractFeatures, FeatureBuffers } from '../../src/nlp/entities/features.js';
import { loadModel } from '../../src/nlp/entities/load.js';
import { scoreEmissions, TAG_COUNT } from '../../src/nlp/entities/perceptron.js';
import { tokenize } from '../../src/nlp/entities/tokens.js';

// The tagger scores tokens from per-word sums cached across sentences; training scores them from
// every feature. The two must agree to the last bit, or tagging drifts from what was trained.
const TEXT = [
  'Mr. John al-Smith told the Ministry of Oil in New York on 12-3 that "Acme Corp" shares fell.',
  'ACME CORP SHARES FALL IN NEW YORK AS BP CHIEF TONY HAYWARD MEETS OBAMA',
  "Smith's Green Zone office, van der Berg said: oil rebels fight near the river.",
  'The U.S. Coast Guard and BP said on Monday that Deepwater Horizon’s well in the Gulf of Mexico leaked.',
  'Abu Bakr al-Baghdadi , , , , -- -- ... 1600 GMT 126(4), 1850–1855 Москва القاهرة 北京 Zürich 😀',
  'Osama bin Laden and Ban Ki-moon met Hillary Rodham Clinton in Port-au-Prince , Haiti .',
  "Smith smith SMITH Smith’s O’Neill O'Neill e\u0301 Mon 19.",
].join('\n');

function sentencesOf(text: string): Array<{ starts: number[]; ends: number[] }> {
  const out = [];
  let from = 0;
  for (const line of text.split('\n')) {
    out.push(tokenize(text, from, from + line.length));
    from += line.length + 1;
  }
  return out;
}

function trainingEmissions(text: string, tokens: { starts: number[]; ends: number[] }, cues: Map<number, number>) {
  const model = loadModel()!;
  const n = tokens.starts.length;
  const buffers = new FeatureBuffers();
  extractFeatures(text, tokens.starts, tokens.ends, n, model.lexicon, buffers, cues);
  const out = new Float64Array(n * TAG_COUNT);
  scoreEmissions(buffers.features, FeatureBuffers.perToken, n, model.index, model.weights, model.scale, out);
  return out;
}

function taggingEmissions(text: string, tokens: { starts: number[]; ends: number[] }, cues: Map<number, number>) {
  const model = loadModel()!;
  const n = tokens.starts.length;
  const out = new Float64Array(n * TAG_COUNT);
  const done = cachedEmissions(
    model,
    text,
    tokens.starts,
    tokens.ends,
    n,
    new FeatureBuffers(),
    cues,
    new EmissionScratch(),
    out,
  );
  return done ? out : null;
}

describe('emission scores from cached per-word sums', () => {
  it('equal the training path bit for bit, token by token, the second time a word is seen too', () => {
    const model = loadModel()!;
    const tokenised = sentencesOf(TEXT);
    const cues = documentCues(TEXT, tokenised, model.lexicon.personWords);
    for (let round = 0; round < 2; round++) {
      for (const tokens of tokenised) {
        expect(Array.from(taggingEmissions(TEXT, tokens, cues)!)).toEqual(
          Array.from(trainingEmissions(TEXT, tokens, cues)),
        );
      }
    }
  });

  it('equal the training path in a long sentence of capitalised runs, gazetteer names and new words', () => {
    const words = Array.from({ length: 3000 }, (_, k) =>
      k % 7 === 0 ? 'and' : k % 5 === 0 ? 'New York' : k % 3 === 0 ? `Word${k}` : 'Smith',
    );
    const text = words.join(' ');
    const tokens = tokenize(text);
    const model = loadModel()!;
    const cues = documentCues(text, [tokens], model.lexicon.personWords);
    expect(Array.from(taggingEmissions(text, tokens, cues)!)).toEqual(
      Array.from(trainingEmissions(text, tokens, cues)),
    );
  });

  it('declines a sentence longer than its cache holds, so the caller scores it the training way', () => {
    const text = Array.from({ length: 20000 }, (_, k) => `w${k}`).join(' ');
    const tokens = tokenize(text);
    expect(taggingEmissions(text, tokens, new Map())).toBeNull();
  });
});
