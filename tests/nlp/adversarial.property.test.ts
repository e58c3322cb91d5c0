// The analyser on short hostile texts (the kinds bench/fuzz.ts grows to hundreds of KB): it
// returns, its spans lie inside the text, and what it says grows linearly with what it reads.
// No timing thresholds: a rule that backtracks exponentially on 2 KB still fails this file,
// by never returning within the test's time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/nlp/index.js';
import type { AnalyzedArticle } from '../../src/types.js';

const MAX_LENGTH = 2048;

// Separators and marks scraped pages repeat, and the dashes and quotes typography adds.
const MARKS = [',', ';', ':', '-', '—', '–', '.', "'", '"', '#', '*', '=', '_', '|', ' ', '\t', '\n', '(', ')', '/'];

// Words that make the rules fire, so that the marks land inside sentences the rules read.
const WORDS = [
  'On Monday',
  'the army moved into Mosul',
  'officials said',
  'Maria Lopez',
  'UNITED NATIONS',
  'BREAKING',
  'January',
  'late January',
  'March 3,',
  '2024',
  '1600 GMT',
  '19 JANUARY, 1130 GMT',
  '126(4), 1850–1855',
  '1040s',
  'two days later',
  'Dr.',
  'U.S.',
  'Москва',
  'القاهرة',
  '北京',
  'e\u0301',
  '😀',
  '\u202e',
];

const run = fc
  .tuple(fc.constantFrom(...MARKS, ', ', ' --', '. -- '), fc.integer({ min: 1, max: 300 }))
  .map(([mark, times]) => mark.repeat(times));
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: run },
  { weight: 2, arbitrary: fc.constantFrom(' ', '. ', ', ', '\n', '\n\n') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9 ,.:/-]{1,40}$/) },
);
const hostileText = fc
  .array(piece, { minLength: 1, maxLength: 80 })
  .map((pieces) => pieces.join('').slice(0, MAX_LENGTH));

const analyse = (text: string): AnalyzedArticle =>
  analyzeArticle({ id: '', path: '', date: '2024-02-07', dateSource: 'header', title: '', text });

function expectInside(spans: ReadonlyArray<{ start: number; end: number }>, length: number): void {
  for (const { start, end } of spans) {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThanOrEqual(start);
    expect(end).toBeLessThanOrEqual(length);
  }
}

describe('the analyser on hostile text', () => {
  it('returns, with every sentence, name, time and event inside the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { sentences, entities, times, events } = analyse(text);
        expectInside(sentences, text.length);
        expectInside(entities, text.length);
        expectInside(times, text.length);
        expectInside(events, text.length);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  // Each character may stand in a few events' texts (a clause, capped), never in one event per
  // date word of its sentence: 250 "January"s in 2 KB once made 250 copies of the sentence.
  it('says no more than a constant times what it reads', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { sentences, entities, times, events } = analyse(text);
        const eventChars = events.reduce((sum, event) => sum + event.text.length, 0);
        expect(eventChars).toBeLessThanOrEqual(8 * text.length + 2000);
        expect(JSON.stringify({ sentences, entities, times, events }).length).toBeLessThanOrEqual(
          32 * text.length + 16_384,
        );
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it.each([
    ['a month-name run', `${'January '.repeat(250)}2024.`],
    ['a dash run in a sentence', `On Monday the army moved into Mosul ${'-'.repeat(40)} officials said.`],
    [
      'the separator line of the issue',
      '. -- -- -- -- -- -- -- --, -- -- -- -- -- -- --, -- -- -- -- -- -- --. -- -- -',
    ],
    ['a heading of #', `${'#'.repeat(2000)} On Monday officials said so.`],
  ])('holds for %s', (_what, text) => {
    const { events } = analyse(text);
    expectInside(events, text.length);
    expect(events.reduce((sum, event) => sum + event.text.length, 0)).toBeLessThanOrEqual(8 * text.length + 2000);
  });
});
