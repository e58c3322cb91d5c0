// Terminal control sequences inside article text would reach the screen as commands (window
// titles, hyperlinks, colours, cursor moves), so every one is removed before anything renders.
// ECMA-48 shapes, in 7-bit (ESC …) and 8-bit (C1) forms:
// - CSI: ESC [ or 0x9B, parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final 0x40–0x7E;
// - OSC, DCS, SOS, PM, APC: ESC ] P X ^ _ or 0x9D 0x90 0x98 0x9E 0x9F, a string, then ST
//   (ESC \ or 0x9C) or, for OSC in practice, BEL. An unterminated string ends at the line break
//   because terminals abort a control string on a line break anyway;
// - any other ESC plus intermediates and one final byte (charset designations, ESC c, ESC 7).
const CONTROL_STRING = /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?/g;
const CSI = /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?/g;
const OTHER_ESCAPE = /\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
// C0 except tab and line feed, DEL, and C1.
const LONE_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// Every sequence above starts with one of these, and so does a CR.
const ANY_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

/**
 * Removes control and escape sequences; line breaks become `\n` (CRLF and lone CR alike),
 * tabs stay. Everything else is kept as written, so offsets into the result are stable.
 */
export function sanitizeText(s: string): string {
  // Almost all text has nothing to remove: one scan instead of five.
  if (!ANY_CONTROL.test(s)) return s;
  return s
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_STRING, '')
    .replace(CSI, '')
    .replace(OTHER_ESCAPE, '')
    .replace(LONE_CONTROL, '');
}
