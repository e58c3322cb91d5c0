import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { isSimpleText } from '../../src/ui/grapheme-segmenter.js';
import { simpleTextWidth } from '../../src/ui/simple-width.js';

// scripts/bundle.mjs makes string-width build its RGI-emoji regex on first need, testing
// one-code-unit segments with Emoji_Presentation instead. That rests on this equivalence, which
// this runtime's ICU must keep.
describe('the emoji test string-width is bundled with', () => {
  it('agrees with \\p{RGI_Emoji} on every single code unit of the BMP', () => {
    // A constructor: the project's TypeScript target (ES2022) does not accept the v flag in a literal.
    // eslint-disable-next-line prefer-regex-literals
    const rgiEmoji = new RegExp('^\\p{RGI_Emoji}$', 'v');
    const emojiPresentation = /\p{Emoji_Presentation}/u;
    const disagreements: string[] = [];
    let emoji = 0;
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const unit = String.fromCharCode(code);
      const rgi = rgiEmoji.test(unit);
      if (rgi) emoji++;
      if (rgi !== emojiPresentation.test(unit)) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
    // ⌚, ☕, ⚡, ✅, ⭐ and the rest: the test is not vacuous.
    expect(emoji).toBeGreaterThan(50);
  });
});

// scripts/bundle.mjs has string-width try src/ui/simple-width.ts first: a line whose code units
// are each a grapheme cluster is measured as the sum of its units' widths.
describe('the quick measure in front of string-width', () => {
  const simpleUnits: string[] = [];
  for (let code = 0; code < 0x2600; code++) {
    const unit = String.fromCharCode(code);
    if (isSimpleText(unit)) simpleUnits.push(unit);
  }

  it('measures mixed lines of such code units as string-width does', () => {
    // mulberry32, seeded: the same lines every run.
    let state = 13;
    const random = (): number => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const disagreements: string[] = [];
    for (let line = 0; line < 3000; line++) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += simpleUnits[Math.floor(random() * simpleUnits.length)];
      if (simpleTextWidth(text, stringWidth) !== stringWidth(text)) disagreements.push(JSON.stringify(text));
    }
    expect(disagreements).toEqual([]);
  });

  it('measures the rows a timeline draws, and leaves other text to string-width', () => {
    for (const row of [
      '  2010-05-07         US stocks see 9% drop before making recovery.',
      'Timeline 5/7,352 · /oil: 12 matches  │  Enter open  n next match',
      'coverage ▂ ▂ ▁  █ ▃ ▁▂ ▁   ▁  per 79 days ×2 ▸ … ‘quoted’ “too” – — € naïve Ελλάδα Москва',
    ])
      expect(simpleTextWidth(row, stringWidth)).toBe(stringWidth(row));
    // Combining marks, CJK, emoji, a CR before LF, a star outside the set: left to string-width.
    for (const text of ['e\u0301', '東京', '👍', 'a\r\nb', '⚡', '★ bookmarked'])
      expect(simpleTextWidth(text, stringWidth)).toBeUndefined();
  });
});
