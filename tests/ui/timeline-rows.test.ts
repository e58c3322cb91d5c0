import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_MARGIN_DAYS,
  backgroundFold,
  positionOfDate,
  resolveDate,
  shownTimeline,
  storyStart,
  timelineRows,
} from '../../src/ui/timeline-rows.js';
import { startPosition } from '../../src/ui/use-time-navigation.js';
import { timelineWindow } from '../../src/ui/screens/TimelineScreen.js';
import { backgroundArticles, backgroundTimeline as events } from '../fixtures/background-story.js';
import { dayIndex, dayOf, placementOf, spanOf } from '../../src/timeline/index.js';
import { coverageOf, timelineList as listOf } from '../../src/browse-memory.js';
import type { RowList } from '../../src/browse.js';
import type { TimelineEvent } from '../../src/types.js';

const ALL = { entity: null, since: null, until: null, newestFirst: false };
const ids = (list: RowList<{ id: string }>): string[] => Array.from({ length: list.length }, (_, i) => list.at(i)!.id);
const coverage = coverageOf(backgroundArticles);

describe('the background fold', () => {
  it('starts the story a month before its first article, and folds what is placed before it', () => {
    expect(storyStart(coverage)).toBe(dayIndex('2010-01-13')! - BACKGROUND_MARGIN_DAYS);
    expect(storyStart(coverageOf([{ date: null }]))).toBeNull();
    expect(backgroundFold(listOf(events), storyStart(coverage), false)).toEqual({
      from: 0,
      to: 3,
      before: '2010-01-12',
    });
    // 20 December 2009 is within the month before the first article: the story, not background.
    const december = [{ ...events[2]!, date: '2009-12-20', precision: 'day' as const }, ...events.slice(3)];
    expect(backgroundFold(listOf(december), storyStart(coverage), false)).toBeNull();
  });

  it('folds nothing when everything or nothing is background, or nothing is dated', () => {
    const start = storyStart(coverage);
    expect(backgroundFold(listOf(events.slice(0, 3)), start, false)).toBeNull();
    expect(backgroundFold(listOf(events.slice(3)), start, false)).toBeNull();
    expect(backgroundFold(listOf(events), null, false)).toBeNull();
  });

  it('ends the newest-first timeline with the fold', () => {
    const newest = shownTimeline(listOf(events), { ...ALL, newestFirst: true });
    expect(backgroundFold(newest, storyStart(coverage), true)).toEqual({
      from: 5,
      to: 8,
      before: '2010-01-12',
    });
  });

  it('draws a closed fold as one row holding its events, and an open one with its rows below', () => {
    const fold = { from: 0, to: 3, before: '2010-01-12' };
    const closed = timelineRows(listOf(events), fold, false);
    expect(closed.rows[0]).toEqual({ kind: 'fold', label: 'before 2010-01-12 · 3 events of background', open: false });
    expect(closed.rows[1]).toEqual({ kind: 'heading', label: '2010-01-12' });
    expect([0, 1, 2, 3].map(closed.rowOf)).toEqual([0, 0, 0, 2]);
    const open = timelineRows(listOf(events), fold, true);
    expect(open.rows.slice(0, 3)).toEqual([
      { kind: 'fold', label: 'before 2010-01-12 · 3 events of background', open: true },
      { kind: 'heading', label: '12th c.' },
      { kind: 'event', position: 0 },
    ]);
    // After the fold the story's first day has its heading even if the fold ended on that day.
    expect(open.rows.filter((row) => row.kind === 'heading').map((row) => row.kind === 'heading' && row.label)).toEqual(
      ['12th c.', '1934', '2009-06', '2010-01-12', '2010-01-15', '2010-01-20', '2010-01-24'],
    );
  });

  it('opens at the story, else at the place left (by id, else date and summary, else nearest day)', () => {
    const fold = backgroundFold(listOf(events), storyStart(coverage), false);
    expect(startPosition(shownTimeline(listOf(events), ALL), fold, undefined)).toBe(3);
    expect(startPosition(shownTimeline(listOf(events), ALL), null, undefined)).toBe(0);
    const place = { corpus: 'haiti', eventId: 's4', date: '2010-01-20', summary: 'x' };
    expect(startPosition(shownTimeline(listOf(events), ALL), fold, place)).toBe(6);
    expect(
      startPosition(shownTimeline(listOf(events), ALL), fold, {
        ...place,
        eventId: 'gone',
        summary: events[4]!.summary,
        date: '2010-01-15',
      }),
    ).toBe(4);
    expect(
      startPosition(shownTimeline(listOf(events), ALL), fold, { ...place, eventId: 'gone', date: '2010-01-23' }),
    ).toBe(7);
  });
});

