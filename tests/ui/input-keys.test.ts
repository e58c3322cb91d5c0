import { describe, expect, it } from 'vitest';
import { isPrintable, pastedText, pasteMarker, splitKeys } from '../../src/ui/input-keys.js';
import { keyName } from '../../src/ui/keymap.js';

const names = (input: string, key = {}): Array<string | null> =>
  splitKeys(input, key).map((press) => keyName(press.input, press.key));

describe('splitKeys', () => {
  it('cuts a run of characters into its keys, Enter, Tab, Backspace and Ctrl keys named', () => {
    expect(names('j\r')).toEqual(['j', 'enter']);
    expect(names('/saadi\r')).toEqual(['/', 's', 'a', 'a', 'd', 'i', 'enter']);
    expect(names('G \t\u007F\u0004\n')).toEqual(['G', 'space', 'tab', 'backspace', 'ctrl+d', 'enter']);
  });

  it('keeps a key Ink parsed whole (an escape sequence, alt+key) and a lone character', () => {
    expect(names('', { downArrow: true })).toEqual(['down']);
    expect(names('j', { meta: true })).toEqual(['j']);
    expect(names('G', { shift: true })).toEqual(['G']);
    expect(names('é')).toEqual(['é']);
    expect(names('😀x')).toEqual(['😀', 'x']);
  });

  it('tells printable keys from commands', () => {
    const [slash, enter, ctrlW] = splitKeys('/\r\u0017', {});
    expect([slash, enter, ctrlW].map((press) => isPrintable(press!))).toEqual([true, false, false]);
  });
});

describe('bracketed paste', () => {
  it('knows the markers as Ink passes them on, and flattens pasted lines for a prompt', () => {
    expect(pasteMarker('[200~')).toBe('start');
    expect(pasteMarker('[201~')).toBe('end');
    expect(pasteMarker('[')).toBeNull();
    expect(pastedText('al-Saadi\r\nBaghdad\t')).toBe('al-Saadi  Baghdad ');
  });
});
