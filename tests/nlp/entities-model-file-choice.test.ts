import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_TEMPLATES } from '../../src/nlp/entities/features.js';
import { featureFingerprint } from '../../src/nlp/entities/fingerprint.js';
import { recognizeEntities } from '../../src/nlp/entities/index.js';
import { useModelFile } from '../../src/nlp/entities/load.js';
import { encodeModel, ModelFingerprintMismatch } from '../../src/nlp/entities/model-file.js';
import { BIO_SCHEME, TAG_COUNT } from '../../src/nlp/entities/perceptron.js';

// scripts/eval-ner.ts --model scores a model trained on part of eng.train through useModelFile.
function modelFile(fingerprint?: number): string {
  const bytes = encodeModel({
    scheme: BIO_SCHEME,
    // Rows for no feature the tagger extracts: every token scores 0 for every tag, so it tags O.
    hashes: Uint32Array.from([11, 22]),
    weights: new Float32Array(2 * TAG_COUNT).fill(0.5),
    transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
    gazetteer: new Map(),
    personWords: new Set(),
    fingerprint,
  });
  const path = join(mkdtempSync(join(tmpdir(), 'news-tui-ner-')), 'ner.bin');
  writeFileSync(path, bytes);
  return path;
}

const TEXT = 'Angela Merkel met Emmanuel Macron in Berlin on Monday.';

describe('a model file given in place of the shipped one', () => {
  it('is the one the tagger uses from then on', () => {
    const people = (): string[] =>
      recognizeEntities(TEXT, [])
        .filter((m) => m.type === 'PERSON')
        .map((m) => m.text);
    expect(people()).toEqual(['Angela Merkel', 'Emmanuel Macron']);
    useModelFile(modelFile());
    expect(people()).toEqual([]);
  });

  it('is refused when it was trained with other feature templates', () => {
    const path = modelFile(featureFingerprint([...FEATURE_TEMPLATES, ['WordCluster', 3]]));
    expect(() => useModelFile(path)).toThrow(ModelFingerprintMismatch);
  });
});
