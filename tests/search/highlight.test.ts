import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightText } from '../../src/search/highlight.js';
import { parseQuery } from '../../src/search/query.js';

// Without typos to look up, highlighting searches the text for each term instead of cutting
// every word out of it; a lookup that knows no typo (an empty set) takes the word-by-word way.
describe('highlighting without typos', () => {
  const noTypos = (): null => null;
  const knownNoTypos = (): ReadonlySet<string> => new Set();

  it('lights the same ranges as reading the text word by word', () => {
    const text = fc.stringMatching(/^[abé .,'-]{0,40}$/);
    const query = fc.array(fc.stringMatching(/^['!^]?[abé]{1,3}\$?$/), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(text, query, (body, terms) => {
        const parsed = parseQuery(terms.join(' '));
        expect(highlightText(body, parsed, noTypos)).toEqual(highlightText(body, parsed, knownNoTypos));
      }),
      { numRuns: 2000 },
    );
  });

  it('lights the typed part of words a term begins, and whole words for an exact term', () => {
    expect(highlightText('Oil spill: BP oils the spillway', parseQuery('spill'), noTypos)).toEqual([
      [4, 9],
      [23, 28],
    ]);
    expect(highlightText('Oil spill: BP oils the spillway', parseQuery("'oil"), noTypos)).toEqual([[0, 3]]);
  });
});
