// Kinds of time expression the held-out TempEval-3 platinum and Wikinews sets miss (issue 12,
// item 3), each with sentences of our own; each was checked on TimeBank, AQUAINT and
// MEANTIME-stock together (scripts/eval-time.ts).
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions } from '../../src/nlp/time/index.js';
import type { TimeExpression } from '../../src/types.js';

function all(text: string, date: string): TimeExpression[] {
  return findTimeExpressions(text, date, splitSentences(text));
}

/** The expression whose span covers `phrase` (the first occurrence in `text`). */
function at(text: string, date: string, phrase: string): TimeExpression | undefined {
  const start = text.indexOf(phrase);
  return all(text, date).find((t) => t.start <= start && start < t.end);
}

describe('vague units joined by "or" / "and"', () => {
  const dct = '1998-02-19';

  it('reads "weeks or months" as one vague span valued by its first unit', () => {
    const text = 'He probably died within weeks or months of his capture.';
    expect(all(text, dct).map((t) => [t.text, t.type, t.value])).toEqual([['weeks or months', 'DURATION', 'PXW']]);
  });

  it('keeps "recent weeks and months" as one span', () => {
    const text = 'Many funds in recent weeks and months have been selling bonds.';
    expect(at(text, dct, 'months')?.text).toBe('recent weeks and months');
  });

  it('leaves a lone vague unit as it was', () => {
    expect(all('He stayed for days and then left.', dct).map((t) => [t.text, t.value])).toEqual([['days', 'PXD']]);
  });
});

describe('a measure per unit is a rate', () => {
  const dct = '1998-10-25';

  it('leaves "24 hours a day" and "four days a week" unmarked, as "$5 a year" is', () => {
    expect(all('Marshals should be stationed outside every clinic, 24 hours a day, he said.', dct)).toEqual([]);
    expect(all('Staff there work four days a week.', dct)).toEqual([]);
  });

  it('still reads a measure with no rate after it', () => {
    expect(at('The talks lasted 24 hours.', dct, '24')?.value).toBe('PT24H');
    expect(at('It took two days a week ago.', dct, 'a week')?.value).toBe('1998-10-18');
  });
});

describe('"high noon"', () => {
  const dct = '1999-03-12';

  it('reads the idiom and the film title as no clock time', () => {
    expect(at('A poster showed Gary Cooper in the film “High Noon.”', dct, 'Noon')).toBe(undefined);
    expect(at('For the people of Poland, high noon comes today.', dct, 'noon')).toBe(undefined);
  });

  it('keeps noon told as the hour', () => {
    expect(at('The duel was fought at high noon.', dct, 'noon')?.value).toBe('1999-03-12T12:00');
    expect(at('The vote is at noon.', dct, 'noon')?.value).toBe('1999-03-12T12:00');
  });
});

describe('a weekday with a part of the day', () => {
  const dct = '2013-03-13'; // a Wednesday

  it('writes the afternoon and the evening into the value (TIMEX3 TAF, TEV)', () => {
    expect(at('He arrived on Saturday afternoon.', dct, 'Saturday')?.value).toBe('2013-03-09TAF');
    expect(at('The summit opens on Saturday afternoon.', dct, 'Saturday')?.value).toBe('2013-03-16TAF');
    expect(at('The offer had been due to expire Friday evening.', dct, 'Friday')?.value).toBe('2013-03-08TEV');
  });

  it('keeps the day for a night, which runs past midnight, and a morning', () => {
    expect(at('The attack happened late Tuesday night.', dct, 'Tuesday')?.value).toBe('2013-03-12');
    expect(at('The blast hit the embassy Tuesday morning.', dct, 'Tuesday')?.value).toBe('2013-03-12');
  });
});

describe('a year range with its second year clipped', () => {
  const dct = '2009-05-01';

  it('marks each year, as a full range is marked', () => {
    const values = (text: string): string[][] => all(text, dct).map((t) => [t.text, t.value]);
    expect(values('The 2007-09 recession was deep.')).toEqual([
      ['2007', '2007'],
      ['09', '2009'],
    ]);
    expect(values('The 1918-19 pandemic killed millions.')).toEqual([
      ['1918', '1918'],
      ['19', '1919'],
    ]);
    expect(values('The 1999-00 season ended.')).toEqual([
      ['1999', '1999'],
      ['00', '2000'],
    ]);
  });

  it('reads no range into a slip across a century or a number inside a code', () => {
    expect(all('Housing benefit during 1996-67 was high.', dct)).toEqual([]);
    expect(all('Call 555-1990-91 for help.', dct)).toEqual([]);
  });
});

