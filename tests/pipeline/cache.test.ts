import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import {
  AnalysisCache,
  analysisKey,
  assembleStory,
  inProcessPool,
  streamStory,
  type AnalysisPool,
} from '../../src/pipeline/index.js';
import { ensureDir } from '../../src/pipeline/cache.js';
import { analyzeArticle } from '../../src/nlp/index.js';
import { articleText, scratchFolders, writeCorpus } from './corpus.js';

const folder = scratchFolders();

/** An in-process pool that counts the articles it analyses. */
function countingPool(): AnalysisPool & { analysed: string[] } {
  const inner = inProcessPool();
  const analysed: string[] = [];
  return {
    threads: 0,
    analysed,
    analyze(articles) {
      for (const article of articles) analysed.push(article.text);
      return inner.analyze(articles);
    },
    close: () => inner.close(),
  };
}

async function open(corpus: string, cacheDir: string | null, build: string | null = 'test-build') {
  const load = await loadCorpus([corpus]);
  const pool = countingPool();
  const stream = streamStory(load, { name: 'test', cache: cacheDir ? new AnalysisCache(cacheDir) : null, build, pool });
  const story = await stream.done;
  await stream.saved;
  return { story, analysed: pool.analysed, load };
}

describe('the analysis cache', () => {
  it('analyses every article on a first open and none on a second', async () => {
    const corpus = writeCorpus(6, folder('corpus'));
    const cache = folder('cache');
    const first = await open(corpus, cache);
    expect(first.analysed).toHaveLength(6);
    const second = await open(corpus, cache);
    expect(second.analysed).toHaveLength(0);
    expect(second.story.timeline).toEqual(first.story.timeline);
    expect(second.story.articles).toEqual(first.story.articles);
  });

  it('serves unchanged articles from per-article entries when the corpus changes', async () => {
    const corpus = writeCorpus(6, folder('corpus'));
    const cache = folder('cache');
    await open(corpus, cache);
    writeFileSync(join(corpus, 'article-0002.txt'), articleText(2).replace('harbour project', 'bridge project'));
    const reopened = await open(corpus, cache);
    expect(reopened.analysed).toHaveLength(1);
    expect(reopened.analysed[0]).toContain('bridge project');
    const fresh = await open(corpus, null);
    expect(reopened.story.timeline).toEqual(fresh.story.timeline);
  });

  it('re-analyses an article whose publication date changed, though its text did not', async () => {
    const corpus = writeCorpus(3, folder('corpus'));
    const cache = folder('cache');
    await open(corpus, cache);
    writeFileSync(join(corpus, 'article-0001.txt'), articleText(1).replace(/^ date 2024-03-\d\d/, ' date 2023-11-20'));
    const reopened = await open(corpus, cache);
    expect(reopened.analysed).toHaveLength(1);
    expect(reopened.story.timeline.some((event) => event.date.startsWith('2023-11'))).toBe(true);
  });

  it('never reads or writes anything without a cache', async () => {
    const corpus = writeCorpus(3, folder('corpus'));
    const cache = folder('cache');
    await open(corpus, cache);
    const uncached = await open(corpus, null);
    expect(uncached.analysed).toHaveLength(3);
  });

  it('ignores damaged entries, shards and story files and analyses those articles again', async () => {
    const corpus = writeCorpus(5, folder('corpus'));
    const cache = folder('cache');
    const first = await open(corpus, cache);
    const shardDir = join(
      cache,
      readdirSync(cache).find((name) => name.startsWith('analysis-'))!,
    );
    const storyDir = join(
      cache,
      readdirSync(cache).find((name) => name.startsWith('stories-'))!,
    );
    for (const name of readdirSync(storyDir)) writeFileSync(join(storyDir, name), '{"format":1,"keys":[');
    const shards = readdirSync(shardDir);
    // One shard becomes garbage; in another, one entry's record is cut short.
    writeFileSync(join(shardDir, shards[0]!), '\u0000\u0001 not a shard');
    const second = readFileSync(join(shardDir, shards[1] ?? shards[0]!), 'utf8').split('\n');
    second[0] = second[0]!.slice(0, second[0]!.length - 20);
    writeFileSync(join(shardDir, shards[1] ?? shards[0]!), second.join('\n'));
    const reopened = await open(corpus, cache);
    expect(reopened.analysed.length).toBeGreaterThan(0);
    expect(reopened.analysed.length).toBeLessThan(5);
    expect(reopened.story.timeline).toEqual(first.story.timeline);
  });

  it('does not reuse a story assembled by another build', async () => {
    const corpus = writeCorpus(3, folder('corpus'));
    const cache = folder('cache');
    await open(corpus, cache, 'build-a');
    const load = await loadCorpus([corpus]);
    const other = new AnalysisCache(cache);
    expect(load.articles.every((article) => other.get(analysisKey(article)) !== undefined)).toBe(true);
    const reopened = await open(corpus, cache, 'build-b');
    expect(reopened.analysed).toHaveLength(0);
    expect(reopened.story.timeline).toEqual(assembleStory('test', load.articles.map(analyzeArticle), []).timeline);
  });

  it('costs nothing but speed when it cannot be written', async () => {
    const corpus = writeCorpus(3, folder('corpus'));
    // A cache "folder" beneath a plain file: every mkdir and write fails.
    const blocked = join(folder('blocked'), 'a-file');
    writeFileSync(blocked, 'not a folder');
    const first = await open(corpus, join(blocked, 'cache'));
    expect(first.story.articles).toHaveLength(3);
    const again = await open(corpus, join(blocked, 'cache'));
    expect(again.analysed).toHaveLength(3);
    expect(again.story.timeline).toEqual(first.story.timeline);
  });

  it('creates its folders one level at a time and gives up where it cannot', () => {
    const root = folder('levels');
    ensureDir(join(root, 'a', 'b', 'c'));
    expect(existsSync(join(root, 'a', 'b', 'c'))).toBe(true);
    ensureDir(join(root, 'a', 'b', 'c'));
    writeFileSync(join(root, 'file'), '');
    expect(() => ensureDir(join(root, 'file', 'x', 'y'))).toThrow();
  });

  it('stays within its size limit, dropping the least recently used files first', async () => {
    const corpus = writeCorpus(20, folder('corpus'));
    const cache = folder('cache');
    await open(corpus, cache);
    const files = readdirSync(cache).flatMap((sub) =>
      readdirSync(join(cache, sub)).map((name) => join(cache, sub, name)),
    );
    expect(files.length).toBeGreaterThan(2);
    const old = new Date(Date.now() - 3600_000);
    for (const file of files) utimesSync(file, old, old);
    const recent = files[1]!;
    utimesSync(recent, new Date(), new Date());
    const sizeOfRecent = statSync(recent).size;
    new AnalysisCache(cache).prune(sizeOfRecent + 1);
    expect(files.filter((file) => existsSync(file))).toEqual([recent]);
  });

  it('stays readable while two processes write the same shards at once', async () => {
    const cache = folder('cache');
    const writer = `
      import { AnalysisCache } from './src/pipeline/cache.ts';
      const [dir, who] = process.argv.slice(-2);
      const record = { sentences: [0, 4, 0], entities: [{ start: 0, end: 4, type: 'PLACE', name: who }], times: [], events: [] };
      for (let round = 0; round < 15; round++) {
        const cache = new AnalysisCache(dir);
        for (let i = 0; i < 64; i++) cache.put(i.toString(16).padStart(2, '0') + who + round + '@2024-01-01', record);
        cache.flush();
      }
    `;
    const run = (who: string): Promise<number> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', writer, cache, who], {
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        child.on('error', reject);
        child.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run('a'), run('b')])).toEqual([0, 0]);
    const shardDir = join(
      cache,
      readdirSync(cache).find((name) => name.startsWith('analysis-'))!,
    );
    const names = readdirSync(shardDir);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const reader = new AnalysisCache(cache);
    let found = 0;
    for (const name of names) {
      for (const line of readFileSync(join(shardDir, name), 'utf8').split('\n').filter(Boolean)) {
        const [key, json] = line.split('\t');
        expect(() => JSON.parse(json!)).not.toThrow();
        expect(reader.get(key!)).toBeDefined();
        found++;
      }
    }
    // Each writer's last round is whole in every shard it wrote last; nothing is torn.
    expect(found).toBeGreaterThanOrEqual(64);
  });
});
