import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/entities/index.js';

function words(text: string): string[] {
  const t = tokenize(text);
  return t.starts.map((s, k) => text.slice(s, t.ends[k]));
}

describe('tokenize', () => {
  it('splits possessives and punctuation off names but keeps hyphenated particles whole', () => {
    expect(words('Kataib Hezbollah’s operations, said al-Saadi.')).toEqual([
      'Kataib',
      'Hezbollah',
      '’s',
      'operations',
      ',',
      'said',
      'al-Saadi',
      '.',
    ]);
  });

  it('keeps initials and abbreviations with their period', () => {
    expect(words('The U.S. and Acme Inc. met Mr. Smith.')).toEqual([
      'The',
      'U.S.',
      'and',
      'Acme',
      'Inc.',
      'met',
      'Mr.',
      'Smith',
      '.',
    ]);
  });

  it('reproduces CoNLL tokens joined by spaces', () => {
    const line = 'S.AFRICA beat Japan 2-1 , said " the coach " ( Reuters ) 27,707 .';
    expect(words(line)).toEqual(line.split(' '));
  });

  it('treats curly quotes around a nickname as tokens of their own', () => {
    expect(words('Wissam Mohammed “Abu Bakr” al-Saadi')).toEqual([
      'Wissam',
      'Mohammed',
      '“',
      'Abu',
      'Bakr',
      '”',
      'al-Saadi',
    ]);
  });

  it('copes with empty text, control characters and one very long word', () => {
    expect(words('')).toEqual([]);
    expect(words('\u0000\u0001\uffff\ud800')).toHaveLength(4);
    expect(words('a'.repeat(100_000))).toHaveLength(1);
  });
});

describe('tokenize on CoNLL text', () => {
  it('keeps detached clitics, decimals and list numbers whole', () => {
    const line = "England 's captain said I 'm fine , .596 and";
    expect(words(line)).toEqual(line.split(' '));
    expect(words('1. Michelle Freeman ( Jamaica )')).toEqual(['1.', 'Michelle', 'Freeman', '(', 'Jamaica', ')']);
  });
});

describe('tokenize clitics in running text', () => {
  it("splits 'm, 're, n't and 's off as CoNLL does, but not the apostrophe of a name", () => {
    expect(words("I'm sure they're fine, don't worry: O'Neill's team")).toEqual([
      'I',
      "'m",
      'sure',
      'they',
      "'re",
      'fine',
      ',',
      'do',
      "n't",
      'worry',
      ':',
      "O'Neill",
      "'s",
      'team',
    ]);
  });
});
