import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMetadataDate } from '../../src/corpus/dates.js';
import { htmlToText } from '../../src/corpus/html.js';
import { parseFile, sanitizeText } from '../../src/corpus/index.js';

// eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const EXTENSIONS = ['.txt', '.rss', '.atom', '.json', '.jsonl', '.md', '.dat'];

// Strings rich in the characters that break parsers and terminals.
const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\x1b',
      '[',
      ']',
      '\x07',
      '\x9b',
      '\x9d',
      '\\',
      '<',
      '>',
      '&',
      ';',
      '"',
      '{',
      '}',
      '\n',
      '\r',
      ' date ',
      '---\n',
      '<![CDATA[',
      ']]>',
      '<?xml version="1.0" encoding="latin1"?>',
      '<rss><channel><item>',
      '</item>',
      '<feed><entry>',
    ),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
  maxLength: 60,
});

describe('loader properties', () => {
  it('parses arbitrary bytes in every format without throwing, and no control survives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...EXTENSIONS), async (bytes, ext) => {
        const result = await parseFile(bytes, `x${ext}`);
        for (const article of result.articles)
          expect(CONTROL.test(article.text + article.title + (article.source ?? '') + (article.url ?? ''))).toBe(false);
        for (const problem of result.problems) expect(problem.reason).not.toContain('\n');
      }),
      { numRuns: 400 },
    );
  });

  it('parses arbitrary markup-rich text in every format without throwing, and no control survives', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, fc.constantFrom(...EXTENSIONS), async (text, ext) => {
        const result = await parseFile(new TextEncoder().encode(text), `x${ext}`);
        for (const article of result.articles) {
          expect(CONTROL.test(article.text + article.title + (article.source ?? '') + (article.url ?? ''))).toBe(false);
          expect(article.date === null || /^\d{4}-\d{2}-\d{2}$/.test(article.date)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('sanitises to text with no controls, idempotently, leaving clean text alone', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const once = sanitizeText(s);
        expect(CONTROL.test(once)).toBe(false);
        expect(sanitizeText(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\t', '[', ']', '字', '😀', ';') }), (s) => {
        expect(sanitizeText(s)).toBe(s);
      }),
    );
  });

  it('never throws on arbitrary date values and only returns real calendar days', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.date({ noInvalidDate: false })),
        (value) => {
          const parsed = parseMetadataDate(value);
          if ('date' in parsed) expect(Number.isNaN(Date.parse(`${parsed.date}T00:00:00Z`))).toBe(false);
        },
      ),
    );
  });

  it('reduces arbitrary HTML without throwing or leaving tags of script content', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const text = htmlToText(`<p>${s}</p><script>secret()</script>`);
        expect(text).not.toContain('secret()');
      }),
    );
  });
});
