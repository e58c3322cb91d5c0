import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { analyzeArticle, mergeEntityNames } from '../../src/nlp/index.js';
import { buildTimeline, keyDates } from '../../src/timeline/index.js';
import type { AnalyzedArticle, TimelineEvent } from '../../src/types.js';

// The bundled Wikinews story (seeds/wikinews-stock, CC BY 2.5): 30 real articles, 2007-2011.
const STOCK = fileURLToPath(new URL('../../seeds/wikinews-stock/', import.meta.url));

describe('the timeline of a real story (Wikinews, the markets in the financial crisis)', async () => {
  const { articles, problems } = await loadCorpus([STOCK]);
  const analysed: AnalyzedArticle[] = mergeEntityNames(articles.map(analyzeArticle));
  const timeline = buildTimeline(analysed);
  const told = (event: TimelineEvent): string[] =>
    event.sources.map((s) => {
      const article = analysed.find((a) => a.id === s.articleId)!;
      return `${basename(article.path)}: ${article.text.slice(s.start, s.end)}`;
    });

  it('loads all 30 articles with their publication dates', () => {
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(30);
    expect(articles.every((a) => a.date !== null && a.dateSource === 'header')).toBe(true);
  });

  it('merges the Dow at 16:08 UTC, told by two articles of 2008-09-17, into one event of that day', () => {
    const dow = timeline.filter((e) => told(e).some((text) => /Dow Jones,? was down 2\.62% at 16:08 UTC/.test(text)));
    expect(dow).toHaveLength(1);
    expect(dow[0]!.date).toBe('2008-09-17');
    const tellings = told(dow[0]!);
    expect(tellings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2008-09-17-Russian_stock_markets_suspended.*: The Dow Jones, was down 2\.62%/),
        expect.stringMatching(/^2008-09-17-Stock_markets_worldwide_fall.*: The Dow Jones was down 2\.62%/),
      ]),
    );
  });

  it('keeps events of different days apart: no merged day event has sources dated more than a day apart', () => {
    // A season or a month is told by articles days apart ('the IMF's Autumn meetings', 9 and 13 October).
    const dayEvents = timeline.filter((e) => e.sources.length > 1 && (e.precision === 'day' || e.precision === 'time'));
    expect(dayEvents.length).toBeGreaterThanOrEqual(5);
    for (const event of dayEvents) {
      const dates = event.sources.map((s) => analysed.find((a) => a.id === s.articleId)!.date!).sort();
      expect(Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)).toBeLessThanOrEqual(86_400_000);
    }
  });

  it('ranks days of the crisis as key dates, all within the publication span', () => {
    const days = keyDates(analysed, timeline).slice(0, 10);
    expect(days).toHaveLength(10);
    for (const day of days) expect(day.date >= '2007-02-01' && day.date <= '2011-03-18').toBe(true);
  });
});
