// `npm run bench:archive` (issue 15): a 100,000-article archive built like bench:perf's corpus,
// its first ingest, reopen, memory and full-text search, and the same ingest on PostgreSQL by
// two processes at once. Prints figures beside their targets; never fails on a time.
//
//   ARCHIVE_ARTICLES=2000 npm run bench:archive        a small run while working on it
//   ARCHIVE_SECTIONS=startup,ingest,reopen,search,browse,paged,postgres   a subset (the default: all)
//   ARCHIVE_KEEP=1 keeps the work folder; ARCHIVE_DB=FILE runs the later sections on its archive
//
// Method: the corpus (bench/archive-corpus.ts) is written once under the temp folder and reused.
// Every command runs the built CLI (`node bin/news-tui.js`) with its data and cache folders in a
// fresh work folder. Ingest is `add --db FILE FOLDER…` into a new SQLite file, timed by GNU time
// (wall clock, peak RSS of the process with its worker threads, CPU); its stderr is kept to show
// the progress it printed. Reopen is the UI's first frame on the archive in a pseudo-terminal
// (bench/archive-app.ts, as bench:perf measures the seeds' cold start) and `archive --json`.
// Full-text queries (bench/archive-queries.ts) run through the archive's own search (searchText),
// in this process, on the file the ingest wrote, and beside it on the engine alone (FTS5 over the
// same texts, bench/archive-search.ts). PostgreSQL is a throwaway cluster
// (tests/support/postgres-cluster.ts): the first 10,000 articles added by one process into one
// database and by two processes at once into another, their `archive --json` and a hash of their
// articles' and events' contents compared.
//
// What a windowed UI must hold, and what paging costs, are measured apart, without an archive:
// bench/archive-memory.ts (the story's memory part by part) and bench/archive-window.ts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { performance } from 'node:perf_hooks';
import { runApp } from './archive-app.js';
import { benchCorpus, PER_FOLDER, roundedCount } from './archive-corpus.js';
import { benchQueries } from './archive-queries.js';
import { archiveFigures, engineLatencies } from './archive-search.js';
import { sourceArticles } from './perf-corpus.js';
import type { ArchiveSummary } from '../src/archive/store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES = roundedCount(Number(process.env.ARCHIVE_ARTICLES ?? 100_000));
const PG_ARTICLES = Math.min(ARTICLES, 10_000);
const SECTIONS = new Set(
  (process.env.ARCHIVE_SECTIONS ?? 'startup,ingest,reopen,search,browse,paged,postgres').split(','),
);
const RUNS = Number(process.env.ARCHIVE_RUNS ?? 5);

