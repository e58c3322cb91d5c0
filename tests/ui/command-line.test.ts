import { describe, expect, it } from 'vitest';
import { completeCommand, parseCommand, recallCommand, withCommand } from '../../src/ui/command-line.js';
import { initialNavigation, navigate, type NavigationState } from '../../src/ui/navigation.js';

describe('the command line', () => {
  it('reads a date typed alone, in the forms people type, as a jump', () => {
    expect(parseCommand('2010-01-20')).toEqual({ kind: 'jump', date: { year: '2010', month: '01', day: '20' } });
    expect(parseCommand(':2010-01')).toEqual({ kind: 'jump', date: { year: '2010', month: '01' } });
    expect(parseCommand('jan 20')).toEqual({ kind: 'jump', date: { month: '01', day: '20' } });
    expect(parseCommand('20 jan 2010')).toEqual({ kind: 'jump', date: { year: '2010', month: '01', day: '20' } });
    expect(parseCommand('June 11, 2009')).toEqual({ kind: 'jump', date: { year: '2009', month: '06', day: '11' } });
  });

  it('says what is wrong with a date it cannot read, and names an unknown command', () => {
    expect(parseCommand('2010-13-45')).toMatchObject({
      kind: 'problem',
      message: expect.stringContaining('not a date'),
    });
    expect(parseCommand('frobnicate')).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/^unknown command ':frobnicate'/),
    });
    // Words around a date are not a date: the whole line must be one.
    expect(parseCommand('go to 2010-01-20').kind).toBe('problem');
  });

  it('rejects a day the calendar does not have, saying why, and takes any four-digit year', () => {
    expect(parseCommand('2009-02-30')).toEqual({
      kind: 'problem',
      message: "no such day: '2009-02-30' (February 2009 has 28 days)",
    });
    expect(parseCommand('since 2009-06-31')).toEqual({
      kind: 'problem',
      message: ":since needs a real day: no such day: '2009-06-31' (June 2009 has 30 days)",
    });
    expect(parseCommand('31 april')).toMatchObject({ kind: 'problem', message: expect.stringContaining('April') });
    expect(parseCommand('feb 29 2009').kind).toBe('problem');
    // 29 February is a day of leap years, and of a year not typed.
    expect(parseCommand('2008-02-29')).toEqual({ kind: 'jump', date: { year: '2008', month: '02', day: '29' } });
    expect(parseCommand('feb 29')).toEqual({ kind: 'jump', date: { month: '02', day: '29' } });
    expect(parseCommand('2000-02-29').kind).toBe('jump');
    expect(parseCommand('1900-02-29').kind).toBe('problem');
    expect(parseCommand('3000-01-01')).toEqual({ kind: 'jump', date: { year: '3000', month: '01', day: '01' } });
    expect(parseCommand('1066')).toEqual({ kind: 'jump', date: { year: '1066' } });
    expect(parseCommand('20 jan 3000')).toEqual({ kind: 'jump', date: { year: '3000', month: '01', day: '20' } });
    expect(parseCommand('until march 1500')).toEqual({ kind: 'until', date: { year: '1500', month: '03' } });
  });

  it('reads the commands, their aliases, and since/until with or without a date', () => {
    expect(parseCommand('sort')).toEqual({ kind: 'sort' });
    expect(parseCommand('SORT')).toEqual({ kind: 'sort' });
    expect(parseCommand('q')).toEqual({ kind: 'quit' });
    expect(parseCommand('quit')).toEqual({ kind: 'quit' });
    expect(parseCommand('all')).toEqual({ kind: 'all' });
    expect(parseCommand('range')).toEqual({ kind: 'all' });
    expect(parseCommand('since 2010-01-15')).toEqual({
      kind: 'since',
      date: { year: '2010', month: '01', day: '15' },
    });
    expect(parseCommand('until jan 20')).toEqual({ kind: 'until', date: { month: '01', day: '20' } });
    expect(parseCommand('since')).toEqual({ kind: 'since', date: null });
    expect(parseCommand('until  ')).toEqual({ kind: 'until', date: null });
    expect(parseCommand('since tomorrowish').kind).toBe('problem');
    expect(parseCommand('sort now').kind).toBe('problem');
    expect(parseCommand('   ')).toEqual({ kind: 'nothing' });
  });

  it('completes a command name with Tab, lists the names a prefix shares, and leaves arguments alone', () => {
    expect(completeCommand('so')).toEqual({ text: 'sort', candidates: ['sort'] });
    // An argument may follow since: the space is typed for you.
    expect(completeCommand('si')).toEqual({ text: 'since ', candidates: ['since'] });
    expect(completeCommand('')).toMatchObject({ candidates: ['sort', 'since', 'until', 'all', 'quit'] });
    expect(completeCommand('s')).toEqual({ text: 's', candidates: ['sort', 'since'] });
    expect(completeCommand('x').candidates).toEqual([]);
    expect(completeCommand('since 20')).toEqual({ text: 'since 20', candidates: [] });
  });

  it('keeps each line once in the history, newest last, and walks it with ↑ and ↓', () => {
    const history = withCommand(withCommand(withCommand([], 'sort'), '2010-01-20'), 'sort');
    expect(history).toEqual(['2010-01-20', 'sort']);
    expect(recallCommand(history, null, true)).toBe(1);
    expect(recallCommand(history, 1, true)).toBe(0);
    expect(recallCommand(history, 0, true)).toBe(0);
    expect(recallCommand(history, 0, false)).toBe(1);
    expect(recallCommand(history, 1, false)).toBeNull();
    expect(recallCommand([], null, true)).toBeNull();
  });

  it('types, recalls and closes the line in the navigation reducer, keeping what ran', () => {
    let state: NavigationState = initialNavigation(['since 2010-01-15']);
    state = navigate(state, { type: 'openCommand' });
    state = navigate(state, { type: 'typeQuery', text: 'sorx' });
    state = navigate(state, { type: 'eraseQuery', word: false });
    state = navigate(state, { type: 'typeQuery', text: 't' });
    expect(state.command).toEqual({ text: 'sort', recall: null });
    expect(state.query).toBe('');
    state = navigate(state, { type: 'closeCommand', ran: true });
    expect(state.command).toBeNull();
    expect(state.commands).toEqual(['since 2010-01-15', 'sort']);
    state = navigate(state, { type: 'openCommand' });
    state = navigate(state, { type: 'recallCommand', older: true });
    state = navigate(state, { type: 'recallCommand', older: true });
    expect(state.command?.text).toBe('since 2010-01-15');
    state = navigate(state, { type: 'recallCommand', older: false });
    state = navigate(state, { type: 'recallCommand', older: false });
    expect(state.command?.text).toBe('');
    state = navigate(state, { type: 'closeCommand', ran: false });
    expect(state.commands).toEqual(['since 2010-01-15', 'sort']);
    // Backspace on the empty line closes it.
    state = navigate(navigate(state, { type: 'openCommand' }), { type: 'eraseQuery', word: false });
    expect(state.command).toBeNull();
  });

  it('sorts and sets the range from any screen onto the timeline, its cursor kept for the app to find its event', () => {
    let state = navigate(initialNavigation(), { type: 'go', screen: 'keydates' });
    state = navigate(state, { type: 'jump', list: 'timeline', index: 5, count: 10, height: 5 });
    state = navigate(state, { type: 'sortTimeline' });
    expect(state).toMatchObject({ screen: 'timeline', newestFirst: true, lists: { timeline: { cursor: 5 } } });
    state = navigate(state, { type: 'setRange', since: '2010-01-15' });
    state = navigate(state, { type: 'setRange', until: '2010-01-20' });
    expect(state.range).toEqual({ since: '2010-01-15', until: '2010-01-20' });
    state = navigate(state, { type: 'setRange', since: null });
    expect(state.range).toEqual({ since: null, until: '2010-01-20' });
  });
});