describe('order and range', () => {
  it('reverses the timeline newest first, and keeps the dates between since and until', () => {
    expect(ids(shownTimeline(listOf(events), { ...ALL, newestFirst: true }))).toEqual([
      's5',
      's4',
      's3',
      's2',
      's1',
      'b3',
      'b2',
      'b1',
    ]);
    expect(ids(shownTimeline(listOf(events), { ...ALL, since: '2010-01-15' }))).toEqual(['s2', 's3', 's4', 's5']);
    expect(ids(shownTimeline(listOf(events), { ...ALL, until: '2010-01-20' }))).toEqual([
      'b1',
      'b2',
      'b3',
      's1',
      's2',
      's3',
      's4',
    ]);
    expect(ids(shownTimeline(listOf(events), { ...ALL, since: '2010-01-15', until: '2010-01-15' }))).toEqual([
      's2',
      's3',
    ]);
    // A month as a bound takes the whole month: until 2009-06 keeps June 2009.
    expect(ids(shownTimeline(listOf(events), { ...ALL, since: '1934', until: '2009-06' }))).toEqual(['b2', 'b3']);
  });
});

describe('going to a date', () => {
  it('finds the first row of the day, month or year asked, in the order shown', () => {
    expect(positionOfDate(listOf(events), '2010-01-15')).toEqual({ position: 4, exact: true, date: '2010-01-15' });
    expect(positionOfDate(listOf(events), '2010-01')).toEqual({ position: 3, exact: true, date: '2010-01' });
    const newest = shownTimeline(listOf(events), { ...ALL, newestFirst: true });
    expect(positionOfDate(newest, '2010-01-15')).toEqual({ position: 2, exact: true, date: '2010-01-15' });
  });

  it('goes to the nearest day with events when the day has none, ties to the earlier', () => {
    expect(positionOfDate(listOf(events), '2010-01-19')).toEqual({ position: 6, exact: false, date: '2010-01-20' });
    expect(positionOfDate(listOf(events), '2010-01-22')).toEqual({ position: 6, exact: false, date: '2010-01-20' });
    expect(positionOfDate(listOf(events), '2030')).toEqual({ position: 7, exact: false, date: '2010-01-24' });
    expect(positionOfDate(listOf([]), '2010-01-20')).toBeNull();
  });

  it("goes to the month's own event for a day of a month with no day of events, before another month", () => {
    const at = (id: string, date: string) => ({
      ...events[0]!,
      id,
      date,
      precision: date.length === 10 ? ('day' as const) : ('month' as const),
      mod: undefined,
    });
    const timeline = [at('oct', '2009-10-10'), at('jan', '2010-01'), at('mar', '2010-03-05')];
    expect(positionOfDate(listOf(timeline), '2010-01-20')).toEqual({ position: 1, exact: false, date: '2010-01' });
    // A day of the month with events is nearer still than the month's own event.
    const withDay = [...timeline.slice(0, 2), at('jan25', '2010-01-25'), timeline[2]!];
    expect(positionOfDate(listOf(withDay), '2010-01-20')).toEqual({ position: 2, exact: false, date: '2010-01-25' });
    // No event of the month at all: the nearest day, whatever its month.
    expect(positionOfDate(listOf([timeline[0]!, timeline[2]!]), '2010-01-20')).toMatchObject({ date: '2010-03-05' });
  });

  it("gives a date typed without a year the year of the timeline's nearest such day", () => {
    expect(resolveDate({ month: '01', day: '20' }, listOf(events), '2010-01-12')).toBe('2010-01-20');
    expect(resolveDate({ month: '06' }, listOf(events), '2010-01-12')).toBe('2009-06');
    // No 3 March in the timeline: the year looked at.
    expect(resolveDate({ month: '03', day: '03' }, listOf(events), '2010-01-12')).toBe('2010-03-03');
    expect(resolveDate({ month: '03', day: '03' }, listOf(events), null)).toBeNull();
    expect(resolveDate({ year: '2010', month: '01' }, listOf(events), null)).toBe('2010-01');
  });
});

