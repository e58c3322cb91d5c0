// The kinds of date the held-out sets missed (issue 12): each rule with its examples, inline.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions } from '../../src/nlp/time/index.js';
import type { TimeExpression } from '../../src/types.js';

/** The expression whose span covers `phrase` (the first occurrence in `text`). */
function at(text: string, date: string, phrase: string): TimeExpression | undefined {
  const start = text.indexOf(phrase);
  return findTimeExpressions(text, date, splitSentences(text)).find((t) => t.start <= start && start < t.end);
}

describe('possessive weekdays', () => {
  // Friday 2009-01-09.
  const dct = '2009-01-09';

  it('dates a possessive weekday that is the subject of a future verb ahead', () => {
    expect(at("Sunday's Golden Globes will be watched by millions.", dct, 'Sunday')?.value).toBe('2009-01-11');
    expect(at("Saturday's match is expected to sell out.", dct, 'Saturday')?.value).toBe('2009-01-10');
  });

  it('keeps a possessive weekday behind otherwise, even beside a future-in-the-past', () => {
    expect(at("Lawyers said they would fight Wednesday's ruling.", dct, 'Wednesday')?.value).toBe('2009-01-07');
    expect(at("Thursday's vote was close.", dct, 'Thursday')?.value).toBe('2009-01-08');
  });
});
