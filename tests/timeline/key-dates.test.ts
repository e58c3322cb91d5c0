import { describe, expect, it } from 'vitest';
import { buildTimeline, coverageSpan, dayFeatures, keyDates } from '../../src/timeline/index.js';
import { learnKeyDateWeights } from '../../src/timeline/key-date-learning.js';
import type { TimeExpression } from '../../src/types.js';
import { analyzed } from './make-articles.js';

function dateMention(value: string): TimeExpression {
  return { start: 0, end: 1, text: 'x', type: 'DATE', value };
}

const articles = [
  analyzed(
    'a1',
    '2009-06-11',
    [{ text: 'The WHO declared a flu pandemic.', date: '2009-06-11' }],
    [dateMention('2009-06-11')],
  ),
  analyzed(
    'a2',
    '2009-06-12',
    [{ text: 'The WHO declared a flu pandemic on Thursday.', date: '2009-06-11' }],
    [dateMention('2009-06-11')],
  ),
  analyzed(
    'a3',
    '2009-06-20',
    [{ text: 'On 11 June the WHO declared a flu pandemic.', date: '2009-06-11' }],
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
    [{ text: 'Nothing much happened.', date: '2009-06-21' }],
    [dateMention('2001-09-11'), dateMention('2009-06-08')],
  ),
];

describe('keyDates', () => {
  const timeline = buildTimeline(articles);
  const ranked = keyDates(articles, timeline);

  it('ranks the day most articles name first, with its best event as summary', () => {
    expect(ranked[0]).toMatchObject({ date: '2009-06-11', events: 1 });
    expect(ranked[0]?.summary).toMatch(/WHO declared a flu pandemic/);
  });

  it('ranks a day two articles name in the week after above one day that one article names, all else equal', () => {
    const followed = [
      analyzed('f1', '2009-06-12', [], [dateMention('2009-06-10'), dateMention('2009-06-09')]),
      analyzed('f2', '2009-06-13', [], [dateMention('2009-06-10')]),
    ];
    const dates = keyDates(followed, []).map((d) => d.date);
    expect(dates.indexOf('2009-06-10')).toBeLessThan(dates.indexOf('2009-06-09'));
  });

  it('ranks the earlier of two days followed up alike first: more of the story comes after it', () => {
    const story = [
      analyzed('e1', '2009-06-02', [], [dateMention('2009-06-01')]),
      analyzed('e2', '2009-06-03', []),
      analyzed('e3', '2009-06-21', [], [dateMention('2009-06-20')]),
    ];
    const dates = keyDates(story, []).map((d) => d.date);
    expect(dates.indexOf('2009-06-01')).toBeLessThan(dates.indexOf('2009-06-20'));
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

  it('sums up a day by the event that stands alone when several are told as often', () => {
    const seed = [
      analyzed('s1', '2024-02-07', [
        {
          text: 'A US drone strike has hit a car in the Iraqi capital, killing three militia members.',
          date: '2024-02-07',
        },
        {
          text: 'Also on Wednesday, the Houthi rebels in Yemen reported two air strikes near Ras Issa.',
          date: '2024-02-07',
          lead: false,
        },
      ]),
    ];
    expect(keyDates(seed, buildTimeline(seed))[0]?.summary).toMatch(/^A US drone strike/);
  });

  it('has no key dates for an empty corpus', () => {
    expect(keyDates([], [])).toEqual([]);
  });
});

describe('dayFeatures', () => {
  const features = dayFeatures(articles, buildTimeline(articles));

  it('counts as follow-up only the articles that name a day within the week after it', () => {
    // 11 June: named by a2 the next day (follow-up) and by a3 nine days on (recalled, not follow-up).
    expect(features.get('2009-06-11')).toMatchObject({ mentions: 3, followUp: 1, recalled: 2 });
  });

  it('gives each day the share of dated articles published after it', () => {
    expect(features.get('2009-06-11')?.later).toBeCloseTo(4 / 5);
    expect(features.get('2009-06-20')?.later).toBeCloseTo(1 / 5);
    expect(features.get('2009-06-21')?.later).toBe(0);
    expect(features.get('2001-09-11')?.later).toBe(1);
  });
});

describe('learnKeyDateWeights', () => {
  // Key days are the ones followed up; how much of the story comes after them says nothing here.
  function story(seed: number) {
    const made = [];
    const keyDays = new Set<string>();
    for (let i = 1; i <= 12; i++) {
      const day = `2009-06-${String(i).padStart(2, '0')}`;
      made.push(analyzed(`${seed}-${day}`, day, []));
      if ((i + seed) % 3 !== 0) continue;
      keyDays.add(day);
      const next = `2009-06-${String(i + 1).padStart(2, '0')}`;
      made.push(analyzed(`${seed}-${day}-a`, next, [], [dateMention(day)]));
      made.push(analyzed(`${seed}-${day}-b`, next, [], [dateMention(day)]));
    }
    return { features: dayFeatures(made, []), span: coverageSpan(made), keyDays };
  }

  it('weighs up the feature that sets key days apart', () => {
    const weights = learnKeyDateWeights([story(0), story(1)], ['followUp', 'later']);
    expect(weights.followUp).toBeGreaterThan(0);
    expect(weights.followUp).toBeGreaterThan(Math.abs(weights.later));
    expect(weights.mentions).toBe(0);
  });

  it('learns the same weights from the same stories', () => {
    const stories = [story(0), story(2)];
    expect(learnKeyDateWeights(stories, ['followUp', 'later'])).toEqual(
      learnKeyDateWeights(stories, ['followUp', 'later']),
    );
  });

  it('learns nothing from stories without key days', () => {
    const empty = { ...story(0), keyDays: new Set<string>() };
    expect(learnKeyDateWeights([empty], ['followUp', 'later'])).toMatchObject({ followUp: 0, later: 0 });
  });
});
