// Opening the archive on a PostgreSQL server that other processes use at the same moment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/archive/open-archive.js';
import { openPostgres } from '../../src/archive/postgres.js';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.js';

describe('opening a PostgreSQL archive', () => {
  let cluster: PostgresCluster;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('three processes creating a new archive at once all open it', async () => {
    // Each open has its own connection pool, as separate processes would: without the schema
    // lock, two CREATE TABLE IF NOT EXISTS in flight collide on the server's catalogue.
    for (let round = 0; round < 5; round++) {
      const url = await cluster.createDatabase(`fresh_${round}`);
      const opened = await Promise.allSettled([openArchive(url), openArchive(url), openArchive(url)]);
      const failures = opened.flatMap((outcome) => (outcome.status === 'rejected' ? [String(outcome.reason)] : []));
      for (const outcome of opened) if (outcome.status === 'fulfilled') await outcome.value.close();
      expect(failures).toEqual([]);
    }
  });

  it("opens while an ingester's batch holds its tables, without waiting for it", async () => {
    const url = await cluster.createDatabase('busy');
    await (await openArchive(url)).close();
    const ingester = await openPostgres(url);
    let opened = false;
    try {
      await ingester.transaction(async (tx) => {
        await tx.run(
          `INSERT INTO articles (key, id, date, title, path, bytes, body, record, analyzer, added_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          ['k@2009-06-11', 'a1', '2009-06-11', 'Title', '/corpus/a.txt', 4, 'Body', '{}', 'v', 0],
        );
        await tx.run('INSERT INTO holdings (host, file, key) VALUES (?, ?, ?)', [
          'here',
          '/corpus/a.txt',
          'k@2009-06-11',
        ]);
        // The batch stays open until the reader has opened, or until it is clear that the
        // reader waits on it (then the test fails on `opened`, not by hanging).
        const reader = openArchive(url).then(async (archive) => {
          opened = true;
          const summary = await archive.summary();
          await archive.close();
          return summary;
        });
        await Promise.race([reader, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        expect(opened).toBe(true);
        expect((await reader).articles).toBe(0);
      });
    } finally {
      await ingester.close();
    }
  });
});
