// The year of a day named without one (issue 12, key dates on the iraq story): a day written
// with its year anywhere in the article, a past-tense clause that cannot point far ahead, and a
// story told about an earlier year.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions } from '../../src/nlp/time/index.js';

/** The value of the expression whose span covers the `nth` occurrence of `phrase`. */
function valueAt(text: string, date: string, phrase: string, nth = 0): string | undefined {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  return findTimeExpressions(text, date, splitSentences(text)).find((t) => t.start <= start && start < t.end)?.value;
}

describe('a day written with its year elsewhere in the article', () => {
  it('gives an earlier bare mention the year written later', () => {
    const text =
      'The inquiry heard that the memo of May 4 was never shown to ministers. ' +
      'The memo, sent on May 4 1999, set out the risks plainly.';
    expect(valueAt(text, '2004-06-20', 'May 4')).toBe('1999-05-04');
    expect(valueAt(text, '2004-06-20', 'May 4', 1)).toBe('1999-05-04');
  });

  it('leaves other days of the article to the publication date', () => {
    const text =
      'The memo was sent on May 4 1999. Its author has since retired. Nobody read it for years. ' +
      'Ministers met on June 2 to discuss it.';
    expect(valueAt(text, '2004-06-20', 'June 2')).toBe('2004-06-02');
  });
});

describe('a past-tense clause', () => {
  it('never dates a day months after publication', () => {
    // Published 2007-06-10: the coming October 3 is four months off, the last one eight months back.
    expect(valueAt('The bridge collapsed on October 3, killing nine.', '2007-06-10', 'October 3')).toBe('2006-10-03');
  });

  it('still reaches a few weeks ahead when it reports a plan', () => {
    expect(valueAt('The council said it would vote on July 1.', '2007-06-10', 'July 1')).toBe('2007-07-01');
  });

  it('lets a future-tense clause look ahead', () => {
    expect(valueAt('The bridge will reopen on October 3.', '2007-06-10', 'October 3')).toBe('2007-10-03');
  });
});

describe('a story told about an earlier year', () => {
  it('continues from the day just told to the next occurrence of the bare day', () => {
    const text =
      'On January 20 2001 the envoy delivered his first report. ' +
      'His second report, delivered on February 9, was more hopeful.';
    expect(valueAt(text, '2003-03-15', 'February 9')).toBe('2001-02-09');
  });

  it('keeps that year when the same bare day is named again further on', () => {
    const text =
      'On January 20 2001 the envoy delivered his first report. ' +
      'His second report, delivered on February 9, was more hopeful. ' +
      'Diplomats welcomed it. Some were surprised. ' +
      'February 9, the day of that report, is remembered as a turning point.';
    expect(valueAt(text, '2003-03-15', 'February 9', 1)).toBe('2001-02-09');
  });

  it('does not take the year of a month or a year told in passing', () => {
    const text = 'The treaty ended the war of August 1998. The border was closed on February 9.';
    expect(valueAt(text, '2003-03-15', 'February 9')).toBe('2003-02-09');
  });

  it('keeps the news reading when the story is about this year', () => {
    const text = 'On January 20 the envoy delivered his first report. His second, on February 9, was more hopeful.';
    expect(valueAt(text, '2003-03-15', 'February 9')).toBe('2003-02-09');
  });
});
