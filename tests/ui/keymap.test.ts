import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  actionFor,
  HELP_GROUPS,
  helpRows,
  KEYMAP,
  keyName,
  SCREEN_NAMES,
  statusHints,
  withKeyOverrides,
  type Action,
} from '../../src/ui/keymap.js';
import { SCREEN_BINDINGS } from '../../src/ui/bindings.js';

describe('keymap', () => {
  it('maps vim keys and arrows to the same actions', () => {
    expect(actionFor(keyName('j', {}) ?? '', 'timeline')).toBe('down');
    expect(actionFor(keyName('', { downArrow: true }) ?? '', 'timeline')).toBe('down');
    expect(actionFor(keyName('k', {}) ?? '', 'articles')).toBe('up');
    expect(actionFor(keyName('G', {}) ?? '', 'timeline')).toBe('bottom');
    expect(actionFor(keyName('', { return: true }) ?? '', 'timeline')).toBe('open');
    expect(actionFor(keyName('c', { ctrl: true }) ?? '', 'reader')).toBe('quit');
  });

  it('leaves printable keys to the query while searching', () => {
    expect(actionFor('q', 'search')).toBeNull();
    expect(actionFor('j', 'search')).toBeNull();
    expect(actionFor('backspace', 'search')).toBeNull();
    expect(actionFor('escape', 'search')).toBe('back');
    expect(actionFor('down', 'search')).toBe('down');
  });

  it('reads Backspace (DEL) as going back in the reader', () => {
    expect(actionFor(keyName('', { delete: true }) ?? '', 'reader')).toBe('back');
  });

  it('generates one help row per command from the table that dispatches keys', () => {
    const rows = helpRows();
    expect(rows).toHaveLength(KEYMAP.length);
    expect(rows.find((r) => r.description.startsWith('fuzzy search'))?.keys).toBe('/');
  });

  it('lets a user rebind a command without touching dispatch', () => {
    const keymap = withKeyOverrides(KEYMAP, { quit: ['Q'] });
    expect(actionFor('Q', 'timeline', keymap)).toBe('quit');
    expect(actionFor('q', 'timeline', keymap)).toBeNull();
    expect(helpRows(keymap).find((r) => r.description === 'quit')?.keys).toBe('Q');
  });
});

describe('the command tables', () => {
  it('describe every command and put it in exactly one help group', () => {
    const rows = helpRows();
    for (const [action, spec] of Object.entries(ACTIONS)) {
      expect(spec.description.trim(), action).not.toBe('');
      expect(spec.keys.length, action).toBeGreaterThan(0);
      expect(
        HELP_GROUPS.filter((group) => group === spec.group),
        action,
      ).toHaveLength(1);
      expect(
        rows.filter((row) => row.description === spec.description),
        action,
      ).toHaveLength(1);
    }
    // Every group holds something: the help has no empty heading.
    for (const group of HELP_GROUPS)
      expect(
        rows.some((row) => row.group === group),
        group,
      ).toBe(true);
  });

  it('give every command at least one screen, and each screen a command once', () => {
    for (const action of Object.keys(ACTIONS) as Action[])
      expect(
        SCREEN_NAMES.some((screen) => SCREEN_BINDINGS[screen].bindings.some((b) => b.action === action)),
        action,
      ).toBe(true);
    for (const screen of SCREEN_NAMES) {
      const actions = SCREEN_BINDINGS[screen].bindings.map((b) => b.action);
      expect(new Set(actions).size, screen).toBe(actions.length);
    }
  });

  it('hint only what the screen itself runs', () => {
    expect(statusHints('articles')).not.toContain('articles');
    expect(statusHints('articles')).toContain('Tab timeline');
    expect(statusHints('prompt')).not.toContain('open');
    expect(statusHints('prompt')).toBe('Enter export  Esc cancel');
    for (const screen of SCREEN_NAMES) {
      const hinted = SCREEN_BINDINGS[screen].bindings.filter((b) => b.hint).length;
      expect(statusHints(screen).split('  ').length, screen).toBe(hinted);
    }
  });
});
