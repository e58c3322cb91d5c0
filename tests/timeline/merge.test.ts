import { describe, expect, it } from 'vitest';
import { buildTimeline, compareEvents } from '../../src/timeline/index.js';
import type { Precision, TimeMod, TimelineEvent } from '../../src/types.js';
import { analyzed } from './make-articles.js';

const who = [
  analyzed('a1', '2009-06-11', [
    {
      text: 'The World Health Organization declared a global flu pandemic on Thursday.',
      date: '2009-06-11',
      entities: ['World Health Organization'],
    },
  ]),
  analyzed('a2', '2009-06-12', [
    { text: 'Markets were calm in Asia.', date: '2009-06-12' },
    {
      text: 'The World Health Organization declared the first flu pandemic in 41 years on Thursday.',
      date: '2009-06-11',
      entities: ['World Health Organization'],
      lead: false,
    },
    { text: 'He said the WHO pandemic flu declaration on Thursday changes little.', date: '2009-06-11', lead: false },
  ]),
  analyzed('a3', '2009-06-15', [
    {
      text: 'On 11 June the World Health Organization declared a flu pandemic, its first since 1968.',
      date: '2009-06-11',
      entities: ['World Health Organization'],
    },
  ]),
  analyzed('a4', '2009-06-11', [
    {
      text: 'Mexico reopened its schools after the outbreak eased in the capital.',
      date: '2009-06-11',
      entities: ['Mexico'],
    },
  ]),
];

describe('buildTimeline', () => {
  const timeline = buildTimeline(who);
  const declaration = timeline.find((e) => e.summary.includes('pandemic'));

  it('merges tellings of one happening from several articles into one event with every source', () => {
    expect(declaration?.sources.map((s) => s.articleId).sort()).toEqual(['a1', 'a2', 'a3']);
  });

  it('lists each article once among the sources even when it tells the happening twice', () => {
    const ids = declaration?.sources.map((s) => s.articleId) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps a different happening on the same day apart', () => {
    const sameDay = timeline.filter((e) => e.date === '2009-06-11');
    expect(sameDay).toHaveLength(2);
    expect(sameDay.find((e) => e.summary.startsWith('Mexico'))?.sources).toHaveLength(1);
  });

  it('summarises with a whole sentence, not one leaning on a pronoun', () => {
    expect(declaration?.summary).toMatch(/^(The|On 11 June) .*World Health Organization declared .*pandemic.*\.$/);
  });

  it('orders events by date, and gives the same ids whatever the input order', () => {
    expect(timeline.map((e) => e.date)).toEqual(['2009-06-11', '2009-06-11', '2009-06-12']);
    const again = buildTimeline([...who].reverse());
    expect(again.map((e) => e.id)).toEqual(timeline.map((e) => e.id));
  });

  it('puts the event with more sources first within a day', () => {
    expect(timeline[0]?.sources.length).toBeGreaterThan(timeline[1]?.sources.length ?? 0);
  });

  it('does not merge a vague date with a day inside it, nor across modifiers', () => {
    const articles = [
      analyzed('b1', '2024-02-07', [
        { text: 'A drone strike killed three US troops in Jordan.', date: '2024-01', precision: 'month', mod: 'END' },
      ]),
      analyzed('b2', '2024-02-08', [{ text: 'A drone strike killed three US troops in Jordan.', date: '2024-01-28' }]),
      analyzed('b3', '2024-02-09', [
        { text: 'A drone strike killed three US troops in Jordan.', date: '2024-01', precision: 'month' },
      ]),
      analyzed('b4', '2024-02-09', [
        {
          text: 'The drone strike killed three American troops in Jordan.',
          date: '2024-01',
          precision: 'month',
          mod: 'END',
        },
      ]),
    ];
    const timeline = buildTimeline(articles);
    expect(timeline.map((e) => [e.date, e.mod ?? '', e.sources.length])).toEqual([
      ['2024-01', '', 1],
      ['2024-01-28', '', 1],
      ['2024-01', 'END', 2],
    ]);
  });

  it('never summarises with a quote fragment when a plain telling exists', () => {
    const timeline = buildTimeline([
      analyzed('q1', '2009-06-11', [
        {
          text: '“We have moved into the early days of the first influenza pandemic,” said Margaret Chan.',
          date: '2009-06-11',
        },
      ]),
      analyzed('q2', '2009-06-11', [
        { text: 'influenza pandemic, Margaret Chan said in Geneva on Thursday.', date: '2009-06-11' },
      ]),
      analyzed('q3', '2009-06-12', [
        {
          text: 'Margaret Chan declared the first influenza pandemic in Geneva on Thursday.',
          date: '2009-06-11',
          lead: false,
        },
      ]),
    ]);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]?.summary).toBe('Margaret Chan declared the first influenza pandemic in Geneva on Thursday.');
  });

  it("sums up a row many articles tell by a telling with no gallery's teaser glued to it (t17_bpoil)", () => {
    const gallery =
      "Oil execs in Senate hearing as gulf oil spill cleanup efforts continue -- photos Oil companies stress one another's failures in a Senate hearing after the explosion of the Deepwater Horizon oil rig April 20.";
    const report = 'The Deepwater Horizon oil rig exploded in the Gulf of Mexico on 20 April, killing 11 workers.';
    const timeline = buildTimeline([
      ...['g1', 'g2', 'g3', 'g4'].map((id) =>
        analyzed(id, '2010-05-12', [
          { text: gallery, date: '2010-04-20', lead: false, entities: ['Deepwater Horizon'] },
        ]),
      ),
      analyzed('r1', '2010-04-21', [{ text: report, date: '2010-04-20', entities: ['Deepwater Horizon'] }]),
    ]);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]?.sources).toHaveLength(5);
    expect(timeline[0]?.summary).toBe(report);
  });

  it('marks a merged date exact when one source states it outright', () => {
    const timeline = buildTimeline([
      analyzed('c1', '2009-06-11', [{ text: 'The WHO declared a flu pandemic.', date: '2009-06-11' }]),
      analyzed('c2', '2009-06-12', [{ text: 'The WHO declared a flu pandemic.', date: '2009-06-11', lead: false }]),
    ]);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]?.approximate).toBe(false);
  });
});

