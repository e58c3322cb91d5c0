import { describe, expect, it } from 'vitest';
import { dayString, placementOf, spanOf } from '../../src/timeline/calendar.js';

const days = (value: string) => {
  const span = spanOf(value);
  return span && [dayString(span.first), dayString(span.last)];
};

describe('spanOf', () => {
  it('covers months, ISO weeks, quarters, seasons, years and decades', () => {
    expect(days('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(days('2024-W06')).toEqual(['2024-02-05', '2024-02-11']);
    expect(days('2021-W01')).toEqual(['2021-01-04', '2021-01-10']);
    expect(days('2013-Q3')).toEqual(['2013-07-01', '2013-09-30']);
    expect(days('2013-WI')).toEqual(['2013-12-01', '2014-02-28']);
    expect(days('2009')).toEqual(['2009-01-01', '2009-12-31']);
    expect(days('199')).toEqual(['1990-01-01', '1999-12-31']);
    expect(days('2009-06-11T14:00')).toEqual(['2009-06-11', '2009-06-11']);
  });

  it('has no span for durations and references', () => {
    expect(spanOf('P3D')).toBeNull();
    expect(spanOf('PAST_REF')).toBeNull();
    expect(spanOf('XXXX-WXX-1')).toBeNull();
  });
});

describe('placementOf', () => {
  it("places 'late January' at its last day and a bare month at its first", () => {
    expect(dayString(placementOf('2024-01', 'END')!)).toBe('2024-01-31');
    expect(dayString(placementOf('2024-01', undefined)!)).toBe('2024-01-01');
  });
});
