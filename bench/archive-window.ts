// What a windowed timeline costs on the engine the archive uses (node-sqlite3-wasm): a table of
// merged timeline rows ordered by a sort key, at the row counts a 100k-article archive reaches
// (110k rows on bench:perf's corpus, ~530k with real long articles, bench/archive-memory.ts), and
// the reads a UI would make at open and per keystroke:
//   - every row's numbers (day, precision, sources) into typed arrays: the compact in-memory column;
//   - a window of 200 whole rows at a random position, by sort key;
//   - count, the day histogram (sparkline), the first row on or after a day (jump to a date).
// Summaries are sentences of the corpus's real texts. Run: npx tsx bench/archive-window.ts [ROWS=110000,530000]
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sourceArticles } from './perf-corpus.js';

interface Statement {
  run(params?: unknown[]): void;
  all(params?: unknown[]): Array<Record<string, unknown>>;
  iterate(params?: unknown[]): Iterable<Record<string, unknown>>;
  finalize(): void;
}
interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}

const require = createRequire(import.meta.url);
const { Database } = require('node-sqlite3-wasm') as { Database: new (file: string) => Database };

const percentile = (xs: number[], share: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
};
const ms = (x: number): string => `${x < 10 ? x.toFixed(2) : Math.round(x)} ms`;
const timed = <T>(work: () => T): [T, number] => {
  const t = performance.now();
  const value = work();
  return [value, performance.now() - t];
};

const sentences = (await sourceArticles())
  .flatMap(({ text }) => text.split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 30 && s.length < 400);
const work = mkdtempSync(join(tmpdir(), 'news-tui-window-'));
const sizes = (process.argv[2] ?? '110000,530000').split(',').map(Number);
for (const rows of sizes) {
  const file = join(work, `timeline-${rows}.db`);
  const db = new Database(file);
  db.exec(
    'PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; ' +
      'CREATE TABLE timeline(ord INTEGER PRIMARY KEY, day INTEGER NOT NULL, precision INTEGER NOT NULL, ' +
      'approximate INTEGER NOT NULL, date TEXT NOT NULL, summary TEXT NOT NULL, sources INTEGER NOT NULL, ' +
      'article INTEGER NOT NULL, entities TEXT NOT NULL); CREATE INDEX timeline_day ON timeline(day);',
  );
  const insert = db.prepare('INSERT INTO timeline VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const firstDay = Date.parse('1995-01-01') / 86_400_000;
  const [, built] = timed(() => {
    db.exec('BEGIN');
    for (let i = 0; i < rows; i++) {
      // Sorted by day as the merged timeline is; ~1,300 days of coverage, as the corpus's.
      const day = firstDay + Math.floor((i / rows) * 11_000);
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      insert.run([
        i,
        day,
        1,
        i % 7 === 0 ? 1 : 0,
        date,
        sentences[i % sentences.length]!,
        1 + (i % 4),
        i % 100_000,
        '[]',
      ]);
      if (i % 10_000 === 9_999) db.exec('COMMIT; BEGIN');
    }
    db.exec('COMMIT');
  });
  insert.finalize();
  console.log(
    `\n${rows.toLocaleString('en-US')} timeline rows: table built in ${ms(built)}, file ${(statSync(file).size / 1048576).toFixed(1)} MB`,
  );

  // Every row's numbers, as a UI holding only numeric columns would read them at open.
  const numbers = db.prepare('SELECT day, precision, sources FROM timeline ORDER BY ord');
  const [, columns] = timed(() => {
    const day = new Int32Array(rows);
    const precision = new Uint8Array(rows);
    const sources = new Uint16Array(rows);
    let i = 0;
    for (const row of numbers.iterate()) {
      day[i] = row.day as number;
      precision[i] = row.precision as number;
      sources[i++] = row.sources as number;
    }
    return i;
  });
  numbers.finalize();
  console.log(`  all rows' numbers into typed arrays (iterate): ${ms(columns)}`);

  const window = db.prepare('SELECT * FROM timeline WHERE ord >= ? ORDER BY ord LIMIT 200');
  const times: number[] = [];
  for (let k = 0; k < 50; k++) times.push(timed(() => window.all([Math.floor(Math.random() * (rows - 200))]))[1]);
  window.finalize();
  console.log(
    `  window of 200 whole rows at a random place: p50 ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}`,
  );

  const [, counted] = timed(() => db.prepare('SELECT count(*) AS n FROM timeline').all());
  const [, histogram] = timed(() => db.prepare('SELECT day, count(*) AS n FROM timeline GROUP BY day').all());
  const jump = db.prepare('SELECT ord FROM timeline WHERE day >= ? ORDER BY day, ord LIMIT 1');
  const jumps: number[] = [];
  for (let k = 0; k < 50; k++) jumps.push(timed(() => jump.all([firstDay + Math.floor(Math.random() * 11_000)]))[1]);
  jump.finalize();
  console.log(
    `  count(*) ${ms(counted)}; day histogram (sparkline) ${ms(histogram)}; jump to a day p95 ${ms(percentile(jumps, 0.95))}`,
  );
  db.close();
}
rmSync(work, { recursive: true, force: true });
