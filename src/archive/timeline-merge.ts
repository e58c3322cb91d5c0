// The archive's merged timeline, kept as articles come and go instead of rebuilt on open.
//
// buildTimeline merges events only within a date bucket (dateBucket), with idf weights over all
// events. The archive keeps what that needs without holding the articles:
// - each event's bucket and the event itself (events.bucket, events.event),
// - in how many events each word stem occurs (stems), the event count being the table's size,
// - the buckets an added or removed article had an event in (timeline_dirty), written in the
//   same transaction as the events, so a crash leaves them marked.
// mergeDirtyBuckets then merges each marked bucket again whole (mergeBucket) and replaces its
// rows. It runs at the end of an add or a prune, not per batch: a busy day is merged once per
// run however many batches add to it, and a run killed before the end leaves its buckets marked
// for the next run.
//
// A bucket merged now equals buildTimeline's rows of that bucket over the same articles. A
// bucket not touched since an earlier run was merged with that run's weights: adding articles
// elsewhere changes every word's idf a little, which can (rarely) join or split tellings of an
// untouched bucket that a fresh build would treat otherwise. refreshTimeline merges all.
import { num, timelineRowValues } from './rows.js';
import type { ArticleEvent, TimelineEvent } from '../types.js';
import { contentStems } from '../timeline/words.js';
import { articleOrder, idfWeight, mergeBucket, sortKey, type BucketTelling, type Weight } from '../timeline/merge.js';
import type { SqlDriver, SqlValue } from './driver.js';

/** An event as the events table keeps it: the whole event but its text, which is `summary`. */
export type StoredEvent = Omit<ArticleEvent, 'text'>;

export interface MergeProgress {
  /** Buckets merged so far by this call, and how many were marked when it began. */
  buckets: number;
  total: number;
  rows: number;
}

export interface MergeOptions {
  onProgress?: (progress: MergeProgress) => void;
  /** Once aborted, no further chunk is begun (the rest stays marked). */
  signal?: AbortSignal;
  /** The most buckets merged in one transaction (default CHUNK_BUCKETS). */
  chunkBuckets?: number;
}

export interface MergeResult {
  buckets: number;
  /** Timeline rows written. */
  rows: number;
  ms: number;
  /** Whether every bucket was marked, to be merged with today's weights. */
  whole: boolean;
}

// A chunk of buckets is merged in one transaction: on SQLite each transaction takes the file's
// lock and syncs, so one per bucket would cost more than the merging. A chunk ends at this many
// buckets or once it has read this many events (a big story's day has thousands).
const CHUNK_BUCKETS = 200;
const CHUNK_EVENTS = 20_000;
// Rows per INSERT statement.
const INSERT_ROWS = 100;
// Parameters per IN list.
const IN_LIST = 500;
// The whole timeline is merged again when the archive holds this many times more events than
// at the last whole merge, or this many times fewer: a bucket no article touched since keeps the
// weights of then. Between, on Timeline17's h1n1 doubled from half its articles, 3 rows of 1,664
// differed from a fresh build; over an archive's growth the whole merges cost twice one merge.
const REFRESH_FACTOR = 2;
const REFRESHED_AT = 'timeline_tellings';

/** Counts each stem once per event, as buildTimeline's document frequencies do. */
export function stemCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const stem of contentStems(text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}

/**
 * Adds `sign` times the counts to the stems table and marks `buckets` for merging, inside the
 * caller's transaction. Stems are written in order, so two ingesters writing the same stems
 * lock their rows in the same order (no deadlock on PostgreSQL).
 */
export async function countEvents(
  tx: SqlDriver,
  counts: ReadonlyMap<string, number>,
  sign: 1 | -1,
  buckets: Iterable<string>,
): Promise<void> {
  const stems = [...counts.keys()].sort();
  for (let i = 0; i < stems.length; i += INSERT_ROWS) {
    const part = stems.slice(i, i + INSERT_ROWS);
    await tx.run(
      `INSERT INTO stems (stem, tellings) VALUES ${part.map(() => '(?, ?)').join(', ')}
       ON CONFLICT (stem) DO UPDATE SET tellings = stems.tellings + excluded.tellings`,
      part.flatMap((stem) => [stem, sign * counts.get(stem)!]),
    );
  }
  if (sign < 0) await tx.run('DELETE FROM stems WHERE tellings <= 0');
  const marked = [...new Set(buckets)].sort();
  for (let i = 0; i < marked.length; i += IN_LIST) {
    const part = marked.slice(i, i + IN_LIST);
    await tx.run(
      `INSERT INTO timeline_dirty (bucket) VALUES ${part.map(() => '(?)').join(', ')} ON CONFLICT (bucket) DO NOTHING`,
      part,
    );
  }
}