describe('the window of rows drawn', () => {
  // The rows around the screen are built from the dates near it; they must be the rows the whole
  // timeline would give there, headings, fold and all.
  const dates: Array<[string, 'END' | undefined]> = [
    ['11', undefined],
    ['1918', undefined],
    ['1934', undefined],
    ['2009-06', undefined],
    ['2009-06-11', undefined],
    ['2009-06-11', undefined],
    ['2009-12', 'END'],
    ['2010-01-12', undefined],
    ['2010-01-12', undefined],
    ['2010-01-12', undefined],
    ['2010-01-13', undefined],
    ['2010-W03', undefined],
    ['2010-01-20', undefined],
    ['2010-01-20T10:00', undefined],
    ['2010-01', 'END'],
    ['2010-02-02', undefined],
    ['2010-02-02', undefined],
    ['2010-02-03', undefined],
    ['2010-02-05', undefined],
    ['2010-02-05', undefined],
    ['2010-02-05', undefined],
    ['2010-03', undefined],
    ['2010-03-01', undefined],
    ['2010-04-09', undefined],
  ];
  const synthetic = dates.map(([date, mod], i) => ({ ...events[0]!, id: `w${i}`, date, mod }));
  const whole = (
    shown: Parameters<typeof timelineWindow>[0],
    cursor: number,
    top: number,
    height: number,
    fold: ReturnType<typeof backgroundFold>,
  ) => {
    const open = fold !== null && cursor >= fold.from && cursor < fold.to;
    const { rows, rowOf } = timelineRows(shown, fold, open);
    const cursorRow = rowOf(cursor);
    let start = Math.max(0, rowOf(top) - 1);
    if (start > 0 && rows[start - 1]!.kind === 'fold') start--;
    if (cursorRow >= start + height) start = cursorRow - height + 1;
    if (cursorRow < start) start = Math.max(0, cursorRow - 1);
    return rows.slice(start, start + height);
  };

  it('holds the rows the whole timeline has there, in either order, fold open or closed', () => {
    const start = dayIndex('2010-01-12')! - 5;
    for (const newestFirst of [false, true]) {
      const shown = shownTimeline(listOf(synthetic), { ...ALL, newestFirst });
      for (const fold of [null, backgroundFold(shown, start, newestFirst)]) {
        for (const height of [3, 5, 8]) {
          for (let cursor = 0; cursor < shown.length; cursor++) {
            for (let top = Math.max(0, cursor - height + 1); top <= cursor; top++) {
              const window = timelineWindow(shown, cursor, top, height, fold);
              const drawn = window.rows.slice(window.start, window.start + height);
              expect(drawn, `${newestFirst} ${JSON.stringify(fold)} ${height} ${cursor} ${top}`).toEqual(
                whole(shown, cursor, top, height, fold),
              );
            }
          }
        }
      }
    }
  });
});

