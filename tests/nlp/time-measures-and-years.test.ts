// Kinds of time expression from issue 12's held-out misses, each with sentences of our own: a
// measure counted from an untold event, years written bare or clipped in running text.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions } from '../../src/nlp/time/index.js';

/** Each expression as "text=TYPE value". */
function times(text: string, date: string): string[] {
  return findTimeExpressions(text, date, splitSentences(text)).map((t) => `${t.text}=${t.type} ${t.value}`);
}

const dct = '2013-03-22';

describe('"N units earlier/later" with no date told before', () => {
  it('is the measure alone, a DURATION, not a date counted from publication', () => {
    expect(times('The law passed eight years earlier.', dct)).toEqual(['eight years=DURATION P8Y']);
    expect(times('A month earlier, he had resigned.', dct)).toEqual(['A month=DURATION P1M']);
    expect(times('Four months later, the debate had not improved.', dct)).toEqual(['Four months=DURATION P4M']);
  });

  it('still counts from a day told just before', () => {
    expect(times('The ceasefire began on Jan. 5, 2013. Two days earlier, talks failed.', dct)).toEqual([
      'Jan. 5, 2013=DATE 2013-01-05',
      'Two days earlier=DATE 2013-01-03',
    ]);
  });

  it('keeps a figure compared "from a month earlier" the period one unit back', () => {
    expect(times('Retail sales rose 1.1 percent from a month earlier.', dct)).toEqual(['a month earlier=DATE 2013-02']);
    expect(times('Jobless claims fell by 5,000 from a week earlier.', dct)).toEqual(['a week earlier=DATE 2013-W11']);
  });

  it('keeps a results story\'s "a year earlier" the year before', () => {
    expect(times('Profit rose to 5 million dollars from 4 million dollars a year earlier.', dct)).toEqual([
      'a year earlier=DATE 2012',
    ]);
  });
});

describe('years in running text', () => {
  it('reads a year far back after a possessive, as after a determiner', () => {
    expect(times("Cuba's 1959 revolution brought Castro to power.", dct)).toEqual(['1959=DATE 1959']);
    expect(times("The party's bloody 1957 congress split it.", dct)).toEqual(['1957=DATE 1957']);
  });

  it('still counts a plural after a possessive', () => {
    expect(times("Cuba's 1800 soldiers fought on.", dct)).toEqual([]);
  });

  it('reads a clipped year listed after a four-digit one', () => {
    expect(times("He was elected in 1957 and '58.", dct)).toEqual(['1957=DATE 1957', "'58=DATE 1958"]);
    expect(times("He won in 1957, '58 and '60.", dct)).toEqual(['1957=DATE 1957', "'58=DATE 1958", "'60=DATE 1960"]);
  });
});

describe('numbers shaped like years that are not', () => {
  it('leaves a price in pence or cents a price', () => {
    expect(times('Shares fell 12 pence to 1995 pence.', dct)).toEqual([]);
    expect(times('The stock closed at 2010 cents.', dct)).toEqual([]);
  });

  it('leaves an item number a label', () => {
    expect(times('It was listed as item 2012 on the agenda.', dct)).toEqual([]);
  });

  it('still reads the year of a price told in its year', () => {
    expect(times('Shares fell to 95 pence in 2012.', dct)).toEqual(['2012=DATE 2012']);
  });
});

describe('days of history named instead of dated', () => {
  it('reads "Black Monday" and "D-Day" as their days, quoted or possessive', () => {
    expect(times("Markets fell on the anniversary of ' Black Monday'.", '2007-10-20')).toEqual([
      'Black Monday=DATE 1987-10-19',
    ]);
    expect(times("Black Monday's crash wiped out 22%.", '2007-10-20')).toEqual(['Black Monday=DATE 1987-10-19']);
    expect(times('Veterans marked the D-Day landings.', '2014-06-06')).toEqual(['D-Day=DATE 1944-06-06']);
  });
});

describe('a day counted from a day the text names', () => {
  // Thursday 2000-02-24.
  const thursday = '2000-02-24';

  it('is one expression, as "the day before yesterday" is', () => {
    expect(times("The day before last Tuesday's hearing, he flew in.", thursday)).toEqual([
      'The day before last Tuesday=DATE 2000-02-21',
    ]);
    expect(times('He arrived the day after March 7.', thursday)).toEqual(['the day after March 7=DATE 2000-03-08']);
    expect(times('The night before Friday, they met.', thursday)).toEqual([
      'The night before Friday=TIME 2000-02-17TNI',
    ]);
  });

  it('leaves a day counted from an event to the event rule', () => {
    expect(times('The day before the vote, he left.', thursday)).toEqual(['The day=DATE XXXX-XX-XX']);
  });
});

describe('titles with "Today" in them', () => {
  it('leaves a newspaper or a programme named Today alone', () => {
    expect(times('He told USA Today that he would run.', dct)).toEqual([]);
    expect(times('This is VOA Today.', dct)).toEqual([]);
    expect(times("He told BBC Radio 4's Today programme he would stay.", dct)).toEqual([]);
  });

  it('still reads "Today" that opens a sentence', () => {
    expect(times('AP reported. Today the vote is held.', dct)).toEqual(['Today=DATE 2013-03-22']);
  });
});

describe('a participle after "get"', () => {
  it("is a passive whose tense is the auxiliary's, not a past", () => {
    expect(times('Staff are getting paid on Monday.', dct)).toEqual(['Monday=DATE 2013-03-25']);
    expect(times('The sector is going to start getting beat up in the spring.', '1998-02-06')).toEqual([
      'the spring=DATE 1998-SP',
    ]);
  });

  it('leaves "got" a past', () => {
    expect(times('Staff got paid on Monday.', dct)).toEqual(['Monday=DATE 2013-03-18']);
  });
});
