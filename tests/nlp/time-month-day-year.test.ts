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

  it('does not take the year from a day written after publication (a later comment)', () => {
    const text = 'Airlines halted flights on 2 May. Posted by a reader on 2 May 2012.';
    expect(valueAt(text, '2009-05-05', '2 May')).toBe('2009-05-02');
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

  it('reaches further ahead for the day a reported plan aims at', () => {
    expect(valueAt('The band postponed its shows to September 1.', '2007-06-10', 'September 1')).toBe('2007-09-01');
    expect(valueAt('Leaders were called to a summit on September 1.', '2007-06-10', 'September 1')).toBe('2006-09-01');
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

describe('a clause without a future verb', () => {
  // Published 2010-12-15: April 20 is four months ahead or eight months back.
  const dct = '2010-12-15';

  it('names a day more than four months ahead only with a verb of the future', () => {
    expect(valueAt('The suit follows the April 20 explosion on the rig.', dct, 'April 20')).toBe('2010-04-20');
    expect(valueAt('The inquiry is set to report on April 20.', dct, 'April 20')).toBe('2011-04-20');
  });

  it('still looks a few months ahead', () => {
    expect(valueAt('Voters go to the polls in the March 6 election.', dct, 'March 6')).toBe('2011-03-06');
  });

  it('reads a present-tense "until" or "through" as the end of a period still running', () => {
    expect(valueAt('The ban stays in force until June 30.', dct, 'June 30')).toBe('2011-06-30');
    expect(valueAt('The moratorium is in place through June 30.', dct, 'June 30')).toBe('2011-06-30');
  });
});

describe('ranges of days', () => {
  it('runs a range forward from its first day', () => {
    const text = 'The fishing season runs from March 1 to October 31.';
    expect(valueAt(text, '2010-03-20', 'March 1')).toBe('2010-03-01');
    expect(valueAt(text, '2010-03-20', 'October 31')).toBe('2010-10-31');
  });

  it('gives the first day the year written at the end', () => {
    expect(valueAt('He is accused of leaking it between April 16 and May 28 2004.', '2005-11-23', 'April 16')).toBe(
      '2004-04-16',
    );
    expect(valueAt('The raids took place between September 13 and 15 2003.', '2005-07-20', 'September 13')).toBe(
      '2003-09-13',
    );
    expect(valueAt('The talks ran from December 28 to January 3, 2009.', '2009-06-01', 'December 28')).toBe(
      '2008-12-28',
    );
  });
});
