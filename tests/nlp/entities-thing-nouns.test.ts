import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../src/types.js';
import { thingsAfterClassNoun } from '../../src/nlp/entities/refine.js';

// Mentions of each [written, type] at its occurrences in `text`, in order.
function mentionsOf(text: string, names: Array<[string, EntityType]>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [written, type] of names) {
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + written.length))
      out.push({ start: at, end: at + written.length, text: written, type, name: written });
  }
  return out.sort((a, b) => a.start - b.start);
}

const typed = (text: string, names: Array<[string, EntityType]>): string[] =>
  thingsAfterClassNoun(text, mentionsOf(text, names)).map((m) => `${m.type}:${m.text}:${m.typedByRule ?? false}`);

// THING_NOUN (refine.ts).
describe('a name after a noun for a medicine or a vessel is that thing', () => {
  it('makes every mention of a drug in the article MISC, also where no noun precedes it', () => {
    const text = 'Doctors gave the antiviral drug Tamiflu to patients. Roche makes Tamiflu in Basel.';
    expect(
      typed(text, [
        ['Tamiflu', 'PLACE'],
        ['Roche', 'ORG'],
        ['Basel', 'PLACE'],
      ]),
    ).toEqual(['MISC:Tamiflu:true', 'ORG:Roche:false', 'MISC:Tamiflu:true', 'PLACE:Basel:false']);
  });

  it('makes a ship named after its class noun a thing, not a firm or a person', () => {
    const text = 'The tanker Exxon Valdez ran aground in 1989. Exxon Valdez spilled oil.';
    expect(typed(text, [['Exxon Valdez', 'ORG']])).toEqual(['MISC:Exxon Valdez:true', 'MISC:Exxon Valdez:true']);
  });

  it('leaves names after other nouns, and an airline after "carrier", as they were', () => {
    const text = 'The national carrier EgyptAir flew. The company Pfizer and the drug maker Roche spoke.';
    expect(
      typed(text, [
        ['EgyptAir', 'ORG'],
        ['Pfizer', 'ORG'],
        ['Roche', 'ORG'],
      ]),
    ).toEqual(['ORG:EgyptAir:false', 'ORG:Pfizer:false', 'ORG:Roche:false']);
  });
});
