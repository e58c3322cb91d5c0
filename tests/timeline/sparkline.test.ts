import { describe, expect, it } from 'vitest';
import { coverageSparkline } from '../../src/timeline/index.js';
import { coverageOf } from '../../src/browse-memory.js';
import { analyzed } from './make-articles.js';

const on = (...dates: string[]) => coverageOf(dates.map((d, i) => analyzed(`a${i}`, d, [])));

describe('coverageSparkline', () => {
  it('draws one cell per day when the span fits, tallest where coverage peaks', () => {
    const spark = coverageSparkline(on('2024-02-01', '2024-02-03', '2024-02-03', '2024-02-03', '2024-02-04'), 20);
    expect(spark.daysPerCell).toBe(1);
    expect(spark.line).toHaveLength(4);
    expect(spark.line[2]).toBe('█');
    expect(spark.line[1]).toBe(' ');
    expect(spark.line[0]).not.toBe(' ');
  });

  it('falls back to calendar weeks when days do not fit', () => {
    const spark = coverageSparkline(on('2024-01-01', '2024-01-02', '2024-03-31'), 20, '2024-01-03');
    expect(spark.daysPerCell).toBe(7);
    expect(spark.firstDay).toBe('2024-01-01');
    expect(spark.line.length).toBeLessThanOrEqual(20);
    expect(spark.markIndex).toBe(0);
  });

  it('never exceeds the width, however long the span', () => {
    const spark = coverageSparkline(on('1990-01-01', '2024-01-01'), 30, '2024-01-01');
    expect(spark.line.length).toBeLessThanOrEqual(30);
    expect(spark.markIndex).toBe(spark.line.length - 1);
  });

  it('marks nothing when the date is outside the coverage, and draws nothing without dates', () => {
    expect(coverageSparkline(on('2024-01-01'), 10, '2023-01-01').markIndex).toBe(-1);
    expect(coverageSparkline(on(), 10)).toMatchObject({ line: '', markIndex: -1 });
  });
});
