// Issue 10 item 4: a four-digit number is a year only with evidence. Every fixture is written
// here, after the shapes found in scraped news (live blogs, citations, comments).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import {
  BARE_YEARS_AFTER,
  BARE_YEARS_BEFORE,
  calendarCueBefore,
  entryOpeners,
  isCitationNumber,
  isFarFromPublication,
  liveBlogClockTimes,
} from '../../src/nlp/time/evidence.js';
import { findTimeExpressions } from '../../src/nlp/time/index.js';
import { endsInPastPerfect } from '../../src/nlp/time/tense.js';

function values(text: string, date: string | null): string[] {
  return findTimeExpressions(text, date, splitSentences(text)).map((t) => `${t.text}=${t.type}:${t.value}`);
}

/** The reading of the first occurrence of `phrase`, or undefined when nothing covers it. */
function at(text: string, date: string | null, phrase: string): string | undefined {
  const start = text.indexOf(phrase);
  const found = findTimeExpressions(text, date, splitSentences(text)).find((t) => t.start <= start && start < t.end);
  return found && `${found.type}:${found.value}`;
}

const dct = '2010-06-16';

describe('clock times are not years', () => {
  it('reads a four-digit number before a time zone as no year', () => {
    for (const text of [
      'The statement came at 1600 GMT on Tuesday.',
      'Listen to File on 4, BBC Radio 4 2000 BST, Tuesday 9 June 2009.',
      'Watch on Sunday, 30 January at 1130 GMT and 1830 GMT.',
      'The convoy left at 1930 local time.',
      'Troops moved at 1745 hrs.',
    ])
      expect(values(text, dct).filter((v) => /=DATE:(?:1[6-9]|20)\d\d$/.test(v))).toEqual([]);
  });

  it('reads the first time of a range whose second carries the zone as no year', () => {
    expect(at('Live coverage runs between 1900 and 2200 BST tonight.', dct, '1900')).toBeUndefined();
    expect(at('Polls are open 1900-2100 GMT.', dct, '1900')).toBeUndefined();
  });

  it('times the entries of a live blog on the day of publication', () => {
    const blog =
      'Read the transcript. 1905: Welcome to our live coverage of the address. ' +
      '1926: White House officials have briefed reporters. 1952: The oil executives were grilled today. ' +
      "Read Mark Knoller's tweets 2011: The president speaks. 2016: His rhetoric is familiar.";
    expect(at(blog, dct, '1905')).toBe('TIME:2010-06-16T19:05');
    expect(at(blog, dct, '2011')).toBe('TIME:2010-06-16T20:11');
    // Within the publication span, an entry time would otherwise pass as a year.
    expect(at(blog, dct, '2016')).toBe('TIME:2010-06-16T20:16');
  });

  it('finds live-blog entries after a sentence, a quote or a credit line, and nowhere else', () => {
    const text = 'Intro. 1905: One. He said “no.” 1910: Two. Read her tweets 1920: Three. In 1930: four. 1940 people';
    expect(entryOpeners(text).map((o) => o.hhmm)).toEqual(['1905', '1910', '1920']);
  });

  it('reads a chronology of years as years, not as a live blog', () => {
    // 1968 is no clock time (68 minutes): the headings are years.
    const chronology =
      'How bad can it get? 1918: The Spanish flu killed millions. 1957: Asian flu killed two million. ' +
      '1968: Hong Kong flu killed a million.';
    expect(liveBlogClockTimes(chronology, { year: 2009, month: 4, day: 30 }).size).toBe(0);
    expect(at(chronology, '2009-04-30', '1918')).toBe('DATE:1918');
    expect(at(chronology, '2009-04-30', '1968')).toBe('DATE:1968');
  });

  it('reads three years in order that could all be clock times as years when none is far', () => {
    const text = 'Look back. 2008: A bad year. 2009: A worse one. 2010: Recovery began.';
    expect(liveBlogClockTimes(text, { year: 2010, month: 6, day: 16 }).size).toBe(0);
    expect(at(text, dct, '2009')).toBe('DATE:2009');
  });

  it('reads entry times out of order as no live blog', () => {
    const text = 'One. 1905: A. 1950: B. 1910: C. 1920: D.';
    expect(liveBlogClockTimes(text, { year: 2010, month: 6, day: 16 }).size).toBe(0);
  });
});

