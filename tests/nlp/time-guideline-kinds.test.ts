// Kinds of time expression fixed for issue 12's TBAQ round, each with sentences of our own: what
// the TimeML guidelines define, checked on TimeBank, AQUAINT and MEANTIME-stock together.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions } from '../../src/nlp/time/index.js';
import type { TimeExpression } from '../../src/types.js';

/** The expression whose span covers `phrase` (the first occurrence in `text`). */
function at(text: string, date: string, phrase: string): TimeExpression | undefined {
  const start = text.indexOf(phrase);
  return findTimeExpressions(text, date, splitSentences(text)).find((t) => t.start <= start && start < t.end);
}

describe('"now" as a discourse marker', () => {
  const dct = '2011-05-04';

  it('leaves a sentence-opening "Now," that turns the argument unmarked', () => {
    expect(at('The mill closed in 1990. Now, the council says, the site will become a park.', dct, 'Now')).toBe(
      undefined,
    );
  });

  it('still reads "now" that names the present as PRESENT_REF', () => {
    expect(at('Now the site is a park.', dct, 'Now')?.value).toBe('PRESENT_REF');
    expect(at('The site is now a park, the council says.', dct, 'now')?.value).toBe('PRESENT_REF');
  });
});

describe('halves of years and decades', () => {
  const dct = '2003-05-14';

  it('reads "the first two quarters of" a year as its first half', () => {
    const t = at('Orders should recover over the first two quarters of 2004.', dct, 'first two');
    expect(t?.text).toBe('the first two quarters of 2004');
    expect(t?.value).toBe('2004-H1');
    expect(at('Margins thinned in the last two quarters of 2002.', dct, 'last two')?.value).toBe('2002-H2');
  });

  it('reads half of a decade as the decade with its edge', () => {
    const last = at("Prices rose through the last half of the '70s.", dct, 'last half');
    expect(last?.text).toBe("the last half of the '70s");
    expect(last?.value).toBe('197');
    expect(last?.mod).toBe('END');
    const first = at('Rents were flat in the first half of the 1990s.', dct, 'first half');
    expect([first?.value, first?.mod]).toEqual(['199', 'START']);
  });
});

describe('"one day" after a modal', () => {
  it('reads an unspecified time to come as FUTURE_REF, not a one-day duration', () => {
    const t = at('Engineers say the bridge could one day carry trains.', '2012-06-01', 'one day');
    expect([t?.type, t?.value]).toEqual(['DATE', 'FUTURE_REF']);
  });

  it('keeps "for one day" a duration', () => {
    expect(at('The bridge closed for one day.', '2012-06-01', 'one day')?.value).toBe('P1D');
  });
});

describe('units of measure', () => {
  it('leaves "per second" of a measured quantity unmarked', () => {
    expect(at('The chip runs 40 million instructions per second.', '2001-02-03', 'per second')).toBe(undefined);
  });

  it('still reads "every week" as a set', () => {
    expect(at('The committee meets every week.', '2001-02-03', 'every week')?.value).toBe('P1W');
  });
});

describe('weekdays joined to a plural', () => {
  const dct = '2016-09-07';

  it('reads "Monday and Thursday evenings" as two sets', () => {
    const text = 'The library now opens late on Monday and Thursday evenings.';
    expect(at(text, dct, 'Monday')?.value).toBe('XXXX-WXX-1TEV');
    expect(at(text, dct, 'Thursday')?.value).toBe('XXXX-WXX-4TEV');
    expect(at(text, dct, 'Monday')?.type).toBe('SET');
  });

  it('keeps "Monday and Thursday" two days', () => {
    const text = 'The strike shut the port on Monday and Thursday.';
    expect(at(text, dct, 'Monday')?.type).toBe('DATE');
    expect(at(text, dct, 'Thursday')?.type).toBe('DATE');
  });
});

describe('"that same day" after a month', () => {
  it('is a day of the month just named, its day unknown', () => {
    const text =
      'The plant shut on Tuesday. The last fire there broke out in March, when a boiler failed. Workers left that same day.';
    expect(at(text, '2015-06-12', 'that same day')?.value).toBe('2015-03-XX');
  });

  it('is the day just named when a day was named', () => {
    const text = 'The boiler failed on March 4. Workers left that same day.';
    expect(at(text, '2015-06-12', 'that same day')?.value).toBe('2015-03-04');
  });
});

describe('weeks ago', () => {
  // Wednesday 2012-11-14.
  const dct = '2012-11-14';

  it('dates "a week ago" and "two weeks ago" to the day, "or so" as approximate', () => {
    expect(at('The ferry sank a week ago.', dct, 'a week ago')?.value).toBe('2012-11-07');
    expect(at('The ferry sank two weeks ago.', dct, 'two weeks')?.value).toBe('2012-10-31');
    const about = at('The ferry sank a week or so ago.', dct, 'a week');
    expect([about?.text, about?.value, about?.mod]).toEqual(['a week or so ago', '2012-11-07', 'APPROX']);
  });

  it('dates more weeks ago to the week', () => {
    expect(at('The ferry sank six weeks ago.', dct, 'six weeks')?.value).toBe('2012-W40');
  });
});

describe('the period a results story reports', () => {
  it('compares with the quarter the lead names, not one told in passing', () => {
    const text =
      'Acme posted a 12% rise in third-quarter profit. After a weak second quarter, demand for its tools recovered. Charges taken in the year-earlier period lowered the comparison.';
    expect(at(text, '2004-10-28', 'the year-earlier period')?.value).toBe('2003-Q3');
  });
});

describe('quarters of a vague count', () => {
  it('reads "several quarters of losses" as a span, "three quarters of the shares" as a fraction', () => {
    expect(at('The unit returned to profit after several quarters of losses.', '2005-02-01', 'several')?.value).toBe(
      'PXQ',
    );
    expect(at('Three quarters of the shares were sold.', '2005-02-01', 'Three')).toBe(undefined);
  });
});

describe('the adverb of a rate', () => {
  it('leaves "annually" after a quantity unmarked, as "a year" of a rate is', () => {
    expect(at('Exports should grow 6% annually.', '2007-07-07', 'annually')).toBe(undefined);
    expect(at('The mill turns out 4,000 units annually.', '2007-07-07', 'annually')).toBe(undefined);
  });

  it('still reads a habit as a set', () => {
    expect(at('The ferry runs daily.', '2007-07-07', 'daily')?.value).toBe('P1D');
  });
});

describe('"soon"', () => {
  const dct = '2006-04-04';

  it('is FUTURE_REF when it looks ahead from the telling', () => {
    expect(at('Regulators may soon approve the merger.', dct, 'soon')?.value).toBe('FUTURE_REF');
    expect(at('Officials said they would soon approve it.', dct, 'soon')?.value).toBe('FUTURE_REF');
  });

  it('is no time of its own in a past narrative or before "after"', () => {
    expect(at('The leak was soon repaired.', dct, 'soon')).toBe(undefined);
    expect(at('The dam failed soon after the storm.', dct, 'soon')).toBe(undefined);
  });
});

describe('the last decade and the past decade', () => {
  it('reads "the last decade" as the decade before this one, "the past decade" as ten years to now', () => {
    expect(at('Wages stalled in the last decade.', '2013-03-03', 'last decade')?.value).toBe('200');
    expect(at('Wages stalled over the past decade.', '2013-03-03', 'past decade')?.value).toBe('P10Y');
  });
});
