import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../src/types.js';
import { nameAcronyms } from '../../src/nlp/entities/spans.js';

// A mention of `written` at its `nth` occurrence in `text` (0 = first).
function mention(text: string, written: string, type: EntityType, nth = 0): EntityMention {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(written, start + 1);
  if (start < 0) throw new Error(`${written} not in text`);
  return { start, end: start + written.length, text: written, type, name: written };
}

const typed = (mentions: EntityMention[]): string[] => mentions.map((m) => `${m.type}:${m.text}=${m.name}`);

describe('an acronym in brackets after the name it spells', () => {
  it('takes the name and type of the full name, with spaces inside the brackets too', () => {
    const text = 'Shares fell on the Budapest Stock Exchange ( BSE ) on Friday. The BSE index lost 2 percent.';
    const mentions = [
      mention(text, 'Budapest Stock Exchange', 'ORG'),
      mention(text, 'BSE', 'MISC'),
      mention(text, 'BSE', 'MISC', 1),
    ];
    expect(typed(nameAcronyms(text, mentions))).toEqual([
      'ORG:Budapest Stock Exchange=Budapest Stock Exchange',
      'ORG:BSE=Budapest Stock Exchange',
      'ORG:BSE=Budapest Stock Exchange',
    ]);
  });

  it('makes both organisations when the full name ends in a head noun for one ("League for Democracy")', () => {
    const text = "Police held members of Suu Kyi's National League for Democracy (NLD). The NLD won in 1990.";
    const mentions = [
      mention(text, 'Suu Kyi', 'PERSON'),
      mention(text, 'National League for Democracy', 'MISC'),
      mention(text, 'NLD', 'ORG'),
      mention(text, 'NLD', 'ORG', 1),
    ];
    expect(typed(nameAcronyms(text, mentions))).toEqual([
      'PERSON:Suu Kyi=Suu Kyi',
      'ORG:National League for Democracy=National League for Democracy',
      'ORG:NLD=National League for Democracy',
      'ORG:NLD=National League for Democracy',
    ]);
  });

  it('leaves a title and its acronym of another kind as the full name is typed', () => {
    const text = 'He wrote the Treaty on European Union (TEU) in 1992.';
    const mentions = [mention(text, 'Treaty on European Union', 'MISC'), mention(text, 'TEU', 'ORG')];
    expect(typed(nameAcronyms(text, mentions))).toEqual([
      'MISC:Treaty on European Union=Treaty on European Union',
      'MISC:TEU=Treaty on European Union',
    ]);
  });

  it('reads an acronym that mixes cases by every word of the name ("BoA", Bank of America)', () => {
    const text = 'Lehman filed after Bank of America (BoA) pulled out. BoA said no.';
    const mentions = [
      mention(text, 'Lehman', 'ORG'),
      mention(text, 'Bank of America', 'ORG'),
      mention(text, 'BoA', 'PLACE'),
      mention(text, 'BoA', 'PLACE', 1),
    ];
    expect(typed(nameAcronyms(text, mentions)).slice(2)).toEqual([
      'ORG:BoA=Bank of America',
      'ORG:BoA=Bank of America',
    ]);
  });

  it('leaves an acronym alone when the name before it does not spell it', () => {
    const text = 'The Budapest Stock Exchange ( BUX ) index fell.';
    const mentions = [mention(text, 'Budapest Stock Exchange', 'ORG'), mention(text, 'BUX', 'MISC')];
    expect(typed(nameAcronyms(text, mentions))).toEqual([
      'ORG:Budapest Stock Exchange=Budapest Stock Exchange',
      'MISC:BUX=BUX',
    ]);
    const mixed = 'Shares of Bank of America (BofA) fell.';
    const found = [mention(mixed, 'Bank of America', 'ORG'), mention(mixed, 'BofA', 'PLACE')];
    expect(typed(nameAcronyms(mixed, found))[1]).toEqual('PLACE:BofA=BofA');
  });
});
