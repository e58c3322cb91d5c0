import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, ArticleEvent, EntityMention, EntityType } from '../../src/types.js';
import { articleNaming } from '../support/mentions.js';
import { mergeEntityNames, summarizeEntities } from '../../src/nlp/entities/index.js';

function mention(name: string, type: EntityType, text = name): EntityMention {
  return { start: 0, end: text.length, text, type, name };
}

function article(id: string, entities: EntityMention[], eventEntities: string[] = []): AnalyzedArticle {
  const date = '2024-02-07';
  const lead: ArticleEvent = {
    start: 0,
    end: 0,
    date,
    precision: 'day',
    approximate: false,
    text: '',
    entities: eventEntities,
    lead: true,
  };
  return articleNaming(id, entities, date, eventEntities.length ? [lead] : []);
}

describe('mergeEntityNames', () => {
  it('gives a surname the only full name seen elsewhere in the corpus', () => {
    const merged = mergeEntityNames([
      article('a', [mention('Benjamin Netanyahu', 'PERSON')]),
      article('b', [mention('Netanyahu', 'PERSON')], ['Netanyahu']),
    ]);
    expect(merged[1]!.entities[0]!.name).toBe('Benjamin Netanyahu');
    expect(merged[1]!.events[0]!.entities).toEqual(['Benjamin Netanyahu']);
  });

  it('gives a lone given name the one full name that starts with it', () => {
    const merged = mergeEntityNames([
      article('a', [mention('Saddam Hussein', 'PERSON')]),
      article('b', [mention('Saddam', 'PERSON')]),
    ]);
    expect(merged[1]!.entities[0]!.name).toBe('Saddam Hussein');
  });

  it('leaves a surname alone when two full names end in it', () => {
    const merged = mergeEntityNames([
      article('a', [mention('Joe Biden', 'PERSON'), mention('Hunter Biden', 'PERSON')]),
      article('b', [mention('Biden', 'PERSON')]),
    ]);
    expect(merged[1]!.entities[0]!.name).toBe('Biden');
  });

  it('gives a surname the full name that is named four times as often as the others together', () => {
    const merged = mergeEntityNames([
      ...Array.from({ length: 8 }, (_, i) => article(`a${i}`, [mention('Barack Obama', 'PERSON')])),
      article('b', [mention('Michelle Obama', 'PERSON')]),
      article('c', [mention('Obama', 'PERSON')]),
      article('d', [
        mention('Hank Paulson', 'PERSON'),
        mention('Henry Paulson', 'PERSON'),
        mention('Henry Paulson', 'PERSON'),
      ]),
      article('e', [mention('Paulson', 'PERSON')]),
    ]);
    expect(merged[9]!.entities[0]!.name).toBe('Barack Obama');
    // Two to one is no proof: the surname stays as written.
    expect(merged[11]!.entities[0]!.name).toBe('Paulson');
  });

  it('names "the Bush administration" after the person when the corpus mostly tags "Bush" as one', () => {
    const merged = mergeEntityNames([
      article('a', [mention('George Bush', 'PERSON'), mention('Bush', 'PERSON'), mention('Bush', 'PERSON')]),
      article('b', [mention('Bush', 'MISC')]),
      article('c', [mention('Jordan', 'PLACE'), mention('Michael Jordan', 'PERSON')]),
    ]);
    expect(merged[1]!.entities[0]).toMatchObject({ name: 'George Bush', type: 'MISC' });
    // A word mostly tagged otherwise keeps its own name.
    expect(merged[2]!.entities[0]!.name).toBe('Jordan');
  });

  it('joins a name with a middle initial to the plain name, so the surname is no longer ambiguous', () => {
    const merged = mergeEntityNames([
      article('a', [mention('George Bush', 'PERSON'), mention('George Bush', 'PERSON')]),
      article('b', [mention('George W. Bush', 'PERSON'), mention('Bush', 'PERSON')]),
    ]);
    expect(merged[1]!.entities.map((m) => m.name)).toEqual(['George Bush', 'George Bush']);
  });

  it('keeps two longer names apart when both shorten to the same plain name', () => {
    const merged = mergeEntityNames([
      article('a', [
        mention('George Bush', 'PERSON'),
        mention('George W Bush', 'PERSON'),
        mention('George HW Bush', 'PERSON'),
      ]),
    ]);
    expect(merged[0]!.entities.map((m) => m.name)).toEqual(['George Bush', 'George W Bush', 'George HW Bush']);
  });

  it('joins the US, U.S., United States and America under one name', () => {
    const merged = mergeEntityNames([
      article('a', [mention('US', 'PLACE'), mention('U.S.', 'PLACE')]),
      article('b', [mention('United States', 'PLACE'), mention('America', 'PLACE')]),
    ]);
    const names = new Set(merged.flatMap((a) => a.entities.map((m) => m.name)));
    expect([...names]).toEqual(['United States']);
  });

  it('joins case variants, preferring the spelling that is not in capitals', () => {
    const merged = mergeEntityNames([
      article('a', [mention('KATAIB HEZBOLLAH', 'ORG')]),
      article('b', [mention('Kataib Hezbollah', 'ORG')]),
    ]);
    expect(merged.map((a) => a.entities[0]!.name)).toEqual(['Kataib Hezbollah', 'Kataib Hezbollah']);
  });

  it('does not change the articles it was given', () => {
    const input = [
      article('a', [mention('Benjamin Netanyahu', 'PERSON')]),
      article('b', [mention('Netanyahu', 'PERSON')]),
    ];
    const before = JSON.stringify(input);
    mergeEntityNames(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('mergeEntityNames at corpus scale', () => {
  it('merges 10,000 articles, each surname joining its one full name', () => {
    const articles = Array.from({ length: 10_000 }, (_, a) => {
      const k = a % 2000;
      return article(String(a), [
        mention(`Given${k} Family${k}`, 'PERSON'),
        mention(`Family${(k + 1) % 2000}`, 'PERSON'),
        mention('U.S.', 'PLACE'),
      ]);
    });
    const merged = mergeEntityNames(articles);
    expect(merged).toHaveLength(10_000);
    expect(merged[7]!.entities.map((m) => m.name)).toEqual(['Given7 Family7', 'Given8 Family8', 'United States']);
  });
});

describe('summarizeEntities', () => {
  it('counts mentions and articles per name, most mentioned first, with other spellings as aliases', () => {
    const rows = summarizeEntities([
      article('a', [
        mention('Benjamin Netanyahu', 'PERSON'),
        mention('Benjamin Netanyahu', 'PERSON', 'Netanyahu'),
        mention('Gaza', 'PLACE'),
      ]),
      article('b', [mention('Benjamin Netanyahu', 'PERSON', 'Netanyahu')]),
    ]);
    expect(rows[0]).toEqual({
      name: 'Benjamin Netanyahu',
      type: 'PERSON',
      mentions: 3,
      articles: 2,
      aliases: ['Netanyahu'],
    });
    expect(rows[1]).toMatchObject({ name: 'Gaza', type: 'PLACE', mentions: 1, articles: 1 });
  });
});

describe('names and types that hold across stories', () => {
  const names = (merged: AnalyzedArticle[]): string[] => merged.flatMap((a) => a.entities.map((m) => m.name));

  it('types a name as at least 4 in 5 of its mentions across the corpus do (the corpus vote)', () => {
    const merged = mergeEntityNames([
      article('a', [mention('Facebook', 'ORG'), mention('Facebook', 'ORG'), mention('Facebook', 'ORG')]),
      article('b', [mention('Facebook', 'ORG'), mention('Facebook', 'PLACE')]),
    ]);
    expect(merged.flatMap((a) => a.entities.map((m) => m.type))).toEqual(['ORG', 'ORG', 'ORG', 'ORG', 'ORG']);
  });

  it('leaves each mention its own type when a name is split between two senses', () => {
    const merged = mergeEntityNames([
      article('a', [mention('Leicester', 'ORG'), mention('Leicester', 'ORG')]),
      article('b', [mention('Leicester', 'PLACE')]),
    ]);
    expect(merged.flatMap((a) => a.entities.map((m) => m.type))).toEqual(['ORG', 'ORG', 'PLACE']);
  });

  it('merges a nationality plural with its singular: "Haitians" with "Haitian", not with Haiti', () => {
    const merged = mergeEntityNames([
      article('a', [mention('Haitian', 'MISC'), mention('Haitians', 'MISC'), mention('Haiti', 'PLACE')]),
      article('b', [mention('Haitian', 'MISC'), mention('Iraqis', 'MISC'), mention('Iraqi', 'MISC')]),
    ]);
    expect(names(merged)).toEqual(['Haitian', 'Haitian', 'Haiti', 'Haitian', 'Iraqi', 'Iraqi']);
  });

  it('keeps a plural apart when it is a place or not a demonym ("Philippines", "Democrats")', () => {
    const merged = mergeEntityNames([
      article('a', [mention('Philippine', 'MISC'), mention('Philippines', 'PLACE'), mention('Philippines', 'PLACE')]),
      article('b', [mention('Democrat', 'MISC'), mention('Democrats', 'MISC')]),
    ]);
    expect(names(merged)).toEqual(['Philippine', 'Philippines', 'Philippines', 'Democrat', 'Democrats']);
  });

  it('merges an outlet\'s brand variants with it ("BBC News", "CNN.com") but not its named services', () => {
    const merged = mergeEntityNames([
      article('a', [mention('BBC', 'ORG'), mention('BBC', 'ORG'), mention('BBC News', 'ORG')]),
      article('b', [mention('CNN', 'ORG'), mention('CNN.com', 'ORG'), mention('BBC World Service', 'ORG')]),
    ]);
    expect(names(merged)).toEqual(['BBC', 'BBC', 'BBC', 'CNN', 'CNN', 'BBC World Service']);
  });

  it('merges a company named with its legal form with the company ("BP Plc", "BP P.L.C." are BP)', () => {
    const merged = mergeEntityNames([
      article('a', [mention('BP', 'ORG'), mention('BP', 'ORG'), mention('BP Plc', 'ORG')]),
      article('b', [mention('BP P.L.C.', 'ORG'), mention('Jordan', 'PLACE'), mention('Jordan Co', 'ORG')]),
    ]);
    expect(names(merged)).toEqual(['BP', 'BP', 'BP', 'BP', 'Jordan', 'Jordan Co']);
  });

  it('makes a name written with a legal form a company wherever it stands alone ("Halliburton Co")', () => {
    const merged = mergeEntityNames([
      article('a', [mention('Dick Halliburton', 'PERSON'), mention('Halliburton', 'PERSON')]),
      article('b', [mention('Halliburton', 'PERSON'), mention('Halliburton Co', 'ORG')]),
      article('c', [mention('Transocean', 'MISC'), mention('Transocean', 'MISC'), mention('Transocean Ltd', 'ORG')]),
    ]);
    expect(merged.flatMap((a) => a.entities.map((m) => `${m.name}:${m.type}`))).toEqual([
      'Dick Halliburton:PERSON',
      'Halliburton:ORG',
      'Halliburton:ORG',
      'Halliburton:ORG',
      'Transocean:ORG',
      'Transocean:ORG',
      'Transocean:ORG',
    ]);
  });

  it('names a lone "Katrina" after the one storm of that name the corpus knows', () => {
    const merged = mergeEntityNames([
      article('a', [mention('Hurricane Katrina', 'MISC'), mention('Hurricane Katrina', 'MISC')]),
      article('b', [mention('Katrina', 'PERSON'), mention('Katrina Smith', 'PERSON')]),
      article('c', [mention('Hurricane Georgia', 'MISC'), mention('Georgia', 'PLACE'), mention('Georgia', 'PLACE')]),
      article('d', [mention('Hurricane Relief Fund', 'MISC'), mention('Fund', 'MISC'), mention('Fund', 'MISC')]),
    ]);
    // A place is never taken for a storm, nor is a longer name read as one.
    expect(merged[2]!.entities.map((m) => m.name)).toEqual(['Hurricane Georgia', 'Georgia', 'Georgia']);
    expect(merged[3]!.entities.map((m) => m.name)).toEqual(['Hurricane Relief Fund', 'Fund', 'Fund']);
    expect(merged[1]!.entities.map((m) => [m.name, m.type])).toEqual([
      ['Hurricane Katrina', 'MISC'],
      ['Katrina Smith', 'PERSON'],
    ]);
  });

  it('joins British and American spellings and the acronym of the WHO', () => {
    const merged = mergeEntityNames([
      article('a', [mention('World Health Organization', 'ORG'), mention('World Health Organization', 'ORG')]),
      article('b', [mention('World Health Organisation', 'ORG'), mention('WHO', 'ORG')]),
    ]);
    expect(new Set(names(merged))).toEqual(new Set(['World Health Organization']));
  });

  it('shows an acronym in capitals when most mentions write it so ("BP", not a stray "Bp")', () => {
    const merged = mergeEntityNames([
      article('a', [mention('BP', 'ORG'), mention('BP', 'ORG'), mention('Bp', 'ORG'), mention('B.P.', 'ORG')]),
      article('b', [mention('OBAMA', 'PERSON'), mention('Obama', 'PERSON'), mention('Obama', 'PERSON')]),
    ]);
    expect(names(merged)).toEqual(['BP', 'BP', 'BP', 'BP', 'Obama', 'Obama', 'Obama']);
    expect(summarizeEntities(merged).map((s) => s.name)).toEqual(['BP', 'Obama']);
  });
});
