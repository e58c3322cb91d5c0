import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions, isValidValue, precisionOf } from '../../src/nlp/time/index.js';

// Words that make the rules fire, so random texts exercise them rather than only noise.
const TIME_WORDS = [
  'Friday',
  'last week',
  'late January',
  'Feb. 30',
  'Feb. 29',
  'the third quarter',
  'third-quarter',
  'fiscal 1990',
  'the 1990s',
  'three years ago',
  'two days later',
  'every Monday',
  'yesterday',
  'tonight',
  'now',
  '10:35 a.m.',
  '13 p.m.',
  '99:99',
  'the fourth quarter of 2023',
  'Q5',
  'the 0th century',
  'next August',
  'a year earlier',
  'the year-ago quarter',
  '31/02/2024',
  '2024-13-45',
  'summer of 1998',
  'Thanksgiving',
  '9999',
  '0000',
  'the weekend',
  'nineteen ninety-six',
  'the following month',
  '2 1/2 years',
  'more than four hours',
  'Sept. 31, 1998',
];

const publicationDate = fc.oneof(
  fc.constant(null),
  fc
    .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc
    .array(fc.oneof(fc.constantFrom(...TIME_WORDS), fc.string({ maxLength: 6 })), { maxLength: 30 })
    .map((parts) => parts.join(' ')),
);

describe('findTimeExpressions on arbitrary input', () => {
  it('never throws and never yields an invalid TIMEX3 value', () => {
    fc.assert(
      fc.property(text, publicationDate, (t, date) => {
        const found = findTimeExpressions(t, date, splitSentences(t));
        let previousEnd = 0;
        for (const x of found) {
          expect(isValidValue(x.value)).toBe(true);
          expect(x.start).toBeGreaterThanOrEqual(previousEnd);
          expect(x.end).toBeGreaterThan(x.start);
          expect(t.slice(x.start, x.end)).toBe(x.text);
          previousEnd = x.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives every day-precision value a real calendar day', () => {
    fc.assert(
      fc.property(text, publicationDate, (t, date) => {
        for (const x of findTimeExpressions(t, date, splitSentences(t))) {
          if (/^\d{4}-\d\d-\d\d/.test(x.value)) expect(precisionOf(x.value)).not.toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('copes with sentences that do not cover the text', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(
          fc.record({
            start: fc.integer({ min: -5, max: 400 }),
            end: fc.integer({ min: -5, max: 400 }),
            caption: fc.boolean(),
          }),
        ),
        (t, sentences) => {
          expect(() => findTimeExpressions(t, '2024-02-07', sentences)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('handles a very long text', () => {
    const long = 'On Friday, Oct. 23, 1998, prices fell for three years. '.repeat(20000);
    const found = findTimeExpressions(long, '1998-10-25', splitSentences(long));
    expect(found.length).toBeGreaterThan(20000);
  });
});
