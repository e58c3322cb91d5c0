import { describe, expect, it } from 'vitest';
import {
  BARE_MONTH_DAY,
  MONTH_DAY_YEAR,
  namesDay,
  rangeEnds,
  storyYears,
  storyValue,
  timeForms,
  type DatedArticle,
} from '../../src/timeline/key-dates.js';
import {
  buildTimeline,
  chooseKeyDateMethod,
  coverageBursts,
  dateF1,
  dayFeatures,
  dayScore,
  keyDates,
  leaveOneStoryOut,
  KEY_DATE_METHOD,
  KEY_DATE_METHODS,
  type LabelledStory,
} from '../../src/timeline/index.js';
import type { TimeExpression } from '../../src/types.js';
import { analyzed } from './make-articles.js';

function dateMention(value: string, text = 'x'): TimeExpression {
  return { start: 0, end: text.length, text, type: 'DATE', value };
}

/** The time expression `word` at its first place in `text`. */
function timeIn(text: string, word: string, value: string, type: 'DATE' | 'TIME' = 'DATE'): TimeExpression {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, type, value };
}

const articles = [
  analyzed(
    'a1',
    '2009-06-11',
    [{ text: 'The WHO declared a flu pandemic in Geneva.', date: '2009-06-11' }],
    [dateMention('2009-06-11')],
  ),
  analyzed(
    'a2',
    '2009-06-12',
    [{ text: 'The WHO declared a flu pandemic on Thursday in Geneva.', date: '2009-06-11' }],
    [dateMention('2009-06-11')],
  ),
  analyzed(
    'a3',
    '2009-06-20',
    [{ text: 'On 11 June the WHO declared a flu pandemic in Geneva.', date: '2009-06-11' }],
    [dateMention('2009-06-11'), dateMention('2009-06-09')],
  ),
  analyzed(
    'a4',
    '2009-06-20',
    [{ text: 'Officials met in Geneva to review the vaccine plans.', date: '2009-06-20' }],
    [dateMention('2001-09-11'), dateMention('2001-09-11'), dateMention('2009-06-08')],
  ),
  analyzed(
    'a5',
    '2009-06-21',
    [{ text: 'Health ministers agreed to share the vaccine stocks.', date: '2009-06-21' }],
    [dateMention('2001-09-11'), dateMention('2009-06-08')],
  ),
  analyzed('a6', '2009-06-21', [{ text: 'Ministers spoke about the vaccine in London.', date: '2001-09-11' }]),
];

