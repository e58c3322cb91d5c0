import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../src/types.js';
import { withoutDefinedTerms } from '../../src/nlp/entities/spans.js';

// Mentions of each [written, type] at their occurrences in `text`, in order of the list.
function mentions(text: string, list: Array<[string, EntityType]>): EntityMention[] {
  let from = 0;
  return list.map(([written, type]) => {
    const start = text.indexOf(written, from);
    if (start < 0) throw new Error(`${written} not in text`);
    from = start + written.length;
    return { start, end: from, text: written, type, name: written };
  });
}

const kept = (text: string, list: Array<[string, EntityType]>): string[] =>
  withoutDefinedTerms(text, mentions(text, list)).map((m) => m.text);

// DEFINED_TERM (spans.ts).
describe('an acronym the article defines as lower-case words', () => {
  it('is no entity, there or elsewhere in the article ("blowout preventer (BOP)")', () => {
    const text = 'BP could not close the blowout preventer (BOP). The BOP had failed, BP said.';
    expect(
      kept(text, [
        ['BP', 'ORG'],
        ['BOP', 'ORG'],
        ['BOP', 'ORG'],
        ['BP', 'ORG'],
      ]),
    ).toEqual(['BP', 'BP']);
  });

  it('is no entity in the plural, with its letters spread over the words ("remotely operated vehicles (ROVs)")', () => {
    const text = 'Robots called remotely operated vehicles ( ROVs ) worked. One ROV broke.';
    expect(
      kept(text, [
        ['ROVs', 'ORG'],
        ['ROV', 'ORG'],
      ]),
    ).toEqual([]);
  });

  it('stays an entity when a name, not lower-case words, comes before it', () => {
    const text = 'The World Health Organization (WHO) and the party (PRI) met. WHO said so.';
    expect(
      kept(text, [
        ['World Health Organization', 'ORG'],
        ['WHO', 'ORG'],
        ['PRI', 'ORG'],
        ['WHO', 'ORG'],
      ]),
    ).toEqual(['World Health Organization', 'WHO', 'PRI', 'WHO']);
  });
});