async function eventCount(db: SqlDriver): Promise<number> {
  const [row] = await db.all<{ n: unknown }>('SELECT COUNT(*) AS n FROM events');
  return num(row?.n);
}

/** How many buckets wait to be merged (an add or prune stopped before its end). */
export async function pendingBuckets(db: SqlDriver): Promise<number> {
  const [row] = await db.all<{ n: unknown }>('SELECT COUNT(*) AS n FROM timeline_dirty');
  return num(row?.n);
}

/** Marks every bucket for merging, and notes the count of events its weights will be taken at. */
async function markAllBuckets(db: SqlDriver, tellings: number): Promise<void> {
  await db.run('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value', [
    REFRESHED_AT,
    String(tellings),
  ]);
  await db.run(
    'INSERT INTO timeline_dirty (bucket) SELECT DISTINCT bucket FROM events WHERE true ON CONFLICT (bucket) DO NOTHING',
  );
  // Rows of buckets no event has any more (none should exist) go too.
  await db.run(
    'INSERT INTO timeline_dirty (bucket) SELECT DISTINCT bucket FROM timeline WHERE true ON CONFLICT (bucket) DO NOTHING',
  );
}

type EventRow = {
  article: unknown;
  n: unknown;
  summary: string;
  event: string;
  id: string;
  path: string;
  date: string | null;
};

/** A bucket's tellings in buildTimeline's order: articles by articleOrder (the row number for
 * articles that compare equal), each article's events in order. */
function tellingsOf(rows: readonly EventRow[]): BucketTelling[] {
  const tellings = rows.map((row) => ({
    no: num(row.article),
    n: num(row.n),
    telling: {
      article: { id: row.id, path: row.path, date: row.date },
      event: { ...(JSON.parse(row.event) as StoredEvent), text: row.summary },
    },
  }));
  tellings.sort((a, b) => articleOrder(a.telling.article, b.telling.article) || a.no - b.no || a.n - b.n);
  return tellings.map(({ telling }) => telling);
}

/**
 * The idf weights of every stem: the stems table read once for a run of merges (a few MB at
 * 100,000 articles), rather than each bucket's stems looked up bucket by bucket, which cost
 * more than the merging. The counts are those when the run begins.
 */
async function corpusWeight(db: SqlDriver): Promise<Weight> {
  return db.transaction(async (tx) => {
    const frequency = new Map<string, number>();
    for (const row of await tx.all<{ stem: string; tellings: unknown }>('SELECT stem, tellings FROM stems'))
      frequency.set(row.stem, num(row.tellings));
    return idfWeight(await eventCount(tx), (stem) => frequency.get(stem));
  });
}

async function writeRows(tx: SqlDriver, bucket: string, events: readonly TimelineEvent[]): Promise<void> {
  // Old rows go with their names (ON DELETE CASCADE) and their text index entries (a trigger).
  await tx.run('DELETE FROM timeline WHERE bucket = ?', [bucket]);
  for (let i = 0; i < events.length; i += INSERT_ROWS) {
    const part = events.slice(i, i + INSERT_ROWS);
    const values: SqlValue[] = [];
    for (const event of part) values.push(bucket, sortKey(event), ...timelineRowValues(event));
    const inserted = await tx.all<{ row: unknown; id: string }>(
      `INSERT INTO timeline (bucket, sort_key, id, date, mod, precision, approximate, summary, sources, entities)
       VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} RETURNING row, id`,
      values,
    );
    const rowOf = new Map(inserted.map(({ row, id }) => [id, num(row)]));
    const names: SqlValue[] = [];
    for (const event of part) for (const name of new Set(event.entities)) names.push(name, rowOf.get(event.id)!);
    for (let k = 0; k < names.length; k += 2 * IN_LIST) {
      const pairs = names.slice(k, k + 2 * IN_LIST);
      await tx.run(
        `INSERT INTO timeline_names (name, row) VALUES ${Array.from({ length: pairs.length / 2 }, () => '(?, ?)').join(', ')}
         ON CONFLICT (name, row) DO NOTHING`,
        pairs,
      );
    }
  }
}

