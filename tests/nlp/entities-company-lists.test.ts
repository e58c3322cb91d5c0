import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/types.js';
import { companiesInAList } from '../../src/nlp/entities/refine.js';
import { tokenize } from '../../src/nlp/entities/tokens.js';

// The spans companiesInAList makes of one span over `words` in `text`.
function split(text: string, words: string, type: EntityType = 'ORG'): string[] {
  const tokens = tokenize(text, 0, text.length);
  const start = text.indexOf(words);
  const first = tokens.starts.findIndex((s) => s === start);
  const last = tokens.ends.findIndex((e) => e === start + words.length);
  return companiesInAList(text, tokens, [{ first, last, type }]).map(
    (s) => `${s.type}:${text.slice(tokens.starts[s.first], tokens.ends[s.last])}`,
  );
}

// COMPANIES_IN_A_LIST (refine.ts).
describe('an organisation span with "and" after a legal form', () => {
  it('is two companies', () => {
    expect(split('It is owned by Chevron Corp and Texaco Inc jointly.', 'Chevron Corp and Texaco Inc')).toEqual([
      'ORG:Chevron Corp',
      'ORG:Texaco Inc',
    ]);
    expect(split('Deals by Procter & Gamble Co. & Unilever Plc grew.', 'Procter & Gamble Co. & Unilever Plc')).toEqual([
      'ORG:Procter & Gamble Co.',
      'ORG:Unilever Plc',
    ]);
  });

  it('stays one name when no legal form comes before the "and"', () => {
    expect(split('He manages funds at Bailard Biehl and Kaiser Inc now.', 'Bailard Biehl and Kaiser Inc')).toEqual([
      'ORG:Bailard Biehl and Kaiser Inc',
    ]);
    expect(split('A show by Smith Corp and Jones.', 'Smith Corp and Jones', 'MISC')).toEqual([
      'MISC:Smith Corp and Jones',
    ]);
  });
});
