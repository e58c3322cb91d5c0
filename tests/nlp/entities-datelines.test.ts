import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../src/types.js';
import { placesInDatelines } from '../../src/nlp/entities/news-conventions.js';

// A mention of `written` at its first occurrence in `text` after `from`.
function mention(text: string, written: string, type: EntityType, from = 0): EntityMention {
  const start = text.indexOf(written, from);
  if (start < 0) throw new Error(`${written} not in text`);
  return { start, end: start + written.length, text: written, type, name: written };
}

const typed = (text: string, mentions: EntityMention[]): string[] =>
  placesInDatelines(text, mentions).map((m) => `${m.type}:${m.text}`);

// DATELINE (news-conventions.ts).
describe('a dateline: a place in capitals, perhaps its region, then the date or the agency', () => {
  it('makes the place a place though the story names a club after it', () => {
    const text = 'WIGAN , England 1996-08-31\nWigan beat Leeds 2-1 .';
    const mentions = [mention(text, 'WIGAN', 'ORG'), mention(text, 'England', 'PLACE'), mention(text, 'Wigan', 'ORG')];
    expect(typed(text, mentions)).toEqual(['PLACE:WIGAN', 'PLACE:England', 'ORG:Wigan']);
  });

  it('makes one place of a name the tagger cut, and a place of a region it missed', () => {
    const louis = 'ST. LOUIS 1996-08-30\nThe Cardinals won .';
    expect(typed(louis, [mention(louis, 'ST.', 'ORG'), mention(louis, 'LOUIS', 'PLACE')])).toEqual(['PLACE:ST. LOUIS']);
    const rochester = 'ROCHESTER , N.H. 1996-08-30\nA motel burned .';
    expect(typed(rochester, [mention(rochester, 'ROCHESTER', 'PERSON')])).toEqual(['PLACE:ROCHESTER', 'PLACE:N.H.']);
  });

  it('makes the United Nations, whose seat a story is filed from, the organisation', () => {
    const text = 'UNITED NATIONS 1996-08-28\nThe Security Council met .';
    expect(typed(text, [mention(text, 'UNITED NATIONS', 'PLACE')])).toEqual(['ORG:UNITED NATIONS']);
  });

  it("reads the agency's bracket as the end of a dateline", () => {
    const text = 'HOUSTON (Reuters) - BP said its cap held.';
    const mentions = [mention(text, 'HOUSTON', 'PERSON'), mention(text, 'Reuters', 'ORG'), mention(text, 'BP', 'ORG')];
    expect(typed(text, mentions)).toEqual(['PLACE:HOUSTON', 'ORG:Reuters', 'ORG:BP']);
  });

  it('stops the place at a dash, and keeps a hyphen between capitals', () => {
    const twice = 'WASHINGTON -- WASHINGTON (AP) -- Oil spill frustration is rampant.';
    const mentions = [
      mention(twice, 'WASHINGTON', 'PLACE'),
      mention(twice, 'WASHINGTON', 'PLACE', 5),
      mention(twice, 'AP', 'ORG'),
    ];
    expect(typed(twice, mentions)).toEqual(['PLACE:WASHINGTON', 'PLACE:WASHINGTON', 'ORG:AP']);
    const hyphen = 'WILKES-BARRE , Pa. 1996-08-30\nA mine shut .';
    expect(typed(hyphen, [mention(hyphen, 'WILKES', 'PLACE'), mention(hyphen, 'BARRE', 'PERSON')])).toEqual([
      'PLACE:WILKES-BARRE',
      'PLACE:Pa.',
    ]);
  });

  it('leaves a headline in capitals, and a name not at the start of a line, as tagged', () => {
    const headline = 'SOCCER - ROTOR FANS LOCKED OUT .';
    expect(typed(headline, [mention(headline, 'ROTOR', 'ORG')])).toEqual(['ORG:ROTOR']);
    const inside = 'Shares of BP 2010-06-01';
    expect(typed(inside, [mention(inside, 'BP', 'ORG')])).toEqual(['ORG:BP']);
    const mixed = 'Wigan , England 1996-08-31';
    expect(typed(mixed, [mention(mixed, 'Wigan', 'ORG'), mention(mixed, 'England', 'PLACE')])).toEqual([
      'ORG:Wigan',
      'PLACE:England',
    ]);
  });
});
