import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline, compareEvents } from '../../src/timeline/index.js';
import type { TimeMod } from '../../src/types.js';
import { analyzed, type EventSpec } from './make-articles.js';

const SENTENCES = [
  'The WHO declared a flu pandemic.',
  'The World Health Organization declared a global flu pandemic.',
  'Lehman Brothers filed for bankruptcy in New York.',
  'Bombs exploded on three underground trains in London.',
  'Voters in Iraq elected a new national assembly.',
  'Officials said more cases were confirmed in Mexico.',
];
const DATES: Array<Pick<EventSpec, 'date' | 'precision' | 'mod'>> = [
  { date: '2009-06-11' },
  { date: '2009-06-12' },
  { date: '2009-06-11T14:00', precision: 'time' },
  { date: '2009-06', precision: 'month' },
  { date: '2009-06', precision: 'month', mod: 'END' as TimeMod },
  { date: '2009-06-11', mod: 'BEFORE' as TimeMod },
];

const eventSpec = fc.record({ sentence: fc.integer({ min: 0, max: 5 }), date: fc.integer({ min: 0, max: 5 }) });
const corpus = fc
  .array(fc.array(eventSpec, { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 8 })
  .map((articles) =>
    articles.map((events, i) =>
      analyzed(
        `art${i}`,
        '2009-06-13',
        events.map((e) => ({ text: SENTENCES[e.sentence]!, ...DATES[e.date]! })),
      ),
    ),
  );

describe('buildTimeline (properties)', () => {
  it('is chronological, lists each article once per event, and loses no article', () => {
    fc.assert(
      fc.property(corpus, (articles) => {
        const timeline = buildTimeline(articles);
        for (let i = 1; i < timeline.length; i++)
          expect(compareEvents(timeline[i - 1]!, timeline[i]!)).toBeLessThanOrEqual(0);
        for (const event of timeline) {
          const ids = event.sources.map((s) => s.articleId);
          expect(new Set(ids).size).toBe(ids.length);
        }
        const told = new Set(articles.filter((a) => a.events.length > 0).map((a) => a.id));
        const shown = new Set(timeline.flatMap((e) => e.sources.map((s) => s.articleId)));
        expect(shown).toEqual(told);
      }),
    );
  });

  it('does not depend on the order the articles come in', () => {
    fc.assert(
      fc.property(corpus, (articles) => {
        const forward = buildTimeline(articles);
        const backward = buildTimeline([...articles].reverse());
        expect(backward.map((e) => [e.id, e.summary, e.sources.length])).toEqual(
          forward.map((e) => [e.id, e.summary, e.sources.length]),
        );
      }),
    );
  });
});
