import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import {
  AnalysisCache,
  articleBudgetFor,
  articleBudgetMs,
  inProcessPool,
  overBudgetReason,
  streamStory,
  workerPool,
  type AnalysisPool,
} from '../../src/pipeline/index.js';
import { analyzeBatch, type AnalysisInput } from '../../src/pipeline/analyze-batch.js';
import type { LoadResult } from '../../src/types.js';
import { articleText, removeFolder, temporaryFolder, writeCorpus } from './corpus.js';
import { HANG, SLOW, SLOW_MS, THROW } from './planted-analyser.js';
import { buildWorkerBundle } from './worker-bundle.js';

// In this thread the analyser is the planted one too.
vi.mock('../../src/nlp/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/nlp/index.js')>();
  const { planted } = await import('./planted-analyser.js');
  return { ...real, analyzeArticle: planted(real.analyzeArticle) };
});

// Far above an ordinary article's time even on a loaded machine; the hung ones never finish.
const BUDGET_MS = 1500;
const SKIPPED = 'analysis took longer than 1.5 s: skipped';
const folders: string[] = [];
let plantedWorker = '';
let pool: AnalysisPool | null = null;

beforeAll(async () => {
  const bundle = await buildWorkerBundle(join(import.meta.dirname, 'planted-nlp.ts'));
  folders.push(bundle.folder);
  plantedWorker = bundle.file;
}, 60_000);
afterEach(async () => {
  await pool?.close();
  pool = null;
});
afterAll(() => {
  for (const folder of folders.splice(0)) removeFolder(folder);
});

const ordinary = (i: number): AnalysisInput => ({
  text: articleText(i).replace(/^ date \S+ /, ''),
  date: '2024-03-01',
});
const planted = (fault: string): AnalysisInput => ({ text: `aaaa ${fault} on Monday.`, date: '2024-03-01' });

/** A corpus of `count` ordinary articles and one with `fault` (article-hostile.txt). */
async function corpusWith(fault: string, count: number): Promise<{ folder: string; load: LoadResult }> {
  const folder = writeCorpus(count);
  folders.push(folder);
  writeFileSync(join(folder, 'article-hostile.txt'), ` date 2024-03-02 aaaa ${fault} happened on Monday.\n`);
  return { folder, load: await loadCorpus([folder]) };
}

