// The figures of docs/scale.md: the team archive on a PostgreSQL server, through the command line.
// The four Timeline17 stories of ../shared/data (2,401 real articles) are added by one
// `news-tui add --db postgres://…` alone, by two at once over the same folders and by two over
// halves of them, on a throwaway cluster run as a server runs (fsync on); then the room each
// table takes per 1,000 articles and the times of the archive's queries.
//
//   npm run bench:postgres-scale                       (PG_SCALE_PAIRS=0 skips the two-add runs)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../src/archive/open-archive.js';
import { openPostgres } from '../src/archive/postgres.js';
import { postgresTableSizes, timeQuery, type Percentiles } from '../tests/support/postgres-figures.js';
import { startPostgresCluster } from '../tests/support/postgres-cluster.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STORIES = join(ROOT, '..', 'shared', 'data', 'gold', 'timelines');
// From a word in two thirds of the articles down to one in a few.
const WORDS = [
  'oil',
  'spill',
  'swine',
  'flu',
  'baghdad',
  'obama',
  'hayward',
  'lehman',
  'vaccine',
  'kerosene',
  'dispersant',
  'mortgage',
  'pandemic',
  'insurgents',
  'fannie',
  'tamiflu',
  'booms',
  'gulf coast',
  'hurricane',
  'bank',
];

const env = { ...process.env, NEWS_TUI_NO_CACHE: '1', NEWS_TUI_DB: '' };

/** Runs `news-tui add` and gives its wall time in seconds and its last line. */
function add(url: string, paths: string[]): Promise<{ seconds: number; line: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['bin/news-tui.js', 'add', '--db', url, ...paths], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      const line = stderr.trim().split('\n').at(-1) ?? '';
      if (code === 0) resolve({ seconds: (performance.now() - start) / 1000, line });
      else reject(new Error(`add exited with ${code}: ${line}`));
    });
  });
}

const ms = (p: Percentiles): string => `p50 ${p.p50.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms`;
const mb = (bytes: number, articles: number): string => `${(((bytes / articles) * 1000) / 1e6).toFixed(2)} MB`;

async function main(): Promise<void> {
  if (!existsSync(STORIES)) {
    console.log(`no ${STORIES}: bench:postgres-scale needs ../shared/data beside the checkout`);
    return;
  }
  const folders = readdirSync(STORIES)
    .filter((name) => name.startsWith('t17_'))
    .sort()
    .map((name) => join(STORIES, name));
  const cluster = await startPostgresCluster({ durable: true });
  try {
    const aloneUrl = await cluster.createDatabase('alone');
    const alone = await add(aloneUrl, folders);
    const archive = await openArchive(aloneUrl);
    const summary = await archive.summary();
    const { articles, events } = summary;
    console.log(`corpus: ${folders.length} Timeline17 stories, ${articles} articles, ${events} events`);
    console.log(`one add: ${alone.seconds.toFixed(1)} s = ${(articles / alone.seconds).toFixed(0)} articles/s`);

    if (process.env.PG_SCALE_PAIRS !== '0') {
      const runs: Array<[string, string[][]]> = [
        ['two adds at once, the same folders', [folders, folders]],
        [
          'two adds at once, the folders split',
          [folders.filter((_, i) => i % 2 === 0), folders.filter((_, i) => i % 2 === 1)],
        ],
      ];
      for (const [label, parts] of runs) {
        const url = await cluster.createDatabase(label.includes('same') ? 'pair' : 'split');
        const start = performance.now();
        const done = await Promise.all(parts.map((paths) => add(url, paths)));
        const seconds = (performance.now() - start) / 1000;
        const other = await openArchive(url);
        const held = await other.summary();
        await other.close();
        const added = done.map((run) => /added ([\d,]+) articles/.exec(run.line)?.[1] ?? '?').join(' + ');
        const same =
          held.articles === articles && held.events === events ? 'as one add alone' : 'DIFFERENT from one add';
        console.log(
          `${label}: ${seconds.toFixed(1)} s; added ${added}; ${held.articles} articles, ${held.events} events (${same})`,
        );
      }
    }

    const db = await openPostgres(aloneUrl);
    try {
      let total = 0;
      for (const table of await postgresTableSizes(db)) {
        total += table.heapBytes + table.toastBytes + table.indexBytes;
        console.log(
          `${table.table}: ${table.rows} rows; per 1,000 articles heap ${mb(table.heapBytes, articles)}, TOAST ${mb(table.toastBytes, articles)}, indexes ${mb(table.indexBytes, articles)}`,
        );
      }
      const [gin] = await db.all<{ size: number }>("SELECT pg_relation_size('articles_words') AS size");
      console.log(`total ${mb(total, articles)} per 1,000 articles (the GIN index: ${mb(gin!.size, articles)})`);

      const params = WORDS.map((word) => [word]);
      // The store's configuration ('simple': words as written, no stemming), so that the same
      // articles match as through Archive.searchText.
      const hits = await db.all<{ word: string; n: number }>(
        "SELECT w AS word, (SELECT COUNT(*) FROM articles WHERE words @@ plainto_tsquery('simple', w)) AS n FROM unnest(?::text[]) AS w",
        [`{${WORDS.map((word) => `"${word}"`).join(',')}}`],
      );
      console.log(`articles matching: ${hits.map(({ word, n }) => `${word} ${n}`).join(', ')}`);
      const times: number[] = [];
      for (let round = 0; round < 5; round++)
        for (const word of WORDS) {
          const start = performance.now();
          await archive.searchText(word, 20);
          times.push(performance.now() - start);
        }
      times.sort((a, b) => a - b);
      console.log(
        `Archive.searchText (all matches ranked, 20 headlines): p50 ${times[times.length >> 1]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms`,
      );
      const newest = await timeQuery(
        db,
        "SELECT key, title, date FROM articles WHERE words @@ plainto_tsquery('simple', ?) ORDER BY date DESC LIMIT 20",
        params,
      );
      console.log(`the newest 20 matches: ${ms(newest)}`);
      const count = await timeQuery(
        db,
        "SELECT COUNT(*) AS n FROM articles WHERE words @@ plainto_tsquery('simple', ?)",
        params,
      );
      console.log(`the number of all matches: ${ms(count)}`);
      const windows: number[] = [];
      for (let i = 0; i < 40; i++) {
        const start = performance.now();
        await archive.eventsWindow(Math.floor(((i % 20) / 20) * events), 100);
        windows.push(performance.now() - start);
      }
      windows.sort((a, b) => a - b);
      console.log(
        `Archive.eventsWindow(offset, 100) (LIMIT … OFFSET): p50 ${windows[20]!.toFixed(1)} ms, p95 ${windows[38]!.toFixed(1)} ms`,
      );
      const days = Array.from({ length: 20 }, (_, i) => [`${1995 + i}-06-01`]);
      const byDay = await timeQuery(
        db,
        'SELECT e.day, e.summary FROM events e JOIN articles a ON a.no = e.article WHERE e.day >= ? ORDER BY e.day, e.article, e.n LIMIT 100',
        days,
      );
      console.log(`100 events from a day (keyset): ${ms(byDay)}`);
    } finally {
      await db.close();
      await archive.close();
    }
    const start = performance.now();
    await new Promise<void>((resolve) =>
      spawn(process.execPath, ['bin/news-tui.js', 'archive', '--json', '--db', aloneUrl], {
        cwd: ROOT,
        env,
        stdio: 'ignore',
      }).on('close', () => resolve()),
    );
    console.log(`news-tui archive --json from another process: ${(performance.now() - start).toFixed(0)} ms`);
  } finally {
    await cluster.stop();
  }
}

await main();
