import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { analyzeArticle } from '../../src/nlp/index.js';
import { fromRecord, isRecord, toRecord } from '../../src/pipeline/index.js';
import { seedsFolder } from '../../src/cli/package-files.js';

describe('analysis records', () => {
  it('give back exactly the analysed article when joined with the loaded one', async () => {
    const { articles } = await loadCorpus([seedsFolder(), 'tests/fixtures/corpus']);
    expect(articles.length).toBeGreaterThan(1);
    for (const article of articles) {
      const analyzed = analyzeArticle(article);
      const stored = JSON.parse(JSON.stringify(toRecord(analyzed))) as unknown;
      expect(isRecord(stored)).toBe(true);
      expect(fromRecord(article, stored as ReturnType<typeof toRecord>)).toEqual(analyzed);
    }
  });

  it('leave out texts that can be read back from the article', async () => {
    const { articles } = await loadCorpus([seedsFolder()]);
    const record = toRecord(analyzeArticle(articles[0]!));
    const json = JSON.stringify(record);
    expect(json).not.toContain(articles[0]!.text.slice(0, 60));
    expect(record.entities.some((mention) => mention.text === undefined)).toBe(true);
  });

  it('share the loaded article text instead of copying it', async () => {
    const { articles } = await loadCorpus([seedsFolder()]);
    const article = articles[0]!;
    const joined = fromRecord(article, toRecord(analyzeArticle(article)));
    expect(Object.is(joined.text, article.text)).toBe(true);
  });

  it('reject damaged shapes', () => {
    expect(isRecord(null)).toBe(false);
    expect(isRecord({ sentences: [], entities: [{}], times: [], events: [] })).toBe(false);
    expect(isRecord({ sentences: ['x'], entities: [], times: [], events: [] })).toBe(false);
    expect(isRecord({ sentences: [0, 5, 0], entities: [], times: [], events: [] })).toBe(true);
  });
});
