import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../src/types.js';
import { companiesByFirstWord } from '../../src/nlp/entities/refine.js';

// Mentions of each [written, type], placed one after another (only text and type matter here).
function mentions(list: Array<[string, EntityType]>): EntityMention[] {
  let at = 0;
  return list.map(([text, type]) => {
    const m = { start: at, end: at + text.length, text, type, name: text };
    at += text.length + 10;
    return m;
  });
}

const types = (list: Array<[string, EntityType]>): string[] =>
  companiesByFirstWord(mentions(list)).map((m) => `${m.type}:${m.text}`);

// SHORT_COMPANY_NAME (refine.ts).
describe('the first word of a company name written with its legal form', () => {
  it('is the company where the tagger read it alone as a person', () => {
    expect(
      types([
        ['Taylor Energy Co.', 'ORG'],
        ['Taylor', 'PERSON'],
      ]),
    ).toEqual(['ORG:Taylor Energy Co.', 'ORG:Taylor']);
  });

  it('leaves a place a place, and a name with no legal form alone', () => {
    expect(
      types([
        ['China National Offshore Oil Corp', 'ORG'],
        ['China', 'PLACE'],
        ['Smith Barney', 'ORG'],
        ['Smith', 'PERSON'],
      ]),
    ).toEqual(['ORG:China National Offshore Oil Corp', 'PLACE:China', 'ORG:Smith Barney', 'PERSON:Smith']);
  });
});
