import { describe, expect, it } from 'vitest';
import { buildTimeline, keyDates } from '../../src/timeline/index.js';
import type { TimeExpression } from '../../src/types.js';
import { analyzed } from './make-articles.js';

function dateMention(value: string): TimeExpression {
  return { start: 0, end: 1, text: 'x', type: 'DATE', value };
}

const articles = [
  analyzed('a1', '2009-06-11', [{ text: 'The WHO declared a flu pandemic.', date: '2009-06-11' }], [dateMention('2009-06-11')]),
  analyzed('a2', '2009-06-12', [{ text: 'The WHO declared a flu pandemic on Thursday.', date: '2009-06-11' }], [dateMention('2009-06-11')]),
  analyzed('a3', '2009-06-20', [{ text: 'On 11 June the WHO declared a flu pandemic.', date: '2009-06-11' }], [
    dateMention('2009-06-11'),
    dateMention('2009-06-09'),
  ]),
  analyzed('a4', '2009-06-20', [{ text: 'Officials met in Geneva to review the vaccine plans.', date: '2009-06-20' }], [
    dateMention('2001-09-11'),
    dateMention('2001-09-11'),
    dateMention('2009-06-08'),
  ]),
  analyzed('a5', '2009-06-21', [{ text: 'Nothing much happened.', date: '2009-06-21' }], [dateMention('2001-09-11'), dateMention('2009-06-08')]),
];

describe('keyDates', () => {
  const timeline = buildTimeline(articles);
  const ranked = keyDates(articles, timeline);

  it('ranks the day most articles name first, with its best event as summary', () => {
    expect(ranked[0]).toMatchObject({ date: '2009-06-11', events: 1 });
    expect(ranked[0]?.summary).toMatch(/WHO declared a flu pandemic/);
  });

  it('ranks a day named by two articles above one named by one, all else equal', () => {
    const dates = ranked.map((d) => d.date);
    expect(dates.indexOf('2009-06-08')).toBeLessThan(dates.indexOf('2009-06-09'));
  });

  it('puts background days far outside the coverage last, however often named', () => {
    expect(ranked.at(-1)?.date).toBe('2001-09-11');
  });

  it('returns days only, the days inside the coverage most salient first', () => {
    expect(ranked.every((d) => /^\d{4}-\d\d-\d\d$/.test(d.date))).toBe(true);
    const scores = ranked.filter((d) => d.date.startsWith('2009')).map((d) => d.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('summarises a day without events by the title of an article published on it', () => {
    const undated = [analyzed('u1', '2009-06-11', []), analyzed('u2', '2009-06-11', [])];
    undated[0]!.title = 'Pandemic declared';
    expect(keyDates(undated, [])[0]).toMatchObject({ date: '2009-06-11', events: 0, summary: 'Pandemic declared' });
  });

  it("sums up a day by the event that stands alone when several are told as often", () => {
    const seed = [
      analyzed('s1', '2024-02-07', [
        { text: 'A US drone strike has hit a car in the Iraqi capital, killing three militia members.', date: '2024-02-07' },
        { text: 'Also on Wednesday, the Houthi rebels in Yemen reported two air strikes near Ras Issa.', date: '2024-02-07', lead: false },
      ]),
    ];
    expect(keyDates(seed, buildTimeline(seed))[0]?.summary).toMatch(/^A US drone strike/);
  });

  it('has no key dates for an empty corpus', () => {
    expect(keyDates([], [])).toEqual([]);
  });
});
