import { describe, expect, it } from 'vitest';
import { parseState } from '../../src/state/index.js';

const EVIL = '\u001b[41mRED\u001b]0;PWNED\u0007 2010-01-14\u202e';

describe('parseState keeps escape sequences in the file off the screen', () => {
  it('strips escape sequences, controls and bidi controls from command history and bookmarks', () => {
    const text = JSON.stringify({
      version: 1,
      read: [],
      bookmarks: [
        {
          eventId: 'e1',
          date: `2010-01-14${'\u001b[31m'}`,
          summary: `evil ${EVIL}`,
          createdAt: '2026-01-01T00:00:00.000Z',
          corpus: `obama\u0007`,
        },
      ],
      places: [{ corpus: 'obama', eventId: 'e1', date: '2010-01-14', summary: `there ${EVIL}` }],
      commands: [EVIL, '\u001b[2J', 'sort'],
    });
    const read = parseState(text);
    if (!('state' in read)) throw new Error(read.reason);
    const { state } = read;
    expect(state.commands).toEqual(['RED 2010-01-14', 'sort']);
    expect(state.bookmarks[0]).toMatchObject({ date: '2010-01-14', summary: 'evil RED 2010-01-14', corpus: 'obama' });
    expect(state.places?.[0]?.summary).toBe('there RED 2010-01-14');
    expect(JSON.stringify(state)).not.toMatch(/\\u001b|\\u0007|\\u202e/i);
  });
});
