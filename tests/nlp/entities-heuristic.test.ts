import { describe, expect, it } from 'vitest';
import { tagByHeuristics } from '../../src/nlp/entities/heuristic.js';
import { tokenize } from '../../src/nlp/entities/index.js';

describe('tagByHeuristics (the fallback when the model file is missing)', () => {
  it('finds capitalised names and types them by cue words', () => {
    const text = 'Police said the Kataib Hezbollah militia attacked a base in Jordan, Mr Smith said.';
    const tokens = tokenize(text);
    const found = tagByHeuristics(text, tokens).map((s) => [
      text.slice(tokens.starts[s.first], tokens.ends[s.last]),
      s.type,
    ]);
    expect(found).toContainEqual(['Kataib Hezbollah', 'ORG']);
    expect(found).toContainEqual(['Jordan', 'PLACE']);
    expect(found).toContainEqual(['Smith', 'PERSON']);
    expect(found.map(([t]) => t)).not.toContain('Police');
  });
});
