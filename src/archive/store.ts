// The archive: articles, their analyses and events, held in a database rather than in memory,
// the same on SQLite (one file) and PostgreSQL (a newsroom's server). Every write of a batch of
// articles is one transaction keyed by each article's content, so a second ingester, a crash or
// the same folder added twice never leaves an article half written or written twice.
import { hostname } from 'node:os';
import type { AnalyzedArticle, Article, ArticleEvent, TimelineEvent } from '../types.js';
import { dateBucket } from '../timeline/merge.js';
import { fromRecord, type AnalysisRecord } from '../pipeline/record.js';
import { analysisKey } from '../pipeline/cache.js';
import { ANALYZER_VERSION } from '../nlp/index.js';
import type { Dialect, SqlDriver } from './driver.js';
import { analysedArticle, num, timelineEvent, type ArticleRow, type TimelineEventRow } from './rows.js';
import type { StoryTablesRefresh } from './story-tables.js';
import { SCHEMA_VERSION, schemaStatements } from './schema.js';
import {
  countEvents,
  keepTimeline,
  pendingBuckets,
  refreshTimeline,
  stemCounts,
  type MergeOptions,
  type MergeResult,
} from './timeline-merge.js';

export interface ArchiveSummary {
  articles: number;
  events: number;
  /** The earliest and latest publication days held, or null when none is dated. */
  first: string | null;
  last: string | null;
  /** What the archive takes on disk (the file, or the server's database). */
  bytes: number;
}

export interface KnownFile {
  size: number;
  mtime: number;
  analyzer: string;
}

export interface FileStamp {
  path: string;
  size: number;
  mtime: number;
}

export interface ArchivedArticle {
  article: Article;
  record: AnalysisRecord;
}

export interface TextHit {
  key: string;
  title: string;
  date: string | null;
  path: string;
  /** A few words around the match, the matched words between « and ». */
  snippet: string;
}

// A type, not an interface: rows are records of their columns.
export type EventRow = {
  day: string;
  /** The article's row and the event's place in it: with the day, the row's place in order. */
  article: number;
  n: number;
  value: string;
  summary: string;
  title: string;
  path: string;
};

// Words of a query: letters and digits of any script. Each is quoted for FTS5, so nothing a
// person types (quotes, NEAR, *, a column name and a colon) is read as query syntax.
const QUERY_WORD = /[\p{L}\p{N}]+/gu;

export function queryWords(query: string): string[] {
  return (query.match(QUERY_WORD) ?? []).slice(0, 32);
}

// Ranking reads every match (its vector on PostgreSQL, its doclist entry for bm25 on SQLite):
// the newest this many matches are ranked, so a word in every article costs the same at 100,000
// articles as at 2,000.
const RANKED_MATCHES = 2000;

/** The article's events as the analysed article has them (texts restored), the record untouched. */
function fromRecordEvents(article: Article, record: AnalysisRecord): ArticleEvent[] {
  const events = structuredClone(record.events);
  return fromRecord(article, { sentences: [], entities: [], times: [], events }).events;
}

/** A row of the timeline table. */
export type TimelineRow = TimelineEventRow & { sort_key: string };

export { timelineEvent };

export class Archive {
  private constructor(
    private readonly db: SqlDriver,
    /** What the archive takes on disk, measured by the opener (a file's size, a server's query). */
    private readonly measure: () => Promise<number>,
  ) {}

  get dialect(): Dialect {
    return this.db.dialect;
  }

  /** Creates the tables if need be and checks the schema's version. */
  static async over(db: SqlDriver, measure: () => Promise<number>): Promise<Archive> {
    const archive = new Archive(db, measure);
    await archive.migrate();
    return archive;
  }

