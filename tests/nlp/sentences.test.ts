import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';

const texts = (body: string): string[] => splitSentences(body).map((s) => body.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at a full stop, question or exclamation mark before a capital', () => {
    expect(texts('The army moved. Officials said so! Did they? Yes.')).toEqual([
      'The army moved.',
      'Officials said so!',
      'Did they?',
      'Yes.',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(texts('Wait?! "Yes." (No.) He said "Go." Then he left...')).toEqual([
      'Wait?!',
      '"Yes."',
      '(No.)',
      'He said "Go."',
      'Then he left...',
    ]);
  });

  it('keeps a title or an initial joined to the name after it', () => {
    expect(texts('Mr. Smith and Sen. A. B. Jones left. Maj. Gen. He Lei spoke.')).toEqual([
      'Mr. Smith and Sen. A. B. Jones left.',
      'Maj. Gen. He Lei spoke.',
    ]);
  });

  it('ends a sentence after an abbreviation before a clear opener or a word in capitals', () => {
    expect(texts('It was in the U.S. The next day he left.')).toEqual(['It was in the U.S.', 'The next day he left.']);
    expect(texts('In the U.S. NATO met.')).toEqual(['In the U.S.', 'NATO met.']);
    expect(texts('It was in the U.S. Senate.')).toEqual(['It was in the U.S. Senate.']);
  });

  it('keeps a stock ticker written with a space before its exchange inside its sentence (t17_bpoil)', () => {
    expect(texts('LONDON (Reuters) - BP Plc (BP. L) failed to reassure investors. Shares fell.')).toEqual([
      'LONDON (Reuters) - BP Plc (BP. L) failed to reassure investors.',
      'Shares fell.',
    ]);
    expect(texts('Kossan Rubber (KRIB. KL) rose. He joined the UN (Geneva. It was late.')).toEqual([
      'Kossan Rubber (KRIB. KL) rose.',
      'He joined the UN (Geneva.',
      'It was late.',
    ]);
  });

  it('ends a sentence at every line break and marks photo captions', () => {
    const body = 'Troops entered Mosul\nA crowd gathered. (Hadi Mizban/AP)\nOfficials said so.';
    expect(splitSentences(body).map((s) => [body.slice(s.start, s.end), s.caption])).toEqual([
      ['Troops entered Mosul', false],
      ['A crowd gathered.', true],
      ['(Hadi Mizban/AP)', true],
      ['Officials said so.', false],
    ]);
  });
});

describe('a picture credit run into the text', () => {
  it('parts the credit and the caption it closes from the lead after it', () => {
    const body =
      'Shares in the oil firm fell again Investors fear the cost of the clean-up Workers clean a beach in Louisiana. ' +
      'Photograph: Gerald Herbert\\/AP The firm lost a fifth of its value on Tuesday. Analysts expect more.';
    expect(splitSentences(body).map((s) => [body.slice(s.start, s.end), s.caption])).toEqual([
      [
        'Shares in the oil firm fell again Investors fear the cost of the clean-up Workers clean a beach in Louisiana.',
        true,
      ],
      ['Photograph: Gerald Herbert\\/AP', true],
      ['The firm lost a fifth of its value on Tuesday.', false],
      ['Analysts expect more.', false],
    ]);
  });

  it("leaves the lead's first word out of a credit without a slash", () => {
    const body = 'The well seen from space Photograph: Nasa The final kill of the well came on Sunday.';
    expect(splitSentences(body).map((s) => [body.slice(s.start, s.end), s.caption])).toEqual([
      ['The well seen from space', true],
      ['Photograph: Nasa', true],
      ['The final kill of the well came on Sunday.', false],
    ]);
  });

  it('leaves a line without a credit as the splitter reads it', () => {
    const body = 'A photograph of the rig was shown. The rig sank on Thursday.';
    expect(splitSentences(body).every((s) => !s.caption)).toBe(true);
    expect(splitSentences(body)).toHaveLength(2);
  });
});

describe('splitSentences on text built to stall a reader', () => {
  it('reads a run of 80,000 dots as one sentence', () => {
    const body = `On Monday${'.'.repeat(80_000)} then more`;
    expect(splitSentences(body)).toEqual([{ start: 0, end: body.length, caption: false }]);
  });

  it('splits 27,000 initials into 27,000 sentences', () => {
    const body = 'A. '.repeat(27_000).trimEnd();
    const sentences = splitSentences(body);
    expect(sentences).toHaveLength(27_000);
    expect(sentences.every((s) => body.slice(s.start, s.end) === 'A.')).toBe(true);
  });

  it('gives 80,000 spaces and a word one sentence of the word', () => {
    const body = `${' '.repeat(80_000)}word${' '.repeat(80_000)}`;
    expect(texts(body)).toEqual(['word']);
  });

  it('gives 100,000 short lines 100,000 sentences', () => {
    const body = Array.from({ length: 100_000 }, (_, i) => `Line ${i}`).join('\n');
    const sentences = splitSentences(body);
    expect(sentences).toHaveLength(100_000);
    expect(body.slice(sentences[99_999]!.start, sentences[99_999]!.end)).toBe('Line 99999');
  });
});
