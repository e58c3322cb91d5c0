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
//   events    each article's dated events (the event itself as JSON, its text in summary, its
//             date bucket): what a bucket of the timeline is merged from
//   timeline  the merged timeline (src/timeline/merge.ts), kept at ingest a date bucket at a time:
//             a bucket an added or removed article has an event in is merged again whole, so
//             opening the archive never rebuilds it; sort_key orders rows as compareEvents does
//   timeline_names  which timeline rows name which entity
//   timeline_dirty  buckets still to merge again: the merge runs at the end of an add or prune, and
//             a process killed before it is done leaves the rest for the next one
//   stems     in how many events each word stem occurs, and `tellings` in meta how many events
//             there are: the idf weights of a bucket's merge without reading every article
//   story_*   the story's entities and key dates: story-tables.ts creates and fills them
//   meta      the schema's version, the count of events (tellings)
import type { Dialect } from './driver.js';

export const SCHEMA_VERSION = 3;

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
       bucket TEXT NOT NULL,
       event TEXT NOT NULL,
       PRIMARY KEY (article, n))`,
    // The timeline's order: a window is read from it wherever it starts.
    'CREATE INDEX IF NOT EXISTS events_order ON events (day, article, n)',
    'CREATE INDEX IF NOT EXISTS events_bucket ON events (bucket)',
    `CREATE TABLE IF NOT EXISTS timeline (
       row ${rowNumber},
       bucket TEXT NOT NULL,
       sort_key TEXT${dialect === 'postgres' ? ' COLLATE "C"' : ''} NOT NULL,
       id TEXT NOT NULL,
       date TEXT NOT NULL,
       mod TEXT,
       precision TEXT NOT NULL,
       approximate INTEGER NOT NULL,
       summary TEXT NOT NULL,
       sources TEXT NOT NULL,
       entities TEXT NOT NULL)`,
    // The timeline's order with each row's date: opening reads the order from this index alone
    // (530k rows: 1.0-1.5 s, against 7-9 s looking up every row).
    'CREATE INDEX IF NOT EXISTS timeline_order ON timeline (sort_key, date, mod)',
    'CREATE INDEX IF NOT EXISTS timeline_bucket ON timeline (bucket)',
    'CREATE INDEX IF NOT EXISTS timeline_id ON timeline (id)',
    `CREATE TABLE IF NOT EXISTS timeline_names (
       name TEXT NOT NULL,
       row BIGINT NOT NULL REFERENCES timeline (row) ON DELETE CASCADE,
       PRIMARY KEY (name, row))`,
    'CREATE INDEX IF NOT EXISTS timeline_names_row ON timeline_names (row)',
    'CREATE TABLE IF NOT EXISTS timeline_dirty (bucket TEXT PRIMARY KEY)',
    'CREATE TABLE IF NOT EXISTS stems (stem TEXT PRIMARY KEY, tellings BIGINT NOT NULL)',
  ];
  if (dialect === 'sqlite')
    return [
      ...common,
      // An external-content index: the text is stored once, in articles.
      `CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(
         title, body, content='articles', content_rowid='no', tokenize='unicode61 remove_diacritics 2')`,
      // The timeline's summaries, kept by triggers: a bucket's rows are deleted and inserted.
      // Indexed by their first letters too, as search runs at each keystroke: 'p' and 'pr'
      // matched a quarter of a 100k archive in 82 and 32 ms without, 12 ms with.
      `CREATE VIRTUAL TABLE IF NOT EXISTS timeline_text USING fts5(
         summary, content='timeline', content_rowid='row', prefix='1 2',
         tokenize='unicode61 remove_diacritics 2')`,
      `CREATE TRIGGER IF NOT EXISTS timeline_text_insert AFTER INSERT ON timeline BEGIN
         INSERT INTO timeline_text (rowid, summary) VALUES (new.row, new.summary);
       END`,
      `CREATE TRIGGER IF NOT EXISTS timeline_text_delete AFTER DELETE ON timeline BEGIN
         INSERT INTO timeline_text (timeline_text, rowid, summary) VALUES ('delete', old.row, old.summary);
       END`,
    ];
  return postgresSchema([
    ...common,
    `ALTER TABLE articles ADD COLUMN IF NOT EXISTS words tsvector
       GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED`,
    'CREATE INDEX IF NOT EXISTS articles_words ON articles USING GIN (words)',
    `ALTER TABLE timeline ADD COLUMN IF NOT EXISTS words tsvector
       GENERATED ALWAYS AS (to_tsvector('simple', summary)) STORED`,
    'CREATE INDEX IF NOT EXISTS timeline_words ON timeline USING GIN (words)',
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
