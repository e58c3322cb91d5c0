import { describe, expect, it } from 'vitest';
import { lexiconWith } from '../support/mentions.js';
import type { EntityType } from '../../src/types.js';
import { teamsInFixtureLine, teamsInScoreLine } from '../../src/nlp/entities/refine.js';
import type { TokenSpan } from '../../src/nlp/entities/spans.js';
import { tokenize } from '../../src/nlp/entities/tokens.js';

// The spans teamsInScoreLine makes of `line`, given the tagger's spans as [words, type].
function teams(line: string, tagged: Array<[string, EntityType]>, countries: string[] = []): string[] {
  const tokens = tokenize(line, 0, line.length);
  const at = (word: string): number => tokens.starts.findIndex((s) => line.startsWith(word, s));
  const spans: TokenSpan[] = tagged.map(([words, type]) => {
    const parts = words.split(' ');
    return { first: at(parts[0]!), last: at(parts[parts.length - 1]!), type };
  });
  return teamsInScoreLine(line, tokens, spans, lexiconWith(countries)).map(
    (s) => `${s.type}:${line.slice(tokens.starts[s.first], tokens.ends[s.last])}`,
  );
}

describe('SCORE_LINE: a name, a score, a name and a score', () => {
  it('makes each name one team, also one the tagger missed', () => {
    expect(teams('Sale 31 Wasps 33', [['Wasps', 'ORG']])).toEqual(['ORG:Sale', 'ORG:Wasps']);
  });

  it('makes a name the tagger cut in two or typed as a place one club', () => {
    expect(
      teams("Currie 45 Heriot 's F.P. 5", [
        ['Currie', 'PLACE'],
        ['F.P.', 'ORG'],
      ]),
    ).toEqual(['ORG:Currie', "ORG:Heriot 's F.P."]);
    expect(
      teams('London Irish 27 Bristol 28', [
        ['London', 'PLACE'],
        ['Irish', 'MISC'],
        ['Bristol', 'PLACE'],
      ]),
    ).toEqual(['ORG:London Irish', 'ORG:Bristol']);
  });

  it('keeps a national team the tagger read as a country a place', () => {
    expect(
      teams(
        'Italy 2 England 1',
        [
          ['Italy', 'PLACE'],
          ['England', 'PLACE'],
        ],
        ['italy', 'england'],
      ),
    ).toEqual(['PLACE:Italy', 'PLACE:England']);
  });

  it('reads a result with a note in brackets after it', () => {
    expect(
      teams('HOUSTON 5 Chicago 4 ( 11 innings )', [
        ['HOUSTON', 'PLACE'],
        ['Chicago', 'PLACE'],
      ]),
    ).toEqual(['ORG:HOUSTON', 'ORG:Chicago']);
  });

  it('leaves lines that are no result as tagged', () => {
    expect(teams('Six Months ended June 30', [['June', 'MISC']])).toEqual(['MISC:June']);
    expect(teams('Results 12 Aug 30', [['Results', 'ORG']])).toEqual(['ORG:Results']);
    expect(teams('Birmingham 2 1 1 0 5 4 4', [['Birmingham', 'PLACE']])).toEqual(['PLACE:Birmingham']);
    expect(teams('Sale rose 31 percent to 33', [['Sale', 'ORG']])).toEqual(['ORG:Sale']);
  });
});

// The spans teamsInFixtureLine makes of `line`, given the tagger's spans as [first, last, type].
function fixture(line: string, tagged: Array<[number, number, EntityType]>): string[] {
  const tokens = tokenize(line, 0, line.length);
  const spans: TokenSpan[] = tagged.map(([first, last, type]) => ({ first, last, type }));
  return teamsInFixtureLine(line, tokens, spans).map(
    (s) => `${s.type}:${line.slice(tokens.starts[s.first], tokens.ends[s.last])}:${s.typedByRule ?? false}`,
  );
}

// FIXTURE_LINE (refine.ts).
describe('a fixture: the visitors AT the home city, in capitals', () => {
  it('makes the visitors a team and the home city a place', () => {
    expect(
      fixture('CHICAGO AT HOUSTON', [
        [0, 0, 'PLACE'],
        [2, 2, 'PLACE'],
      ]),
    ).toEqual(['ORG:CHICAGO:true', 'PLACE:HOUSTON:true']);
    expect(
      fixture('CALIFORNIA AT NEW YORK', [
        [0, 0, 'ORG'],
        [2, 3, 'ORG'],
      ]),
    ).toEqual(['ORG:CALIFORNIA:true', 'PLACE:NEW YORK:true']);
  });

  it('leaves a headline with no name on one side, or in lower case, as tagged', () => {
    expect(fixture('TALKS AT GENEVA', [[2, 2, 'PLACE']])).toEqual(['PLACE:GENEVA:false']);
    expect(
      fixture('Chicago at Houston', [
        [0, 0, 'PLACE'],
        [2, 2, 'PLACE'],
      ]),
    ).toEqual(['PLACE:Chicago:false', 'PLACE:Houston:false']);
  });
});