describe('citations, labels and quantities are not years', () => {
  it('reads the pages of a citation as no year', () => {
    const text = 'See Lancet 126(4), 1850–1855 for the trial.';
    expect(at(text, dct, '1850')).toBeUndefined();
    expect(at(text, dct, '1855')).toBeUndefined();
    expect(isCitationNumber(text, text.indexOf('1855'))).toBe(true);
  });

  it("reads a journal's year after volume:page as no date of the story", () => {
    const text = 'Sugar reduced neutrophil activity., 30:613, 1977 Am. J. Clin. Nutr., 26:180, 1973.';
    expect(values(text, '2009-05-01').filter((v) => v.includes('DATE:19'))).toEqual([]);
  });

  it('reads pages and issues as no year', () => {
    expect(at('The report is on pp. 1850 of the volume.', dct, '1850')).toBeUndefined();
    expect(at('It ran in issue 1987 of the magazine.', dct, '1987')).toBeUndefined();
  });

  it('reads a far number before a plural as a count', () => {
    expect(at('The deaths of 1800 Americans do not compare.', dct, '1800')).toBeUndefined();
    expect(at('The company employs 1800 people.', dct, '1800')).toBeUndefined();
  });

  it('reads "1040s" as things counted, and "the 1600s" as a decade', () => {
    expect(at("We don't need 1040s, Voisin said.", dct, '1040s')).toBeUndefined();
    expect(at('Until the 1600s, the Earth was alive.', dct, '1600s')).toBe('DATE:160');
    expect(at('They have fished here since the 1860s.', dct, '1860s')).toBe('DATE:186');
  });
});

describe('the number of a name is no year', () => {
  it('reads "Russell 2000" and "Windows 2000" as names, near publication or not', () => {
    expect(at('The Russell 2000 index of smaller companies fell 3%.', '2008-10-09', '2000')).toBeUndefined();
    expect(at('Microsoft shipped Windows 2000 to businesses.', '2001-05-01', '2000')).toBeUndefined();
    expect(at('Fans watched the Euro 2008 final.', '2008-06-30', '2008')).toBeUndefined();
  });

  it('keeps a year after a capitalised preposition, a month or a season', () => {
    expect(at('For 1988, BellSouth earned $1.7 billion.', '1989-10-30', '1988')).toBe('DATE:1988');
    expect(at('Since 1957 the index has grown.', dct, '1957')).toBe('DATE:1957');
    expect(at('Spring 2009 was wet.', dct, '2009')).toBe('DATE:2009-SP');
    expect(at('Sales fell in 2009.', dct, '2009')).toBe('DATE:2009');
  });
});

