// A part of the day a report is about (issue 12, vague references): "late in the day", "the start
// of the day" are the day last mentioned, with its edge as the TIMEX3 mod.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions } from '../../src/nlp/time/index.js';

function times(text: string, date: string): string[] {
  return findTimeExpressions(text, date, splitSentences(text)).map(
    (t) => `${t.text}=${t.value}${t.mod ? `/${t.mod}` : ''}`,
  );
}

// Thursday 2012-05-17.
const dct = '2012-05-17';

describe('a part of the reported day', () => {
  it('is publication day when no day was named before it', () => {
    expect(times('Oil prices slipped early in the day.', dct)).toEqual(['early in the day=2012-05-17/START']);
    expect(times('The FTSE was 1.2% above the start of the day.', dct)).toEqual([
      'the start of the day=2012-05-17/START',
    ]);
  });

  it('is the day named just before', () => {
    expect(times('The Nikkei slid on Tuesday but recovered later in the day.', dct)).toEqual([
      'Tuesday=2012-05-15',
      'later in the day=2012-05-15/END',
    ]);
    expect(times('By the end of the day, the euro had lost 2%.', dct)).toEqual(['the end of the day=2012-05-17/END']);
  });

  it('reads "at the start of the day" and "at the close of the day", which are no idiom', () => {
    expect(times('After a fall at the start of the day, the Dow recovered.', dct)).toEqual([
      'the start of the day=2012-05-17/START',
    ]);
    expect(times('The Nikkei slid on Tuesday and was flat at the close of the day.', dct)).toEqual([
      'Tuesday=2012-05-15',
      'the close of the day=2012-05-15/END',
    ]);
  });

  it('leaves the idiom and other days alone', () => {
    expect(times('At the end of the day, voters want jobs.', dct)).toEqual([]);
    expect(times('She remembers the end of the day when the bank failed.', dct)).toEqual([]);
  });
});
