import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/nlp/entities/index.js';

const found = (text: string): string[] => recognizeEntities(text, []).map((m) => `${m.type}:${m.text}`);

// refine.ts: a capitalised word before "rebels" or "militants" names a group unless the
// training text names a people or a faith with it.
describe('a word before a noun for fighters', () => {
  it('names a group', () => {
    expect(found('The media office of the Houthi rebels in Yemen reported strikes.')).toContain('ORG:Houthi');
  });

  it('stays a people or a faith where the training text names one with it', () => {
    expect(found('Egypt police detain 26 suspected Moslem militants.')).toContain('MISC:Moslem');
    expect(found('Burundi ruled out talks with Hutu rebels on Saturday.')).toContain('MISC:Hutu');
  });
});
