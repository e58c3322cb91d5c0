import { describe, expect, it } from 'vitest';
import { isPrintable, keysOfInput, pastedText, pasteMarker } from '../../src/ui/input-keys.js';
import { keyName } from '../../src/ui/keymap.js';

const names = (input: string): Array<string | null> =>
  keysOfInput(input).map((press) => keyName(press.input, press.key));

describe('keysOfInput', () => {
  it('cuts a run of characters into its keys, Enter, Tab, Backspace and Ctrl keys named', () => {
    expect(names('j\r')).toEqual(['j', 'enter']);
    expect(names('/saadi\r')).toEqual(['/', 's', 'a', 'a', 'd', 'i', 'enter']);
    expect(names('G \t\u007F\u0004\n')).toEqual(['G', 'space', 'tab', 'backspace', 'ctrl+d', 'enter']);
    expect(names('é')).toEqual(['é']);
    expect(names('😀x')).toEqual(['😀', 'x']);
  });

  it('names the escape sequences of arrows, paging, Home, End and Shift-Tab, modifiers and all', () => {
    expect(names('\u001B[A')).toEqual(['up']);
    expect(names('\u001BOB')).toEqual(['down']);
    expect(names('\u001B[1;5C')).toEqual(['right']);
    expect(keysOfInput('\u001B[1;5C')[0]!.key).toMatchObject({ rightArrow: true, ctrl: true });
    expect(names('\u001B[5~')).toEqual(['pageup']);
    expect(names('\u001B[6~')).toEqual(['pagedown']);
    expect(names('\u001B[H')).toEqual(['home']);
    expect(names('\u001B[4~')).toEqual(['end']);
    expect(names('\u001B[Z')).toEqual(['shift+tab']);
  });

  it('drops a sequence it cannot name (Ctrl-F1, F1, a colour) instead of failing on it', () => {
    expect(keysOfInput('\u001B[1;5P')).toEqual([]);
    expect(keysOfInput('\u001BOP')).toEqual([]);
    expect(keysOfInput('\u001B[31m')).toEqual([]);
    expect(keysOfInput('\u001B[2~')).toEqual([]);
  });

  it('takes each ESC not opening a sequence for Escape, and the key after it for itself (no Alt)', () => {
    expect(names('\u001B')).toEqual(['escape']);
    expect(names('\u001B\u001B')).toEqual(['escape', 'escape']);
    expect(names('\u001Be')).toEqual(['escape', 'e']);
    expect(names('\u001B\u001B[A')).toEqual(['escape', 'up']);
    expect(keysOfInput('\u001Be')[1]).toEqual({ input: 'e', key: {} });
  });

  it('tells printable keys from commands and controls', () => {
    const [slash, enter, ctrlW] = keysOfInput('/\r\u0017');
    expect([slash, enter, ctrlW].map((press) => isPrintable(press!))).toEqual([true, false, false]);
    expect(isPrintable({ input: '\u202E', key: {} })).toBe(false);
    expect(isPrintable({ input: 'a\u0085', key: {} })).toBe(false);
  });
});

describe('bracketed paste', () => {
  it('knows the markers as Ink passes them on, and flattens pasted lines for a prompt', () => {
    expect(pasteMarker('[200~')).toBe('start');
    expect(pasteMarker('[201~')).toBe('end');
    expect(pasteMarker('[')).toBeNull();
    expect(pastedText('al-Saadi\r\nBaghdad\t')).toBe('al-Saadi Baghdad ');
    expect(pastedText('obama\u001B[1;5Pxyz\u001B[31m!\u202E')).toBe('obamaxyz!');
  });
});
