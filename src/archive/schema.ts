// The archive's tables, the same on both engines but for the full-text index and the row number.
//
//   articles  one row per article (its key is analysisKey: a hash of the text @ its date, so the
//             same article added twice, by two ingesters or after a crash, is one row), with its
//             text and its analysis record as JSON
//   holdings  which file holds which article: a feed holds many, and an article may be in two
//             files; an article no file holds any more is what `prune` removes
//   files     each file added, with its size and time and the analyser that read it, so `add`
//             reads again only what changed
//   events    each article's dated events, for counts, the span and windows of the timeline
//   meta      the schema's version
import type { Dialect } from './driver.js';

export const SCHEMA_VERSION = 1;

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
       file TEXT NOT NULL,
       key TEXT NOT NULL,
       PRIMARY KEY (file, key))`,
    'CREATE INDEX IF NOT EXISTS holdings_key ON holdings (key)',
    `CREATE TABLE IF NOT EXISTS files (
       path TEXT PRIMARY KEY,
       size BIGINT NOT NULL,
       mtime DOUBLE PRECISION NOT NULL,
       analyzer TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS events (
       article BIGINT NOT NULL REFERENCES articles (no) ON DELETE CASCADE,
       n INTEGER NOT NULL,
       day TEXT NOT NULL,
       value TEXT NOT NULL,
       summary TEXT NOT NULL,
       PRIMARY KEY (article, n))`,
    'CREATE INDEX IF NOT EXISTS events_day ON events (day)',
  ];
  if (dialect === 'sqlite')
    return [
      ...common,
      // An external-content index: the text is stored once, in articles.
      `CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(
         title, body, content='articles', content_rowid='no', tokenize='unicode61 remove_diacritics 2')`,
    ];
  return [
    ...common,
    `ALTER TABLE articles ADD COLUMN IF NOT EXISTS words tsvector
       GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body)) STORED`,
    'CREATE INDEX IF NOT EXISTS articles_words ON articles USING GIN (words)',
  ];
}
