import type { KeyState } from './keymap.js';

// Ink hands useInput what one read of the terminal brought. It already cuts a read at escape
// sequences (CSI `ESC [ … final`, SS3 `ESC O x`, alt+key `ESC x`), each handed over whole and
// parsed; but a run of plain characters, such as `j` + Enter or `/saadi` + Enter sent at once
// by a paste, fast typing, ssh or tmux send-keys, arrives as one string with no key parsed.
// This cuts such a run into the keys it holds, each described as Ink describes a lone key.

export interface KeyPress {
  input: string;
  key: KeyState;
}

const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;
const TAB = 0x09;
const BACKSPACE = 0x08;
const DELETE = 0x7f;

/** Whether Ink parsed the chunk as one key (an escape sequence, a named or modified key). */
function isParsedKey(key: KeyState): boolean {
  return Object.entries(key).some(([name, flag]) => flag === true && name !== 'shift');
}

/** One character of a run, described as Ink's useInput would describe it typed alone. */
export function keyOfCharacter(ch: string): KeyPress {
  const code = ch.codePointAt(0) ?? 0;
  if (code === CARRIAGE_RETURN || code === LINE_FEED) return { input: '', key: { return: true } };
  if (code === TAB) return { input: '', key: { tab: true } };
  if (code === BACKSPACE) return { input: '', key: { backspace: true } };
  if (code === DELETE) return { input: '', key: { delete: true } };
  // Ctrl-A … Ctrl-Z arrive as 0x01 … 0x1a; Ink names them by their letter.
  if (code >= 0x01 && code <= 0x1a) return { input: String.fromCharCode(code + 0x60), key: { ctrl: true } };
  if (ch >= 'A' && ch <= 'Z') return { input: ch, key: { shift: true } };
  return { input: ch, key: {} };
}

/** The keys one useInput call holds, in order: itself if Ink parsed it, else one per character. */
export function splitKeys(input: string, key: KeyState): KeyPress[] {
  const characters = [...input];
  if (characters.length <= 1 || isParsedKey(key)) return [{ input, key }];
  return characters.map(keyOfCharacter);
}

/** Whether a key is text to type into a prompt: printable, no modifier, no named key. */
export function isPrintable({ input, key }: KeyPress): boolean {
  if (!input || key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete)
    return false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x20 || code === DELETE) return false;
  }
  return true;
}

// Bracketed paste (xterm; tmux, iTerm2, kitty, Windows Terminal follow it): once enabled, the
// terminal wraps pasted text in ESC[200~ … ESC[201~, so a paste is never taken for keys. Ink
// passes the markers on as the text '[200~' and '[201~' with the escape cut off.
export const ENABLE_BRACKETED_PASTE = '\u001B[?2004h';
export const DISABLE_BRACKETED_PASTE = '\u001B[?2004l';

export function pasteMarker(input: string): 'start' | 'end' | null {
  if (input === '[200~' || input === '\u001B[200~') return 'start';
  if (input === '[201~' || input === '\u001B[201~') return 'end';
  return null;
}

/** Pasted text as one line for a prompt: line breaks and other controls become spaces. */
export function pastedText(text: string): string {
  let line = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    line += code < 0x20 || code === DELETE ? ' ' : ch;
  }
  return line;
}
