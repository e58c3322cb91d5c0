import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beginStory, openStory } from '../../src/cli/open-story.js';
import { removeFolder, temporaryFolder, writeCorpus } from './corpus.js';

// The bundle names its build; from src/ a test names one so the whole-corpus caches are used.
const saved = { ...process.env };
let cacheHome = '';
beforeEach(() => {
  cacheHome = temporaryFolder('xdg');
  process.env.XDG_CACHE_HOME = cacheHome;
  process.env.NEWS_TUI_BUILD = 'test-build';
  delete process.env.NEWS_TUI_NO_CACHE;
});
afterEach(() => {
  process.env = { ...saved };
  removeFolder(cacheHome);
});

const cacheFiles = (): string[] => {
  const root = join(cacheHome, 'news-tui');
  try {
    return readdirSync(root).flatMap((sub) => readdirSync(join(root, sub)).map((name) => `${sub}/${name}`));
  } catch {
    return [];
  }
};

describe('opening a story through the CLI door', () => {
  it('stores article entries, the story and the corpus, then reads the corpus back unparsed', async () => {
    const corpus = writeCorpus(4);
    try {
      const first = await beginStory([corpus], 'c', true);
      const story = await first.stream.done;
      await first.stream.saved;
      const kinds = new Set(cacheFiles().map((file) => file.split('-v')[0]));
      expect(kinds).toEqual(new Set(['analysis', 'stories', 'corpora']));

      const again = await beginStory([corpus], 'c', true);
      expect(again.load).toEqual(first.load);
      expect((await again.stream.done).timeline).toEqual(story.timeline);
    } finally {
      removeFolder(corpus);
    }
  });

  it('tells how many of the files it has read while it reads them, and nothing once cached', async () => {
    const corpus = writeCorpus(5);
    try {
      const reads: Array<[number, number]> = [];
      const first = await beginStory([corpus], 'c', true, { onReading: (done, total) => reads.push([done, total]) });
      expect(reads).toEqual([1, 2, 3, 4, 5].map((done) => [done, 5]));
      await first.stream.saved;
      reads.length = 0;
      const again = await beginStory([corpus], 'c', true, { onReading: (done, total) => reads.push([done, total]) });
      await again.stream.done;
      expect(reads).toEqual([]);
    } finally {
      removeFolder(corpus);
    }
  });

  it('neither reads nor writes the cache when told not to', async () => {
    const corpus = writeCorpus(3);
    try {
      const story = await openStory([corpus], 'c', { cache: false, progress: false });
      expect(story.articles).toHaveLength(3);
      expect(cacheFiles()).toEqual([]);
    } finally {
      removeFolder(corpus);
    }
  });
});