describe('dates found by binary search', () => {
  // The timeline is in placement order, so ranges, jumps and years are found by binary search
  // over its dates; they must find what a reading of every row finds (the reference below).
  const dates: Array<[string, 'END' | 'MID' | 'START' | undefined]> = [
    ['11', undefined],
    ['1918', undefined],
    ['1934-06', undefined],
    ['2008-W52', undefined],
    // Its Monday is 29 December 2008: in 2009 by its value, placed in 2008.
    ['2009-W01', undefined],
    ['2009', 'MID'],
    ['2009-01-20', undefined],
    ['2009-06', undefined],
    ['2009-06-11', undefined],
    ['2009-06-11T08:00', undefined],
    ['2009-12', 'END'],
    ['2010-W01', undefined],
    ['2010-01-12', undefined],
    ['2010-01-12', undefined],
    ['2010-01-20', undefined],
    ['2010-01', 'END'],
    ['2010-02', undefined],
    ['2010-03-05', undefined],
    ['2010-SU', undefined],
    ['2011-01-20', undefined],
    ['2011-06', undefined],
    ['PAST_REF', undefined],
  ];
  const synthetic = dates
    .map(([date, mod], i) => ({
      ...events[0]!,
      id: `d${i}`,
      date,
      mod,
      entities: i % 3 === 0 ? ['A'] : ['B'],
    }))
    .sort(
      (a, b) =>
        (placementOf(a.date, a.mod) ?? Number.MAX_SAFE_INTEGER) -
        (placementOf(b.date, b.mod) ?? Number.MAX_SAFE_INTEGER),
    );
  const all = (list: RowList<TimelineEvent>): TimelineEvent[] =>
    Array.from({ length: list.length }, (_, i) => list.at(i)!);
  const within = (date: string, value: string): boolean =>
    date.startsWith(value) &&
    (date.length === value.length || date[value.length] === '-' || date[value.length] === 'T');

  it('keeps the rows an entity and a range keep, in either order', () => {
    const bounds = [null, '1900', '2009-06', '2009-06-11', '2010-01-12', '2010', '2011-06-30', '2030'];
    for (const entity of [null, 'A', 'B'])
      for (const since of bounds)
        for (const until of bounds)
          for (const newestFirst of [false, true]) {
            const first = since === null ? null : spanOf(since)!.first;
            const last = until === null ? null : spanOf(until)!.last;
            let expected = synthetic.filter((e) => entity === null || e.entities.includes(entity));
            if (first !== null || last !== null)
              expected = expected.filter((e) => {
                const at = placementOf(e.date, e.mod);
                return at !== null && (first === null || at >= first) && (last === null || at <= last);
              });
            if (newestFirst) expected.reverse();
            const shown = shownTimeline(listOf(synthetic), { entity, since, until, newestFirst });
            expect(ids(shown), `${entity} ${since} ${until} ${newestFirst}`).toEqual(ids(listOf(expected)));
            expected.forEach((e, i) => expect(shown.positionOf(synthetic.indexOf(e))).toBe(i));
          }
  });

  it('goes to the row a reading of every row goes to, and reads a year as it does', () => {
    // The reference: the first row within the value, else the nearest day's first row.
    const reference = (rows: readonly TimelineEvent[], value: string) => {
      const exact = rows.findIndex((e) => within(e.date, value));
      if (exact >= 0) return { position: exact, exact: true, date: value };
      const span = spanOf(value)!;
      let best: number | null = null;
      let distance = Infinity;
      for (const e of rows) {
        const day = dayOf(e.date);
        const index = day === null ? null : dayIndex(day);
        if (index === null) continue;
        const d = index < span.first ? span.first - index : index > span.last ? index - span.last : 0;
        if (d < distance || (d === distance && best !== null && index < best)) [distance, best] = [d, index];
      }
      const month = dayOf(value)?.slice(0, 7);
      const monthSpan = month === undefined ? null : spanOf(month);
      if (month && monthSpan && (best === null || best < monthSpan.first || best > monthSpan.last)) {
        const inMonth = rows.findIndex((e) => e.date === month);
        if (inMonth >= 0) return { position: inMonth, exact: false, date: month };
      }
      if (best === null) return null;
      const position = rows.findIndex((e) => dayOf(e.date) !== null && dayIndex(dayOf(e.date)!) === best);
      return { position, exact: false, date: dayOf(rows[position]!.date)! };
    };
    const values = ['1918', '1934', '2009', '2009-06', '2009-06-11', '2009-06-12', '2009-12-31', '2010-01-01'];
    values.push('2010-01-15', '2010-01-16', '2010-02-14', '2010-02', '2010-07', '2011', '2011-01-19', '2030', '1000');
    for (const newestFirst of [false, true])
      for (const entity of [null, 'A', 'B']) {
        const shown = shownTimeline(listOf(synthetic), { ...ALL, entity, newestFirst });
        for (const value of values)
          expect(positionOfDate(shown, value), `${newestFirst} ${entity} ${value}`).toEqual(
            reference(all(shown), value),
          );
        for (const near of [null, '2009-03-01', '2010-06-01', '2011-12-01', '1950'])
          for (const query of [
            { month: '01', day: '20' },
            { month: '06' },
            { month: '06', day: '11' },
            { month: '03' },
          ]) {
            const parts = (date: string) => /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(date);
            const nearYear = near === null ? null : Number(near.slice(0, 4));
            let best: number | null = null;
            for (const e of all(shown)) {
              const m = parts(e.date);
              if (!m || (m[2] === undefined ? undefined : Number(m[2])) !== Number(query.month)) continue;
              if ('day' in query && Number(m[3]) !== Number(query.day)) continue;
              const year = Number(m[1]);
              if (best === null || Math.abs(year - (nearYear ?? year)) < Math.abs(best - (nearYear ?? best)))
                best = year;
            }
            const year = best ?? nearYear;
            const expected =
              year === null
                ? null
                : [String(year).padStart(4, '0'), query.month, 'day' in query ? query.day : undefined];
            expect(resolveDate(query, shown, near), `${newestFirst} ${entity} ${near} ${JSON.stringify(query)}`).toBe(
              expected === null ? null : expected.filter(Boolean).join('-'),
            );
          }
      }
  });
});
