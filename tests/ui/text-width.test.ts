import { describe, expect, it } from 'vitest';

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
