import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions, precisionOf } from '../../src/nlp/time/index.js';
import type { TimeExpression } from '../../src/types.js';

function times(text: string, date: string | null): TimeExpression[] {
  return findTimeExpressions(text, date, splitSentences(text));
}

/** The expression whose span covers `phrase` (the first occurrence in `text`). */
function at(text: string, date: string | null, phrase: string): TimeExpression | undefined {
  const start = text.indexOf(phrase);
  return times(text, date).find((t) => t.start <= start && start < t.end);
}

describe('findTimeExpressions, seed cases (article of Wednesday 2024-02-07)', () => {
  const dct = '2024-02-07';

  it("dates 'on Wednesday' to the Wednesday on or before publication", () => {
    expect(at('The minister resigned on Wednesday.', dct, 'Wednesday')).toMatchObject({ type: 'DATE', value: '2024-02-07', text: 'Wednesday' });
  });

  it("dates 'Also on Wednesday' to publication day", () => {
    expect(at('Also on Wednesday, the army said it had withdrawn.', dct, 'Wednesday')).toMatchObject({ value: '2024-02-07' });
  });

  it("marks 'late January' as January with mod END", () => {
    expect(at('The talks collapsed in late January.', dct, 'late')).toMatchObject({ text: 'late January', type: 'DATE', value: '2024-01', mod: 'END' });
  });

  it("reads 'days after' as a vague DURATION", () => {
    expect(at('Days after the vote, protests began.', dct, 'Days')).toMatchObject({ type: 'DURATION', value: 'PXD' });
  });

  it("dates 'last week' to the ISO week before publication", () => {
    expect(at('Officials met last week.', dct, 'last week')).toMatchObject({ text: 'last week', value: '2024-W05' });
  });

  it("dates 'yesterday' to the day before publication", () => {
    expect(at('He spoke yesterday.', dct, 'yesterday')).toMatchObject({ type: 'DATE', value: '2024-02-06' });
  });

  it("reads 'now' as PRESENT_REF", () => {
    expect(at('Prices are now falling.', dct, 'now')).toMatchObject({ type: 'DATE', value: 'PRESENT_REF' });
  });

  it("reads 'three years' as P3Y", () => {
    expect(at('The war lasted three years.', dct, 'three')).toMatchObject({ type: 'DURATION', value: 'P3Y', text: 'three years' });
  });

  it("reads 'every Monday' as a weekly SET", () => {
    expect(at('The council meets every Monday.', dct, 'every')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1' });
  });

  it("reads 'the 1990s' as the decade 199", () => {
    expect(at('Growth was strong in the 1990s.', dct, '1990s')).toMatchObject({ type: 'DATE', value: '199' });
  });

  it("dates 'the third quarter' by tense: a quarter still to come is this year's", () => {
    expect(at('Profits will rise in the third quarter.', dct, 'third')).toMatchObject({ value: '2024-Q3' });
    expect(at('Profits rose in the third quarter.', dct, 'third')).toMatchObject({ value: '2023-Q3' });
  });
});

describe('findTimeExpressions, tense and relations (article of 2024-03-10)', () => {
  const dct = '2024-03-10';

  it("dates a bare month in a past-tense sentence to its last occurrence: 'in August' → 2023-08", () => {
    expect(at('The company collapsed in August.', dct, 'August')).toMatchObject({ value: '2023-08' });
  });

  it("dates 'next August' to the coming August", () => {
    expect(at('The company said it will float next August.', dct, 'August')).toMatchObject({ text: 'next August', value: '2024-08' });
  });

  it('anchors "two days later" on the last day mentioned', () => {
    expect(at('The ceasefire began on Jan. 5, 2024. Two days later it collapsed.', dct, 'Two')).toMatchObject({ value: '2024-01-07' });
  });
});

describe('findTimeExpressions without a publication date', () => {
  it('keeps X placeholders for relative expressions', () => {
    expect(at('He spoke yesterday.', null, 'yesterday')).toMatchObject({ value: 'XXXX-XX-XX' });
    expect(at('They met last week.', null, 'last week')).toMatchObject({ value: 'XXXX-WXX' });
  });

  it('still dates absolute expressions', () => {
    expect(at('It opened on Oct. 23, 1998.', null, 'Oct.')).toMatchObject({ value: '1998-10-23' });
  });
});

describe('findTimeExpressions output shape', () => {
  it('returns sorted, non-overlapping spans whose text matches the offsets', () => {
    const text = 'On Friday, Oct. 23, 1998, at 10 p.m. Wednesday, three years ago, the firm said now.';
    const found = times(text, '1998-10-25');
    for (let i = 0; i < found.length; i++) {
      expect(text.slice(found[i]!.start, found[i]!.end)).toBe(found[i]!.text);
      if (i > 0) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });

  it('returns nothing for empty text', () => {
    expect(times('', '2024-02-07')).toEqual([]);
  });
});

describe('precisionOf', () => {
  it.each([
    ['2024-02-07T14:00', 'time'],
    ['2024-02-07TNI', 'time'],
    ['2024-02-07', 'day'],
    ['2024-W06', 'week'],
    ['2024-01', 'month'],
    ['2013-Q3', 'quarter'],
    ['2013-SU', 'season'],
    ['2024', 'year'],
    ['199', 'decade'],
    ['19', 'century'],
  ])('gives %s the precision %s', (value, precision) => {
    expect(precisionOf(value)).toBe(precision);
  });

  it.each(['P3D', 'PAST_REF', 'XXXX-WXX-1', '2024-13', '2023-02-29', '2024-W54', ''])('gives %s no calendar precision', (value) => {
    expect(precisionOf(value)).toBeNull();
  });
});