describe('a far year compared with', () => {
  const dct = '2009-05-01';

  it('reads "worse than 1918" and "like 1957" as years', () => {
    expect(at('This flu is already much worse than 1918 Spanish flu.', dct, '1918')?.value).toBe('1918');
    expect(at('It could be like 1957, when the virus spread fast.', dct, '1957')?.value).toBe('1957');
    expect(at('Unlike 1968, the protests stayed calm.', dct, '1968')?.value).toBe('1968');
  });

  it('still reads a compared count as no year', () => {
    expect(all('There were more than 1800 troops.', dct)).toEqual([]);
    expect(all('It was worse than 1800 deaths a week.', dct)).toEqual([]);
    expect(all('He has like 1500 followers.', dct)).toEqual([]);
  });
});

describe('a day anchored on an event told with its day', () => {
  const dct = '2013-03-13'; // a Wednesday

  it('counts from the day told with the event, not from the last day mentioned', () => {
    expect(at('He resigned the day before the vote on Tuesday.', dct, 'the day')?.value).toBe('2013-03-11');
    expect(at('The talks began the night before the summit on March 4.', dct, 'the night')?.value).toBe(
      '2013-03-03TNI',
    );
    expect(at('The day after the vote on Friday, the summit opens.', dct, 'The day')?.value).toBe('2013-03-16');
  });

  it('leaves an event with no day told unknown, and a day told before as the anchor', () => {
    expect(at('The day after the vote on reform, prices fell.', dct, 'The day')?.value).toBe('XXXX-XX-XX');
    expect(at('On March 4, the vote was held. The day after the vote, prices fell.', dct, 'The day')?.value).toBe(
      '2013-03-05',
    );
  });
});

describe('a bare month after a past event with its object', () => {
  const dct = '2013-09-14';

  it('puts the month of a past event before publication, not a month ahead', () => {
    expect(at('Police arrested him in October.', dct, 'October')?.value).toBe('2012-10');
    expect(at('Sales fell sharply in October.', dct, 'October')?.value).toBe('2012-10');
    expect(at('The company said sales fell 5% in October.', dct, 'October')?.value).toBe('2012-10');
  });

  it('keeps a plan, a passive still to come and a reported present ahead', () => {
    expect(at('He announced an agreement to acquire the bank in October.', dct, 'October')?.value).toBe('2013-10');
    expect(at("The book won't be released in October as planned.", dct, 'October')?.value).toBe('2013-10');
    expect(at('The company will report results in October.', dct, 'October')?.value).toBe('2013-10');
  });
});

describe('a bare month of a plan told in the past (a future in the past)', () => {
  const dct = '2013-03-14';

  it('puts the month of a reported plan or schedule ahead of publication', () => {
    expect(at('The company said the plant reopens in June.', dct, 'June')?.value).toBe('2013-06');
    expect(at('The company said it expected sales to rise in June.', dct, 'June')?.value).toBe('2013-06');
    expect(at('Elections were to be held in June.', dct, 'June')?.value).toBe('2013-06');
  });

  it('reads a plan told to someone as one said: the one told comes first', () => {
    expect(at('The company told reporters the plant reopens in June.', dct, 'June')?.value).toBe('2013-06');
    expect(at('The company told investors the plant reopened in June.', dct, 'June')?.value).toBe('2012-06');
    expect(at('The company told reporters Friday that sales fell.', dct, 'Friday')?.value).toBe('2013-03-08');
  });

  it('keeps a past event, a blame and a report of its own day behind', () => {
    expect(at('The company said sales rose in June.', dct, 'June')?.value).toBe('2012-06');
    expect(at('The company said the plant reopened in June.', dct, 'June')?.value).toBe('2012-06');
    expect(at('He was to blame for the losses in June.', dct, 'June')?.value).toBe('2012-06');
    expect(at('Asked about it, said the company in a statement on Friday, it declined.', dct, 'Friday')?.value).toBe(
      '2013-03-08',
    );
  });

  it('dates a day before the plan by the report, and a plan in the past perfect as overtaken', () => {
    const tests = 'BP began pressure tests on the well Tuesday afternoon and expected them to last 48 hours.';
    expect(at(tests, dct, 'Tuesday')?.value).toBe('2013-03-12TAF');
    expect(at('The oil giant had been scheduled to start shutting valves Tuesday.', dct, 'Tuesday')?.value).toBe(
      '2013-03-12',
    );
  });

  it('puts the month of a plan made in the past at its nearest, behind publication as often as ahead (t17_bpoil)', () => {
    const autumn = (text: string, date: string, month: string) => at(text, date, month)?.value;
    expect(autumn('In April, Apache Energy agreed to acquire Mariner.', '2010-09-02', 'April')).toBe('2010-04');
    expect(autumn('Obama first planned to visit the region in March, but had to cancel.', '2010-06-04', 'March')).toBe(
      '2010-03',
    );
    expect(autumn('BP hoped to squeeze in a quick job in May before the well.', '2010-10-09', 'May')).toBe('2010-05');
    expect(autumn('Lawmakers in July voted to pass an amendment.', '2010-10-01', 'July')).toBe('2010-07');
  });

  it('counts no day of a plan told in the past from publication', () => {
    expect(at('The school was to be a polling center the next day.', dct, 'the next day')?.value).toBe('XXXX-XX-XX');
  });
});