  private async migrate(): Promise<void> {
    // Two ingesters starting at once on a new server both create the tables; one waits.
    await this.db.transaction(async (tx) => {
      // The version is checked before any statement of this schema runs: an index on a column
      // an older archive lacks would fail with a message that says nothing of versions.
      const hasMeta =
        tx.dialect === 'sqlite'
          ? await tx.all("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
          : await tx.all("SELECT 1 WHERE to_regclass('meta') IS NOT NULL");
      const [row] =
        hasMeta.length > 0 ? await tx.all<{ value: string }>('SELECT value FROM meta WHERE name = ?', ['schema']) : [];
      if (row !== undefined && Number(row.value) > SCHEMA_VERSION)
        throw new Error(
          `the archive was written by a newer news-tui (schema ${row.value}, this one reads ${SCHEMA_VERSION})`,
        );
      if (row !== undefined && Number(row.value) < SCHEMA_VERSION)
        // Only development builds wrote schemas 1 and 2 (2 kept no merged timeline): an archive
        // is added again rather than carried over.
        throw new Error(
          `the archive was written by an older news-tui (schema ${row.value}, this one reads ${SCHEMA_VERSION}): move it aside and add its folders again`,
        );
      for (const statement of schemaStatements(tx.dialect)) await tx.exec(statement);
      if (row === undefined)
        await tx.run('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', [
          'schema',
          String(SCHEMA_VERSION),
        ]);
    });
  }

  async knownFiles(): Promise<Map<string, KnownFile>> {
    const rows = await this.db.all<{ path: string; size: unknown; mtime: unknown; analyzer: string }>(
      'SELECT path, size, mtime, analyzer FROM files WHERE host = ?',
      [hostname()],
    );
    return new Map(
      rows.map((row) => [row.path, { size: num(row.size), mtime: num(row.mtime), analyzer: row.analyzer }]),
    );
  }

  /** How many articles `files` hold. */
  async articlesHeldBy(files: readonly string[]): Promise<number> {
    let held = 0;
    for (let i = 0; i < files.length; i += 500) {
      const part = files.slice(i, i + 500);
      const [row] = await this.db.all<{ n: unknown }>(
        `SELECT COUNT(*) AS n FROM holdings WHERE host = ? AND file IN (${part.map(() => '?').join(', ')})`,
        [hostname(), ...part],
      );
      held += num(row?.n);
    }
    return held;
  }

  /** Which of `keys` are already held: another ingester may have analysed them meanwhile. */
  async heldKeys(keys: readonly string[]): Promise<Set<string>> {
    const held = new Set<string>();
    for (let i = 0; i < keys.length; i += 500) {
      const part = keys.slice(i, i + 500);
      const rows = await this.db.all<{ key: string }>(
        `SELECT key FROM articles WHERE analyzer = ? AND key IN (${part.map(() => '?').join(', ')})`,
        [ANALYZER_VERSION, ...part],
      );
      for (const row of rows) held.add(row.key);
    }
    return held;
  }

  /**
   * Writes a batch in one transaction: the analysed articles (those already held are left as
   * they are), which file holds which article (a changed file's old holdings replaced), and the
   * files' stamps, so a crash before the commit leaves the files to be read again next time.
   */
  async addBatch(
    analysed: readonly ArchivedArticle[],
    heldBy: ReadonlyArray<{ file: string; key: string }>,
    files: readonly FileStamp[],
  ): Promise<number> {
    const host = hostname();
    return this.db.transaction(async (tx) => {
      let added = 0;
      const counted: string[] = [];
      const buckets = new Set<string>();
      for (const { article, record } of analysed) {
        const key = analysisKey(article);
        // A key analysed by an older build is analysed again: its row is replaced.
        const stale = await tx.all<{ no: unknown }>('SELECT no FROM articles WHERE key = ? AND analyzer <> ?', [
          key,
          ANALYZER_VERSION,
        ]);
        for (const { no } of stale) await this.removeArticle(tx, num(no));
        const { changes } = await tx.run(
          `INSERT INTO articles (key, id, date, title, source, path, bytes, body, record, analyzer, added_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
          [
            key,
            article.id,
            article.date,
            article.title,
            article.source ?? null,
            article.path,
            Buffer.byteLength(article.text),
            article.text,
            JSON.stringify(record),
            ANALYZER_VERSION,
            Date.now(),
          ],
        );
        if (changes === 0) continue;
        added += 1;
        const [row] = await tx.all<{ no: unknown }>('SELECT no FROM articles WHERE key = ?', [key]);
        const no = num(row!.no);
        if (tx.dialect === 'sqlite')
          await tx.run('INSERT INTO article_text (rowid, title, body) VALUES (?, ?, ?)', [
            no,
            article.title,
            article.text,
          ]);
        const events = fromRecordEvents(article, record);
        for (const [n, event] of events.entries()) {
          const { text, ...rest } = event;
          await tx.run(
            `INSERT INTO events (article, n, day, value, summary, bucket, event) VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (article, n) DO NOTHING`,
            [no, n, event.date.slice(0, 10), event.date, text, dateBucket(event), JSON.stringify(rest)],
          );
          counted.push(text);
          buckets.add(dateBucket(event));
        }
      }
      // The batch's events counted for idf and their buckets marked for merging, with the events.
      await countEvents(tx, stemCounts(counted), 1, buckets);
      const changed = [...new Set(files.map((stamp) => stamp.path))];
      for (const path of changed) await tx.run('DELETE FROM holdings WHERE host = ? AND file = ?', [host, path]);
      for (const { file, key } of heldBy)
        await tx.run(
          'INSERT INTO holdings (host, file, key) VALUES (?, ?, ?) ON CONFLICT (host, file, key) DO NOTHING',
          [host, file, key],
        );
      for (const { path, size, mtime } of files)
        await tx.run(
          `INSERT INTO files (path, host, size, mtime, analyzer) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (host, path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
             analyzer = excluded.analyzer`,
          [path, host, size, mtime, ANALYZER_VERSION],
        );
      return added;
    });
  }

  private async removeArticle(tx: SqlDriver, no: number): Promise<void> {
    const events = await tx.all<{ summary: string; bucket: string }>(
      'SELECT summary, bucket FROM events WHERE article = ?',
      [no],
    );
    await countEvents(
      tx,
      stemCounts(events.map((event) => event.summary)),
      -1,
      events.map((event) => event.bucket),
    );
    if (tx.dialect === 'sqlite')
      await tx.run(
        `INSERT INTO article_text (article_text, rowid, title, body) SELECT 'delete', no, title, body FROM articles WHERE no = ?`,
        [no],
      );
    await tx.run('DELETE FROM events WHERE article = ?', [no]);
    await tx.run('DELETE FROM articles WHERE no = ?', [no]);
  }

  /**
   * Forgets this machine's files no longer on disk, then the articles no file of any machine
   * holds any more (a removed file's, and the old text of a changed one). Nothing leaves the
   * archive any other way, and a colleague's folders, not on this disk, are not gone.
   */
  async prune(exists: (path: string) => boolean): Promise<{ files: number; articles: number }> {
    const host = hostname();
    const gone = (await this.db.all<{ path: string }>('SELECT path FROM files WHERE host = ?', [host]))
      .map((row) => row.path)
      .filter((path) => !exists(path));
    const pruned = await this.db.transaction(async (tx) => {
      for (const path of gone) {
        await tx.run('DELETE FROM holdings WHERE host = ? AND file = ?', [host, path]);
        await tx.run('DELETE FROM files WHERE host = ? AND path = ?', [host, path]);
      }
      const orphans = await tx.all<{ no: unknown }>(
        'SELECT no FROM articles a WHERE NOT EXISTS (SELECT 1 FROM holdings h WHERE h.key = a.key)',
      );
      for (const { no } of orphans) await this.removeArticle(tx, num(no));
      return { files: gone.length, articles: orphans.length };
    });
    // The removed articles' buckets are merged again without them, then the story's tables.
    await this.mergeTimeline();
    await this.refreshStory();
    return pruned;
  }

  /**
   * Brings the timeline up to date: the buckets that added or removed articles touched merged
   * again (an add or a prune calls it at its end; one stopped before leaves them for the next),
   * or all of them once the archive has grown or shrunk enough (keepTimeline).
   */
  async mergeTimeline(options: MergeOptions = {}): Promise<MergeResult> {
    return keepTimeline(this.db, options);
  }

  /** Computes the story's entities and key dates again from the articles and the merged
   * timeline, and stores them (story-tables.ts): an add or a prune calls it after the merge. */
  async refreshStory(): Promise<StoryTablesRefresh> {
    const { refreshStoryTables } = await import('./story-tables.js');
    return refreshStoryTables(this.db);
  }

  /** Merges the whole timeline again, with today's weights for every bucket. */
  async refreshTimeline(options: MergeOptions = {}): Promise<MergeResult> {
    return refreshTimeline(this.db, options);
  }

  /** Buckets of the timeline waiting to be merged: 0 when the timeline is whole. */
  async pendingTimeline(): Promise<number> {
    return pendingBuckets(this.db);
  }

  /** The merged timeline in its order (sort_key, as compareEvents), `chunk` rows a query. */
  async *timeline(chunk = 1000): AsyncGenerator<TimelineEvent> {
    let after = '';
    for (;;) {
      const rows = await this.db.all<TimelineRow>(
        `SELECT sort_key, id, date, mod, precision, approximate, summary, sources, entities
         FROM timeline WHERE sort_key > ? ORDER BY sort_key LIMIT ?`,
        [after, chunk],
      );
      for (const row of rows) yield timelineEvent(row);
      if (rows.length < chunk) return;
      after = rows[rows.length - 1]!.sort_key;
    }
  }

  async summary(): Promise<ArchiveSummary> {
    const [articles] = await this.db.all<{ n: unknown; first: string | null; last: string | null }>(
      'SELECT COUNT(*) AS n, MIN(date) AS first, MAX(date) AS last FROM articles',
    );
    const [events] = await this.db.all<{ n: unknown }>('SELECT COUNT(*) AS n FROM events');
    return {
      articles: num(articles?.n),
      events: num(events?.n),
      first: articles?.first ?? null,
      last: articles?.last ?? null,
      bytes: await this.measure(),
    };
  }

  /** Articles whose title or text has every word of `query`, best first. */
  async searchText(query: string, limit = 20): Promise<TextHit[]> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    type Row = { key: string; title: string; date: string | null; path: string; snippet: string };
    // A snippet is one line: the text's line breaks and runs of spaces fold to one space.
    const folded = (rows: Row[]): TextHit[] =>
      rows.map((row) => ({ ...row, snippet: row.snippet.replace(/\s+/g, ' ') }));
    if (this.db.dialect === 'sqlite') {
      const match = words.map((word) => `"${word}"`).join(' ');
      // The best rows first, from the index alone; the articles and their snippets are then
      // read for those few only (joined before the limit, a common word cost seconds at 100k).
      // Ranked among the newest RANKED_MATCHES matches, as on PostgreSQL: a word in every
      // article is ranked over the same number of rows at any size of archive.
      const [oldest] = await this.db.all<{ no: unknown }>(
        'SELECT rowid AS no FROM article_text WHERE article_text MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?',
        [match, RANKED_MATCHES - 1],
      );
      const best = await this.db.all<{ no: unknown }>(
        'SELECT rowid AS no FROM article_text WHERE article_text MATCH ? AND rowid >= ? ORDER BY bm25(article_text, 4.0, 1.0) LIMIT ?',
        [match, oldest ? num(oldest.no) : 0, limit],
      );
      if (best.length === 0) return [];
      const order = new Map(best.map(({ no }, i) => [num(no), i]));
      const rows = await this.db.all<Row & { no: unknown }>(
        `SELECT a.no, a.key, a.title, a.date, a.path, snippet(article_text, 1, '«', '»', '…', 12) AS snippet
         FROM article_text JOIN articles a ON a.no = article_text.rowid
         WHERE article_text MATCH ? AND article_text.rowid IN (${best.map(() => '?').join(', ')})`,
        [match, ...best.map(({ no }) => num(no))],
      );
      rows.sort((a, b) => order.get(num(a.no))! - order.get(num(b.no))!);
      return folded(rows.map(({ key, title, date, path, snippet }) => ({ key, title, date, path, snippet })));
    }
    return folded(
      await this.db.all<Row>(
        `SELECT key, title, date, path,
              ts_headline('simple', body, q, 'StartSel=«, StopSel=», MaxWords=24, MinWords=8') AS snippet
       FROM (SELECT key, title, date, path, body, q, ts_rank(words, q) AS rank
             FROM (SELECT * FROM articles, plainto_tsquery('simple', ?) AS q
                   WHERE words @@ q ORDER BY no DESC LIMIT ${RANKED_MATCHES}) AS newest
             ORDER BY rank DESC LIMIT ?) AS hits
       ORDER BY rank DESC`,
        [words.join(' '), limit],
      ),
    );
  }

  /** `limit` events from position `offset` in day order: a window of the timeline. */
  async eventsWindow(offset: number, limit: number): Promise<EventRow[]> {
    return this.db.all<EventRow>(
      `SELECT e.day, e.value, e.summary, e.article, e.n, a.title, a.path FROM events e JOIN articles a ON a.no = e.article
       ORDER BY e.day, e.article, e.n LIMIT ? OFFSET ?`,
      [limit, offset],
    );
  }

  /** The `limit` events after `after` (the last row shown; null: from the first) in day order:
   * the next window of the timeline, read from the index wherever it starts. */
  async eventsAfter(after: Pick<EventRow, 'day' | 'article' | 'n'> | null, limit: number): Promise<EventRow[]> {
    const start = after ?? { day: '', article: -1, n: -1 };
    return this.db.all<EventRow>(
      `SELECT e.day, e.value, e.summary, e.article, e.n, a.title, a.path FROM events e JOIN articles a ON a.no = e.article
       WHERE (e.day, e.article, e.n) > (?, ?, ?) ORDER BY e.day, e.article, e.n LIMIT ?`,
      [start.day, start.article, start.n, limit],
    );
  }

  /** Every article with its analysis, in the order articles are compared, `chunk` rows a query. */
  async *analysedArticles(chunk = 500): AsyncGenerator<AnalyzedArticle> {
    let after = 0;
    for (;;) {
      const rows = await this.db.all<ArticleRow & { no: unknown }>(
        'SELECT no, id, date, title, source, path, body, record FROM articles WHERE no > ? ORDER BY no LIMIT ?',
        [after, chunk],
      );
      for (const row of rows) yield analysedArticle(row);
      if (rows.length < chunk) return;
      after = num(rows[rows.length - 1]!.no);
    }
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
