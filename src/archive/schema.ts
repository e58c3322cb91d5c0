// The archive's tables, the same on both engines but for the full-text index and the row number.
//
//   articles  one row per article (its key is analysisKey: a hash of the text @ its date, so the
//             same article added twice, by two ingesters or after a crash, is one row), with its
//             text and its analysis record as JSON
//   holdings  which file holds which article: a feed holds many, and an article may be in two
//             files; an article no file holds any more is what `prune` removes
//   files     each file added, with its size and time and the analyser that read it, so `add`
//             reads again only what changed, and the machine it is on: prune judges only its own
//             machine's files gone (a colleague's folder is not on this disk)
//   events    each article's dated events, for counts, the span and windows of the timeline
//   meta      the schema's version
import type { Dialect } from './driver.js';

export const SCHEMA_VERSION = 2;

export function schemaStatements(dialect: Dialect): string[] {
  const rowNumber = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY';
  const common = [
    'CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)',
    `CREATE TABLE IF NOT EXISTS articles (
       no ${rowNumber},
       key TEXT NOT NULL UNIQUE,
       id TEXT NOT NULL,
       date TEXT,
       title TEXT NOT NULL,
       source TEXT,
       path TEXT NOT NULL,
       bytes INTEGER NOT NULL,
       body TEXT NOT NULL,
       record TEXT NOT NULL,
       analyzer TEXT NOT NULL,
       added_at BIGINT NOT NULL)`,
    'CREATE INDEX IF NOT EXISTS articles_date ON articles (date)',
    `CREATE TABLE IF NOT EXISTS holdings (
       host TEXT NOT NULL,
       file TEXT NOT NULL,
       key TEXT NOT NULL,
       PRIMARY KEY (host, file, key))`,
    'CREATE INDEX IF NOT EXISTS holdings_key ON holdings (key)',
    `CREATE TABLE IF NOT EXISTS files (
       path TEXT NOT NULL,
       host TEXT NOT NULL,
       size BIGINT NOT NULL,
       mtime DOUBLE PRECISION NOT NULL,
       analyzer TEXT NOT NULL,
       PRIMARY KEY (host, path))`,
    `CREATE TABLE IF NOT EXISTS events (
       article BIGINT NOT NULL REFERENCES articles (no) ON DELETE CASCADE,
       n INTEGER NOT NULL,
       day TEXT NOT NULL,
       value TEXT NOT NULL,
       summary TEXT NOT NULL,
       PRIMARY KEY (article, n))`,
    // The timeline's order: a window is read from it wherever it starts.
    'CREATE INDEX IF NOT EXISTS events_order ON events (day, article, n)',
  ];
  if (dialect === 'sqlite')
    return [
      ...common,
      // An external-content index: the text is stored once, in articles.
      `CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(
         title, body, content='articles', content_rowid='no', tokenize='unicode61 remove_diacritics 2')`,
    ];
  return postgresSchema([
    ...common,
    `ALTER TABLE articles ADD COLUMN IF NOT EXISTS words tsvector
       GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED`,
    'CREATE INDEX IF NOT EXISTS articles_words ON articles USING GIN (words)',
  ]);
}

// On a server several processes open the archive at once, and two things differ from a file:
// - two creating the tables at the same moment collide even with IF NOT EXISTS (a duplicate
//   pg_type row: measured once in 12 races), so creation is serialised by an advisory lock,
//   held until the opening transaction ends;
// - CREATE INDEX IF NOT EXISTS and ALTER TABLE … IF NOT EXISTS lock their table even when there
//   is nothing to do, so every opener (a reader too) would queue behind an ingester's open batch
//   and stall every reader behind itself. The statements therefore run only while the meta
//   table does not yet hold this schema's version (or a newer one, which the store refuses).
const SCHEMA_LOCK = 4_715_023_001; // any constant: the lock's name among this server's advisory locks

function postgresSchema(statements: readonly string[]): string[] {
  const body = statements.map((statement) => `EXECUTE $ddl$${statement}$ddl$;`).join('\n  ');
  return [
    `SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`,
    `DO $news_tui$
BEGIN
  -- Nested: a query naming meta is planned only once meta is known to exist.
  IF to_regclass('meta') IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM meta WHERE name = 'schema' AND value::integer >= ${SCHEMA_VERSION}) THEN
      RETURN;
    END IF;
  END IF;
  ${body}
END
$news_tui$`,
  ];
}
