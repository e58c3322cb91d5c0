import { describe, expect, it } from 'vitest';
import { dateFromFileName, parseIsoDay, parseMetadataDate } from '../../src/corpus/dates.js';

describe('metadata dates', () => {
  it.each([
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05 17:03:00', '2024-03-05'],
    ['2023-11-29T07:52:18.8294287Z', '2023-11-29'],
    ['20240305T120000Z', '2024-03-05'],
    ['Tue, 05 Mar 2024 23:30:00 -0500', '2024-03-05'],
    ['5 Mar 24 10:00 GMT', '2024-03-05'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24'],
    ['Mi, 3 Okt 2018 10:00:00 +0200', '2018-10-03'],
    ['March 5, 2024', '2024-03-05'],
    ['1709683200', '2024-03-06'],
  ])('reads %j as the calendar day it states', (value, expected) => {
    expect(parseMetadataDate(value)).toEqual({ date: expected });
  });

  it('reads epoch seconds and milliseconds as UTC days', () => {
    expect(parseMetadataDate(1709683200)).toEqual({ date: '2024-03-06' });
    expect(parseMetadataDate(1709683200000)).toEqual({ date: '2024-03-06' });
  });

  it.each([
    ['2024-02-30', 'no such day'],
    ['31 Foo 2024', 'unknown month "Foo"'],
    ['soon', 'unrecognised date "soon"'],
    ['', 'empty date'],
  ])('explains why %j is not a date', (value, error) => {
    expect(parseMetadataDate(value)).toMatchObject({ error });
  });

  it('rejects values of the wrong type', () => {
    expect(parseMetadataDate(true)).toEqual({ error: 'not a date (boolean)' });
    expect(parseMetadataDate(null)).toEqual({ error: 'not a date (null)' });
  });
});

describe('header and file-name dates', () => {
  it('accepts 29 February only in leap years', () => {
    expect(parseIsoDay('2024-02-29')).toEqual({ date: '2024-02-29' });
    expect(parseIsoDay('2023-02-29')).toEqual({ error: 'no such day' });
  });

  it('finds the first real date in a file name and ignores longer digit runs', () => {
    expect(dateFromFileName('2024-02-30-x-2024-03-01.txt')).toBe('2024-03-01');
    expect(dateFromFileName('12024-01-01.txt')).toBeNull();
    expect(dateFromFileName('story.txt')).toBeNull();
  });
});
