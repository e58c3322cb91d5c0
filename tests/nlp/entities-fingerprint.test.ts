import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_TEMPLATES } from '../../src/nlp/entities/features.js';
import { currentFeatureFingerprint, featureFingerprint } from '../../src/nlp/entities/fingerprint.js';
import { findModelFile } from '../../src/nlp/entities/load.js';
import { decodeModel, encodeModel, ModelFingerprintMismatch } from '../../src/nlp/entities/model-file.js';
import { BIO_SCHEME, TAG_COUNT } from '../../src/nlp/entities/perceptron.js';

function tinyModel(fingerprint?: number): Uint8Array {
  return encodeModel({
    scheme: BIO_SCHEME,
    hashes: Uint32Array.from([11, 22]),
    weights: new Float32Array(2 * TAG_COUNT).fill(0.5),
    transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
    gazetteer: new Map([[7, 1]]),
    personWords: new Set([9]),
    fingerprint,
  });
}

describe('the feature-template fingerprint of a model file', () => {
  it('changes when a template is added, dropped, reordered or widened', () => {
    const base = featureFingerprint(FEATURE_TEMPLATES);
    const added = [...FEATURE_TEMPLATES, ['WordCluster', 3] as const];
    const dropped = FEATURE_TEMPLATES.slice(1);
    const reordered = [FEATURE_TEMPLATES[1]!, FEATURE_TEMPLATES[0]!, ...FEATURE_TEMPLATES.slice(2)];
    const widened = FEATURE_TEMPLATES.map(([name, n]) => [name, name === 'Prefix' ? n + 1 : n] as const);
    for (const changed of [added, dropped, reordered, widened]) expect(featureFingerprint(changed)).not.toBe(base);
    expect(featureFingerprint(FEATURE_TEMPLATES)).toBe(base);
  });

  it('loads a model trained with the same templates', () => {
    const model = decodeModel(tinyModel());
    expect(model.weights.length).toBeGreaterThanOrEqual(2 * TAG_COUNT);
  });

  it('refuses, with one clear error, a model trained with a changed template list', () => {
    const trainedWith = featureFingerprint([...FEATURE_TEMPLATES, ['WordCluster', 3]]);
    const bytes = tinyModel(trainedWith);
    expect(() => decodeModel(bytes)).toThrow(ModelFingerprintMismatch);
    expect(() => decodeModel(bytes)).toThrow(/other feature templates.*npm run train:ner/);
  });

  it('refuses a model written before models carried a fingerprint', () => {
    expect(() => decodeModel(tinyModel(0))).toThrow(ModelFingerprintMismatch);
  });

  it('is carried by the shipped model, which this build accepts', () => {
    const path = findModelFile();
    expect(path).not.toBeNull();
    const bytes = readFileSync(path!);
    expect(bytes.readUInt32LE(40)).toBe(currentFeatureFingerprint());
    expect(() => decodeModel(bytes)).not.toThrow();
  });
});
