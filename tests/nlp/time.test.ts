import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions, precisionOf } from '../../src/nlp/time/index.js';
import { tenseCues } from '../../src/nlp/time/tense.js';
import type { TimeExpression } from '../../src/types.js';

function times(text: string, date: string | null): TimeExpression[] {
  return findTimeExpressions(text, date, splitSentences(text));
}

/** The expression whose span covers `phrase` (the first occurrence in `text`). */
function at(text: string, date: string | null, phrase: string): TimeExpression | undefined {
  const start = text.indexOf(phrase);
  return times(text, date).find((t) => t.start <= start && start < t.end);
}

describe('findTimeExpressions, seed cases (article of Wednesday 2024-02-07)', () => {
  const dct = '2024-02-07';

  it("dates 'on Wednesday' to the Wednesday on or before publication", () => {
    expect(at('The minister resigned on Wednesday.', dct, 'Wednesday')).toMatchObject({
      type: 'DATE',
      value: '2024-02-07',
      text: 'Wednesday',
    });
  });

  it("dates 'Also on Wednesday' to publication day", () => {
    expect(at('Also on Wednesday, the army said it had withdrawn.', dct, 'Wednesday')).toMatchObject({
      value: '2024-02-07',
    });
  });

  it('reads newspapers and named days as no weekday, and dates the holidays among them', () => {
    expect(times('The Sunday Times and the Mail on Sunday reported it. Super Tuesday decides a lot.', dct)).toEqual([]);
    expect(at('Shops opened early for Black Friday.', dct, 'Black')).toMatchObject({
      text: 'Black Friday',
      value: '2023-11-24',
    });
    expect(at('Services are held on Good Friday.', dct, 'Good')).toMatchObject({
      text: 'Good Friday',
      value: '2024-03-29',
    });
    expect(at('The bank is shut on Easter Monday.', dct, 'Easter')).toMatchObject({
      text: 'Easter Monday',
      value: '2024-04-01',
    });
  });

  it("marks 'late January' as January with mod END", () => {
    expect(at('The talks collapsed in late January.', dct, 'late')).toMatchObject({
      text: 'late January',
      type: 'DATE',
      value: '2024-01',
      mod: 'END',
    });
  });

  it("reads 'days after' as a vague DURATION", () => {
    expect(at('Days after the vote, protests began.', dct, 'Days')).toMatchObject({ type: 'DURATION', value: 'PXD' });
  });

  it("dates 'last week' to the ISO week before publication", () => {
    expect(at('Officials met last week.', dct, 'last week')).toMatchObject({ text: 'last week', value: '2024-W05' });
  });

  it("dates 'yesterday' to the day before publication", () => {
    expect(at('He spoke yesterday.', dct, 'yesterday')).toMatchObject({ type: 'DATE', value: '2024-02-06' });
  });

  it("reads 'now' as PRESENT_REF", () => {
    expect(at('Prices are now falling.', dct, 'now')).toMatchObject({ type: 'DATE', value: 'PRESENT_REF' });
  });

  it("reads 'three years' as P3Y", () => {
    expect(at('The war lasted three years.', dct, 'three')).toMatchObject({
      type: 'DURATION',
      value: 'P3Y',
      text: 'three years',
    });
  });

  it("reads 'every Monday' as a weekly SET", () => {
    expect(at('The council meets every Monday.', dct, 'every')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1' });
  });

  it("reads 'the 1990s' as the decade 199", () => {
    expect(at('Growth was strong in the 1990s.', dct, '1990s')).toMatchObject({ type: 'DATE', value: '199' });
  });

  it("dates 'the third quarter' by tense: a quarter still to come is this year's", () => {
    expect(at('Profits will rise in the third quarter.', dct, 'third')).toMatchObject({ value: '2024-Q3' });
    expect(at('Profits rose in the third quarter.', dct, 'third')).toMatchObject({ value: '2023-Q3' });
  });
});

describe('findTimeExpressions, tense and relations (article of 2024-03-10)', () => {
  const dct = '2024-03-10';

  it("dates a bare month in a past-tense sentence to its last occurrence: 'in August' → 2023-08", () => {
    expect(at('The company collapsed in August.', dct, 'August')).toMatchObject({ value: '2023-08' });
  });

  it("dates 'next August' to the coming August", () => {
    expect(at('The company said it will float next August.', dct, 'August')).toMatchObject({
      text: 'next August',
      value: '2024-08',
    });
  });

  it('anchors "two days later" on the last day mentioned', () => {
    expect(at('The ceasefire began on Jan. 5, 2024. Two days later it collapsed.', dct, 'Two')).toMatchObject({
      value: '2024-01-07',
    });
  });
});

describe('findTimeExpressions, financial and wire news (article of Thursday 1989-11-02)', () => {
  const dct = '1989-11-02';

  it('dates a deadline ahead even in a past-tense sentence: "extended to Nov. 20"', () => {
    expect(at('The offer was extended to Nov. 20.', dct, 'Nov.')).toMatchObject({ value: '1989-11-20' });
  });

  it('dates a month-day to its nearest occurrence: "Sept. 30" in November is this year\'s', () => {
    expect(at('Profit fell in the quarter ended Sept. 30.', dct, 'Sept.')).toMatchObject({ value: '1989-09-30' });
  });

  it('gives a quarter just ended this year even in the future tense', () => {
    expect(at('It expects to report a third-quarter loss.', dct, 'third')).toMatchObject({ value: '1989-Q3' });
  });

  it('reads "this year\'s third quarter" and "the year-ago quarter" as one comparison pair', () => {
    const text = "Sales for this year's third quarter rose, and were up from the year-ago quarter.";
    expect(at(text, dct, 'this year')).toMatchObject({ text: "this year's third quarter", value: '1989-Q3' });
    expect(at(text, dct, 'the year-ago')).toMatchObject({ text: 'the year-ago quarter', value: '1988-Q3' });
  });

  it('reads "a year earlier" after a quarter as that quarter a year before', () => {
    const text = 'Net income rose in the third quarter. A year earlier, it lost money.';
    expect(at(text, dct, 'A year')).toMatchObject({ value: '1988-Q3' });
  });

  it('reads "a year earlier" in a March report of the fourth quarter, and after a year, as the year before', () => {
    const quarter = 'Sales rose 2.5 percent in the fourth quarter from a year earlier.';
    expect(at(quarter, '2013-03-22', 'a year')).toMatchObject({ value: '2011-Q4' });
    expect(at('Profit in 2012 rose from a year earlier.', '2013-03-22', 'a year')).toMatchObject({ value: '2011' });
    // "ago" counts from publication, whatever year was named.
    expect(at('He joined in 2012. A year ago, he was a clerk.', '2013-03-22', 'A year')).toMatchObject({
      value: '2012',
    });
  });

  it('reads half-year codes with their year ("H1 2023"), and leaves a bare H1 or H1N1 alone', () => {
    expect(at('Revenue rose in H1 2023.', dct, 'H1')).toMatchObject({
      text: 'H1 2023',
      type: 'DATE',
      value: '2023-H1',
    });
    expect(at('Sales recover in 2024 H2.', dct, '2024')).toMatchObject({ text: '2024 H2', value: '2024-H2' });
    expect(times('He holds an H1 visa; the H1N1 virus spread.', dct)).toEqual([]);
  });

  it('dates an approximate "N units ago" to the point it reaches, and a vague one to the past', () => {
    const dct = '1998-02-27';
    expect(at('The genocide began nearly four years ago.', dct, 'nearly')).toMatchObject({
      type: 'DATE',
      value: '1994',
      mod: 'APPROX',
    });
    expect(at('He left more than five years ago.', dct, 'more')).toMatchObject({
      type: 'DATE',
      value: '1993',
      mod: 'BEFORE',
    });
    expect(at('The machines were removed a few years ago.', dct, 'a few')).toMatchObject({
      type: 'DATE',
      value: 'PAST_REF',
    });
    expect(at('It will open several months from now.', dct, 'several')).toMatchObject({
      type: 'DATE',
      value: 'FUTURE_REF',
    });
    // Counted from an event rather than from publication: only the measure is known.
    expect(at('It collapsed a few days after the vote.', dct, 'a few')).toMatchObject({
      type: 'DURATION',
      value: 'PXD',
    });
  });

  it('reads a reporting year named by its end as a year-long span', () => {
    expect(at('For the year ended Sept. 30, it earned $4 million.', dct, 'the year')).toMatchObject({
      type: 'DURATION',
      value: 'P1Y',
    });
  });

  it('leaves ages and rates unmarked: "52 years old", "$1.76 a year"', () => {
    expect(at('Mr. Smith, 52 years old, joined.', dct, '52')).toBeUndefined();
    expect(at('It pays $1.76 a year.', dct, 'a year')).toBeUndefined();
  });

  it('dates a possessive weekday in the past even beside a future verb', () => {
    expect(at("They would look for ways around Wednesday's ruling.", dct, 'Wednesday')).toMatchObject({
      value: '1989-11-01',
    });
  });

  it('dates "the previous Friday" from the last day mentioned', () => {
    expect(at('Shares fell on Oct. 27, down from the previous Friday.', dct, 'previous')).toMatchObject({
      value: '1989-10-20',
    });
  });
});

describe('findTimeExpressions, less common forms', () => {
  it('reads spoken years of broadcast transcripts', () => {
    expect(at('In nineteen ninety-six the ruling was overturned.', '1998-01-15', 'nineteen')).toMatchObject({
      value: '1996',
    });
  });

  it('dates Thanksgiving Day to the fourth Thursday of November', () => {
    expect(at('He was found on Thanksgiving Day.', '2000-01-06', 'Thanksgiving')).toMatchObject({
      value: '1999-11-25',
    });
  });

  it('reads "mid-1996" as 1996 with mod MID', () => {
    expect(at('The group fell apart in mid-1996.', '1998-02-19', 'mid')).toMatchObject({
      text: 'mid-1996',
      value: '1996',
      mod: 'MID',
    });
  });

  it('writes fractions with the next smaller unit: "2 1/2 years" → P2Y6M', () => {
    expect(at('They lived in camps for 2 1/2 years.', '1998-02-27', '2 1/2')).toMatchObject({
      type: 'DURATION',
      value: 'P2Y6M',
    });
  });

  it('reads "Tuesday nights" as a weekly SET', () => {
    expect(at('Flights leave on Tuesday nights.', '1998-02-13', 'Tuesday')).toMatchObject({
      type: 'SET',
      value: 'XXXX-WXX-2TNI',
    });
  });

  it('reads "recent months" as a vague duration and "recent years" as the past', () => {
    expect(at('Prices fell in recent months.', '1998-04-02', 'recent')).toMatchObject({
      type: 'DURATION',
      value: 'PXM',
    });
    expect(at('Prices fell in recent years.', '1998-04-02', 'recent')).toMatchObject({
      type: 'DATE',
      value: 'PAST_REF',
    });
  });

  it('dates "over the weekend" in a Monday article to the weekend just gone', () => {
    expect(at('Officials met over the weekend.', '1990-08-13', 'weekend')).toMatchObject({
      text: 'the weekend',
      value: '1990-W32-WE',
    });
  });

  it('reads "tonight" as the night of publication day', () => {
    expect(at('The vote is tonight.', '2024-02-07', 'tonight')).toMatchObject({ type: 'TIME', value: '2024-02-07TNI' });
  });

  it('reads a 24-hour clock with a time zone: "08.43 GMT"', () => {
    expect(
      at('Tuesday 4 January 2005 08.43 GMT There has never been a moment like it.', '2005-01-04', '08.43'),
    ).toMatchObject({
      type: 'TIME',
      // ISO 8601 writes UTC (GMT) as Z, as MEANTIME's annotators do.
      value: '2005-01-04T08:43Z',
    });
  });

  it('anchors a clock time on its day: "10 p.m. Wednesday"', () => {
    expect(at('The blast came at 10 p.m. Wednesday.', '1998-02-13', '10 p.m.')).toMatchObject({
      type: 'TIME',
      value: '1998-02-11T22:00',
    });
  });
});

describe('findTimeExpressions, narratives told of an earlier year (article of 2009-04-27)', () => {
  const dct = '2009-04-27';

  it('dates "June of that year" in the year last mentioned', () => {
    const text = 'SARS was declared a pandemic in March 2003. By June of that year, it had lifted the warning.';
    expect(at(text, dct, 'June')).toMatchObject({ text: 'June of that year', value: '2003-06' });
  });

  it('gives both ends of "between January and March 2003" the written year', () => {
    expect(at('The index fell between January and March 2003.', dct, 'January')).toMatchObject({ value: '2003-01' });
  });

  it('reads what is expected as ahead ("analysts expect the deal to close in October")', () => {
    expect(at('Analysts expect the deal to close in October.', '2013-03-15', 'October')).toMatchObject({
      value: '2013-10',
    });
    expect(at('The deal closed in October.', '2013-03-15', 'October')).toMatchObject({ value: '2012-10' });
  });

  it('starts a range that crosses a new year in the year before ("from October to March 2013")', () => {
    expect(at('Sales fell from October to March 2013.', '2013-05-10', 'October')).toMatchObject({ value: '2012-10' });
    expect(at('The index fell between November and February 2009.', dct, 'November')).toMatchObject({
      value: '2008-11',
    });
  });

  it('dates "the year before" at the end of a clause from the last date mentioned', () => {
    expect(
      at('Exports reached $2 billion in 1998, up from $1 billion the year before.', dct, 'the year'),
    ).toMatchObject({ value: '1997' });
  });

  it('counts "that night" from the last day mentioned, not from a bare year', () => {
    const text = 'At 6:32 pm on 02 Jun 2009, a reader wrote about what happened that night.';
    expect(at(text, '2009-06-02', 'that night')).toMatchObject({ value: '2009-06-02' });
  });

  it('leaves "four months later" a measure when no date was told before', () => {
    expect(at('Four months later, the debate had not improved.', '2005-09-16', 'Four')).toMatchObject({
      type: 'DURATION',
      value: 'P4M',
    });
  });

  it('keeps the same day for a weekday named twice in a story', () => {
    const text = "Leaders will gather in Washington Saturday. But Saturday's summit is the venue.";
    const found = times(text, '2008-11-10').filter((t) => t.text === 'Saturday');
    expect(found.map((t) => t.value)).toEqual(['2008-11-15', '2008-11-15']);
  });

  it('dates a weekday right after a reporting verb to the day of the report, even in a present-tense lead', () => {
    expect(at('Syria says Monday it will hold talks.', '2013-03-14', 'Monday')).toMatchObject({ value: '2013-03-11' });
    expect(at('Officials are meeting Monday to discuss the budget.', '2013-03-14', 'Monday')).toMatchObject({
      value: '2013-03-18',
    });
    expect(at('The company says June sales will rise.', '2013-03-14', 'June')).toMatchObject({ value: '2013-06' });
  });

  it('dates a deadline told in the past perfect to the weekday before publication ("had been due to expire Friday")', () => {
    expect(at('The offer was extended. It had been due to expire Friday.', '1989-10-30', 'Friday')).toMatchObject({
      value: '1989-10-27',
    });
    expect(at('The offer is due to expire Friday.', '1989-10-30', 'Friday')).toMatchObject({ value: '1989-11-03' });
  });

  it('does not reuse a month and day for a weekday the story never called by name', () => {
    // April 21, 2009 was a Tuesday, but "on Tuesday" here is the next one.
    const text = 'A survey taken April 21 found a majority. The Federal Reserve starts a meeting on Tuesday.';
    expect(at(text, '2009-04-27', 'Tuesday')).toMatchObject({ value: '2009-04-28' });
  });

  it('takes no tense from a cue beyond "but" to the right ("meets on Thursday but has maintained")', () => {
    const text =
      'The bank is expected to keep rates near zero when it meets on Thursday but has maintained a cautious view.';
    expect(at(text, '2009-04-27', 'Thursday')).toMatchObject({ value: '2009-04-30' });
  });

  it('takes no tense from a relative clause or a reporting tag to the right', () => {
    expect(
      at(
        'President Obama unveiled a package Wednesday that would pour $75 billion into housing.',
        '2009-02-19',
        'Wednesday',
      ),
    ).toMatchObject({ value: '2009-02-18' });
    expect(
      at('An EU meeting will discuss travel restrictions on Thursday, she added.', '2009-04-28', 'Thursday'),
    ).toMatchObject({ value: '2009-04-30' });
    expect(at('On Friday, Netanyahu said he had no qualms.', '1998-03-01', 'Friday')).toMatchObject({
      value: '1998-02-27',
    });
  });

  it('does not take a deadline a week after publication for the weekday named later', () => {
    // 2000-01-07 is a Friday; "Jan. 14" is the Friday after, but "Earlier Friday" is publication day.
    const text = 'He must be returned by Jan. 14. Earlier Friday, lawyers filed a petition.';
    expect(at(text, '2000-01-07', 'Friday')).toMatchObject({ value: '2000-01-07' });
  });
});

describe('findTimeExpressions without a publication date', () => {
  it('keeps X placeholders for relative expressions', () => {
    expect(at('He spoke yesterday.', null, 'yesterday')).toMatchObject({ value: 'XXXX-XX-XX' });
    expect(at('They met last week.', null, 'last week')).toMatchObject({ value: 'XXXX-WXX' });
  });

  it('anchors "two days later" on an absolute date even without a publication date', () => {
    expect(at('The ceasefire began on Jan. 5, 2024. Two days later it collapsed.', null, 'Two')).toMatchObject({
      value: '2024-01-07',
    });
  });

  it('still dates absolute expressions', () => {
    expect(at('It opened on Oct. 23, 1998.', null, 'Oct.')).toMatchObject({ value: '1998-10-23' });
  });
});

describe('findTimeExpressions output shape', () => {
  it('returns sorted, non-overlapping spans whose text matches the offsets', () => {
    const text = 'On Friday, Oct. 23, 1998, at 10 p.m. Wednesday, three years ago, the firm said now.';
    const found = times(text, '1998-10-25');
    for (let i = 0; i < found.length; i++) {
      expect(text.slice(found[i]!.start, found[i]!.end)).toBe(found[i]!.text);
      if (i > 0) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });

  it('returns nothing for empty text', () => {
    expect(times('', '2024-02-07')).toEqual([]);
  });
});

describe('precisionOf', () => {
  it.each([
    ['2024-02-07T14:00', 'time'],
    ['2024-02-07TNI', 'time'],
    ['2024-02-07', 'day'],
    ['2024-W06', 'week'],
    ['2024-01', 'month'],
    ['2013-Q3', 'quarter'],
    ['2013-SU', 'season'],
    ['2024', 'year'],
    ['199', 'decade'],
    ['19', 'century'],
  ])('gives %s the precision %s', (value, precision) => {
    expect(precisionOf(value)).toBe(precision);
  });

  it.each(['P3D', 'PAST_REF', 'XXXX-WXX-1', '2024-13', '2023-02-29', '2024-W54', ''])(
    'gives %s no calendar precision',
    (value) => {
      expect(precisionOf(value)).toBeNull();
    },
  );
});

describe('findTimeExpressions and numbers that are not years', () => {
  it('reads a four-digit number before a counted noun as a quantity', () => {
    expect(times('[link][1609 comments]', '2020-01-01')).toEqual([]);
    expect(times('The army sent 2000 troops in 1998.', '2020-01-01').map((t) => t.value)).toEqual(['1998']);
  });
});

describe('months without a year', () => {
  it('breaks a tie between last and next occurrence by the tense ("due in December" in March)', () => {
    expect(at('Elections are due in December.', '2013-03-14', 'December')).toMatchObject({ value: '2013-12' });
    expect(at('Unemployment rose in December.', '2013-03-14', 'December')).toMatchObject({ value: '2012-12' });
  });

  it('reads a day number listed after a month and day as a day of that month ("April 24 and 25")', () => {
    expect(at('The summit will be held on April 24 and 25.', '1999-02-10', '25')).toMatchObject({
      text: '25',
      value: '1999-04-25',
    });
    expect(at('On April 24 and 25 people came.', '1999-02-10', '25')).toBeUndefined();
  });

  it('reads a month in the possessive ("December\'s figures"), leaving the possessive out', () => {
    expect(at("It revised December's figures.", '1998-02-06', 'December')).toMatchObject({
      text: 'December',
      value: '1997-12',
    });
    expect(at("Theresa May's speech was long.", '2017-03-14', 'May')).toBeUndefined();
  });
});

describe('holidays', () => {
  it('reads "Labor Day of 1936" as one date in that year', () => {
    expect(at('During a speech on Labor Day of 1936, Roosevelt spoke.', '2008-10-16', 'Labor')).toMatchObject({
      text: 'Labor Day of 1936',
      value: '1936-09-07',
    });
  });

  it('dates the holidays of March news and the US federal Mondays', () => {
    expect(at("Parades marked St. Patrick's Day.", '2013-03-18', 'St.')).toMatchObject({ value: '2013-03-17' });
    const mlk = 'U.S. markets are closed on Monday for Martin Luther King Jr. Day, a national holiday.';
    expect(at(mlk, '2008-01-22', 'Martin')).toMatchObject({ text: 'Martin Luther King Jr. Day', value: '2008-01-21' });
    expect(at('Stores opened on Presidents’ Day.', '2013-02-19', 'Presidents')?.value).toBe('2013-02-18');
  });

  it('reads "Easter week" as the ISO week that ends on Easter Sunday', () => {
    expect(at('Protesters prayed as Easter week began.', '2000-04-17', 'Easter')).toMatchObject({
      text: 'Easter week',
      value: '2000-W16',
    });
  });
});

describe('a day named again', () => {
  it('keeps the year a month and day was first written with', () => {
    const text =
      'The minute was sent to Mr Blair on March 7 2003. He changed his opinion after giving advice on March 7.';
    const found = times(text, '2005-04-28').filter((t) => t.text.startsWith('March 7'));
    expect(found.map((t) => t.value)).toEqual(['2003-03-07', '2003-03-07']);
  });
});

describe('deadlines still to come', () => {
  it('dates "expires Dec. 31" and "take effect on Jan. 1" to the next occurrence', () => {
    expect(at('The law expires Dec. 31.', '2013-03-14', 'Dec.')).toMatchObject({ value: '2013-12-31' });
    expect(at('The new rules take effect on Jan. 1.', '2013-03-14', 'Jan.')).toMatchObject({ value: '2014-01-01' });
  });

  it('leaves a past deadline in the past ("expired Dec. 31")', () => {
    expect(at('The law expired Dec. 31.', '2013-03-14', 'Dec.')).toMatchObject({ value: '2012-12-31' });
  });
});

describe('periods reported as ended', () => {
  it('dates "the fiscal year ended Jan. 31" to the last Jan. 31 before publication', () => {
    expect(
      at('In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.', '1989-10-31', 'Jan.'),
    ).toMatchObject({ value: '1989-01-31' });
  });

  it('dates "the quarter ended Oct. 31" a year back when publication is before Oct. 31', () => {
    expect(at('In the second quarter ended Oct. 31, it had a loss.', '1989-10-27', 'Oct.')).toMatchObject({
      value: '1988-10-31',
    });
  });
});

describe('parts of day', () => {
  it('reads "mid-afternoon yesterday" as the afternoon of the day before publication', () => {
    expect(at('In London at mid-afternoon yesterday, shares were up.', '1989-11-02', 'mid')).toMatchObject({
      text: 'mid-afternoon yesterday',
      type: 'TIME',
      value: '1989-11-01TAF',
    });
  });

  it('puts a bare "mid afternoon" on the last day mentioned', () => {
    const text = 'Fighting began on March 5. By mid afternoon, officials were talking.';
    expect(at(text, '1998-03-06', 'mid')).toMatchObject({ type: 'TIME', value: '1998-03-05TAF' });
  });
});

describe('tense cues', () => {
  const pastCues = (text: string): string[] =>
    tenseCues(text, 0, text.length)
      .filter((c) => c.tense === 'past')
      .map((c) => text.slice(c.start, c.end));

  it('reads irregular past forms as past ("Late Tuesday, the rebels withdrew")', () => {
    expect(pastCues('Late Tuesday, the rebels withdrew.')).toEqual(['withdrew']);
    expect(at('Late Tuesday, the rebels withdrew.', '2013-03-14', 'Late')).toMatchObject({
      value: '2013-03-12',
      mod: 'END',
    });
  });

  it('takes no tense from a capitalised name that spells a past form ("Drew")', () => {
    expect(pastCues('Drew Brees will play.')).toEqual([]);
  });

  it('gives a passive participle no tense of its own ("would be paid")', () => {
    expect(pastCues('The split would be paid in January.')).toEqual([]);
  });

  it('gives an "-ed" adjective no tense ("the proposed merger", "an unspecified date")', () => {
    expect(pastCues('The proposed merger closes on an unspecified date.')).toEqual([]);
    expect(pastCues('Shareholders approved the merger.')).toEqual(['approved']);
    expect(pastCues('The company unveiled a plan and undermined its rival.')).toEqual(['unveiled', 'undermined']);
  });

  it('dates a month after "an unspecified date in" by the clause\'s modal, not by the adjective', () => {
    const text = 'The stock split would be paid on a still unspecified date in January.';
    expect(at(text, '1989-10-26', 'January')).toMatchObject({ value: '1990-01' });
  });
});

describe('numbers that are not years', () => {
  it('reads a number before a street name as a house number', () => {
    expect(times('He lives at 1600 Pennsylvania Avenue.', '2013-03-14')).toEqual([]);
    expect(times('The office at 2010 Main St. closed.', '2013-03-14')).toEqual([]);
  });

  it('reads capitalised time words inside names ("the Daily Telegraph", "the Future Combat System") as names', () => {
    expect(times('Documents were first revealed by the Daily Telegraph.', '2005-03-21')).toEqual([]);
    expect(times('Coming soon is the Future Combat System.', '2005-01-24').map((t) => t.text)).toEqual(['soon']);
    expect(times('Prices are updated daily.', '2005-01-24').map((t) => t.value)).toEqual(['P1D']);
  });

  it('reads a number after a label ("Resolution 1973", "Flight 1549", "Highway 1999") as a name', () => {
    expect(times('Under Resolution 1973 the UN acted. Highway 1999 closed.', '2013-03-14')).toEqual([]);
    expect(times('The resolution passed in 1973.', '2013-03-14').map((t) => t.value)).toEqual(['1973']);
  });

  it('keeps a year before a street name when a preposition of time precedes it', () => {
    expect(times('In 1999 Main Street was rebuilt.', '2013-03-14').map((t) => t.value)).toEqual(['1999']);
  });
});

describe('quarters and halves of a relative year', () => {
  it('reads "the final quarter of last year" as the fourth quarter of the year before publication', () => {
    expect(at('The economy shrank in the final quarter of last year.', '2013-03-14', 'final')).toMatchObject({
      text: 'the final quarter of last year',
      value: '2012-Q4',
    });
  });

  it('reads "the 2012 fiscal year" as the year it names', () => {
    expect(at('Revenue for the 2012 fiscal year rose.', '2013-03-14', '2012')).toMatchObject({
      text: 'the 2012 fiscal year',
      type: 'DATE',
      value: '2012',
    });
  });

  it('reads "the first half of next year" as one expression', () => {
    expect(at('He will visit in the first half of next year.', '2013-03-14', 'first')).toMatchObject({
      text: 'the first half of next year',
      value: '2014-H1',
    });
  });
});

describe('findTimeExpressions and verbs whose past is their base form', () => {
  it("leans 'hit', 'cut', 'put' to the past, unless a modal or 'to' makes them infinitives", () => {
    expect(times('Floods hit Paris on Monday.', '2024-01-02').map((t) => t.value)).toEqual(['2024-01-01']);
    expect(times('Police cut the road on Monday.', '2024-01-02').map((t) => t.value)).toEqual(['2024-01-01']);
    expect(times('Prices will hit a record on Monday.', '2024-01-02').map((t) => t.value)).toEqual(['2024-01-08']);
    expect(times('The strike is set to hit ports on Monday.', '2024-01-02').map((t) => t.value)).toEqual([
      '2024-01-08',
    ]);
  });
});

describe('findTimeExpressions and clock times', () => {
  it('reads a four-digit number before a time zone as a clock time, not a year', () => {
    expect(
      times('As of 1700 BST on 15 June 2009, 76 countries reported cases.', '2009-06-16').map((t) => t.value),
    ).toEqual(['2009-06-15T17:00']);
  });
});
