import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/types.js';
import { refineSpans } from '../../src/nlp/entities/refine.js';
import { tokenize } from '../../src/nlp/entities/tokens.js';

const lexicon = { gazetteer: new Map<number, number>(), personWords: new Set<number>() };

// The spans refineSpans makes of a nationality tagged MISC and the organisation name after it.
function refined(text: string, nationality: string, organisation: string): Array<[string, EntityType]> {
  const tokens = tokenize(text, 0, text.length);
  const at = (word: string): number => tokens.starts.findIndex((s) => text.startsWith(word, s));
  const words = organisation.split(' ');
  const spans = refineSpans(
    text,
    tokens,
    [
      { first: at(nationality), last: at(nationality), type: 'MISC' },
      { first: at(words[0]!), last: at(words[words.length - 1]!), type: 'ORG' },
    ],
    lexicon,
  );
  return spans.map((s) => [text.slice(tokens.starts[s.first], tokens.ends[s.last]), s.type]);
}

describe('a nationality before an organisation named by its head noun', () => {
  it('is part of the name of a party or a guard ("Iranian Revolutionary Guard")', () => {
    expect(refined('The Iranian Revolutionary Guard said so.', 'Iranian', 'Revolutionary Guard')).toEqual([
      ['Iranian Revolutionary Guard', 'ORG'],
    ]);
  });

  it('stays apart from a ministry, which is that country\'s ("German Foreign Ministry")', () => {
    expect(refined('The German Foreign Ministry said so.', 'German', 'Foreign Ministry')).toEqual([
      ['German', 'MISC'],
      ['Foreign Ministry', 'ORG'],
    ]);
  });
});
