// Full-text query latency for bench:archive. `engineLatencies` measures the engine alone: the
// corpus's article texts in an FTS5 table of a fresh node-sqlite3-wasm file (as the archive's
// SQLite store keeps them), each query the best 50 by rank, as a search screen asks for. It gives
// the figure the archive's own search can at best reach, and runs before the archive exists.
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/corpus/index.js';

interface Statement {
  run(params?: unknown[]): void;
  all(params?: unknown[]): unknown[];
  finalize(): void;
}
interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}

export interface Latencies {
  /** Milliseconds per query run. */
  times: number[];
  /** Hits per query (at most the limit). */
  hits: number[];
  rounds: number;
  slowest: string;
  /** Seconds to build the index (engine measurement only). */
  buildSeconds?: number;
  bytes?: number;
}

/** A query as FTS5 reads it: each word quoted (so none is taken for an operator), all required. */
export const ftsQuery = (query: string): string =>
  query
    .split(' ')
    .map((word) => `"${word.replace(/"/g, '""')}"`)
    .join(' ');

export async function engineLatencies(
  folders: string[],
  queries: string[],
  work: string,
  rounds = 3,
  limit = 50,
): Promise<Latencies> {
  const require = createRequire(import.meta.url);
  const { Database } = require('node-sqlite3-wasm') as { Database: new (file: string) => Database };
  const file = join(work, 'fts-engine.db');
  rmSync(file, { force: true });
  const db = new Database(file);
  const started = performance.now();
  db.exec(
    'PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; ' +
      'CREATE TABLE article(id INTEGER PRIMARY KEY, text TEXT); ' +
      "CREATE VIRTUAL TABLE article_fts USING fts5(text, content='article', content_rowid='id');",
  );
  const insert = db.prepare('INSERT INTO article(id, text) VALUES (?, ?)');
  const index = db.prepare('INSERT INTO article_fts(rowid, text) VALUES (?, ?)');
  let id = 0;
  // A folder at a time: the texts of 100k articles need not be in memory at once.
  for (const folder of folders) {
    const { articles } = await loadCorpus([folder]);
    db.exec('BEGIN');
    for (const article of articles) {
      insert.run([++id, article.text]);
      index.run([id, article.text]);
    }
    db.exec('COMMIT');
  }
  insert.finalize();
  index.finalize();
  const buildSeconds = (performance.now() - started) / 1000;
  const select = db.prepare('SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ?');
  const times: number[] = [];
  const hits: number[] = [];
  let slowest = '';
  let worst = 0;
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const t = performance.now();
      const found = select.all([ftsQuery(query), limit]);
      const elapsed = performance.now() - t;
      times.push(elapsed);
      if (round === 0) hits.push(found.length);
      if (elapsed > worst) [worst, slowest] = [elapsed, `"${query}" ${Math.round(elapsed)} ms`];
    }
  }
  select.finalize();
  db.close();
  const { statSync } = await import('node:fs');
  const bytes = statSync(file).size;
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  return { times, hits, rounds, slowest, buildSeconds, bytes };
}

export interface StoreFigures {
  /** openArchive: the engine loaded, the file opened, the schema checked. */
  openMs: number;
  summaryMs: number;
  /** Milliseconds for a window of 200 events at the start, middle and end of the timeline. */
  windows: Array<[string, number]>;
  search: Latencies;
}

/** The archive's own reads, in this process: open, summary, timeline windows and `searchText`
 * for every query (`rounds` times, best `limit`). */
export async function archiveFigures(
  location: string,
  queries: string[],
  rounds = 3,
  limit = 50,
): Promise<StoreFigures> {
  const { openArchive } = await import('../src/archive/open-archive.js');
  let t = performance.now();
  const archive = await openArchive(location);
  const openMs = performance.now() - t;
  try {
    t = performance.now();
    const summary = await archive.summary();
    const summaryMs = performance.now() - t;
    const windows: Array<[string, number]> = [];
    for (const [label, share] of [
      ['start', 0],
      ['middle', 0.5],
      ['end', 0.995],
    ] as const) {
      const offset = Math.floor(summary.events * share);
      const times: number[] = [];
      for (let k = 0; k < 3; k++) {
        t = performance.now();
        await archive.eventsWindow(offset, 200);
        times.push(performance.now() - t);
      }
      windows.push([label, times.sort((a, b) => a - b)[1]!]);
    }
    const times: number[] = [];
    const hits: number[] = [];
    let slowest = '';
    let worst = 0;
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        t = performance.now();
        const found = await archive.searchText(query, limit);
        const elapsed = performance.now() - t;
        times.push(elapsed);
        if (round === 0) hits.push(found.length);
        if (elapsed > worst) [worst, slowest] = [elapsed, `"${query}" ${Math.round(elapsed)} ms`];
      }
    }
    return { openMs, summaryMs, windows, search: { times, hits, rounds, slowest } };
  } finally {
    await archive.close();
  }
}