describe('keyDates', () => {
  const timeline = buildTimeline(articles);
  const ranked = keyDates(articles, timeline);

  it('ranks first the day reported the next day and still named more than a week on, summed up by its event', () => {
    expect(ranked[0]).toMatchObject({ date: '2009-06-11', events: 1 });
    expect(ranked[0]?.summary).toMatch(/WHO declared a flu pandemic/);
  });

  it('ranks a day reported the next day above a day only named later, all else equal', () => {
    const story = [
      analyzed('n1', '2009-06-10', [{ text: 'Rescuers reached the mine in Chile.', date: '2009-06-10' }]),
      analyzed(
        'n2',
        '2009-06-11',
        [{ text: 'Miners were found alive in the mine.', date: '2009-06-10' }],
        [dateMention('2009-06-10')],
      ),
      analyzed(
        'n3',
        '2009-06-12',
        [{ text: 'Officials opened an inquiry into the mine.', date: '2009-06-09' }],
        [dateMention('2009-06-09')],
      ),
    ];
    const dates = keyDates(story, buildTimeline(story)).map((d) => d.date);
    expect(dates.indexOf('2009-06-10')).toBeLessThan(dates.indexOf('2009-06-09'));
  });

  it('ranks a day still named a month on above one reported more but forgotten', () => {
    const event = (id: string, day: string) =>
      analyzed(id, day, [{ text: `Engineers closed the well in the Gulf of Mexico (${id}).`, date: day }]);
    const named = (id: string, published: string, day: string) => analyzed(id, published, [], [dateMention(day)]);
    const story = [
      event('e1', '2010-06-01'),
      event('e2', '2010-06-03'),
      // 1 June: reported the next day and named again seven weeks on.
      named('k1', '2010-06-02', '2010-06-01'),
      named('k2', '2010-07-20', '2010-06-01'),
      // 3 June: reported by two articles in the two days after, never named again.
      named('f1', '2010-06-04', '2010-06-03'),
      named('f2', '2010-06-05', '2010-06-03'),
      ...Array.from({ length: 8 }, (_, k) => event(`c${k}`, `2010-07-0${k + 1}`)),
    ];
    const dates = keyDates(story, buildTimeline(story)).map((d) => d.date);
    expect(dates).toContain('2010-06-03');
    expect(dates.indexOf('2010-06-01')).toBeLessThan(dates.indexOf('2010-06-03'));
  });

  it('ties two days of equal evidence to the earlier, though more sources agree on the later one', () => {
    // Each day is reported once the day after; the later day's event is also told the same day,
    // by another article, so more sources agree on it, but a same-day telling is no report of it.
    const story = [
      analyzed(
        'e1',
        '2009-06-02',
        [{ text: 'Mexico closed its schools and museums across the capital to slow the flu.', date: '2009-06-01' }],
        [dateMention('2009-06-01')],
      ),
      analyzed(
        'l1',
        '2009-06-03',
        [{ text: 'The WHO raised its pandemic alert level to five in Geneva.', date: '2009-06-03' }],
        [dateMention('2009-06-03')],
      ),
      analyzed(
        'l2',
        '2009-06-04',
        [{ text: 'The WHO raised its pandemic alert level to five in Geneva.', date: '2009-06-03' }],
        [dateMention('2009-06-03')],
      ),
    ];
    const timeline = buildTimeline(story);
    const features = dayFeatures(story, timeline);
    expect(features.get('2009-06-03')?.agreement).toBeGreaterThan(features.get('2009-06-01')!.agreement);
    expect(dayScore(features.get('2009-06-03')!, KEY_DATE_METHOD)).toBe(
      dayScore(features.get('2009-06-01')!, KEY_DATE_METHOD),
    );
    expect(keyDates(story, timeline).map((d) => d.date)).toEqual(['2009-06-01', '2009-06-03']);
  });

  it('never lists a day no event is dated to, however often it is named', () => {
    const named = [
      analyzed('m1', '2009-06-12', [], [dateMention('2009-06-10')]),
      analyzed('m2', '2009-06-12', [], [dateMention('2009-06-10')]),
    ];
    expect(keyDates(named, buildTimeline(named))).toEqual([]);
    expect(ranked.map((d) => d.date)).not.toContain('2009-06-08');
  });

  it('puts background days far outside the coverage last', () => {
    expect(ranked.at(-1)?.date).toBe('2001-09-11');
  });

  it('returns days only, the days inside the coverage most salient first', () => {
    expect(ranked.every((d) => /^\d{4}-\d\d-\d\d$/.test(d.date))).toBe(true);
    const scores = ranked.filter((d) => d.date.startsWith('2009')).map((d) => d.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('does not count page furniture as an event of the day', () => {
    const furniture = [
      analyzed('p1', '2010-01-13', [
        { text: 'Page last updated at 07:39 GMT, Wednesday, 13 January 2010', date: '2010-01-13' },
      ]),
    ];
    expect(keyDates(furniture, buildTimeline(furniture))).toEqual([]);
  });

  it('sums up a day by the sentence more sources share rather than one told once', () => {
    const story = [
      analyzed('s1', '2010-04-21', [
        { text: 'An explosion on the Deepwater Horizon rig killed eleven workers in the Gulf.', date: '2010-04-20' },
        {
          text: 'Shares in the rig owner slipped on the stock market in early trading.',
          date: '2010-04-20',
          lead: false,
        },
      ]),
      analyzed('s2', '2010-04-21', [
        { text: 'Eleven workers were killed by an explosion on the Deepwater Horizon rig.', date: '2010-04-20' },
      ]),
    ];
    expect(keyDates(story, buildTimeline(story))[0]?.summary).toMatch(/killed/);
  });

  it('never sums up a day by a headline run into its lead: the lead alone', () => {
    const story = [
      analyzed('h1', '2010-01-15', [
        {
          text: "Officials fear disease outbreak in Haiti's quake camps Health officials in Haiti fear an outbreak of disease in the crowded camps.",
          date: '2010-01-15',
        },
      ]),
    ];
    expect(keyDates(story, buildTimeline(story))[0]?.summary).toBe(
      'Health officials in Haiti fear an outbreak of disease in the crowded camps.',
    );
  });

  it('never sums up a day by the headline the corpus made the title, even in Title Case', () => {
    const headline = 'U.S. Seizes Control of AIG With $85 Billion Emergency Loan';
    const lead = 'Invoking extraordinary powers, the Federal Reserve took control of the insurer AIG on Tuesday.';
    const article = analyzed('t1', '2008-09-16', [{ text: `${headline} ${lead}`, date: '2008-09-16' }]);
    const story = [{ ...article, title: headline }];
    expect(keyDates(story, buildTimeline(story))[0]?.summary).toBe(lead);
  });

  it('lists the same days when only the top ones are summed up from tellings, the rest by their event', () => {
    const tail = keyDates(articles, timeline, KEY_DATE_METHOD, 1);
    expect(tail.map((d) => d.date)).toEqual(ranked.map((d) => d.date));
    expect(tail[0]).toEqual(ranked[0]);
    expect(tail.slice(1).every((d) => d.summary.length > 0)).toBe(true);
  });

  it('sums up a day by a sentence of a fresh report that names it, over commentary dated to it', () => {
    const report = 'Federal regulators seized Washington Mutual on Thursday in the largest bank failure ever.';
    const story = [
      analyzed('c1', '2008-09-25', [
        { text: 'What we are witnessing is the bankruptcy of modern economics, and it is sad.', date: '2008-09-25' },
      ]),
      // The report's own event is dated by its article: only its naming of Thursday ties it to the day.
      analyzed('c2', '2008-09-26', [{ text: report, date: '2008-09-26' }], [timeIn(report, 'Thursday', '2008-09-25')]),
    ];
    expect(keyDates(story, buildTimeline(story))[0]).toMatchObject({ date: '2008-09-25', summary: report });
  });

  it('sums up a day by the lead of a report the day after, over the same news told further down', () => {
    const first = 'Two Britons contracted swine flu within the UK yesterday, health officials confirmed.';
    const second = 'Health officials confirmed yesterday that two Britons had contracted swine flu within the UK.';
    const filler = 'Markets in London were calm in early trading this morning.';
    // An article whose text is the sentences given, the first its lead; `named` names the day.
    const report = (id: string, sentences: string[], named: string) => {
      const article = analyzed(
        id,
        '2009-05-02',
        sentences.map((text) => ({ text, date: text === named ? '2009-05-01' : '2009-05-02' })),
      );
      const at = article.text.indexOf(named);
      const time = timeIn(named, 'yesterday', '2009-05-01');
      return { ...article, times: [{ ...time, start: at + time.start, end: at + time.end }] };
    };
    const summaryOf = (story: ReturnType<typeof report>[]) =>
      keyDates(story, buildTimeline(story)).find((d) => d.date === '2009-05-01')?.summary;
    expect(summaryOf([report('p1', [first], first), report('p2', [filler, second], second)])).toBe(first);
    expect(summaryOf([report('p1', [filler, first], first), report('p2', [second], second)])).toBe(second);
  });

  it('sums up a day by a telling that names it over one that does not, however late it was told', () => {
    const named = 'On April 20 an explosion killed eleven rig workers.';
    const story = [
      analyzed(
        'late1',
        '2010-04-25',
        [{ text: named, date: '2010-04-20' }],
        [{ start: 3, end: 11, text: 'April 20', type: 'DATE', value: '2010-04-20' }],
      ),
      analyzed('late2', '2010-04-25', [
        { text: 'Officials met in Geneva to review the safety plans for the coming winter.', date: '2010-04-20' },
      ]),
    ];
    // First: the other may follow it as a second happening.
    expect(
      keyDates(story, buildTimeline(story))
        .find((d) => d.date === '2010-04-20')
        ?.summary.startsWith(named),
    ).toBe(true);
  });

  it('reads a telling as naming its day by a date or a part of the day, not by a clock time', () => {
    const text = 'Bush said last night that the crisis could devastate the economy. 07:39 GMT Markets opened.';
    const at = (word: string, type: 'DATE' | 'TIME', value: string) => timeIn(text, word, value, type);
    const sentence = (times: TimeExpression[]) => ({ ...analyzed('d1', '2008-09-25', []), text, times });
    const first = text.indexOf('.') + 1;
    expect(namesDay(sentence([at('last night', 'TIME', '2008-09-24TNI')]), 0, first, '2008-09-24')).toBe(true);
    expect(namesDay(sentence([at('last night', 'DATE', '2008-09-24')]), 0, first, '2008-09-24')).toBe(true);
    expect(namesDay(sentence([at('last night', 'DATE', '2008-09-23')]), 0, first, '2008-09-24')).toBe(false);
    // A page's clock stamp names no day, in the sentence or out of it.
    expect(namesDay(sentence([at('07:39 GMT', 'TIME', '2008-09-24T07:39')]), 0, text.length, '2008-09-24')).toBe(false);
    expect(namesDay(sentence([at('last night', 'TIME', '2008-09-24TNI')]), first, text.length, '2008-09-24')).toBe(
      false,
    );
  });

  it("sums up a day by no telling that names only another day, whatever the page's stamp says", () => {
    // Wire copy stamped with the day it was filed, telling what was said the day before.
    const wire =
      'May 7, 2009 1:13 am IST ABUJA (Reuters) - A meningitis outbreak in Nigeria is worse than feared, the Health Ministry said on Wednesday.';
    const at = (word: string, type: 'DATE' | 'TIME', value: string) => timeIn(wire, word, value, type);
    const copies = ['n1', 'n2', 'n3'].map((id) =>
      analyzed(
        id,
        '2009-05-07',
        [{ text: wire, date: '2009-05-07T01:13' }],
        [
          at('May 7, 2009', 'DATE', '2009-05-07'),
          at('1:13 am IST', 'TIME', '2009-05-07T01:13'),
          at('Wednesday', 'DATE', '2009-05-06'),
        ],
      ),
    );
    const report = 'Mexico reopened its schools, bars and restaurants on Thursday as the outbreak waned.';
    const story = [
      ...copies,
      analyzed('m1', '2009-05-07', [{ text: report, date: '2009-05-07' }], [timeIn(report, 'Thursday', '2009-05-07')]),
    ];
    const day = keyDates(story, buildTimeline(story)).find((d) => d.date === '2009-05-07');
    expect(day?.summary).toBe(report);
  });

  it('lists no day with an empty summary: a day its events only name as the edge of a span is left out', () => {
    // "from Monday's close" names Monday as where the fall was measured from: the fall was Tuesday's.
    const fall = "The three major US stock market indices each fell two percent from Monday's closing price.";
    const monday = fall.indexOf('Monday');
    const story = [
      analyzed(
        'm1',
        '2007-03-13',
        [
          { text: fall, date: '2007-03-12' },
          { text: 'Shares of subprime lenders plunged across the markets on Tuesday.', date: '2007-03-13' },
        ],
        [
          { start: monday, end: monday + 6, text: 'Monday', type: 'DATE', value: '2007-03-12' },
          dateMention('2007-03-13'),
        ],
      ),
    ];
    const timeline = buildTimeline(story);
    expect(timeline.some((e) => e.date === '2007-03-12')).toBe(true);
    for (const summarised of [100, 0]) {
      const days = keyDates(story, timeline, KEY_DATE_METHOD, summarised);
      expect(days.map((d) => d.date)).toEqual(['2007-03-13']);
      expect(days.every((d) => d.summary.length > 0)).toBe(true);
    }
  });

  it('has no key dates for an empty corpus', () => {
    expect(keyDates([], [])).toEqual([]);
  });
});

describe('a story told in two bursts years apart', () => {
  // A death in 2008, told by a large burst of coverage; the trial in 2011, told by a small one.
  function reports(day: string, next: string, count: number, event: string): ReturnType<typeof analyzed>[] {
    return Array.from({ length: count }, (_, k) =>
      analyzed(`${day}-${k}`, next, [{ text: `${event} was reported.`, date: day }], [dateMention(day)]),
    );
  }
  const coverage = Array.from({ length: 30 }, (_, k) =>
    analyzed(`c${k}`, '2008-05-20', [{ text: `Tributes were paid in town number ${k}.`, date: '2008-05-20' }]),
  );
  const story = [
    ...coverage,
    ...reports('2008-05-01', '2008-05-02', 4, 'The singer died'),
    ...reports('2008-05-10', '2008-05-11', 3, 'The funeral was held'),
    ...reports('2011-03-01', '2011-03-02', 2, 'The doctor was convicted'),
    // Recalled, so it outscores the day of tributes, yet it lies in the silence between the bursts.
    analyzed(
      'gap',
      '2011-03-02',
      [{ text: 'Back in 2009 the doctor moved to Texas.', date: '2009-08-01' }],
      [dateMention('2009-08-01')],
    ),
  ];

  it("ranks the retelling's best day beside the first telling's best, though its articles name fewer days", () => {
    // The trial is covered by nearly as many articles as the death, but only one names a day.
    const death = [
      ...reports('2008-05-01', '2008-05-02', 4, 'The singer died'),
      ...reports('2008-05-05', '2008-05-06', 3, 'The autopsy was released'),
      ...reports('2008-05-10', '2008-05-11', 2, 'The funeral was held'),
      ...reports('2008-05-14', '2008-05-15', 2, 'The estate was settled'),
    ];
    const waiting = Array.from({ length: 9 }, (_, k) =>
      analyzed(`w${k}`, '2011-03-03', [{ text: `Reporters waited outside court number ${k}.`, date: '2011-03-03' }]),
    );
    const trial = [...reports('2011-03-01', '2011-03-02', 1, 'The doctor was convicted'), ...waiting];
    const both = [...death, ...trial];
    expect(coverageBursts(both).map((b) => b.articles)).toEqual([11, 10]);
    expect(
      keyDates(both, buildTimeline(both))
        .slice(0, 2)
        .map((d) => d.date),
    ).toEqual(['2008-05-01', '2011-03-01']);
  });

  it('finds the bursts: a month without an article ends one', () => {
    expect(coverageBursts(story).map((b) => b.articles)).toEqual([37, 3]);
  });

  it('counts a day of the small burst against its own coverage, not the large burst', () => {
    const days = keyDates(story, buildTimeline(story)).map((d) => d.date);
    expect(days.indexOf('2011-03-01')).toBeLessThan(days.indexOf('2008-05-10'));
  });

  it('counts a stray article years later as it is: one article is no burst of its own', () => {
    const stray = analyzed(
      'stray',
      '2014-05-02',
      [{ text: 'A plaque to the singer was unveiled in the town.', date: '2014-05-01' }],
      [dateMention('2014-05-01')],
    );
    const days = keyDates([...story, stray], buildTimeline([...story, stray])).map((d) => d.date);
    expect(days.indexOf('2014-05-01')).toBeGreaterThan(days.indexOf('2008-05-01'));
  });

  it('ranks a day in the silence between the bursts after the days inside them', () => {
    expect(keyDates(story, buildTimeline(story)).at(-1)?.date).toBe('2009-08-01');
  });
});

describe('dayFeatures', () => {
  const features = dayFeatures(articles, buildTimeline(articles));

  it('counts next-day reports, the follow-up week and later recall apart', () => {
    // 11 June: named on the day (a1), the next day (a2) and nine days on (a3).
    expect(features.get('2009-06-11')).toMatchObject({
      mentions: 3,
      nextDay: 1,
      followUp: 1,
      recalled: 1,
      reported: 1,
      remembered: 0,
    });
  });

  it('counts reports in the two days after the day, and articles naming it more than a month on', () => {
    const named = (id: string, published: string) => analyzed(id, published, [], [dateMention('2010-04-20')]);
    const story = [
      named('r0', '2010-04-20'),
      named('r1', '2010-04-21'),
      named('r2', '2010-04-22'),
      named('r3', '2010-04-23'),
      named('m30', '2010-05-20'),
      named('m31', '2010-05-21'),
      named('m90', '2010-07-19'),
    ];
    expect(dayFeatures(story, []).get('2010-04-20')).toMatchObject({ mentions: 7, reported: 2, remembered: 2 });
  });

  it('measures a burst of coverage against the month before the day, whatever the story size', () => {
    const burst = (scale: number) => {
      const made = [];
      for (let i = 0; i < scale; i++) made.push(analyzed(`q${scale}-${i}`, '2012-03-02', []));
      made.push(analyzed(`b${scale}`, '2012-01-20', []));
      return dayFeatures(made, []).get('2012-03-02')!.burst;
    };
    expect(burst(4)).toBeGreaterThan(1);
    expect(burst(40)).toBeGreaterThan(burst(4));
  });
});

describe('the year a story writes a month-day with', () => {
  for (const rule of [BARE_MONTH_DAY, MONTH_DAY_YEAR]) {
    it(`${rule.name}: matches its examples and none of its counter-examples`, () => {
      for (const example of rule.examples) expect(rule.pattern.test(example), example).toBe(true);
      for (const example of rule.counterExamples) expect(rule.pattern.test(example), example).toBe(false);
    });
  }

  // A story of 2005 that recalls 2001: two articles write the year out, others write the month-day
  // alone, which the normaliser dates to the year nearest the article.
  const attacks = (id: string, published: string, times: TimeExpression[]) =>
    analyzed(id, published, [{ text: `Officials spoke in Baghdad (${id}).`, date: published }], times);
  const recalled = [
    attacks('w1', '2005-08-04', [dateMention('2001-09-11', 'September 11 2001')]),
    attacks('w2', '2005-09-20', [dateMention('2001-09-11', '11 September, 2001')]),
    attacks('b1', '2005-09-15', [dateMention('2005-09-11', 'September 11')]),
    attacks('b2', '2005-10-12', [dateMention('2005-09-11', 'September 11')]),
    attacks('b3', '2005-12-28', [dateMention('2005-09-11', 'Sunday, September 11')]),
  ];

  it('dates a bare month-day to the year the story writes it with', () => {
    expect(storyYears(recalled).get('09-11')).toBe('2001');
    const features = dayFeatures(recalled, buildTimeline(recalled));
    expect(features.get('2001-09-11')?.mentions).toBe(5);
    expect(features.get('2005-09-11')?.mentions ?? 0).toBe(0);
  });

  it('leaves a month-day written with its year as written, and a day named otherwise', () => {
    const years = new Map([['09-11', '2001']]);
    expect(storyValue({ value: '2005-09-11', text: '11 September 2005' }, years)).toBe('2005-09-11');
    expect(storyValue({ value: '2005-09-11', text: 'yesterday' }, years)).toBe('2005-09-11');
    expect(storyValue({ value: '2005-09-11T14:00', text: 'September 11' }, years)).toBe('2001-09-11T14:00');
    expect(storyValue({ value: '2005-09-11' }, years)).toBe('2005-09-11');
  });

  it('does not sum up a day by a telling that names it only by a month-day of another year', () => {
    const told = 'Officials said the September 11 attacks changed the war in Iraq.';
    const start = told.indexOf('September 11');
    const story = [
      ...recalled,
      analyzed(
        't1',
        '2005-09-20',
        [{ text: told, date: '2005-09-11' }],
        [{ start, end: start + 12, text: 'September 11', type: 'DATE', value: '2005-09-11' }],
      ),
    ];
    const timeline = buildTimeline(story);
    expect(timeline.some((e) => e.date === '2005-09-11')).toBe(true);
    for (const summarised of [100, 0]) {
      expect(keyDates(story, timeline, KEY_DATE_METHOD, summarised).map((d) => d.date)).not.toContain('2005-09-11');
    }
  });

  it('does not take a year one article writes: the story needs two', () => {
    const aside = [recalled[0]!, ...recalled.slice(2)];
    expect(storyYears(aside).has('09-11')).toBe(false);
    expect(dayFeatures(aside, buildTimeline(aside)).get('2005-09-11')?.mentions).toBe(3);
  });

  it('does not take a year when the story writes the month-day with other years as often', () => {
    const both = [
      ...recalled,
      attacks('o1', '2005-09-12', [dateMention('2005-09-11', 'September 11, 2005')]),
      attacks('o2', '2005-09-13', [dateMention('2005-09-11', '11 September 2005')]),
    ];
    expect(storyYears(both).has('09-11')).toBe(false);
    expect(dayFeatures(both, buildTimeline(both)).get('2005-09-11')?.mentions).toBe(5);
  });
});

describe('the ends of a range of days', () => {
  /** An article of one text whose time expressions are the given phrases, each naming `values`' day. */
  function listing(id: string, published: string, text: string, phrases: Array<[string, string]>) {
    const times: TimeExpression[] = phrases.map(([phrase, value]) => {
      const start = text.indexOf(phrase);
      return { start, end: start + phrase.length, text: phrase, type: 'DATE', value };
    });
    return { ...analyzed(id, published, [{ text, date: published }], times), text };
  }

  it('tells the days a range joins, and a day followed by the last day of its range', () => {
    const text = 'Festivals: Sundance, January 24 - February 4; Telluride, September 1 - 10; Venice on August 30.';
    const article = listing('f1', '2005-12-13', text, [
      ['January 24', '2006-01-24'],
      ['February 4', '2006-02-04'],
      ['September 1', '2005-09-01'],
      ['August 30', '2005-08-30'],
    ]);
    expect([...rangeEnds(article)].map((t) => t.text)).toEqual(['January 24', 'February 4', 'September 1']);
  });

  it('tells the days "between" joins as a range', () => {
    const text = 'The poll was conducted between November 15 and January 3 in 21 countries.';
    const article = listing('p1', '2005-01-20', text, [
      ['November 15', '2004-11-15'],
      ['January 3', '2005-01-03'],
    ]);
    expect([...rangeEnds(article)].map((t) => t.text)).toEqual(['November 15', 'January 3']);
  });

  it('does not take two days told together for a range', () => {
    const text = 'The London bombings of July 7 and July 21 were planned in Leeds.';
    const article = listing('l1', '2005-12-28', text, [
      ['July 7', '2005-07-07'],
      ['July 21', '2005-07-21'],
    ]);
    expect(rangeEnds(article).size).toBe(0);
  });

  it('does not count a range end as naming its day', () => {
    const text = 'The fair runs from May 16 to May 27 in Cannes.';
    const story = [
      listing('r1', '2005-07-01', text, [
        ['May 16', '2005-05-16'],
        ['May 27', '2005-05-27'],
      ]),
    ];
    const features = dayFeatures(story, buildTimeline(story));
    expect(features.get('2005-05-16')?.mentions ?? 0).toBe(0);
    expect(features.get('2005-05-27')?.mentions ?? 0).toBe(0);
  });
});

describe('how time expressions write their days, kept without the text', () => {
  it('gives the same day features from the forms as from the texts (an archive keeps no text)', () => {
    const festival = 'Festivals: Sundance, January 24 - February 4; Telluride, September 1 - 10.';
    const at = (phrase: string, value: string): TimeExpression => {
      const start = festival.indexOf(phrase);
      return { start, end: start + phrase.length, text: phrase, type: 'DATE', value };
    };
    const written = (id: string, published: string, text: string, value: string) =>
      analyzed(
        id,
        published,
        [{ text: `Officials spoke in Baghdad (${id}).`, date: published }],
        [dateMention(value, text)],
      );
    const story: DatedArticle[] = [
      written('w1', '2005-08-04', 'September 11 2001', '2001-09-11'),
      written('w2', '2005-09-20', '11 September, 2001', '2001-09-11'),
      written('b1', '2005-09-15', 'September 11', '2005-09-11'),
      written('b2', '2005-10-12', 'September 11', '2005-09-11'),
      {
        ...analyzed(
          'f1',
          '2005-12-13',
          [{ text: festival, date: '2005-12-13' }],
          [at('January 24', '2006-01-24'), at('February 4', '2006-02-04'), at('September 1', '2005-09-01')],
        ),
        text: festival,
      },
    ];
    const stored: DatedArticle[] = story.map((article) => {
      const forms = timeForms(article);
      return {
        date: article.date,
        events: article.events,
        times: article.times.map(({ type, value, mod, start }, i) => ({ type, value, mod, start, ...forms[i] })),
      };
    });
    expect(stored[4]!.times.filter((t) => t.rangeEnd).length).toBe(3);
    expect(stored[2]!.times[0]!.monthDay).toBe('bare');
    expect(stored[0]!.times[0]!.monthDay).toBe('year');
    expect(dayFeatures(stored, [])).toEqual(dayFeatures(story, []));
    expect(dayFeatures(stored, []).get('2001-09-11')?.mentions).toBe(4);
  });
});

describe('choosing the key-date method', () => {
  // Stories whose key days are the ones reported the next day and recalled later; days that only
  // the articles of the day name, however many, are not key.
  function story(name: string, seed: number): LabelledStory {
    const made = [];
    const keyDays: string[] = [];
    for (let i = 1; i <= 20; i++) {
      const day = `2009-06-${String(i).padStart(2, '0')}`;
      made.push(analyzed(`${name}-${day}`, day, [{ text: `Something happened on day ${i}.`, date: day }]));
      if ((i + seed) % 4 !== 0) {
        for (let k = 0; k < 4; k++) made.push(analyzed(`${name}-${day}-${k}`, day, [], [dateMention(day)]));
        continue;
      }
      keyDays.push(day);
      const next = `2009-06-${String(i + 1).padStart(2, '0')}`;
      made.push(analyzed(`${name}-${day}-n`, next, [], [dateMention(day)]));
      made.push(analyzed(`${name}-${day}-r`, '2009-06-30', [], [dateMention(day)]));
    }
    return {
      name,
      features: dayFeatures(made, buildTimeline(made)),
      bursts: coverageBursts(made),
      references: [keyDays],
    };
  }

  it('chooses the method that finds the key days', () => {
    expect(chooseKeyDateMethod([story('a', 0), story('b', 1)]).name).toBe('next day × recalled');
  });

  it('scores each story left out by the method chosen on the others', () => {
    const folds = leaveOneStoryOut([story('a', 0), story('b', 1), story('c', 2)]);
    expect(folds.map((f) => f.heldOut)).toEqual(['a', 'b', 'c']);
    for (const fold of folds) expect(fold.f1).toBe(1);
  });

  it('ties to the first, simplest method when nothing tells them apart', () => {
    const empty: LabelledStory = { name: 'e', features: new Map(), bursts: [], references: [['2009-06-01']] };
    expect(chooseKeyDateMethod([empty])).toBe(KEY_DATE_METHODS[0]);
  });

  it('scores dates as score.mjs does: mean over references of F1 of the top k', () => {
    expect(
      dateF1(['2009-06-01', '2009-06-02', '2009-06-03'], [['2009-06-01', '2009-06-03'], ['2009-06-02']]),
    ).toBeCloseTo(
      // the top two hold one of two (F1 0.5); the top one misses (F1 0)
      (0.5 + 0) / 2,
    );
  });
});
