import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/nlp/entities/index.js';

const found = (text: string): string[] => recognizeEntities(text, []).map((m) => `${m.type}:${m.text}`);

// PORTFOLIO_BEFORE_MINISTER (refine.ts).
describe("a minister's portfolio", () => {
  it('is no organisation before "Minister"', () => {
    expect(found('Interior Minister Rehman Malik said police were on alert.')).toEqual(['PERSON:Rehman Malik']);
  });

  it('leaves the ministry an organisation', () => {
    expect(found('The Interior Ministry said police were on alert.')).toEqual(['ORG:Interior Ministry']);
  });

  it('leaves a name of several words before "Ministers", which may hold an organisation', () => {
    expect(found('EU Finance Ministers met in Brussels.').some((n) => n.startsWith('ORG:EU'))).toBe(true);
  });
});
