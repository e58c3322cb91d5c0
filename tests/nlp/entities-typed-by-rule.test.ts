import { describe, expect, it } from 'vitest';
import { articleNaming, lexiconWith } from '../support/mentions.js';
import type { AnalyzedArticle, EntityMention, EntityType } from '../../src/types.js';
import { mergeEntityNames, recognizeEntities } from '../../src/nlp/entities/index.js';
import { placesInDatelines, statesAfterPlaces } from '../../src/nlp/entities/news-conventions.js';
import { teamsInScoreLine, teamsInTableRow } from '../../src/nlp/entities/refine.js';
import type { TokenSpan } from '../../src/nlp/entities/spans.js';
import { tokenize } from '../../src/nlp/entities/tokens.js';
import { splitSentences } from '../../src/nlp/sentences.js';

function mention(name: string, type: EntityType, typedByRule = false): EntityMention {
  const m: EntityMention = { start: 0, end: name.length, text: name, type, name };
  if (typedByRule) m.typedByRule = true;
  return m;
}

const article = (id: string, entities: EntityMention[]): AnalyzedArticle => articleNaming(id, entities, '1996-08-31');

const types = (merged: AnalyzedArticle[]): string[] => merged.flatMap((a) => a.entities.map((m) => m.type));

describe('a mention typed by a confident rule keeps its type against the corpus vote', () => {
  it('keeps a dateline place a place where the corpus names the club after it', () => {
    const merged = mergeEntityNames([
      article('a', [mention('WIGAN', 'PLACE', true), mention('Wigan', 'ORG')]),
      article('b', [
        mention('Wigan', 'ORG'),
        mention('Wigan', 'ORG'),
        mention('Wigan', 'ORG'),
        mention('Wigan', 'ORG'),
      ]),
    ]);
    expect(types(merged)).toEqual(['PLACE', 'ORG', 'ORG', 'ORG', 'ORG', 'ORG']);
  });

  it('still retypes the mentions no rule typed, and the rule-typed ones vote', () => {
    const merged = mergeEntityNames([
      article('a', [mention('Birmingham', 'ORG', true), mention('Birmingham', 'ORG', true)]),
      article('b', [mention('Birmingham', 'ORG', true), mention('Birmingham', 'ORG', true)]),
      article('c', [mention('Birmingham', 'PLACE')]),
    ]);
    expect(types(merged)).toEqual(['ORG', 'ORG', 'ORG', 'ORG', 'ORG']);
  });
});

describe('the rules that type confidently mark what they typed', () => {
  it('marks a dateline place and its region, and a state after a town', () => {
    const text = 'WIGAN , England 1996-08-31\nWigan beat Leeds .';
    const at = (written: string, type: EntityType, from = 0): EntityMention => {
      const start = text.indexOf(written, from);
      return { start, end: start + written.length, text: written, type, name: written };
    };
    const out = placesInDatelines(text, [at('WIGAN', 'ORG'), at('England', 'PLACE'), at('Wigan', 'ORG', 5)]);
    expect(out.map((m) => `${m.text}:${m.typedByRule ?? false}`)).toEqual([
      'WIGAN:true',
      'England:true',
      'Wigan:false',
    ]);

    const fla = 'Jones Medical of Tampa, Fla. said it bought the unit.';
    const town = { start: 17, end: 22, text: 'Tampa', type: 'PLACE' as const, name: 'Tampa' };
    const state = { start: 24, end: 28, text: 'Fla.', type: 'ORG' as const, name: 'Fla.' };
    expect(statesAfterPlaces(fla, [town, state])[1]).toMatchObject({ type: 'PLACE', typedByRule: true });
  });

  it('carries the mark from a score line through recognizeEntities', () => {
    const text = 'Sale 31 Wasps 33\n';
    const found = recognizeEntities(text, splitSentences(text));
    expect(found.map((m) => `${m.type}:${m.text}:${m.typedByRule ?? false}`)).toEqual([
      'ORG:Sale:true',
      'ORG:Wasps:true',
    ]);
  });
});

// The spans teamsInTableRow makes of `line`, given the tagger's spans as [first, last, type].
function row(line: string, tagged: Array<[number, number, EntityType]>, countries: string[] = []): string[] {
  const tokens = tokenize(line, 0, line.length);
  const spans: TokenSpan[] = tagged.map(([first, last, type]) => ({ first, last, type }));
  return teamsInTableRow(line, tokens, spans, lexiconWith(countries)).map(
    (s) => `${s.type}:${line.slice(tokens.starts[s.first], tokens.ends[s.last])}:${s.typedByRule ?? false}`,
  );
}

// TABLE_ROW (refine.ts).
describe('a standings row: a name, then only figures', () => {
  it('makes the name a team, also one the tagger read as a city', () => {
    expect(row('Birmingham 2 1 1 0 5 4 4', [[0, 0, 'PLACE']])).toEqual(['ORG:Birmingham:true']);
    expect(row('NEW YORK 72 53 .576 -', [[0, 1, 'PLACE']])).toEqual(['ORG:NEW YORK:true']);
  });

  it('keeps a national team a place and a golfer a person', () => {
    expect(row('Sweden 1 1 0 0 6 1 2', [[0, 0, 'PLACE']], ['Sweden'])).toEqual(['PLACE:Sweden:true']);
    expect(row('Billy Mayfair 66 71 70 70', [[0, 1, 'PERSON']])).toEqual(['PERSON:Billy Mayfair:false']);
  });

  it('leaves a row with words after the name, or one figure, as it was', () => {
    expect(row('Chicago won 5 4', [[0, 0, 'PLACE']])).toEqual(['PLACE:Chicago:false']);
    expect(row('Chicago 5', [[0, 0, 'PLACE']])).toEqual(['PLACE:Chicago:false']);
    expect(row('Net Income 821 512', [])).toEqual([]);
  });

  it('is not a score line: two names and two scores stay the score line rule', () => {
    const line = 'Sale 31 Wasps 33';
    const tokens = tokenize(line, 0, line.length);
    const lexicon = lexiconWith([]);
    const spans = teamsInScoreLine(line, tokens, [{ first: 2, last: 2, type: 'ORG' }], lexicon);
    expect(teamsInTableRow(line, tokens, spans, lexicon)).toEqual(spans);
  });
});
