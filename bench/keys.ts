// Keystroke to frame, as a person feels it: the built app runs in a real terminal (tmux at
// 120×40) on a large corpus, after analysis has completed; for each key, the time from
// send-keys until the pane has changed and then stayed still for 50 ms, polled (the method of
// ../shared/tools/keylatency.sh; `less` scrolls in 7–9 ms measured so, the floor). A search
// keystroke therefore counts until the results for the query are drawn, not just its echo.
// fzf, where installed, is measured the same way over the same event summaries. Beside each
// figure, the app's CPU time per key (from /proc, on Linux): on a loaded machine the wall-clock
// figures are mostly waiting for a core, and the CPU time is what a keystroke costs.
//
// Corpora: 10,000 articles (bench/perf-corpus.ts), ~100,000 events (bench/events-corpus.ts:
// 90,000 dated sentences of real news) and t17_bpoil from ../shared/data when present.
//
// Usage: npm run bench:keys [-- --only 10k|100k|bpoil] [--archive FILE] [--no-fzf] [--samples]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchCorpus } from './perf-corpus.js';
import { writeEventsCorpus } from './events-corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const COLUMNS = 120;
const ROWS = 40;
const SETTLE_MS = 50;
const KEY_TIMEOUT_MS = 2000;

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
// --samples: each key's figure too, in the order sent (which key was slow).
const showSamples = args.includes('--samples');
const withFzf = !args.includes('--no-fzf') && spawnSync('fzf', ['--version']).status === 0;

const work = mkdtempSync(join(tmpdir(), 'news-tui-keys-'));
// A tmux server per session: a server whose last session was just killed may still be exiting
// when the next session asks it for a new one ('server exited unexpectedly').
const sockets: string[] = [];
let socket = '';
const tmux = (...a: string[]): string =>
  execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...a], { encoding: 'utf8' });
const capture = (session: string): string => tmux('capture-pane', '-p', '-t', session);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function startSession(session: string, command: string): void {
  socket = `news-tui-keys-${process.pid}-${sockets.length}`;
  sockets.push(socket);
  tmux('new-session', '-d', '-s', session, '-x', String(COLUMNS), '-y', String(ROWS), '-c', ROOT, command);
}

/** One key (tmux key names, or -l TEXT): ms from send-keys until the pane changed and settled. */
function latency(session: string, key: string[]): number {
  const before = capture(session);
  const t0 = performance.now();
  tmux('send-keys', '-t', session, ...key);
  let screen = before;
  while (screen === before && performance.now() - t0 < KEY_TIMEOUT_MS) screen = capture(session);
  let last = performance.now();
  let previous = screen;
  while (performance.now() - last < SETTLE_MS && performance.now() - t0 < KEY_TIMEOUT_MS) {
    screen = capture(session);
    if (screen !== previous) {
      last = performance.now();
      previous = screen;
    }
  }
  return last - t0;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(sorted.length * p) - 1))]!;
}

