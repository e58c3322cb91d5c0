import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBigramIndex } from '../../src/search/bigrams.js';

describe('buildBigramIndex', () => {
  const text = fc
    .array(fc.constantFrom('a', 'b', 'z', ' ', '\n', '1', "'"), { maxLength: 12 })
    .map((chars) => chars.join(''));
  const pair = fc.tuple(fc.constantFrom('a', 'b', 'z'), fc.constantFrom('a', 'b', 'z')).map(([x, y]) => x + y);

  it('finds exactly the events containing a letter pair, in order', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 70 }), pair, (haystacks, letters) => {
        const index = buildBigramIndex(haystacks);
        const expected = haystacks.flatMap((haystack, i) => (haystack.includes(letters) ? [i] : []));
        expect(index.eventsWith(letters, null)).toEqual(expected);
        const among = haystacks.map((_, i) => i).filter((i) => i % 3 !== 1);
        expect(index.eventsWith(letters, among)).toEqual(expected.filter((i) => i % 3 !== 1));
      }),
    );
  });

  it('cannot answer for pairs other than two letters', () => {
    const index = buildBigramIndex(['a1 b2']);
    expect(index.eventsWith('a1', null)).toBeNull();
    expect(index.eventsWith('a', null)).toBeNull();
  });
});
