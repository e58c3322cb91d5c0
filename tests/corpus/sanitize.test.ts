import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../src/corpus/index.js';

describe('sanitizeText', () => {
  it.each([
    ['OSC window title ended by BEL', 'a\x1b]0;pwned\x07b', 'ab'],
    ['OSC hyperlink ended by ST', '\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\', 'click'],
    ['CSI colour', '\x1b[31mred\x1b[0m', 'red'],
    ['8-bit CSI', 'x\u009b2Jy', 'xy'],
    ['8-bit OSC ended by 8-bit ST', 'x\u009d0;t\u009cy', 'xy'],
    ['DCS string', 'x\x1bPq#0;2;0;0;0\x1b\\y', 'xy'],
    ['charset designation', 'x\x1b(By', 'xy'],
    ['unterminated OSC stops at the line end', 'x\x1b]0;pwned\nnext', 'x\nnext'],
    ['lone C0 and DEL', 'a\x00b\x08c\x7fd', 'abcd'],
    ['CRLF and lone CR', 'a\r\nb\rc', 'a\nb\nc'],
  ])('removes %s', (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it('keeps tabs, line breaks and all printable Unicode', () => {
    const text = 'Café\tSão Paulo\n\n“Quoted” — 東京 😀 [1] a;b';
    expect(sanitizeText(text)).toBe(text);
  });
});