describe('a bare year far from publication needs a calendar cue', () => {
  it(`names the span of bare years: ${BARE_YEARS_BEFORE} years back, ${BARE_YEARS_AFTER} ahead`, () => {
    const d = { year: 2010, month: 6, day: 16 };
    expect(isFarFromPublication(1980, d)).toBe(false);
    expect(isFarFromPublication(1979, d)).toBe(true);
    expect(isFarFromPublication(2015, d)).toBe(false);
    expect(isFarFromPublication(2016, d)).toBe(true);
    expect(isFarFromPublication(1500, null)).toBe(false);
  });

  it('drops a far year without a cue', () => {
    expect(at('Listen again, repeated 1700, Sunday 14 June 2009.', '2009-06-16', '1700')).toBeUndefined();
    expect(at('Its on Youtube: Swine Flu 1976 60 Minutes.', '2009-06-16', '1976')).toBeUndefined();
    expect(at('This is not 1918; we have antivirals.', '2009-06-16', '1918')).toBeUndefined();
  });

  it('keeps a far year that is the subject of a singular verb, and drops a count of a plural one', () => {
    expect(at('1957 was a turning point for the company.', '2013-03-15', '1957')).toBe('DATE:1957');
    expect(at('In all, 1800 were killed in the fighting.', '2013-03-15', '1800')).toBeUndefined();
  });

  it('keeps a far year after a preposition, a calendar word or a prefix of time', () => {
    const d = '2010-06-16';
    expect(at('The port was founded in 1770.', d, '1770')).toBe('DATE:1770');
    expect(at('Trust has fallen since 1958.', d, '1958')).toBe('DATE:1958');
    expect(at('Mr Hayward was born in 1957.', d, '1957')).toBe('DATE:1957');
    expect(at('Records from circa 1770 survive.', d, '1770')).toBe('DATE:1770');
    expect(at('The plan saves oil by 2030.', d, '2030')).toBe('DATE:2030');
    expect(at('The post-1959 politics split families.', '2000-02-24', '1959')).toBe('DATE:1959');
  });

  it('keeps a far year used as a name, with a determiner or a possessive', () => {
    const d = '2009-06-16';
    expect(at('The 1918 pandemic was the worst.', d, '1918')).toBe('DATE:1918');
    expect(at('It was the far more serious 1918 pandemic.', d, '1918')).toBe('DATE:1918');
    expect(at("1957's flu was milder.", d, '1957')).toBe('DATE:1957');
    expect(at('The pandemics of 1918, 1957 and 1968 killed millions.', d, '1968')).toBe('DATE:1968');
  });

  it('keeps a bare year inside the span, as news writes it', () => {
    expect(at('The 2008 crisis hit banks.', dct, '2008')).toBe('DATE:2008');
    expect(at('Profits rose in 2009.', dct, '2009')).toBe('DATE:2009');
    expect(at('1989 was a watershed.', dct, '1989')).toBe('DATE:1989');
  });

  it('tells the kinds of cue apart', () => {
    const cue = (text: string, n: string) => calendarCueBefore(text, text.indexOf(n));
    expect(cue('in 1770', '1770')).toBe('calendar');
    expect(cue('post-1959', '1959')).toBe('calendar');
    expect(cue('the pandemic of 1918', '1918')).toBe('name');
    expect(cue('her ground-breaking 1980 book', '1980')).toBe('name');
    expect(cue('He said 1980 was bad', '1980')).toBeNull();
    expect(cue('Not in. 1980 was bad', '1980')).toBeNull();
  });
});

describe('"N years later" counts from the year named last', () => {
  it('dates "20 years later" after a 1989 spill to 2009, not 2030', () => {
    const text = 'The Exxon Valdez spill was in 1989. Even 20 years later, the final costs are unknown.';
    expect(at(text, dct, '20 years')).toBe('DATE:2009');
  });

  it('keeps only the measure when "later" from a recent day would land years after publication', () => {
    expect(at('On Tuesday he spoke. Two decades later, they agree on one thing.', dct, 'Two')).toBe('DURATION:P20Y');
    // A clause that looks ahead may reach past publication.
    expect(at('The deal was signed on Tuesday. Ten years later, it will expire.', dct, 'Ten')).toBe('DATE:2020');
  });

  it('keeps only the measure when the last date was told further back than the sentence before', () => {
    const far = 'The spill was in 1989. Crews came. Costs rose. Twenty years later, the costs are unknown.';
    expect(at(far, dct, 'Twenty')).toBe('DURATION:P20Y');
    const near = 'Crews came. The spill was in 1989. Twenty years later, the costs are unknown.';
    expect(at(near, dct, 'Twenty')).toBe('DATE:2009');
  });
});

describe('the past-perfect test before a deadline, in string code', () => {
  // The regex it replaced, quadratic on "had not just not just …"; kept here as the reference.
  const REFERENCE = /\bhad\s+(?:(?:not|already|been|just)\s+)*[a-z]+(?:ed|en|wn|ne|t)\b[^.;!?]*$/;
  const WORDS = ['had', 'not', 'already', 'been', 'just', 'filed', 'gone', 'met', 'due', 'to', 'Shad', '(had', 'ed'];
  const MARKS = [' ', '  ', '. ', ', ', '; ', '\t'];

  it('agrees with the reference pattern on texts of its words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...MARKS)), { maxLength: 12 }),
        (parts) => {
          const text = parts.map(([w, m]) => w + m).join('');
          expect(endsInPastPerfect(text)).toBe(REFERENCE.test(text));
        },
      ),
      { numRuns: 2000, seed: 10 },
    );
  });

  it('reads "had filed reports by" as past perfect and "has filed reports by" as not', () => {
    expect(endsInPastPerfect('The firms had filed reports by ')).toBe(true);
    expect(endsInPastPerfect('The firms had not just been told by ')).toBe(true);
    expect(endsInPastPerfect('The firms has filed reports by ')).toBe(false);
    expect(endsInPastPerfect('They had filed. Reports are due by ')).toBe(false);
  });
});
