import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import uFuzzy from '@leeoniya/ufuzzy';
import { MATCHER_OPTIONS, canNarrow, createPrefilter } from '../../src/search/prefilter.js';

const WORDS = [
  'earthquake',
  'earth',
  'quake',
  'embassy',
  'embargo',
  'ember',
  'federal',
  'reserve',
  'fed',
  'rates',
  'eart',
  'aerth',
  'earthqauke',
  'eq',
];

describe('canNarrow', () => {
  it('narrows a term that grows within the same typo rules', () => {
    expect(canNarrow('earth', 'earthq')).toBe(true);
    expect(canNarrow('ear', 'eart')).toBe(true);
    expect(canNarrow('ea', 'ear')).toBe(true);
    expect(canNarrow('covid', 'covid19')).toBe(true);
  });

  it('starts again when a term becomes typo-tolerant or is edited', () => {
    expect(canNarrow('earth', 'eerth')).toBe(false);
    expect(canNarrow('obama', "obama's")).toBe(false);
  });
});

describe('createPrefilter', () => {
  it('finds one-typo matches and, failing those, events sharing half the word', () => {
    const prefilter = createPrefilter(['an earthquake struck', 'earnings rose', 'the quake zone']);
    expect(prefilter.matches(['earthqauke'], null, '')).toEqual([0]);
    expect(prefilter.matches(['earthqxaxe'], null, '')).toEqual([0]);
    expect(prefilter.matches(['eqrtxquake'], null, '')).toEqual([0, 2]);
  });

  it('matches what uFuzzy matches, shortcuts included', () => {
    const reference = new uFuzzy(MATCHER_OPTIONS);
    const word = fc
      .array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 6 })
      .map((letters) => letters.join(''));
    const haystack = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
    const term = fc
      .array(fc.constantFrom('a', 'b', 'c'), { minLength: 2, maxLength: 4 })
      .map((letters) => letters.join(''));
    fc.assert(
      fc.property(fc.array(haystack, { minLength: 1, maxLength: 40 }), term, (haystacks, typed) => {
        const strict = reference.filter(haystacks, typed) ?? [];
        // An empty strict result sends the prefilter to its fallback, which uFuzzy has no part in.
        if (strict.length > 0) expect(createPrefilter(haystacks).matches([typed], null, '')).toEqual(strict);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same matches typed letter by letter as searched at once, over a tiny alphabet', () => {
    // Few letters make near misses, transpositions and deletions collide often.
    const word = fc
      .array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 7 })
      .map((letters) => letters.join(''));
    const haystack = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
    const query = fc.array(word, { minLength: 1, maxLength: 2 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(haystack, { minLength: 1, maxLength: 30 }), query, (haystacks, typed) => {
        const narrowing = createPrefilter(haystacks);
        for (let end = 1; end <= typed.length; end++) {
          const terms = typed.slice(0, end).split(' ').filter(Boolean);
          expect(narrowing.matches(terms, null, '')).toEqual(createPrefilter(haystacks).matches(terms, null, ''));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same matches typed letter by letter as searched at once', () => {
    const haystack = fc
      .array(fc.constantFrom(...WORDS, 'the', 'a'), { minLength: 1, maxLength: 6 })
      .map((words) => words.join(' '));
    const query = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(haystack, { minLength: 1, maxLength: 30 }), query, (haystacks, typed) => {
        const narrowing = createPrefilter(haystacks);
        for (let end = 1; end <= typed.length; end++) {
          const terms = typed.slice(0, end).split(' ').filter(Boolean);
          const fresh = createPrefilter(haystacks).matches(terms, null, '');
          expect(narrowing.matches(terms, null, '')).toEqual(fresh);
        }
      }),
      { numRuns: 200 },
    );
  });
});
