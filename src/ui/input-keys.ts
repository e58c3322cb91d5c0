import { isBidiControl, sanitizeLine } from '../corpus/sanitize.js';
import type { KeyState } from './keymap.js';

// Ink's App reads the terminal and cuts each read into events: a run of plain characters, one
// escape sequence (CSI `ESC [ … final`, SS3 `ESC O x`), or ESC with the character after it (ESC
// ESC too). Ink's own useInput would parse those, but it throws on a sequence it cannot name
// (Ctrl-F1 `ESC [1;5P`, a pasted colour `ESC [31m`) and takes ESC + a key read together for
// Alt+key, losing the key. So the app parses Ink's events here, and no byte sequence can fail:
// a run of characters is one key each; ESC not opening a sequence is Escape, and the character
// after it a key of its own (this app binds no Alt combos); a sequence not named is dropped.
export interface KeyPress {
  input: string;
  key: KeyState;
}

const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;
const TAB = 0x09;
const BACKSPACE = 0x08;
const DELETE = 0x7f;

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

const ESC = '\u001B';

/** The keys one of Ink's input events holds, in order; none for a sequence not named here. */
export function keysOfInput(input: string): KeyPress[] {
  if (!input.startsWith(ESC)) return [...input].map(keyOfCharacter);
  const escape: KeyPress = { input: '', key: { escape: true } };
  const body = input.slice(1);
  if (body === '') return [escape];
  if (body.startsWith(ESC)) return [escape, ...keysOfInput(body)];
  if (body.length > 1 && (body[0] === '[' || body[0] === 'O')) {
    const key = sequenceKey(body);
    return key ? [{ input: '', key }] : [];
  }
  return [escape, ...[...body].map(keyOfCharacter)];
}

/** Arrows, Home and End by their final byte (CSI or SS3). */
const FINAL_KEYS: Record<string, KeyState> = {
  A: { upArrow: true },
  B: { downArrow: true },
  C: { rightArrow: true },
  D: { leftArrow: true },
  H: { home: true },
  F: { end: true },
};

/** `ESC [ n ~` keys by n (xterm, rxvt and the Linux console number them so). */
const TILDE_KEYS: Record<string, KeyState> = {
  '1': { home: true },
  '7': { home: true },
  '4': { end: true },
  '8': { end: true },
  '3': { delete: true },
  '5': { pageUp: true },
  '6': { pageDown: true },
};

/**
 * The key a CSI or SS3 sequence (ESC cut off) names, with its xterm modifier (`;2` Shift, `;3`
 * Alt, `;5` Ctrl, and their sums), or null for one this app has no name for.
 */
function sequenceKey(body: string): KeyState | null {
  const final = body[body.length - 1]!;
  const params = body.slice(1, -1).split(';');
  if (body[0] === 'O') return body.length === 2 ? (FINAL_KEYS[final] ?? null) : null;
  if (final === 'Z' && body.length === 2) return { tab: true, shift: true };
  if (!params.every((param) => param === '' || isDigits(param)) || params.length > 2) return null;
  const named =
    final === '~' ? TILDE_KEYS[params[0]!] : params[0] === '' || params[0] === '1' ? FINAL_KEYS[final] : null;
  if (!named) return null;
  const modifier = Number(params[1] ?? '1') - 1;
  if (modifier < 0) return named;
  return {
    ...named,
    shift: (modifier & 1) !== 0 || undefined,
    meta: (modifier & 2) !== 0 || undefined,
    ctrl: (modifier & 4) !== 0 || undefined,
  };
}

/** Whether a key is text to type into a prompt: printable, no control, no modifier, no named key. */
export function isPrintable({ input, key }: KeyPress): boolean {
  if (!input || key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete)
    return false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    // C0, DEL and C1 controls, and bidi controls (a pasted U+202E would reverse the line).
    if (code < 0x20 || (code >= DELETE && code <= 0x9f) || isBidiControl(code)) return false;
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

/** Pasted text as one line for a prompt: escape sequences and controls go, line breaks become spaces. */
export function pastedText(text: string): string {
  return sanitizeLine(text);
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