describe('the time budget of one article', () => {
  it('is 3 s unless NEWS_TUI_ARTICLE_BUDGET_MS says otherwise', () => {
    expect(articleBudgetMs({})).toBe(3000);
    expect(articleBudgetMs({ NEWS_TUI_ARTICLE_BUDGET_MS: '250' })).toBe(250);
    expect(articleBudgetMs({ NEWS_TUI_ARTICLE_BUDGET_MS: 'soon' })).toBe(3000);
    expect(overBudgetReason(3000)).toBe('analysis took longer than 3 s: skipped');
  });

  it('grows with the text: 20 ms a KB beyond the base', () => {
    expect(articleBudgetFor(3000, 0)).toBe(3000);
    expect(articleBudgetFor(3000, 512 * 1024)).toBe(13_240);
    expect(overBudgetReason(articleBudgetFor(3000, 1024 * 1024))).toBe('analysis took longer than 23.5 s: skipped');
  });

  // An article that takes 400 ms whatever the machine does: over a 100 ms base when short,
  // within its allowance when 100 KB long (the padding costs the analyser next to nothing).
  const slow = (padding: number): AnalysisInput => ({
    text: `aaaa ${SLOW} on Monday.${' '.repeat(padding)}`,
    date: '2024-03-01',
  });
  it.each([
    ['a worker', () => workerPool(plantedWorker, 1, 100)],
    ['this thread', () => inProcessPool(100)],
  ])('in %s: a long article is allowed more time than a short one', async (_where, make) => {
    expect(articleBudgetFor(100, 100 * 1024)).toBeGreaterThan(2 * SLOW_MS);
    pool = make();
    const [short, long] = await pool.analyze([slow(0), slow(100 * 1024)]);
    expect(short).toEqual({ skipped: 'analysis took longer than 100 ms: skipped' });
    expect(long).toEqual(analyzeBatch([slow(100 * 1024)])[0]);
  });

  it('in a worker: the worker is replaced, the article skipped, every other article analysed', async () => {
    pool = workerPool(plantedWorker, 2, BUDGET_MS);
    const first = [ordinary(0), planted(HANG), ordinary(1), ordinary(2)];
    const second = [ordinary(3), ordinary(4)];
    const [a, b] = await Promise.all([pool.analyze(first), pool.analyze(second)]);
    expect(a[1]).toEqual({ skipped: SKIPPED });
    const expected = analyzeBatch([...first.filter((_, i) => i !== 1), ...second]);
    expect([a[0], a[2], a[3], ...b]).toEqual(expected);
    // The replaced worker analyses what comes next.
    expect(pool.threads).toBe(2);
    expect(await pool.analyze([ordinary(5)])).toEqual(analyzeBatch([ordinary(5)]));
  });

  it('in a worker: a batch of hung articles only is skipped whole', async () => {
    pool = workerPool(plantedWorker, 1, BUDGET_MS);
    expect(await pool.analyze([planted(HANG), planted(HANG)])).toEqual([{ skipped: SKIPPED }, { skipped: SKIPPED }]);
  });

  it('in this thread: the analysis is interrupted and the rest analysed', async () => {
    pool = inProcessPool(BUDGET_MS);
    const articles = [ordinary(0), planted(HANG), ordinary(1)];
    const outcomes = await pool.analyze(articles);
    expect(outcomes[1]).toEqual({ skipped: SKIPPED });
    expect([outcomes[0], outcomes[2]]).toEqual(analyzeBatch([ordinary(0), ordinary(1)]));
  });

  it.each([
    ['a worker', () => workerPool(plantedWorker, 1, BUDGET_MS)],
    ['this thread', () => inProcessPool(BUDGET_MS)],
  ])('in %s: an article whose analysis throws is skipped with one line, no stack', async (_where, make) => {
    pool = make();
    const outcomes = await pool.analyze([planted(THROW), ordinary(0)]);
    expect(outcomes[0]).toEqual({ skipped: 'analysis failed (RangeError: Invalid string length): skipped' });
    expect(outcomes[1]).toEqual(analyzeBatch([ordinary(0)])[0]);
  });
});

describe('a corpus with a hung article', () => {
  it.each([
    ['worker threads', { inProcessLimit: 0 }],
    ['this thread', { inProcessLimit: 1000 }],
  ])(
    'in %s: completes without it, names it once, caches the rest only',
    async (_where, limits) => {
      const { load } = await corpusWith(HANG, 6);
      const cacheDir = temporaryFolder('budget-cache');
      folders.push(cacheDir);
      const open = async () => {
        const updates: number[] = [];
        const stream = streamStory(load, {
          name: 'hostile',
          cache: new AnalysisCache(cacheDir),
          build: 'test-build',
          workerFile: plantedWorker,
          threads: 2,
          batchSize: 2,
          budgetMs: BUDGET_MS,
          ...limits,
          onProgress: (progress) => updates.push(progress.done),
        });
        const story = await stream.done;
        await stream.saved;
        return { story, updates };
      };

      const { story, updates } = await open();
      expect(story.articles.map((a) => a.path.split('/').pop()).sort()).toEqual(
        Array.from({ length: 6 }, (_, i) => `article-000${i}.txt`),
      );
      expect(story.problems).toEqual([{ path: expect.stringMatching(/article-hostile\.txt$/), reason: SKIPPED }]);
      expect(story.timeline.length).toBeGreaterThan(0);
      if (limits.inProcessLimit === 0) expect(updates.at(-1)).toBe(7);

      // Reopened: the six come from the cache; the hung one is tried (and named) again.
      const analysed: string[] = [];
      const counting = inProcessPool(BUDGET_MS);
      const again = streamStory(load, {
        name: 'hostile',
        cache: new AnalysisCache(cacheDir),
        build: 'test-build',
        budgetMs: BUDGET_MS,
        pool: {
          threads: 0,
          analyze: (articles) => {
            analysed.push(...articles.map((a) => a.text));
            return counting.analyze(articles);
          },
          close: () => counting.close(),
        },
      });
      const reopened = await again.done;
      expect(analysed).toHaveLength(1);
      expect(analysed[0]).toContain(HANG);
      expect(reopened.problems).toEqual(story.problems);
      expect(reopened.articles).toHaveLength(6);
    },
    30_000,
  );
});
