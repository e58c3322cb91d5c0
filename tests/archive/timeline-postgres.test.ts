// The merged timeline on a real PostgreSQL server: what buildTimeline makes of the articles held,
// after an add, more adds and a prune, and the same when two ingesters add at once.
import { existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/archive/driver.js';
import { ingest } from '../../src/archive/ingest.js';
import { openPostgres } from '../../src/archive/postgres.js';
import { Archive } from '../../src/archive/store.js';
import { inProcessPool } from '../../src/pipeline/pool.js';
import { writeHouseCorpus } from '../support/house-corpus.js';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.js';
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

describe('the merged timeline of a PostgreSQL archive', () => {
  let cluster: PostgresCluster;
  let work: string;
  const pool = inProcessPool(60_000);
  const opened: Archive[] = [];

  const open = async (url: string): Promise<{ db: SqlDriver; archive: Archive }> => {
    const db = await openPostgres(url);
    const archive = await Archive.over(db, async () => 0);
    opened.push(archive);
    return { db, archive };
  };

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    work = mkdtempSync(join(tmpdir(), 'news-tui-pg-timeline-'));
    writeStoryCorpus(join(work, 'story'), 0, 40);
    writeHouseCorpus(join(work, 'house'), 30);
  });

  afterAll(async () => {
    for (const archive of opened) await archive.close().catch(() => undefined);
    await cluster?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is buildTimeline over the articles held, after an add, more files and a prune', async () => {
    const { db, archive } = await open(await cluster.createDatabase('kept'));
    const story = join(work, 'story');
    expect((await ingest(archive, [story, join(work, 'house')], { pool, batchFiles: 16 })).added).toBe(70);
    const first = await stored(archive);
    expect(first).toEqual(await built(archive));
    expect(first.some((event) => event.sources.length >= 5)).toBe(true);
    await expectStemCounts(db);
    await expectNamesAndText(db, first);

    const more = join(work, 'more');
    const added = new Set(writeStoryCorpus(more, 40, 52));
    const result = await ingest(archive, [more], { pool });
    expect(result.timeline.whole).toBe(false);
    await expectTouchedMerged(archive, first, bucketsOf(await heldArticles(archive), added));
    await expectStemCounts(db);

    const before = await stored(archive);
    const held = await heldArticles(archive);
    const gone = new Set(held.filter((article) => article.path.startsWith(more)).map((article) => article.path));
    for (const path of gone) unlinkSync(path);
    expect((await archive.prune(existsSync)).articles).toBe(gone.size);
    await expectTouchedMerged(archive, before, bucketsOf(held, gone));
    await expectStemCounts(db);
    // The more files' removal undoes their add, bucket for bucket.
    expect(await stored(archive)).toEqual(first);
  }, 180_000);

  it('two ingesters adding at once leave the timeline one leaves alone', async () => {
    const folders = [join(work, 'story'), join(work, 'house')];
    const alone = await open(await cluster.createDatabase('alone'));
    await ingest(alone.archive, folders, { pool });
    const url = await cluster.createDatabase('pair');
    const pair = [await open(url), await open(url)];
    // Small batches, so the two interleave their writes and both merge the same buckets.
    await Promise.all(pair.map(({ archive }) => ingest(archive, folders, { pool, batchFiles: 4 })));
    const timeline = await stored(pair[0]!.archive);
    expect(timeline).toEqual(await stored(alone.archive));
    expect(timeline).toEqual(await built(pair[0]!.archive));
    expect(await pair[1]!.archive.pendingTimeline()).toBe(0);
    await expectStemCounts(pair[0]!.db);
    await expectNamesAndText(pair[0]!.db, timeline);
  }, 180_000);
});
