import { describe, expect, it } from 'vitest';
import { initialNavigation, navigate, type NavigationState } from '../../src/ui/navigation.js';
import { commandLineShown, withoutLastGrapheme } from '../../src/ui/command-line.js';

const run = (state: NavigationState, ...actions: Parameters<typeof navigate>[1][]): NavigationState =>
  actions.reduce(navigate, state);

const withHistory = (): NavigationState => ({ ...initialNavigation(), commands: ['sort', 'since 2010-01-15'] });

describe('editing the : command line', () => {
  it('brings back what was typed when ↓ passes the newest recalled line', () => {
    const typed = run(withHistory(), { type: 'openCommand' }, { type: 'typeQuery', text: 'jan 2' });
    const recalled = run(typed, { type: 'recallCommand', older: true }, { type: 'recallCommand', older: true });
    expect(recalled.command?.text).toBe('sort');
    const back = run(recalled, { type: 'recallCommand', older: false }, { type: 'recallCommand', older: false });
    expect(back.command?.text).toBe('jan 2');
    expect(back.command?.recall).toBeNull();
  });

  it('erases a whole grapheme with Backspace: an accent, an emoji family, a flag', () => {
    expect(withoutLastGrapheme('cafe\u0301')).toBe('caf');
    expect(withoutLastGrapheme('a👨‍👩‍👧')).toBe('a');
    expect(withoutLastGrapheme('x🇭🇹')).toBe('x');
    const state = run(
      initialNavigation(),
      { type: 'openCommand' },
      { type: 'typeQuery', text: 'ha🇭🇹' },
      { type: 'eraseQuery', word: false },
    );
    expect(state.command?.text).toBe('ha');
  });

  it('shows the end of a line too long for the status line, the cursor in sight', () => {
    expect(commandLineShown('jan 20', 40)).toBe(':jan 20█');
    const long = `since ${'x'.repeat(60)}2010-01-15`;
    const shown = commandLineShown(long, 30);
    expect(shown).toHaveLength(30);
    expect(shown).toMatch(/^:….*2010-01-15█$/);
    const wide = commandLineShown('東京'.repeat(30), 21);
    expect(wide.endsWith('京█')).toBe(true);
    expect([...wide].length).toBeLessThanOrEqual(12);
  });
});
