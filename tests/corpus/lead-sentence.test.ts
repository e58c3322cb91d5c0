import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadSentence, shorten } from '../../src/corpus/article.js';
import { splitSentences } from '../../src/nlp/sentences.js';

/** The lead as found by splitting the whole body: what the windows must agree with. */
function wholeLead(text: string): string {
  const sentences = splitSentences(text);
  const lead = sentences.find((s) => !s.caption) ?? sentences[0];
  return lead ? shorten(text.slice(lead.start, lead.end)) : '';
}

const caption = 'Smoke rises over the harbour after the strike (Photo: Ali Hassan / Reuters)\n';

describe('leadSentence', () => {
  it('finds the lead after more captions than the first window holds', () => {
    const text = caption.repeat(16) + 'The ministry said on Monday that talks would resume. More follows.';
    expect(text.indexOf('The ministry')).toBeGreaterThan(1000);
    expect(leadSentence(text)).toBe('The ministry said on Monday that talks would resume.');
  });

  it('does not cut a lead that runs past the first window', () => {
    const text = `${'Word '.repeat(190)}end of a very long opening. Second sentence.`;
    expect(leadSentence(text)).toBe(wholeLead(text));
  });

  it('agrees with splitting the whole body on real news articles', () => {
    const gold = join(import.meta.dirname, '../../../shared/data/gold');
    const read = (dir: string, strip: (text: string) => string): string[] =>
      readdirSync(join(gold, dir))
        .filter((name) => !name.startsWith('.'))
        .map((name) => strip(readFileSync(join(gold, dir, name), 'utf8')));
    const texts = [
      ...read('timelines/t17_h1n1', (text) => text.replace(/^ date \S+ /, '')),
      ...read('tempeval3/TBAQ-cleaned/TimeBank', (text) => text.replace(/<[^>]+>/g, '')),
    ];
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) expect(leadSentence(text)).toBe(wholeLead(text));
  });
});
