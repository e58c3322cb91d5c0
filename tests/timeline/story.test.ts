import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { analyzeArticle, mergeEntityNames } from '../../src/nlp/index.js';
import { buildTimeline } from '../../src/timeline/index.js';

const H1N1 = fileURLToPath(new URL('../../../shared/data/gold/timelines/t17_h1n1/', import.meta.url));

describe('the timeline of a real story (Timeline17 h1n1, June 2009 articles)', () => {
  it("merges the WHO's pandemic declaration into one event of 2009-06-11 told by at least 5 articles", async () => {
    const { articles } = await loadCorpus([H1N1]);
    const june = articles.filter((a) => a.date !== null && a.date >= '2009-06-01');
    const timeline = buildTimeline(mergeEntityNames(june.map(analyzeArticle)));
    const declaration = timeline
      .filter((e) => e.date === '2009-06-11' && /pandemic/i.test(e.summary))
      .sort((a, b) => b.sources.length - a.sources.length)[0];
    expect(declaration?.sources.length).toBeGreaterThanOrEqual(5);
    expect(declaration?.summary).toMatch(/^[A-Z].*(World Health Organi[sz]ation|WHO).*declared.*pandemic.*\.$/);
  }, 60_000);
});