describe('buildTimeline on the seed article', () => {
  const seed = analyzed('seed', '2024-02-07', [
    {
      text: 'A US drone strike has hit a car in the Iraqi capital, killing three members of the powerful Kataib Hezbollah militia.',
      date: '2024-02-07',
    },
    {
      text: 'a drone strike that killed three US troops in Jordan in late January.',
      date: '2024-01',
      precision: 'month',
      mod: 'END',
      lead: false,
    },
    {
      text: 'the US military launched an air assault on dozens of sites in Iraq and Syria',
      date: '2024-02-07',
      mod: 'BEFORE',
      lead: false,
    },
    {
      text: 'Also on Wednesday, the media office of the Houthi rebels in Yemen reported two air strikes in the Ras Issa area.',
      date: '2024-02-07',
      lead: false,
    },
  ]);

  it('tells the story in order: Jordan, the air assault, then the Baghdad strike and Ras Issa', () => {
    const timeline = buildTimeline([seed]);
    expect(timeline.map((e) => e.summary.slice(0, 24))).toEqual([
      'A drone strike that kill',
      'The US military launched',
      expect.stringMatching(/^(A US drone strike has hi|Also on Wednesday, the m)/),
      expect.stringMatching(/^(A US drone strike has hi|Also on Wednesday, the m)/),
    ]);
    expect(timeline[1]).toMatchObject({ date: '2024-02-07', mod: 'BEFORE', approximate: true });
  });
});

describe('ordering within a day', () => {
  it('puts the more told first, then what the first report tells first (its lead)', async () => {
    const { compareEvents } = await import('../../src/timeline/index.js');
    const event = (id: string, start: number, sources = 1) => ({
      id,
      date: '2024-02-07',
      precision: 'day' as const,
      approximate: false,
      summary: id,
      entities: [],
      sources: Array.from({ length: sources }, (_, i) => ({
        path: `a${i}.txt`,
        articleId: `a${i}`,
        start,
        end: start + 10,
      })),
    });
    const sorted = [event('zz-lead', 0), event('aa-later', 2218), event('mm-told-twice', 500, 2)].sort(compareEvents);
    expect(sorted.map((e) => e.id)).toEqual(['mm-told-twice', 'zz-lead', 'aa-later']);
  });
});

describe('ordering of values placed on one day', () => {
  // As the extractor dates them: H1 and Q1 both of precision 'quarter', spring and March both
  // starting on 1 March; each value told by one to three articles, some only "before" it.
  const VALUES: Array<{ date: string; precision: Precision; mod?: TimeMod }> = [
    { date: '2009', precision: 'year' },
    { date: '2009-Q1', precision: 'quarter' },
    { date: '2009-H1', precision: 'quarter' },
    { date: '2009-01', precision: 'month' },
    { date: '2009-01-01', precision: 'day' },
    { date: '2009-02', precision: 'month' },
    { date: '2009-03', precision: 'month' },
    { date: '2009-03', precision: 'month', mod: 'BEFORE' },
    { date: '2009-SP', precision: 'season' },
    { date: '2009-03-01', precision: 'day' },
    { date: '2009-03-01', precision: 'day', mod: 'BEFORE' },
    { date: '2009-03-02', precision: 'day' },
  ];
  const events: TimelineEvent[] = VALUES.flatMap((value, v) =>
    [1, 3, 2].map((told, k) => ({
      id: `e${v}-${k}`,
      ...value,
      approximate: value.precision !== 'day',
      summary: `event ${v}.${k}`,
      entities: [],
      sources: Array.from({ length: told }, (_, i) => ({
        path: `a${(v * 7 + k * 3 + i) % 11}.txt`,
        articleId: `a${i}`,
        start: k * 100,
        end: k * 100 + 50,
      })),
    })),
  );

  it('keeps the rows of one date value together (one heading each), the vaguer first, the days after', () => {
    // Several arrival orders: the order must not depend on it.
    for (let shift = 0; shift < events.length; shift += 5) {
      const arrived = [...events.slice(shift), ...events.slice(0, shift)].reverse();
      const dates = [...arrived].sort(compareEvents).map((e) => e.date);
      const headings = dates.filter((date, i) => i === 0 || date !== dates[i - 1]);
      expect(new Set(headings).size).toBe(headings.length);
      expect(headings).toEqual([
        '2009',
        '2009-H1',
        '2009-Q1',
        '2009-01',
        '2009-01-01',
        '2009-02',
        '2009-SP',
        '2009-03',
        '2009-03-01',
        '2009-03-02',
      ]);
    }
  });

  it('puts what happened "before" a value first among its rows', () => {
    const march = [...events].sort(compareEvents).filter((e) => e.date === '2009-03');
    expect(march.map((e) => e.mod ?? '')).toEqual(['BEFORE', 'BEFORE', 'BEFORE', '', '', '']);
  });
});
