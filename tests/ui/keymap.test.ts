import { describe, expect, it } from 'vitest';
import { actionFor, helpRows, KEYMAP, keyName, withKeyOverrides } from '../../src/ui/keymap.js';

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
