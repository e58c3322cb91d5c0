// The SQLite archive keeps the merged timeline at ingest: after an add, more adds, a prune, a
// run stopped before its merge and a kill -9, it is what buildTimeline makes of the articles held.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/archive/driver.js';
import { ingest } from '../../src/archive/ingest.js';
import { openSqlite } from '../../src/archive/sqlite.js';
import { Archive } from '../../src/archive/store.js';
import { inProcessPool } from '../../src/pipeline/pool.js';
import type { TimelineEvent } from '../../src/types.js';
import { PROJECT_ROOT } from '../cli/run.js';
import { writeHouseCorpus } from '../support/house-corpus.js';
import { writeStoryCorpus } from '../support/story-corpus.js';
import {
  built,
  bucketsOf,
  expectNamesAndText,
  expectStemCounts,
  expectTouchedMerged,
  heldArticles,
  stored,
} from './timeline-suite.js';

let work: string;
const pool = inProcessPool(60_000);

const open = async (file: string): Promise<{ db: SqlDriver; archive: Archive }> => {
  const db = await openSqlite(join(work, file));
  return { db, archive: await Archive.over(db, async () => 0) };
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'news-tui-timeline-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the merged timeline of a SQLite archive', () => {
  let db: SqlDriver;
  let archive: Archive;
  const story = (): string => join(work, 'story');

  beforeAll(async () => {
    ({ db, archive } = await open('kept.db'));
    writeStoryCorpus(story(), 0, 40);
    writeHouseCorpus(join(work, 'house'), 30);
    const result = await ingest(archive, [story(), join(work, 'house')], { pool, batchFiles: 16 });
    expect(result.added).toBe(70);
    expect(result.timeline.whole).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await archive.close();
  });

  it('after one add is buildTimeline over the same articles, row for row and in order', async () => {
    const timeline = await stored(archive);
    const want = await built(archive);
    // Several articles tell one happening: rows join sources, or nothing was merged.
    expect(want.some((event) => event.sources.length >= 5)).toBe(true);
    expect(timeline).toEqual(want);
    expect(await archive.pendingTimeline()).toBe(0);
    await expectStemCounts(db);
    await expectNamesAndText(db, timeline);
  });

  it('after more files, merges again the buckets they touch and keeps the rest', async () => {
    const before = await stored(archive);
    const added = new Set(writeStoryCorpus(story(), 40, 52));
    const result = await ingest(archive, [story()], { pool });
    expect(result.added).toBe(12);
    // 82 articles against 70 at the last whole merge: only touched buckets are merged.
    expect(result.timeline.whole).toBe(false);
    const touched = bucketsOf(await heldArticles(archive), added);
    expect(result.timeline.buckets).toBe(touched.size);
    await expectTouchedMerged(archive, before, touched);
    await expectStemCounts(db);
    // And merged whole again, it is buildTimeline's.
    await archive.refreshTimeline();
    expect(await stored(archive)).toEqual(await built(archive));
  });

  it('after prune, merges again the buckets of the removed articles', async () => {
    const before = await stored(archive);
    const held = await heldArticles(archive);
    const gone = new Set(held.filter((_, i) => i % 9 === 4).map((article) => article.path));
    for (const path of gone) unlinkSync(path);
    const pruned = await archive.prune(existsSync);
    expect(pruned.articles).toBe(gone.size);
    await expectTouchedMerged(archive, before, bucketsOf(held, gone));
    await expectStemCounts(db);
    const timeline = await stored(archive);
    expect(timeline.flatMap((event) => event.sources).some((source) => gone.has(source.path))).toBe(false);
    await expectNamesAndText(db, timeline);
  });

  it('merges everything again once the archive has doubled', async () => {
    writeStoryCorpus(story(), 52, 200);
    const result = await ingest(archive, [story()], { pool });
    expect(result.timeline.whole).toBe(true);
    expect(await stored(archive)).toEqual(await built(archive));
    await expectStemCounts(db);
  }, 120_000);
});

describe('a run stopped before its merge is finished', () => {
  it('leaves its buckets marked, and the next run merges them', async () => {
    const { archive } = await open('stopped.db');
    try {
      const folder = join(work, 'stopped');
      writeStoryCorpus(folder, 0, 30);
      // Stopped once the last batch is written, before the merge.
      const stop = new AbortController();
      const first = await ingest(archive, [folder], {
        pool,
        batchFiles: 10,
        signal: stop.signal,
        onProgress: ({ files, totalFiles }) => files === totalFiles && stop.abort(),
      });
      expect(first.added).toBe(30);
      expect(await archive.pendingTimeline()).toBeGreaterThan(0);
      expect(await stored(archive)).toEqual([]);
      // Stopped again after one bucket of the merge.
      const halt = new AbortController();
      const partial = await archive.mergeTimeline({
        chunkBuckets: 1,
        signal: halt.signal,
        onProgress: () => halt.abort(),
      });
      expect(partial.buckets).toBe(1);
      expect(await archive.pendingTimeline()).toBeGreaterThan(0);
      // Nothing new to read, but the marked buckets are merged.
      const again = await ingest(archive, [folder], { pool });
      expect(again.added).toBe(0);
      expect(await archive.pendingTimeline()).toBe(0);
      expect(await stored(archive)).toEqual(await built(archive));
    } finally {
      await archive.close();
    }
  }, 120_000);
});

describe('a kill -9 in the middle of add', () => {
  it('then add again: the timeline of a clean run', async () => {
    const folder = join(work, 'killed-story');
    writeStoryCorpus(folder, 0, 300);
    const file = join(work, 'killed.db');
    const env = {
      ...process.env,
      XDG_DATA_HOME: join(work, 'data'),
      XDG_CACHE_HOME: join(work, 'cache'),
      NEWS_TUI_DB: '',
    };
    const child = spawn(process.execPath, ['bin/news-tui.js', 'add', '--db', file, folder], {
      cwd: PROJECT_ROOT,
      stdio: 'ignore',
      env,
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let held = 0;
    for (let tries = 0; tries < 3000 && held === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      held = await countArticles(file);
    }
    child.kill('SIGKILL');
    await exited;
    expect(held).toBeGreaterThan(0);
    expect(await countArticles(file), 'the kill landed after the whole corpus was added').toBeLessThan(300);

    const { archive } = await open('killed.db');
    let resumed: TimelineEvent[];
    try {
      expect((await ingest(archive, [folder], { pool })).timeline.buckets).toBeGreaterThan(0);
      resumed = await stored(archive);
      expect(resumed).toEqual(await built(archive));
    } finally {
      await archive.close();
    }
    const clean = await open('clean.db');
    try {
      await ingest(clean.archive, [folder], { pool });
      expect(resumed).toEqual(await stored(clean.archive));
    } finally {
      await clean.archive.close();
    }
  }, 180_000);
});

/** Articles committed so far; 0 while the file or its tables are not there yet. */
async function countArticles(file: string): Promise<number> {
  if (!existsSync(file) || statSync(file).size === 0) return 0;
  const driver = await openSqlite(file).catch(() => null);
  if (!driver) return 0;
  try {
    const [row] = await driver.all<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
    return Number(row?.n ?? 0);
  } catch {
    return 0;
  } finally {
    await driver.close();
  }
}
