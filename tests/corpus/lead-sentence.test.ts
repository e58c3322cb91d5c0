import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadSentence, shorten } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/index.js';
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

  it('agrees with splitting the whole body on real news articles, wherever the windows cut them', async () => {
    // The bundled Wikinews story and the feed samples: a few hundred real bodies the repository holds.
    const root = join(import.meta.dirname, '../..');
    const { articles } = await loadCorpus([join(root, 'seeds'), join(root, 'tests/fixtures/formats')]);
    const bodies = articles.map((a) => a.text);
    expect(bodies.length).toBeGreaterThan(250);
    // The same bodies pushed down by captions so that their lead starts just before each window's
    // edge, where a window cuts it: the case the windows must get right. (A lead starting within
    // a few hundred characters of the last window's end, 4000, is cut: that window is final.)
    const pushedTo = (offset: number, body: string): string => {
      const captions = caption.repeat(Math.floor(offset / caption.length));
      return captions + ' '.repeat(offset - captions.length) + body;
    };
    const texts = [
      ...bodies,
      ...bodies.flatMap((body) => [880, 950, 990, 3000].map((offset) => pushedTo(offset, body))),
    ];
    for (const text of texts) expect(leadSentence(text)).toBe(wholeLead(text));
  });
});
