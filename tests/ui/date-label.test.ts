import { describe, expect, it } from 'vitest';
import {
  dateColumnWidth,
  dateLabel,
  timelineDateLabel,
  timelineSpan,
  timelineSpanOf,
} from '../../src/ui/date-label.js';
import { placementOf } from '../../src/timeline/index.js';
import type { TimeMod } from '../../src/types.js';

describe('date labels', () => {
  it('marks vague dates with ~ and says their modifier in words', () => {
    expect(dateLabel({ date: '2024-02-07', precision: 'day', approximate: false })).toBe('2024-02-07');
    expect(dateLabel({ date: '2024-01', precision: 'month', mod: 'END', approximate: true })).toBe('~2024-01 late');
    expect(dateLabel({ date: '2024-02-07', precision: 'day', mod: 'BEFORE', approximate: true })).toBe(
      '~2024-02-07 before',
    );
  });

  it('reads decades and centuries as people write them', () => {
    expect(dateLabel({ date: '199', precision: 'decade', approximate: true })).toBe('~1990s');
    expect(dateLabel({ date: '16', precision: 'century', approximate: true })).toBe('~17th c.');
    expect(dateLabel({ date: '20', precision: 'century', approximate: true })).toBe('~21st c.');
  });

  it("says on a narrow terminal only what the row's heading does not, in a column of 8", () => {
    const row = (event: Parameters<typeof dateLabel>[0]): string => timelineDateLabel(event, 60);
    expect(dateColumnWidth(60)).toBe(8);
    expect(row({ date: '2024-02-07', precision: 'day', approximate: false })).toBe(' '.repeat(8));
    expect(row({ date: '2024-01', precision: 'month', mod: 'END', approximate: true })).toBe('~ late  ');
    expect(row({ date: '2024-02-07', precision: 'day', mod: 'BEFORE', approximate: true })).toBe('~ before');
    expect(row({ date: '2024-02-07T14:30', precision: 'time', approximate: false })).toBe('14:30   ');
    expect(row({ date: '2011-W10', precision: 'week', approximate: true })).toBe('~       ');
    expect(row({ date: '199', precision: 'decade', approximate: true })).toBe('~       ');
  });

  it('keeps the whole label in a column of 18 from 80 columns on', () => {
    expect(dateColumnWidth(80)).toBe(18);
    expect(timelineDateLabel({ date: '2024-02-07', precision: 'day', mod: 'BEFORE', approximate: true }, 100)).toBe(
      '~2024-02-07 before',
    );
    expect(timelineDateLabel({ date: '2024-02-07', precision: 'day', approximate: false }, 80)).toBe(
      '2024-02-07'.padEnd(18),
    );
  });

  it('spans the dated events by full calendar values, leaving decades and centuries out', () => {
    expect(timelineSpan([{ date: '2024-02-07' }, { date: '199' }, { date: '21' }, { date: '1609' }])).toBe(
      '1609 – 2024-02-07',
    );
    expect(timelineSpan([{ date: 'PAST_REF' }])).toBe('no dated events');
    expect(timelineSpan([{ date: '2024-01' }])).toBe('2024-01');
    expect(timelineSpan([{ date: '2011-03-18' }, { date: '2011-W10' }, { date: '2007-02-26' }])).toBe(
      '2007-02-26 – 2011-03-18',
    );
  });

  it('says only the years of the span when asked, once when they are one', () => {
    expect(timelineSpan([{ date: '2024-02-07' }, { date: '1934' }], true)).toBe('1934 – 2024');
    expect(timelineSpan([{ date: '2024-01' }, { date: '2024-02-07' }], true)).toBe('2024');
    expect(timelineSpan([{ date: 'PAST_REF' }], true)).toBe('no dated events');
  });
});

describe('the span of a timeline read from its ends', () => {
  // In placement order (undated last), as the timeline is built: the span read from the rows
  // near its ends is the span of all its rows.
  const timeline = (...dates: Array<[string, TimeMod?]>) => {
    const rows = dates
      .map(([date, mod]) => ({ date, mod }))
      .sort(
        (a, b) =>
          (placementOf(a.date, a.mod) ?? Number.MAX_SAFE_INTEGER) -
          (placementOf(b.date, b.mod) ?? Number.MAX_SAFE_INTEGER),
      );
    return {
      rows,
      list: { length: rows.length, dateAt: (i: number) => rows[i]!.date, modAt: (i: number) => rows[i]!.mod },
    };
  };

  it('agrees with the span of every row, decades, seasons, late years and undated rows among them', () => {
    const cases = [
      timeline(['2024-02-07'], ['199'], ['21'], ['1609'], ['PAST_REF']),
      timeline(['2009', 'END'], ['2009-03-01'], ['2010-01-05'], ['2010', 'MID'], ['2010-12-30']),
      timeline(['2011-03-18'], ['2011-W10'], ['2007-02-26'], ['FUTURE_REF'], ['PRESENT_REF']),
      timeline(['2010-WI'], ['2010-12-01'], ['2011-01-02'], ['2010-Q4', 'END']),
      timeline(['PAST_REF']),
      timeline(),
    ];
    for (const { rows, list } of cases)
      for (const years of [false, true]) expect(timelineSpanOf(list, years)).toBe(timelineSpan(rows, years));
  });
});
