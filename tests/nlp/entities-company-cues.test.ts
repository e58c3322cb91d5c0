import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../support/mentions.js';
import type { EntityMention, EntityType } from '../../src/types.js';
import { companiesNamedLikePeople } from '../../src/nlp/entities/refine.js';

const types = (mentions: EntityMention[]): EntityType[] => mentions.map((m) => m.type);

describe('a name the article puts after a word for a company', () => {
  it('is a company after "X-based", there and elsewhere in the article', () => {
    const text = 'The deal helps Ontario-based Magna in seating. Magna was up 1/8 in New York.';
    expect(types(companiesNamedLikePeople(text, mentionsOf(text, 'Magna', ['PERSON', 'PERSON'])))).toEqual([
      'ORG',
      'ORG',
    ]);
  });

  it('makes the company of a person-typed mention elsewhere when the tagger got the cued one right', () => {
    const text = 'Shares of insurer Aviva rose. Aviva said profit doubled.';
    expect(types(companiesNamedLikePeople(text, mentionsOf(text, 'Aviva', ['ORG', 'PERSON'])))).toEqual(['ORG', 'ORG']);
  });

  it('is a company after a lower-case noun for a business ("press distributor Hachette")', () => {
    const text = 'A bid by press distributor Hachette failed. Hachette said it would try again.';
    expect(types(companiesNamedLikePeople(text, mentionsOf(text, 'Hachette', ['PERSON', 'PERSON'])))).toEqual([
      'ORG',
      'ORG',
    ]);
  });

  it('makes a place-typed name after a noun for a business a company, but not a country after "collapse of"', () => {
    const utility = 'Shares in the utility Cukurova fell. Cukurova said so.';
    expect(types(companiesNamedLikePeople(utility, mentionsOf(utility, 'Cukurova', ['PLACE', 'PLACE'])))).toEqual([
      'ORG',
      'ORG',
    ]);
    const country = 'After the collapse of Iceland banks froze. Iceland said so.';
    expect(types(companiesNamedLikePeople(country, mentionsOf(country, 'Iceland', ['PLACE', 'PLACE'])))).toEqual([
      'PLACE',
      'PLACE',
    ]);
  });

  it('leaves a person or a country after "operator" or "producer", which name them too, as tagged', () => {
    const text = 'Hair salon operator Miriam Guerrero closed, as did the smallest producer Ecuador.';
    const mentions = [...mentionsOf(text, 'Miriam Guerrero', ['PERSON']), ...mentionsOf(text, 'Ecuador', ['PLACE'])];
    expect(types(companiesNamedLikePeople(text, mentions))).toEqual(['PERSON', 'PLACE']);
  });

  it('leaves a person named in full after "X-based" a person ("Houston-based Rhonda Murgatroyd")', () => {
    const text = 'Houston-based Rhonda Murgatroyd treats birds. Rhonda Murgatroyd said so.';
    expect(types(companiesNamedLikePeople(text, mentionsOf(text, 'Rhonda Murgatroyd', ['PERSON', 'PERSON'])))).toEqual([
      'PERSON',
      'PERSON',
    ]);
  });

  it('is a club after "team" or "club" ("first division team Deportivo Coruna")', () => {
    const text = 'Spanish first division team Deportivo Coruna lost. Deportivo Coruna will appeal.';
    expect(types(companiesNamedLikePeople(text, mentionsOf(text, 'Deportivo Coruna', ['PERSON', 'PERSON'])))).toEqual([
      'ORG',
      'ORG',
    ]);
  });

  it('leaves a person named after no such word a person', () => {
    const text = 'Ontario-born Jane Smith spoke. Jane Smith said profit doubled.';
    expect(types(companiesNamedLikePeople(text, mentionsOf(text, 'Jane Smith', ['PERSON', 'PERSON'])))).toEqual([
      'PERSON',
      'PERSON',
    ]);
  });
});
