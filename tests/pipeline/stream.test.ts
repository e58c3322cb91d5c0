import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { analyzeArticle } from '../../src/nlp/index.js';
import { assembleStory, streamStory, workerPool, type StoryUpdate } from '../../src/pipeline/index.js';
import { removeFolder, writeCorpus } from './corpus.js';
import { buildWorkerBundle } from './worker-bundle.js';

const folders: string[] = [];
let workerFile = '';
beforeAll(async () => {
  const bundle = await buildWorkerBundle();
  folders.push(bundle.folder);
  workerFile = bundle.file;
}, 60_000);
afterAll(() => {
  for (const folder of folders.splice(0)) removeFolder(folder);
});

describe('a story streamed while it is analysed', () => {
  it.each([
    ['an assembler thread', true],
    ['this thread (no assembler)', false],
  ])(
    'shows partial stories, assembled in %s, before the complete one, which equals a one-shot assembly',
    async (_where, withAssembler) => {
      const corpus = writeCorpus(60);
      folders.push(corpus);
      const load = await loadCorpus([corpus]);
      const updates: StoryUpdate[] = [];
      const stream = streamStory(load, {
        name: 'streamed',
        pool: workerPool(workerFile, 2),
        workerFile: withAssembler ? workerFile : null,
        batchSize: 2,
        updateMs: 10,
        onUpdate: (update) => updates.push(update),
      });
      const story = await stream.done;
      const partial = updates.filter((update) => !update.complete);
      expect(partial.length).toBeGreaterThan(0);
      for (const update of partial) {
        expect(update.progress.total).toBe(60);
        expect(update.progress.done).toBeLessThan(60);
        expect(update.story.articles.length).toBeLessThanOrEqual(update.progress.done);
      }
      const dones = partial.map((update) => update.progress.done);
      expect([...dones].sort((a, b) => a - b)).toEqual(dones);
      expect(updates.at(-1)!.complete).toBe(true);
      expect(updates.filter((update) => update.complete)).toHaveLength(1);
      const oneShot = assembleStory('streamed', load.articles.map(analyzeArticle), load.problems);
      expect(story.timeline).toEqual(oneShot.timeline);
      expect(story.articles).toEqual(oneShot.articles);
      expect(story.keyDates).toEqual(oneShot.keyDates);
    },
  );

  it('analyses a small corpus in this thread: a first frame at once under progress, then the complete story', async () => {
    const corpus = writeCorpus(5);
    folders.push(corpus);
    const load = await loadCorpus([corpus]);
    const updates: StoryUpdate[] = [];
    const story = await streamStory(load, { name: 'small', workerFile, onUpdate: (update) => updates.push(update) })
      .done;
    expect(updates.map((update) => update.complete)).toEqual([false, true]);
    expect(updates[0]!.story.articles).toHaveLength(0);
    expect(updates[0]!.progress).toMatchObject({ done: 0, total: 5 });
    expect(story.articles).toHaveLength(5);
  });

  it('stops when asked, and its story never completes', async () => {
    const corpus = writeCorpus(80);
    folders.push(corpus);
    const load = await loadCorpus([corpus]);
    const updates: StoryUpdate[] = [];
    const stream = streamStory(load, {
      name: 'stopped',
      pool: workerPool(workerFile, 1),
      batchSize: 1,
      onUpdate: (u) => updates.push(u),
    });
    await stream.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(updates.some((update) => update.complete)).toBe(false);
  });

  it('gives an empty corpus an empty, complete story', async () => {
    const story = await streamStory(
      { articles: [], problems: [{ path: 'x', reason: 'unreadable' }] },
      { name: 'empty' },
    ).done;
    expect(story.articles).toEqual([]);
    expect(story.timeline).toEqual([]);
    expect(story.problems).toHaveLength(1);
  });
});
