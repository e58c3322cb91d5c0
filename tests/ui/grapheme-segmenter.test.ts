import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphemeSegmenter, isSimpleText } from '../../src/ui/grapheme-segmenter.js';

const icu = new Intl.Segmenter();
const split = (segments: Iterable<{ segment: string; index: number }>): Array<[string, number]> =>
  [...segments].map((s) => [s.segment, s.index]);

// Every code unit GraphemeSegmenter splits by itself (its SIMPLE class).
const SIMPLE_RANGES: Array<[number, number]> = [
  [0x0000, 0x000c],
  [0x000e, 0x02ff],
  [0x0370, 0x0482],
  [0x048a, 0x052f],
  [0x2010, 0x2027],
  [0x202f, 0x205e],
  [0x20a0, 0x20c0],
  [0x2100, 0x214f],
  [0x2190, 0x22ff],
  [0x2500, 0x25ff],
];
const simpleUnits = SIMPLE_RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, k) => String.fromCharCode(from + k)),
);

describe('GraphemeSegmenter', () => {
  it('treats exactly the code units listed here as simple', () => {
    const listed = new Set(simpleUnits);
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code);
      if (isSimpleText(unit) !== listed.has(unit)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('splits every code unit of its simple set exactly as ICU does, beside letters, itself and line breaks', () => {
    const ours = new GraphemeSegmenter();
    const disagreements = simpleUnits.filter((unit) =>
      [`a${unit}b`, `${unit}${unit}`, `\n${unit}\n`, `${unit}\u00e9`].some(
        (text) => JSON.stringify(split(ours.segment(text))) !== JSON.stringify(split(icu.segment(text))),
      ),
    );
    expect(simpleUnits.length).toBeGreaterThan(2000);
    expect(disagreements.map((u) => u.charCodeAt(0).toString(16))).toEqual([]);
  });

  it('agrees with ICU on any text, simple or not (emoji, combining marks, CR LF, Hangul)', () => {
    const ours = new GraphemeSegmenter();
    const unit = fc.oneof(
      fc.constantFrom(...simpleUnits),
      fc.constantFrom(
        '\r\n',
        '\r',
        'e\u0301',
        '\u{1F44D}\u{1F3FD}',
        '\u2764\uFE0F',
        '\u{1F1EB}\u{1F1F7}',
        '\u1100\u1161',
        '\u200d',
        '\u{1F468}\u200d\u{1F469}',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 30 }).map((parts) => parts.join('')),
        (text) => {
          expect(split(ours.segment(text))).toEqual(split(icu.segment(text)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answers containing() as ICU does, inside and outside the text', () => {
    const ours = new GraphemeSegmenter(undefined, { granularity: 'grapheme' });
    const text = 'Saadi — ×3 ▁▂';
    for (const index of [-1, 0, 5, 6, text.length - 1, text.length, 2.7]) {
      const mine = ours.segment(text).containing(index);
      const theirs = icu.segment(text).containing(index);
      expect(mine && { segment: mine.segment, index: mine.index }).toEqual(
        theirs && { segment: theirs.segment, index: theirs.index },
      );
    }
  });

  it('leaves other granularities to ICU', () => {
    const words = new GraphemeSegmenter('en', { granularity: 'word' });
    expect([...words.segment('two words')].map((s) => s.segment)).toEqual(['two', ' ', 'words']);
  });
});
