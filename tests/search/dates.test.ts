import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  dateRange,
  describeDate,
  eventsOnDate,
  matchesDate,
  parseDateQuery,
} from '../../src/search/dates.js';

describe('parseDateQuery', () => {
  it.each([
    ['2024-02', { year: '2024', month: '02' }, ''],
    ['2024-02-07 quake', { year: '2024', month: '02', day: '07' }, 'quake'],
    ['february 2024', { year: '2024', month: '02' }, ''],
    ['Feb. 7, 2024', { year: '2024', month: '02', day: '07' }, ''],
    ['7 February 2024 rescue', { year: '2024', month: '02', day: '07' }, 'rescue'],
    ['sept 11', { month: '09', day: '11' }, ''],
    ['election 2024', { year: '2024' }, 'election'],
    ['killed 5 march 2024', { year: '2024', month: '03', day: '05' }, 'killed'],
  ])('reads %j as a date', (query, date, rest) => {
    expect(parseDateQuery(query)).toEqual({ date, rest });
  });

  it.each(['february', 'may resign', '1000 jobs', '2024-13', 'covid-19 cases', 'march 45'])(
    'leaves %j as text',
    (query) => {
      expect(parseDateQuery(query).date).toBeNull();
    },
  );
});

describe('matchesDate', () => {
  it('matches events inside the queried period', () => {
    expect(matchesDate('2024-02-07', { year: '2024', month: '02' })).toBe(true);
    expect(matchesDate('2024-02-07T14:00', { year: '2024', month: '02', day: '07' })).toBe(true);
    expect(matchesDate('2023-02-07', { month: '02', day: '07' })).toBe(true);
  });

  it('does not match events coarser than the query or outside it', () => {
    expect(matchesDate('2024', { year: '2024', month: '02' })).toBe(false);
    expect(matchesDate('2024-03-07', { year: '2024', month: '02' })).toBe(false);
    expect(matchesDate('2024-W06', { year: '2024', month: '02' })).toBe(false);
  });
});

describe('eventsOnDate', () => {
  it('agrees with matchesDate for every kind of event date', () => {
    const dates = [
      '2024-02-07',
      '2024-02',
      '2024',
      '2024-W06',
      '2024-02-07T14:00',
      '2023-02-07',
      'PAST_REF',
      '20240207',
      '2024-Q1',
    ];
    const calendar = buildCalendar(dates);
    const queries = [
      { year: '2024' },
      { year: '2024', month: '02' },
      { month: '02', day: '07' },
      { year: '2024', month: '02', day: '07' },
    ];
    for (const query of queries) {
      const expected = dates.flatMap((date, i) => (matchesDate(date, query) ? [i] : []));
      expect(eventsOnDate(calendar, query), JSON.stringify(query)).toEqual(expected);
    }
  });
});

describe('describeDate', () => {
  it('spells the month out after the ISO value', () => {
    expect(describeDate('2024-02-07')).toBe('2024-02-07 February 7 2024');
    expect(describeDate('2024-02')).toBe('2024-02 February 2024');
    expect(describeDate('2024-W06')).toBe('2024-W06');
  });

  it('gives ranges that cover the part of the ISO value the query named', () => {
    const text = describeDate('2024-02-07');
    const slice = (range: [number, number]): string => text.slice(...range);
    expect(slice(dateRange({ year: '2024', month: '02' }))).toBe('2024-02');
    expect(slice(dateRange({ month: '02', day: '07' }))).toBe('02-07');
    expect(slice(dateRange({ year: '2024' }))).toBe('2024');
  });
});
