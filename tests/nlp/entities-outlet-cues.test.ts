import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../support/mentions.js';
import type { EntityMention, EntityType } from '../../src/types.js';
import { outletsNamedAfterCue } from '../../src/nlp/entities/news-conventions.js';

const types = (text: string, mentions: EntityMention[]): EntityType[] =>
  outletsNamedAfterCue(text, mentions).map((m) => m.type);

// OUTLET_AFTER_CUE (news-conventions.ts).
describe('a name right after a word for a newspaper, broadcaster or news agency', () => {
  it('is an organisation there and elsewhere in the article', () => {
    const text = 'The party newspaper Granma said he died. Granma called it a loss.';
    expect(types(text, mentionsOf(text, 'Granma', ['PLACE', 'PLACE']))).toEqual(['ORG', 'ORG']);
  });

  it('is an organisation after "news weekly" and "news agency" too', () => {
    const weekly = 'He told the news weekly Der Spiegel he would stay.';
    expect(types(weekly, mentionsOf(weekly, 'Der Spiegel', ['PERSON']))).toEqual(['ORG']);
    const agency = 'The state news agency Tanjug said so.';
    expect(types(agency, mentionsOf(agency, 'Tanjug', ['PERSON']))).toEqual(['ORG']);
  });

  it('leaves a person before "reported" or "quoted", and one after a bare "agency", a person', () => {
    const text = 'Adm. Thad Allen reported progress. Hiring at the agency Michael Bromwich began.';
    const mentions = [
      ...mentionsOf(text, 'Thad Allen', ['PERSON']),
      ...mentionsOf(text, 'Michael Bromwich', ['PERSON']),
    ];
    expect(types(text, mentions)).toEqual(['PERSON', 'PERSON']);
  });

  it('leaves a name after the adjective "daily" as tagged ("the daily White House briefing")', () => {
    const text = 'Biden spoke at the daily White House briefing. The White House said so.';
    expect(types(text, mentionsOf(text, 'White House', ['PLACE', 'PLACE']))).toEqual(['PLACE', 'PLACE']);
  });

  it('leaves a name after no such word as tagged', () => {
    const title = 'The Daily Mirror said Smith quit. Smith denied it.';
    expect(types(title, mentionsOf(title, 'Smith', ['PERSON', 'PERSON']))).toEqual(['PERSON', 'PERSON']);
    const plain = 'Granma is a province of Cuba.';
    expect(types(plain, mentionsOf(plain, 'Granma', ['PLACE']))).toEqual(['PLACE']);
  });
});
