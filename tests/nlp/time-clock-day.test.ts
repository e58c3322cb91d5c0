// A 12-hour clock time with the day after it is one time (issue 12: clock times and weekdays):
// British "8.45am", and any zone the 24-hour clock knows between the time and its day.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findTimeExpressions } from '../../src/nlp/time/index.js';

function times(text: string, date: string): string[] {
  return findTimeExpressions(text, date, splitSentences(text)).map((t) => `${t.text}=${t.value}`);
}

// Wednesday 2011-06-15.
const dct = '2011-06-15';

describe('12-hour clock times', () => {
  it('reads a point between hour and minutes before am/pm', () => {
    expect(times('The first bomb went off at 7.50am yesterday.', dct)).toEqual(['7.50am yesterday=2011-06-14T07:50']);
    expect(times('Polls closed at 10.00 p.m.', dct)).toEqual(['10.00 p.m.=2011-06-15T22:00']);
  });

  it('keeps a zone between the time and its day inside the expression', () => {
    expect(times('Markets open at 9:30 a.m. ET Friday.', dct)).toEqual(['9:30 a.m. ET Friday=2011-06-17T09:30']);
    expect(times('The ferry sank at 4 a.m. local time Monday.', dct)).toEqual([
      '4 a.m. local time Monday=2011-06-13T04:00',
    ]);
  });

  it('writes GMT after a 12-hour time as Z', () => {
    expect(times('The quake struck at 2.15pm GMT.', dct)).toEqual(['2.15pm GMT=2011-06-15T14:15Z']);
  });

  it('leaves decimals that are not followed by am or pm alone', () => {
    expect(times('Shares rose 8.45 percent to 9.30 a share.', dct)).toEqual([]);
  });
});
