import { describe, expect, it } from 'vitest';
import { printableLine, printableText, sanitizeText } from '../../src/corpus/index.js';
import { parseConfig } from '../../src/config/parse.js';

describe('bidi controls', () => {
  it.each([
    ['a right-to-left override and its pop', 'abc\u202edcba\u202c', 'abcdcba'],
    ['embeddings', '\u202aone\u202b two\u202c', 'one two'],
    ['isolates', 'x\u2066y\u2067z\u2068w\u2069', 'xyzw'],
  ])('are removed from article text: %s', (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it('leave right-to-left text itself and the plain direction marks alone', () => {
    const text = 'שלום עולם \u200f مرحبا \u200e';
    expect(sanitizeText(text)).toBe(text);
  });
});

describe('printable forms for names and output', () => {
  it('shows every control and bidi character of a name as a visible escape', () => {
    expect(printableLine('a\u001b]0;t\u0007b\u202ec\nd\te\u009bf')).toBe(
      'a\\u001b]0;t\\u0007b\\u202ec\\nd\\te\\u009bf',
    );
  });

  it('keeps line breaks and tabs in whole blocks of output, and escapes the rest', () => {
    expect(printableText('line one\n\tline\u001b[31m two\u2067')).toBe('line one\n\tline\\u001b[31m two\\u2067');
  });

  it('returns clean text unchanged', () => {
    const text = 'Café — 東京 😀 "quoted" \\ back';
    expect(printableLine(text)).toBe(text);
    expect(printableText(text)).toBe(text);
  });

  it('keeps a JSON line valid JSON', () => {
    const line = JSON.stringify({ path: 'x\u202e\u009by' });
    expect(JSON.parse(printableText(line))).toEqual({ path: 'x\u202e\u009by' });
  });
});

describe('config text in error lines', () => {
  it('names an unknown key that holds a terminal title sequence in a visible form', () => {
    const { error } = parseConfig(JSON.stringify({ '\u001b]0;X\u0007': true }));
    expect(error).toMatch(/^unknown key "\\u001b\]0;X\\u0007"/);
  });

  it('refuses a control or bidi character as a key name, since the help overlay would draw it', () => {
    expect(parseConfig(JSON.stringify({ keys: { quit: ['\u001b'] } })).error).toMatch(/not a key name/);
    expect(parseConfig(JSON.stringify({ keys: { quit: ['\u202e'] } })).error).toMatch(/not a key name/);
    expect(parseConfig(JSON.stringify({ keys: { quit: ['x'] } })).error).toBeUndefined();
  });
});

describe('line ends in output', () => {
  it('keeps CRLF, which CSV and iCalendar exports end their lines with, and shows a lone CR', () => {
    expect(printableText('a,b\r\nc,d\r\n')).toBe('a,b\r\nc,d\r\n');
    expect(printableText('shown\roverwritten')).toBe('shown\\roverwritten');
  });

  it('still turns CRLF into a line feed in article text', () => {
    expect(sanitizeText('one\r\ntwo')).toBe('one\ntwo');
  });
});
