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

// xterm's mouse reporting (tmux, iTerm2, kitty, GNOME Terminal, Windows Terminal follow it): 1000
// reports presses, releases and the wheel; 1006 writes them as SGR text, `ESC [ < b ; x ; y M`
// (M a press, m a release; x, y from 1), with no byte limit on the coordinates.
export const ENABLE_MOUSE = '\u001B[?1000h\u001B[?1006h';
export const DISABLE_MOUSE = '\u001B[?1006l\u001B[?1000l';

/** What a mouse report means here: a left click or a turn of the wheel at a cell, or nothing. */
export type MouseInput =
  | { kind: 'click'; column: number; row: number }
  | { kind: 'wheel'; delta: -1 | 1; column: number; row: number }
  | { kind: 'ignored' };

const WHEEL = 64;
const MOTION = 32;
const BUTTONS = 3;

/**
 * An SGR mouse report as Ink hands it (ESC cut off, or not), or null when `input` is none. Every
 * report is recognised, ignored ones too (a release, the right button, a drag), so none is ever
 * taken for keys or typed into a field.
 */
export function mouseReport(input: string): MouseInput | null {
  const body = input.startsWith('\u001B') ? input.slice(1) : input;
  const final = body[body.length - 1];
  if (!body.startsWith('[<') || (final !== 'M' && final !== 'm')) return null;
  const fields = body.slice(2, -1).split(';');
  if (fields.length !== 3 || !fields.every(isDigits)) return null;
  const [button, column, row] = fields.map(Number) as [number, number, number];
  if (button & WHEEL) {
    // 64 up, 65 down; 66 and 67 are a sideways wheel.
    if ((button & BUTTONS) > 1 || final === 'm') return { kind: 'ignored' };
    return { kind: 'wheel', delta: button & 1 ? 1 : -1, column, row };
  }
  if (final === 'm' || button & MOTION || (button & BUTTONS) !== 0) return { kind: 'ignored' };
  return { kind: 'click', column, row };
}

function isDigits(text: string): boolean {
  if (text === '') return false;
  for (const ch of text) if (ch < '0' || ch > '9') return false;
  return true;
}

/**
 * A terminal without SGR reports sends the old X10 form, `ESC [ M` and three bytes: Ink hands
 * over `[M` and the bytes as text. Those bytes are mouse, not keys.
 */
export const LEGACY_MOUSE_BYTES = 3;

export function isLegacyMouseStart(input: string): boolean {
  return input === '[M' || input === '\u001B[M';
}