interface Figure {
  what: string;
  samples: number[];
  /** The app's CPU time (all threads, garbage collection included) per key, where /proc tells. */
  cpuPerKey?: number;
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** CPU ms the process has used so far (user + system), from /proc; null elsewhere. */
function cpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

async function measure(session: string, keys: string[][], pauseMs: number): Promise<number[]> {
  const samples: number[] = [];
  for (const key of keys) {
    samples.push(latency(session, key));
    await sleep(pauseMs);
  }
  return samples;
}

/** Latencies of the keys, and the app's CPU per key: on a loaded machine wall time is mostly
 * waiting for a core, CPU time is what a keystroke costs. */
async function measureWithCpu(
  session: string,
  pid: number | null,
  what: string,
  keys: string[][],
  pauseMs: number,
): Promise<Figure> {
  const before = cpuMs(pid);
  const samples = await measure(session, keys, pauseMs);
  const after = cpuMs(pid);
  return { what, samples, ...(before !== null && after !== null ? { cpuPerKey: (after - before) / keys.length } : {}) };
}

const repeat = (times: number, key: string[]): string[][] => Array.from({ length: times }, () => key);
const letters = (text: string): string[][] => [...text].map((ch) => ['-l', ch]);

async function waitForAnalysis(session: string): Promise<void> {
  const deadline = Date.now() + 20 * 60_000;
  while (Date.now() < deadline) {
    // The status line (the last), not the events drawn above it, which may say 'analysts'.
    const status = capture(session).trimEnd().split('\n').at(-1) ?? '';
    if (/^Timeline \d/.test(status) && !/analysing|assembling|loading/.test(status)) return;
    await sleep(500);
  }
  throw new Error(`analysis did not complete; last screen:\n${capture(session)}`);
}

/** Waits until the app has used under 5% of a core for a whole second (3 s where /proc does not
 * tell, 60 s at most); returns the ms waited. */
async function waitForIdle(pid: number | null): Promise<number> {
  const started = performance.now();
  if (cpuMs(pid) === null) {
    await sleep(3000);
    return performance.now() - started;
  }
  await sleep(1000);
  let before = cpuMs(pid)!;
  while (performance.now() - started < 60_000) {
    await sleep(1000);
    const now = cpuMs(pid) ?? before;
    if (now - before < 50) break;
    before = now;
  }
  return performance.now() - started;
}

/** What the app opens: a folder, or an archive (`--archive --db FILE`). */
type Opened = { folder: string } | { archive: string };

async function measureNewsTui(opened: Opened, query: string): Promise<Figure[]> {
  const session = 'app';
  const home = join(work, 'home');
  const what = 'folder' in opened ? `'${opened.folder}'` : `--archive --db '${opened.archive}'`;
  startSession(
    session,
    `env -u CI XDG_CACHE_HOME=${home}/cache XDG_STATE_HOME=${home}/state XDG_CONFIG_HOME=${home}/config node bin/news-tui.js ${what}`,
  );
  try {
    await waitForAnalysis(session);
    console.log(`    ${capture(session).split('\n')[0]!.trim()}`);
    // `env` runs the app in its own process: the pane's process is the app.
    const pid = Number(tmux('display-message', '-p', '-t', session, '#{pane_pid}').trim()) || null;
    // Once complete, a first open writes its analysis cache (seconds at 10,000 articles, a
    // little per turn), and once idle the app builds its search index and draws the screens
    // one key away: a person reads the screen first, and so does the benchmark, until the app
    // is idle (where /proc tells; else 3 s).
    const idleAfter = await waitForIdle(pid);
    console.log(`    (idle ${(idleAfter / 1000).toFixed(1)} s after analysis completed)`);
    const moves = await measureWithCpu(
      session,
      pid,
      'move (j/k/G/g)',
      [...repeat(10, ['j']), ...repeat(5, ['k']), ['G'], ['g'], ...repeat(3, ['j'])],
      150,
    );
    const pages = await measureWithCpu(
      session,
      pid,
      'page (PgDn/PgUp)',
      [...repeat(5, ['NPage']), ...repeat(5, ['PPage'])],
      150,
    );
    const switches = await measureWithCpu(
      session,
      pid,
      'screen (Tab e d ? Esc)',
      [['Tab'], ['Tab'], ['e'], ['Escape'], ['d'], ['Escape'], ['?'], ['?'], ['Tab'], ['Tab']],
      250,
    );
    tmux('send-keys', '-t', session, '/');
    await sleep(800);
    const search = await measureWithCpu(
      session,
      pid,
      `search keystroke '${query}'`,
      [...letters(query), ...repeat(4, ['BSpace'])],
      250,
    );
    tmux('send-keys', '-t', session, 'Escape');
    await sleep(300);
    tmux('send-keys', '-t', session, 'q');
    return [moves, pages, switches, search];
  } finally {
    spawnSync('tmux', ['-L', socket, '-f', '/dev/null', 'kill-session', '-t', session]);
  }
}

/** The timeline's rows as fzf is given them: date and summary. */
function summaryLines(opened: Opened): string[] {
  if ('archive' in opened) {
    // Read from the archive's table: the whole story of 100,000 articles is what it avoids.
    const script =
      "const {Database}=require('node-sqlite3-wasm');const db=new Database(process.argv[1],{readOnly:true});" +
      "for(const r of db.all('SELECT date, summary FROM timeline ORDER BY sort_key'))process.stdout.write(r.date+' '+r.summary.replace(/\\n/g,' ')+'\\n');db.close()";
    return execFileSync('node', ['-e', script, opened.archive], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 })
      .split('\n')
      .filter(Boolean);
  }
  const events = execFileSync('node', ['bin/news-tui.js', 'events', '--json', opened.folder], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, XDG_CACHE_HOME: join(work, 'home', 'cache') },
  });
  return events
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const event = JSON.parse(line) as { date: string; summary: string };
      return `${event.date} ${event.summary}`;
    });
}

