import { describe, expect, it } from 'vitest';
import { dateLabel, timelineSpan } from '../../src/ui/date-label.js';

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

  it('spans the dated events by full calendar values, leaving decades and centuries out', () => {
    expect(timelineSpan([{ date: '2024-02-07' }, { date: '199' }, { date: '21' }, { date: '1609' }])).toBe(
      '1609 – 2024-02-07',
    );
    expect(timelineSpan([{ date: 'PAST_REF' }])).toBe('no dated events');
    expect(timelineSpan([{ date: '2024-01' }])).toBe('2024-01');
  });
});
