import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../src/types.js';
import { withoutPhotoCredits } from '../../src/nlp/entities/news-conventions.js';
import { nameMentions } from '../../src/nlp/entities/spans.js';

// Mentions at given offsets; the text they sit in does not matter to nameMentions.
function at(start: number, name: string, type: EntityType = 'PERSON'): EntityMention {
  return { start, end: start + name.length, text: name, type, name };
}

describe('a short mention takes the full name it stands for', () => {
  it('the nearest full name before it, else the first after it', () => {
    const named = nameMentions([
      at(0, 'Smith'),
      at(10, 'John Smith'),
      at(30, 'Smith'),
      at(50, 'Mary Smith'),
      at(70, 'Smith'),
      at(90, 'John Smith'),
      at(110, 'Smith'),
    ]).map((m) => m.name);
    expect(named).toEqual([
      'John Smith',
      'John Smith',
      'John Smith',
      'Mary Smith',
      'Mary Smith',
      'John Smith',
      'John Smith',
    ]);
  });

  it('a lone surname matches a full name with a particle; two words match only a longer name ending in them', () => {
    const named = nameMentions([
      at(0, 'Ali Hassan al-Saadi'),
      at(30, 'Saadi'),
      at(40, 'Hassan al-Saadi'),
      at(60, 'Omar al-Saadi'),
      at(80, 'Hassan Saadi'),
    ]).map((m) => m.name);
    expect(named).toEqual([
      'Ali Hassan al-Saadi',
      'Ali Hassan al-Saadi',
      'Ali Hassan al-Saadi',
      'Omar al-Saadi',
      'Hassan Saadi',
    ]);
  });

  it('makes a surname of another type a person, and leaves names without a full name alone', () => {
    const named = nameMentions([at(0, 'Tony Hayward'), at(20, 'Hayward', 'ORG'), at(40, 'Obama')]);
    expect(named.map((m) => [m.name, m.type])).toEqual([
      ['Tony Hayward', 'PERSON'],
      ['Tony Hayward', 'PERSON'],
      ['Obama', 'PERSON'],
    ]);
  });
});

describe('PHOTO_CREDIT ranges drop the mentions that overlap them, and only those', () => {
  it('however the ranges are ordered or nested', () => {
    const text = `${'x'.repeat(20)}(Ann Lee/AP) ${'y'.repeat(20)} Photograph: Bob Roe/Getty Images ${'z'.repeat(10)}`;
    const ann = text.indexOf('Ann Lee');
    const bob = text.indexOf('Bob Roe');
    const mentions = [
      at(0, 'Before'),
      at(ann, 'Ann Lee'),
      at(ann + 12, 'Between'),
      at(bob, 'Bob Roe'),
      at(text.length - 8, 'After'),
    ];
    expect(withoutPhotoCredits(text, mentions).map((m) => m.name)).toEqual(['Before', 'Between', 'After']);
  });
});