/** Merges the buckets of one chunk in one transaction; returns the rows written. */
async function mergeChunk(
  db: SqlDriver,
  buckets: readonly string[],
  weight: Weight,
): Promise<{ merged: number; rows: number }> {
  return db.transaction(async (tx) => {
    let merged = 0;
    let rows = 0;
    for (const bucket of buckets) {
      // Taking the mark is what keeps two ingesters from merging one bucket at once: on
      // PostgreSQL a second taker waits for the first's commit, then finds no mark and moves on
      // (so each takes its chunk's marks in bucket order: no two wait on each other). An article
      // added meanwhile marks the bucket again once this transaction ends.
      const { changes } = await tx.run('DELETE FROM timeline_dirty WHERE bucket = ?', [bucket]);
      if (changes === 0) continue;
      const found = await tx.all<EventRow>(
        `SELECT e.article, e.n, e.summary, e.event, a.id, a.path, a.date
         FROM events e JOIN articles a ON a.no = e.article WHERE e.bucket = ?`,
        [bucket],
      );
      const tellings = tellingsOf(found);
      const events = tellings.length === 0 ? [] : mergeBucket(tellings, weight);
      await writeRows(tx, bucket, events);
      merged += 1;
      rows += events.length;
    }
    return { merged, rows };
  });
}

/**
 * Brings the timeline up to date at the end of an add or a prune: the marked buckets merged
 * again, or every bucket when the count of events moved REFRESH_FACTOR from the last whole merge.
 */
export async function keepTimeline(db: SqlDriver, options: MergeOptions = {}): Promise<MergeResult> {
  const whole = await db.transaction(async (tx) => {
    const tellings = await eventCount(tx);
    const [at] = await tx.all<{ value: string }>('SELECT value FROM meta WHERE name = ?', [REFRESHED_AT]);
    const then = at === undefined ? null : Number(at.value);
    if (then !== null && tellings <= then * REFRESH_FACTOR && tellings * REFRESH_FACTOR >= then) return false;
    await markAllBuckets(tx, tellings);
    return true;
  });
  return { ...(await mergeDirtyBuckets(db, options)), whole };
}

/** Merges the whole timeline again, with today's weights for every bucket. */
export async function refreshTimeline(db: SqlDriver, options: MergeOptions = {}): Promise<MergeResult> {
  await db.transaction(async (tx) => markAllBuckets(tx, await eventCount(tx)));
  return { ...(await mergeDirtyBuckets(db, options)), whole: true };
}

/** Merges every marked bucket again, a chunk of buckets per transaction. */
async function mergeDirtyBuckets(db: SqlDriver, options: MergeOptions = {}): Promise<MergeResult> {
  const started = performance.now();
  const result: MergeResult = { buckets: 0, rows: 0, ms: 0, whole: false };
  const total = await pendingBuckets(db);
  const aborted = (): boolean => options.signal?.aborted === true;
  let weight: Weight | undefined;
  let after = '';
  while (!aborted()) {
    // Buckets with how many events each, in order: a chunk ends at CHUNK_EVENTS.
    const marked = await db.all<{ bucket: string; events: unknown }>(
      `SELECT d.bucket, (SELECT COUNT(*) FROM events e WHERE e.bucket = d.bucket) AS events
       FROM timeline_dirty d WHERE d.bucket > ? ORDER BY d.bucket LIMIT ?`,
      [after, options.chunkBuckets ?? CHUNK_BUCKETS],
    );
    if (marked.length === 0) break;
    let chunk: string[] = [];
    let events = 0;
    const flush = async (): Promise<void> => {
      if (chunk.length === 0) return;
      const { merged, rows } = await mergeChunk(db, chunk, (weight ??= await corpusWeight(db)));
      result.buckets += merged;
      result.rows += rows;
      options.onProgress?.({ buckets: result.buckets, total, rows: result.rows });
      chunk = [];
      events = 0;
    };
    for (const { bucket, events: count } of marked) {
      if (chunk.length > 0 && events + num(count) > CHUNK_EVENTS) await flush();
      if (aborted()) break;
      chunk.push(bucket);
      events += num(count);
    }
    await flush();
    after = marked[marked.length - 1]!.bucket;
  }
  result.ms = performance.now() - started;
  return result;
}