describe('"overnight"', () => {
  const dct = '2013-03-14';

  it('is the night before the day reported (TIMEX3 TNI), as TimeBank marks "overnight losses"', () => {
    expect(at('Asian stocks fell overnight.', dct, 'overnight')).toMatchObject({
      type: 'TIME',
      value: '2013-03-13TNI',
    });
    expect(at('London shares were depressed by overnight losses in New York.', dct, 'overnight')?.value).toBe(
      '2013-03-13TNI',
    );
    const story = 'On Friday, March 8, London shares were depressed by overnight losses in New York.';
    expect(at(story, dct, 'overnight')?.value).toBe('2013-03-07TNI');
  });

  it('leaves a rate, a stay and a sudden change unmarked', () => {
    expect(all('The bank raised the overnight rate.', dct)).toEqual([]);
    expect(all('He stayed overnight in hospital.', dct)).toEqual([]);
    expect(all('The world changed almost overnight.', dct)).toEqual([]);
    expect(all('The credit markets would be resuscitated overnight.', dct)).toEqual([]);
  });
});

describe('"on the day" of a market report', () => {
  const dct = '2013-03-14';

  it('is the day reported: the last day mentioned, else publication day', () => {
    expect(at('The Dow fell 2% on the day.', dct, 'the day')?.value).toBe('2013-03-14');
    const story = 'The Nasdaq rose on Tuesday. It was up 1.2 percent on the day and 3 percent on the week.';
    expect(at(story, dct, 'the day')?.value).toBe('2013-03-12');
  });

  it('leaves a day anchored on an event to the rules that anchor it', () => {
    expect(all('The decline also occurred on the day that a plot was foiled.', dct)).toEqual([]);
    expect(all('He voted on the day of the election.', dct)).toEqual([]);
  });
});

describe('a bare month after words that say it has come', () => {
  const dct = '2013-03-14';

  it('puts "since May" and "had been sold by May" at or before publication', () => {
    expect(at('Shares closed at their lowest since May.', dct, 'May')?.value).toBe('2012-05');
    expect(at('The bank has moved aggressively since December.', '2008-10-15', 'December')?.value).toBe('2007-12');
    expect(at('The plant had been sold by May.', dct, 'May')?.value).toBe('2012-05');
  });

  it('keeps the month of publication and the months before it', () => {
    expect(at('Since March, prices have risen.', dct, 'March')?.value).toBe('2013-03');
    expect(at('Prices have risen since February.', dct, 'February')?.value).toBe('2013-02');
  });
});

describe('"than expected" before a date', () => {
  const dct = '2013-03-14';

  it('compares with a forecast and schedules nothing', () => {
    expect(at('Sales fell more than expected in June.', dct, 'June')?.value).toBe('2012-06');
    expect(at('Sales rose faster than expected on Tuesday.', dct, 'Tuesday')?.value).toBe('2013-03-12');
  });

  it('keeps a ruling expected in a month ahead', () => {
    expect(at('The ruling is expected in June.', dct, 'June')?.value).toBe('2013-06');
  });
});

describe('a far year awaited or in a curriculum vitae', () => {
  const dct = '2010-07-27';

  it('reads "at least 2028 before appeals" and "it will be 2030 until" as years', () => {
    const text = 'It will be 2015 before any trials begin and at least 2028 before appeals are exhausted.';
    expect(at(text, dct, '2028')?.value).toBe('2028');
    expect(at('It will be 2030 until the plant opens.', dct, '2030')?.value).toBe('2030');
  });

  it('reads the year of a degree', () => {
    const cv = 'Alma Mater: Princeton University, BA, 1949; Harvard University, MPA, 1951.';
    expect(all(cv, dct).map((t) => t.value)).toEqual(['1949', '1951']);
    expect(at('Harvard University, PhD 1972.', dct, '1972')?.value).toBe('1972');
  });

  it('still reads a count and a name as no year', () => {
    expect(all('At least 1800 troops before the war were sent home.', dct)).toEqual([]);
    expect(all('The release of Windows 1995 Edition was slow.', dct)).toEqual([]);
  });
});
