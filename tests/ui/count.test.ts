import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/ui/count.js';

describe('formatCount', () => {
  it('groups thousands with commas, as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 10_000, 123_456, 1_234_567, -4321]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
    }
  });

  it('rounds to a whole count', () => {
    expect(formatCount(1999.6)).toBe('2,000');
  });
});
