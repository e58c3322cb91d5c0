// The one sanitiser between what strangers wrote (articles, feeds, file names, config files,
// environment variables) and the terminal. Two ways through it:
// - sanitizeText removes: article text loses its control and escape sequences, which would reach
//   the screen as commands (window titles, hyperlinks, colours, cursor moves), and its bidi
//   embeddings, overrides and isolates, which reorder what is shown ("Trojan Source",
//   CVE-2021-42574);
// - printableLine / printableText show them instead, as `\u001b`-style escapes: for names that must
//   stay recognisable (a file whose name holds an escape is reported under a visible form of it)
//   and as the last guard on everything written to stdout and stderr. The escapes are JSON's, so a
//   JSON line stays valid JSON.
//
// Written as a scanner over char codes rather than regexes: one linear pass, and no control
// characters in a pattern (ESLint's no-control-regex).
//
// ECMA-48 shapes, in 7-bit (ESC …) and 8-bit (C1) forms:
// - CSI: ESC [ or 0x9B, parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final 0x40–0x7E;
// - OSC, DCS, SOS, PM, APC: ESC ] P X ^ _ or 0x9D 0x90 0x98 0x9E 0x9F, a string, then ST
//   (ESC \ or 0x9C) or, for OSC in practice, BEL. An unterminated string ends at the line break
//   (or the next ESC) because terminals abort a control string there anyway;
// - any other ESC plus intermediates and one final byte (charset designations, ESC c, ESC 7).

const ESC = 0x1b;
const BEL = 0x07;
const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const ST = 0x9c;
const CSI_8BIT = 0x9b;
// ESC ] P X ^ _ open a control string.
const STRING_OPENERS = new Set([0x5d, 0x50, 0x58, 0x5e, 0x5f]);
const STRING_OPENERS_8BIT = new Set([0x90, 0x98, 0x9d, 0x9e, 0x9f]);

/** C0 (tab and line feed included), DEL and C1. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Unicode bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
export function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function inRange(code: number | undefined, low: number, high: number): boolean {
  return code !== undefined && code >= low && code <= high;
}

/**
 * True when the text holds nothing to remove or escape (the common case): `text` keeps LF and
 * tab, `output` CRLF as well, `line` nothing.
 */
function isClean(s: string, keep: 'text' | 'output' | 'line'): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x20) {
      if (keep === 'text' && (code === LF || code === TAB)) continue;
      if (keep === 'output' && keptBreak(s, i, code)) continue;
      return false;
    }
    if ((code >= 0x7f && code <= 0x9f) || isBidiControl(code)) return false;
  }
  return true;
}

/** A line feed, a tab, or the CR of a CRLF (CSV and iCalendar end their lines so). */
function keptBreak(s: string, i: number, code: number): boolean {
  return code === LF || code === TAB || (code === CR && s.charCodeAt(i + 1) === LF);
}

/** The index just past a control string's body and terminator, scanning from `i`. */
function skipControlString(s: string, i: number): number {
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === BEL || code === ST) return i + 1;
    if (code === LF) return i;
    if (code === ESC) return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
  }
  return i;
}

/** The index just past a CSI's parameters, intermediates and final byte, scanning from `i`. */
function skipCsi(s: string, i: number): number {
  while (inRange(s.charCodeAt(i), 0x30, 0x3f)) i++;
  while (inRange(s.charCodeAt(i), 0x20, 0x2f)) i++;
  return inRange(s.charCodeAt(i), 0x40, 0x7e) ? i + 1 : i;
}

/**
 * Removes control and escape sequences and bidi controls; line breaks become `\n` (CRLF and lone
 * CR alike), tabs stay. Everything else is kept as written.
 */
export function sanitizeText(s: string): string {
  // Almost all text has nothing to remove: one scan, no copy.
  if (isClean(s, 'text')) return s;
  let out = '';
  let kept = 0; // start of the run of characters not yet copied to `out`
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (!isControl(code) && !isBidiControl(code)) {
      i++;
      continue;
    }
    if (code === LF || code === TAB) {
      i++;
      continue;
    }
    out += s.slice(kept, i);
    let next = i + 1;
    if (code === CR) {
      out += '\n';
      if (s.charCodeAt(next) === LF) next++;
    } else if (code === ESC) {
      const after = s.charCodeAt(next);
      if (STRING_OPENERS.has(after)) next = skipControlString(s, next + 1);
      else if (after === 0x5b) next = skipCsi(s, next + 1);
      else {
        while (inRange(s.charCodeAt(next), 0x20, 0x2f)) next++;
        if (inRange(s.charCodeAt(next), 0x30, 0x7e)) next++;
      }
    } else if (code === CSI_8BIT) next = skipCsi(s, next);
    else if (STRING_OPENERS_8BIT.has(code)) next = skipControlString(s, next);
    i = next;
    kept = next;
  }
  return out + s.slice(kept);
}

const NAMED_ESCAPES: Record<number, string> = { [LF]: '\\n', [TAB]: '\\t', [CR]: '\\r' };

function escapeControls(s: string, keepLineBreaks: boolean): string {
  if (isClean(s, keepLineBreaks ? 'output' : 'line')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const shown = keepLineBreaks && keptBreak(s, i, code);
    if (!shown && (isControl(code) || isBidiControl(code)))
      out += NAMED_ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, '0')}`;
    else out += s[i];
  }
  return out;
}

/**
 * One line safe for the terminal that still shows what was there: controls (line breaks and
 * tabs too) and bidi controls become visible escapes (`\u001b`, `\u202e`, `\n`).
 */
export function printableLine(s: string): string {
  return escapeControls(s, false);
}

/** As {@link printableLine}, keeping line breaks (LF and CRLF) and tabs: the guard on whole blocks of output. */
export function printableText(s: string): string {
  return escapeControls(s, true);
}

/**
 * One line of text for a field (the `:` line, a query, a stored summary): escape sequences,
 * controls and bidi controls removed, line breaks and tabs become spaces.
 */
export function sanitizeLine(s: string): string {
  const text = sanitizeText(s);
  let line = '';
  for (const ch of text) line += ch === '\n' || ch === '\t' ? ' ' : ch;
  return line;
}