async function measureFzf(opened: Opened, query: string): Promise<Figure[]> {
  const summaries = join(work, 'summaries.txt');
  const lines = summaryLines(opened);
  writeFileSync(summaries, lines.join('\n') + '\n');
  const session = 'fzf';
  startSession(session, `fzf --no-mouse < '${summaries}'`);
  try {
    const deadline = Date.now() + 30_000;
    while (!capture(session).includes(`${lines.length}/${lines.length}`) && Date.now() < deadline) await sleep(200);
    await sleep(1000);
    const moves = await measure(session, [...repeat(10, ['Up']), ...repeat(5, ['Down']), ...repeat(5, ['Up'])], 150);
    const pages = await measure(session, [...repeat(5, ['PPage']), ...repeat(5, ['NPage'])], 150);
    const search = await measure(session, [...letters(query), ...repeat(4, ['BSpace'])], 250);
    tmux('send-keys', '-t', session, 'Escape');
    return [
      { what: 'move (↑/↓)', samples: moves },
      { what: 'page (PgUp/PgDn)', samples: pages },
      { what: `search keystroke '${query}'`, samples: search },
    ];
  } finally {
    spawnSync('tmux', ['-L', socket, '-f', '/dev/null', 'kill-session', '-t', session]);
  }
}

function print(title: string, figures: Figure[]): void {
  console.log(`  ${title}`);
  for (const { what, samples, cpuPerKey } of figures) {
    const sorted = [...samples].sort((a, b) => a - b);
    const p50 = percentile(sorted, 0.5).toFixed(0);
    const p95 = percentile(sorted, 0.95).toFixed(0);
    const cpu = cpuPerKey === undefined ? '' : `   CPU ${cpuPerKey.toFixed(1).padStart(5)} ms/key`;
    console.log(
      `    ${what.padEnd(34)} p50 ${p50.padStart(4)} ms   p95 ${p95.padStart(4)} ms   (n=${samples.length})${cpu}`,
    );
    if (showSamples) console.log(`      ${samples.map((ms) => ms.toFixed(0)).join(' ')}`);
  }
}

async function run(name: string, corpus: string | Opened, query: string): Promise<void> {
  const opened = typeof corpus === 'string' ? { folder: corpus } : corpus;
  console.log(`\n${name}: ${'folder' in opened ? opened.folder : opened.archive}`);
  const started = performance.now();
  print('news-tui', await measureNewsTui(opened, query));
  console.log(`    (opened and measured in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (withFzf) print('fzf over the same event summaries', await measureFzf(opened, query));
}

try {
  console.log(`keystroke → frame in tmux ${COLUMNS}×${ROWS}, settled ${SETTLE_MS} ms, after analysis completed`);
  if (!withFzf) console.log('(fzf not installed or --no-fzf: news-tui only)');
  // --archive FILE: an archive made by `news-tui add` (bench:archive keeps one with ARCHIVE_KEEP=1).
  const archive = args.includes('--archive') ? args[args.indexOf('--archive') + 1] : undefined;
  if (archive !== undefined) await run('archive, paged (news-tui --archive)', { archive }, 'president');
  if (archive === undefined && (only === null || only === '10k')) {
    const corpus = join(work, 'corpus-10k');
    await writeBenchCorpus(corpus, 10_000);
    await run('10,000 articles (bench/perf-corpus.ts)', corpus, 'president');
  }
  if (archive === undefined && (only === null || only === '100k')) {
    const corpus = join(work, 'corpus-100k-events');
    writeEventsCorpus(corpus, 90_000);
    await run('~100,000 events (bench/events-corpus.ts)', corpus, 'president');
  }
  const bpoil = join(DATA, 'gold/timelines/t17_bpoil');
  if (archive === undefined && (only === null || only === 'bpoil') && existsSync(bpoil))
    await run('t17_bpoil (7,352 events)', bpoil, 'earthquake');
} finally {
  for (const each of sockets) spawnSync('tmux', ['-L', each, '-f', '/dev/null', 'kill-server']);
  rmSync(work, { recursive: true, force: true });
}