const work = mkdtempSync(join(tmpdir(), 'news-tui-archive-run-'));
const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (xs: number[], share: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
};
const ms = (x: number): string => (Number.isNaN(x) ? 'n/a' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`);
const mb = (bytes: number): string => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const count = (n: number): string => n.toLocaleString('en-US');

const rows: Array<[string, string, string]> = [];
const row = (figure: string, value: string, target = ''): void => {
  rows.push([figure, value, target]);
  console.log(`${figure.padEnd(68)} ${value.padEnd(28)} ${target}`);
};
const note = (text: string): void => console.log(`  (${text})`);

/** The environment every command runs in: its own data and cache folders, no inherited archive. */
function appEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_DATA_HOME: join(work, 'data'),
    XDG_CACHE_HOME: join(work, 'cache'),
    TERM: 'xterm-256color',
    ...extra,
  };
  delete env.NEWS_TUI_DB;
  delete env.CI;
  return env;
}

interface Timed {
  seconds: number;
  peakRssKb: number;
  cpuSeconds: number;
  status: number | null;
  stdout: string;
  stderr: string;
  /** Seconds since start at which each stderr line arrived. */
  lineTimes: number[];
}

/** Runs the CLI under GNU time, keeping its output and when each stderr line came. */
function timedCli(args: string[], env: NodeJS.ProcessEnv = appEnv()): Promise<Timed> {
  const usage = join(work, `time-${Math.random().toString(36).slice(2)}.txt`);
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(
      '/usr/bin/time',
      ['-f', '%M %U %S', '-o', usage, process.execPath, 'bin/news-tui.js', ...args],
      {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    const lineTimes: number[] = [];
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      stderr += text;
      const at = (performance.now() - started) / 1000;
      for (const ch of text) if (ch === '\n' || ch === '\r') lineTimes.push(at);
    });
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      const [peakRssKb = NaN, user = NaN, system = NaN] = existsSync(usage)
        ? readFileSync(usage, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
        : [];
      rmSync(usage, { force: true });
      resolve({ seconds, peakRssKb, cpuSeconds: user + system, status, stdout, stderr, lineTimes });
    });
  });
}

type Summary = ArchiveSummary;

function archiveJson(db: string): { summary: Summary | null; ms: number; error: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['bin/news-tui.js', 'archive', '--json', '--db', db], {
    cwd: ROOT,
    env: appEnv(),
    encoding: 'utf8',
  });
  const elapsed = performance.now() - started;
  if (run.status !== 0) return { summary: null, ms: elapsed, error: run.stderr.trim().split('\n')[0] ?? '' };
  return { summary: JSON.parse(run.stdout) as Summary, ms: elapsed, error: '' };
}

/** The progress lines an ingest printed: how many, the first and last, the longest silence. */
function progressOf(run: Timed): string {
  const lines = run.stderr
    .split(/[\r\n]/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return 'no progress printed';
  let gap = run.lineTimes[0] ?? 0;
  for (let k = 1; k < run.lineTimes.length; k++) gap = Math.max(gap, run.lineTimes[k]! - run.lineTimes[k - 1]!);
  return `${lines.length} lines, longest silence ${gap.toFixed(1)} s; first "${lines[0]}", last "${lines.at(-1)}"`;
}

console.log(
  `news-tui archive bench: ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}; work folder ${work}\n`,
);
const written = performance.now();
const { folders, written: wrote } = await benchCorpus(ARTICLES);
const corpus = folders.slice(0, ARTICLES / PER_FOLDER);
console.log(
  `(corpus: ${count(ARTICLES)} house-format files from TimeBank/AQUAINT and the feed samples, ${
    wrote ? `written in ${ms(performance.now() - written)}` : 'reused'
  }: ${join(corpus[0]!, '..')})\n`,
);
// ARCHIVE_DB reuses an archive a run kept (ARCHIVE_KEEP=1) for the sections after ingest.
const db = process.env.ARCHIVE_DB ?? join(work, 'archive.db');

/** The UI's first frame on an archive, `runs` times; stops at the first run without one and
 * says what the screen showed instead. */
async function uiFirstFrames(
  archive: string,
  runs: number,
): Promise<{ frames: number[]; failure: string; peakRssKb: number }> {
  const frames: number[] = [];
  let peakRssKb = NaN;
  for (let i = 0; i < runs; i++) {
    // GNU time around the app (~10 ms) for the peak RSS of opening and drawing.
    const run = await runApp(['--archive', '--db', archive], {
      cwd: ROOT,
      env: appEnv(),
      work,
      timed: true,
      timeoutMs: 300_000,
    });
    if (Number.isNaN(run.firstFrame)) {
      const shown = stripVTControlCharacters(run.output).trim().split('\n').slice(-2).join(' / ');
      return { frames, failure: shown || `exit ${run.exitCode}`, peakRssKb };
    }
    frames.push(run.firstFrame);
    peakRssKb = Math.max(Number.isNaN(peakRssKb) ? 0 : peakRssKb, run.peakRssKb);
    // A reopen of many seconds is not worth repeating on a shared machine.
    if (run.firstFrame > 10_000) break;
  }
  return { frames, failure: '', peakRssKb };
}

// 1. The seeds' cold start, as bench:perf measures it: the analysis and code caches warm.
if (SECTIONS.has('startup')) {
  const env = appEnv();
  await runApp([], { cwd: ROOT, env, work });
  const baseline: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    baseline.push(performance.now() - started);
    starts.push((await runApp([], { cwd: ROOT, env, work })).firstFrame);
  }
  row('node -e 0 (spawn → exit)', ms(median(baseline)));
  row(
    'seeds cold start → first frame (analysis cached)',
    `${ms(median(starts))} (${(median(starts) / median(baseline)).toFixed(1)}×)`,
    '≤ 250 ms, unchanged',
  );
}

// 2. First ingest into a new SQLite file.
if (SECTIONS.has('ingest')) {
  const run = await timedCli(['add', '--db', db, ...corpus]);
  if (run.status !== 0) {
    row(`${count(ARTICLES)} first ingest (add)`, `failed (exit ${run.status})`, '≤ 5 min');
    note(run.stderr.trim().split('\n').slice(-3).join(' / '));
  } else {
    row(
      `${count(ARTICLES)} first ingest: add --db FILE (SQLite)`,
      `${run.seconds.toFixed(1)} s (${Math.round(ARTICLES / run.seconds)}/s)`,
      '≤ 5 min (100k)',
    );
    row('  ingest: peak RSS of the add process (threads included)', mb(run.peakRssKb * 1024));
    row('  ingest: CPU time, all threads', `${run.cpuSeconds.toFixed(1)} s`);
    note(`progress: ${progressOf(run)}`);
    const files = [db, `${db}-wal`, `${db}-journal`].filter(existsSync);
    row('  database file size', mb(files.reduce((n, f) => n + statSync(f).size, 0)), '');
    const again = await timedCli(['add', '--db', db, ...corpus]);
    const said = again.stderr.trim().split('\n').at(-1) ?? '';
    row('  add again, nothing new (change detection)', `${again.seconds.toFixed(1)} s`);
    // A bundle rebuilt meanwhile changes the analyser's version: every file is then read again.
    note(`it said: ${said}`);
  }
}

// 3. Reopen: the summary, and the UI's first frame on the archive.
if (SECTIONS.has('reopen') && existsSync(db)) {
  const runs = Array.from({ length: 3 }, () => archiveJson(db));
  const { summary, error } = runs[0]!;
  if (summary) {
    row('archive --json (spawn → exit)', ms(median(runs.map((r) => r.ms))));
    note(JSON.stringify(summary));
  } else row('archive --json', `failed: ${error}`);
  const { frames, failure, peakRssKb } = await uiFirstFrames(db, 3);
  row(
    `UI --archive → first frame (reopen), ${frames.length} run(s)`,
    frames.length ? ms(median(frames)) : 'no first frame',
    '≤ 1500 ms',
  );
  if (frames.length) row('  reopen: peak RSS until the first frame and quit', mb(peakRssKb * 1024));
  if (failure) note(failure.slice(0, 200));
}

// 4. Full-text search: the engine alone (FTS5 over the same texts in node-sqlite3-wasm), then
// through the archive's own search once it has one.
if (SECTIONS.has('search')) {
  const queries = benchQueries(await sourceArticles());
  if (existsSync(db)) {
    const store = await archiveFigures(db, queries);
    const { search } = store;
    row(
      `archive search (searchText, best 50): p50 / p95, ${queries.length} queries × ${search.rounds}`,
      `${ms(percentile(search.times, 0.5))} / ${ms(percentile(search.times, 0.95))}`,
      '≤ 100 ms p95',
    );
    note(
      `slowest ${search.slowest}; queries with 50 hits ${search.hits.filter((n) => n >= 50).length}/${queries.length}, with none ${search.hits.filter((n) => n === 0).length}`,
    );
    row('archive in this process: open / summary', `${ms(store.openMs)} / ${ms(store.summaryMs)}`);
    row(
      'timeline window of 200 events (eventsWindow) at start / middle / end',
      store.windows.map(([, t]) => ms(t)).join(' / '),
    );
  }
  const engine = await engineLatencies(corpus, queries, work);
  row(
    `FTS5 engine alone: query p50 / p95 (${queries.length} queries × ${engine.rounds}, best 50)`,
    `${ms(percentile(engine.times, 0.5))} / ${ms(percentile(engine.times, 0.95))}`,
    '≤ 100 ms p95',
  );
  note(
    `index of ${count(ARTICLES)} texts built in ${engine.buildSeconds!.toFixed(1)} s, ${mb(engine.bytes!)}; slowest ${engine.slowest}; ` +
      `queries with 50 hits or more ${engine.hits.filter((n) => n >= 50).length}/${queries.length}, with none ${engine.hits.filter((n) => n === 0).length}`,
  );
}

// 5. Browsing: the UI on the archive, the cursor moved through it, peak RSS.
if (SECTIONS.has('browse') && existsSync(db)) {
  const keys = [
    ...Array<string>(40).fill('j'),
    'G',
    ...Array<string>(20).fill('k'),
    'g',
    ...Array<string>(10).fill('\x1b[6~'),
    '/',
    ...'election'.split(''),
    '\r',
    'n',
    'n',
    '\x1b',
  ];
  const run = await runApp(['--archive', '--db', db], {
    cwd: ROOT,
    env: appEnv(),
    work,
    keys,
    pauseMs: 60,
    timed: true,
    timeoutMs: 600_000,
  });
  if (Number.isNaN(run.firstFrame)) row('browsing the archive: peak RSS', 'no first frame in 10 min', '≤ 400 MB');
  else row(`browsing the archive (${keys.length} keys): peak RSS`, mb(run.peakRssKb * 1024), '≤ 400 MB');
}

// 5b. The archive browsed a window at a time (src/archive/browse.ts) alone, in a fresh process
// (bench/archive-browse.ts): open, RSS after it, a walk of 10,000 rows with at(), jumps, look-ups
// and searches typed a keystroke at a time.
if (SECTIONS.has('paged') && existsSync(db)) {
  // Twice: the first reads the timeline's order from the archive (as after an add that did not
  // leave it in the cache), the second from the cache.
  const runs = [0, 1].map(() =>
    spawnSync(process.execPath, ['--import', 'tsx', 'bench/archive-browse.ts', db, '10000'], {
      cwd: ROOT,
      env: appEnv({ XDG_CACHE_HOME: join(work, 'paged-cache') }),
      encoding: 'utf8',
      timeout: 600_000,
    }),
  );
  const lines = runs.map((run) => run.stdout.trim().split('\n').pop() ?? '');
  const run = runs[1]!;
  const line = lines[1]!;
  if (run.status !== 0 || !line.startsWith('{') || !lines[0]!.startsWith('{'))
    row('paged browse', `failed: ${run.stderr.trim().split('\n')[0]}`);
  else {
    // JSON writes NaN as null.
    const f = JSON.parse(line, (_, value: unknown) => (value === null ? NaN : value)) as Record<string, number>;
    const first = JSON.parse(lines[0]!) as Record<string, number>;
    row(
      `paged browse: open (${count(f.rows!)} timeline rows, ${count(f.articles!)} articles), order read / cached`,
      `${ms(first.openMs!)} / ${ms(f.openMs!)}`,
      '≤ 1500 ms',
    );
    row('  RSS before open / after open', `${f.rssBeforeMb} / ${f.rssOpenMb} MB`);
    row(
      `  walk of ${count(f.walked!)} rows with at(): total, per row p95 / max`,
      `${ms(f.walkMs!)}, ${ms(f.stepP95Ms!)} / ${ms(f.stepMaxMs!)}`,
      '≤ 16 ms p95 move',
    );
    row('  RSS after the walk / at the end', `${f.rssWalkMb} / ${f.rssEndMb} MB`, '≤ 400 MB');
    row('  jump anywhere (a window read): p50 / p95', `${ms(f.jumpP50Ms!)} / ${ms(f.jumpP95Ms!)}`);
    row('  indexOfId p95 / rowsNaming p95', `${ms(f.indexOfIdP95Ms!)} / ${ms(f.rowsNamingP95Ms!)}`);
    row(
      '  event search as typed: p50 / p95 / max per keystroke',
      `${ms(f.searchKeystrokeP50Ms!)} / ${ms(f.searchKeystrokeP95Ms!)} / ${ms(f.searchKeystrokeMaxMs!)}`,
      '≤ 100 ms p95',
    );
    row(
      '  articles: first window / one analysed / by id',
      `${ms(f.articlesFirstMs!)} / ${ms(f.analysedMs!)} / ${ms(f.articleIdMs!)}`,
    );
    note(line);
  }
}

// 6. PostgreSQL: one ingester alone against two at once, on the same first 10,000 articles.
if (SECTIONS.has('postgres')) {
  const { postgresIngest } = await import('./archive-postgres.js');
  await postgresIngest(corpus.slice(0, PG_ARTICLES / PER_FOLDER), PG_ARTICLES, {
    row,
    note,
    timedCli,
    appEnv,
    firstFrame: async (archive) => {
      const { frames, failure } = await uiFirstFrames(archive, 3);
      return frames.length ? ms(median(frames)) : `none: ${failure.slice(0, 80)}`;
    },
  });
}

console.log('\nsummary');
for (const [figure, value, target] of rows)
  if (target) console.log(`  ${figure.trim().padEnd(66)} ${value.padEnd(28)} ${target}`);
console.log(
  `\nload average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
if (process.env.ARCHIVE_KEEP !== '1') rmSync(work, { recursive: true, force: true });
