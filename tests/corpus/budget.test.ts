import { mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY_MB, inputBudgetBytes, loadCorpus, memoryBudgetMb } from '../../src/corpus/index.js';
import { ARTICLE_INPUT_BYTES } from '../../src/corpus/budget.js';

const MB = 1024 * 1024;
const fresh = (): Promise<string> => mkdtemp(join(tmpdir(), 'news-tui-budget-'));

describe('the memory budget', () => {
  it('is what a 4 GB machine can spare unless NEWS_TUI_MEMORY_MB says otherwise', () => {
    expect(memoryBudgetMb({})).toBe(DEFAULT_MEMORY_MB);
    expect(memoryBudgetMb({ NEWS_TUI_MEMORY_MB: '8192' })).toBe(8192);
    expect(memoryBudgetMb({ NEWS_TUI_MEMORY_MB: 'lots' })).toBe(DEFAULT_MEMORY_MB);
    // Input costs ~32× its size to analyse: 2 GB takes a little under 64 MB of input.
    expect(inputBudgetBytes({}) / MB).toBeGreaterThan(40);
    expect(inputBudgetBytes({}) / MB).toBeLessThan(64);
    expect(inputBudgetBytes({ NEWS_TUI_MEMORY_MB: '8192' })).toBeGreaterThan(4 * inputBudgetBytes({}));
  });

  it('refuses a 250 MB feed in one line naming the file, its size and why', async () => {
    const dir = await fresh();
    const feed = join(dir, 'huge.rss');
    const handle = await open(feed, 'w');
    await handle.truncate(250 * MB);
    await handle.close();
    const { articles, problems } = await loadCorpus([feed]);
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(feed);
    expect(problems[0]!.reason).toMatch(
      /^too large \(250 MB\): news-tui analyses up to [\d.]+ MB of input in its memory budget of 2048 MB; split the input, or set NEWS_TUI_MEMORY_MB higher$/,
    );
  });

  it('reads a corpus until its budget is spent, and names the files left in one line', async () => {
    const dir = await fresh();
    const body = 'The council met again and the vote was delayed. '.repeat(8000); // ~400 KB
    for (const n of [1, 2, 3, 4, 5]) await writeFile(join(dir, `2024-01-0${n}-story.txt`), `${n} ${body}`);
    const { articles, problems } = await loadCorpus([dir], { inputBudget: 1 * MB });
    expect(articles.map((a) => a.path)).toEqual([join(dir, '2024-01-01-story.txt'), join(dir, '2024-01-02-story.txt')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: join(dir, '2024-01-03-story.txt') });
    expect(problems[0]!.reason).toMatch(
      /^not read, nor the 2 files after it: the files before hold 0\.7 MB, and news-tui analyses up to 1 MB of input/,
    );
  });

  it('counts what each article costs besides its bytes: a file of many short records is cut in one line', async () => {
    const dir = await fresh();
    const file = join(dir, 'tiny.jsonl');
    const lines = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({ title: `T${i}`, date: '2024-01-05', text: `x${i}` }),
    );
    await writeFile(file, `${lines.join('\n')}\n`);
    const bytes = Buffer.byteLength(`${lines.join('\n')}\n`);
    const { articles, problems } = await loadCorpus([file], { inputBudget: bytes + 20 * ARTICLE_INPUT_BYTES });
    expect(articles).toHaveLength(20);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/^30 of its 50 articles not read: news-tui analyses up to/);
    // With room for every article, all are read and nothing is said.
    const all = await loadCorpus([file], { inputBudget: bytes + 50 * ARTICLE_INPUT_BYTES });
    expect(all.articles).toHaveLength(50);
    expect(all.problems).toEqual([]);
  });
});
