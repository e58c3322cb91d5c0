// The archive's timeline table as the design has it, filled from the whole story's timeline: the
// story tables' tests need one before ingest writes it (it is then left as ingest wrote it).
import { timelineEvent, timelineRowValues, type TimelineEventRow } from '../../src/archive/rows.js';
import type { SqlDriver } from '../../src/archive/driver.js';
import type { Archive } from '../../src/archive/store.js';
import { compareArticles } from '../../src/corpus/index.js';
import { mergeEntityNames } from '../../src/nlp/index.js';
import { buildTimeline, dateBucket } from '../../src/timeline/index.js';
import type { AnalyzedArticle, TimelineEvent } from '../../src/types.js';

/** The archive's articles whole, in the order a folder's load in. */
export async function wholeArticles(archive: Archive): Promise<AnalyzedArticle[]> {
  const articles: AnalyzedArticle[] = [];
  for await (const article of archive.analysedArticles()) articles.push(article);
  return articles.sort(compareArticles);
}

/** Whether the archive's timeline table has rows (ingest writes them once it keeps the timeline). */
export async function timelineWritten(db: SqlDriver): Promise<boolean> {
  const [exists] = await db.all<{ n: unknown }>(
    db.dialect === 'sqlite'
      ? "SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'timeline'"
      : "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name = 'timeline'",
  );
  if (Number(exists?.n ?? 0) === 0) return false;
  return (await db.all('SELECT 1 FROM timeline LIMIT 1')).length > 0;
}

/** Fills the timeline table (created as the design has it if need be) from the archive's articles. */
export async function fillTimeline(db: SqlDriver, archive: Archive): Promise<void> {
  const [exists] = await db.all<{ n: unknown }>(
    db.dialect === 'sqlite'
      ? "SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'timeline'"
      : "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name = 'timeline'",
  );
  if (Number(exists?.n ?? 0) > 0) await db.run('DELETE FROM timeline');
  else
    await db.exec(`CREATE TABLE timeline (row ${db.dialect === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY'},
      bucket TEXT NOT NULL, sort_key TEXT NOT NULL, id TEXT NOT NULL, date TEXT NOT NULL, mod TEXT,
      precision TEXT NOT NULL, approximate INTEGER NOT NULL, summary TEXT NOT NULL, sources TEXT NOT NULL,
      entities TEXT NOT NULL)`);
  const timeline = buildTimeline(mergeEntityNames(await wholeArticles(archive)));
  await db.transaction(async (tx) => {
    for (const [i, event] of timeline.entries())
      await tx.run(
        `INSERT INTO timeline (bucket, sort_key, id, date, mod, precision, approximate, summary, sources, entities)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [dateBucket(event), String(i).padStart(9, '0'), ...timelineRowValues(event)],
      );
  });
}

/** The timeline table's events, in its order. */
export async function storedTimeline(db: SqlDriver): Promise<TimelineEvent[]> {
  const rows = await db.all<TimelineEventRow>(
    'SELECT id, date, mod, precision, approximate, summary, sources, entities FROM timeline ORDER BY sort_key, row',
  );
  return rows.map(timelineEvent);
}
