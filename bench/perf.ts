// `npm run bench:perf`: start-up, a 10,000-article first open and reopen, search latency, memory
// and package size, each beside its target. Medians of several runs; the machine is shared, so
// re-run when the load average is high (it is printed).
//
// Method: the app runs in a pseudo-terminal (`script -qfc`, 120×40) exactly as a person starts
// it. "First frame" is spawn → the first pty output holding the status line ("Timeline").
// Analysis progress and completion come from NEWS_TUI_TRACE=FILE, a span log the interactive
// command appends to as it draws (src/cli/interactive.tsx). Peak RSS is GNU time's %M of the
// app process (worker threads included). Caches live in a temp XDG_CACHE_HOME.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { benchSearch } from './search.js';
import { writeBenchCorpus } from './perf-corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES = 10_000;
const RUNS = Number(process.env.PERF_RUNS ?? 11);
const LARGE_RUNS = Number(process.env.PERF_LARGE_RUNS ?? 3);
// PERF_SECTIONS=startup,large,search,package runs a subset while working on one of them.
const SECTIONS = new Set((process.env.PERF_SECTIONS ?? 'startup,large,search,package').split(','));

const work = mkdtempSync(join(tmpdir(), 'news-tui-perf-'));
const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (x: number): string => `${Math.round(x)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function appEnv(cacheHome: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome, TERM: 'xterm-256color', ...extra };
  // Ink draws only the last frame under CI.
  delete env.CI;
  delete env.NEWS_TUI_NO_CACHE;
  return env;
}

interface AppRun {
  firstFrame: number;
  /** Spawn → the complete story drawn (NaN unless waited for). */
  complete: number;
  /** Times (since spawn) at which progress was drawn while analysing. */
  progressDraws: number[];
  /** When the status line started saying the last assembly runs (NaN for small corpora). */
  assembling: number;
  peakRssKb: number;
  /** User + system CPU of the whole run, all threads: what the shared machine cannot inflate. */
  cpuSeconds: number;
}

/** Runs the app in a pty until its first frame, or until complete (and the cache written), then quits with q. */
function runApp(
  args: string[],
  cacheHome: string,
  waitFor: 'first-frame' | 'complete',
  extraEnv: Record<string, string> = {},
  timeoutMs = 240_000,
): Promise<AppRun> {
  const trace = join(work, `trace-${Math.random().toString(36).slice(2)}.tsv`);
  const rss = join(work, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  // GNU time (for peak RSS and CPU) costs ~10 ms of exec; first-frame runs go without it.
  const timed = waitFor === 'complete' ? `/usr/bin/time -f '%M %U %S' -o '${rss}' ` : '';
  const command = `stty cols 120 rows 40; exec ${timed}node bin/news-tui.js ${quoted}`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('script', ['-qfc', command, '/dev/null'], {
      cwd: ROOT,
      env: appEnv(cacheHome, { NEWS_TUI_TRACE: trace, ...extraEnv }),
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let output = '';
    let firstFrame = NaN;
    let complete = NaN;
    let quitting = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `app did not ${waitFor === 'complete' ? 'complete' : 'draw'} within ${timeoutMs} ms: ${args.join(' ')}`,
        ),
      );
    }, timeoutMs);
    const quit = (): void => {
      if (quitting) return;
      quitting = true;
      child.stdin.write('q');
    };
    let poll: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!Number.isNaN(firstFrame)) return;
      output += chunk.toString('utf8');
      if (!output.includes('Timeline')) return;
      firstFrame = performance.now() - started;
      if (waitFor === 'first-frame') return quit();
      poll = setInterval(() => {
        const text = existsSync(trace) ? readFileSync(trace, 'utf8') : '';
        if (Number.isNaN(complete) && text.includes('draw complete')) complete = performance.now() - started;
        // The cache is written a turn after the complete frame; quit once it is on disk.
        if (!Number.isNaN(complete) && storyFiles(cacheHome) > 0) {
          clearInterval(poll!);
          quit();
        }
      }, 20);
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const lines = existsSync(trace) ? readFileSync(trace, 'utf8').trim().split('\n') : [];
      // Trace times count from the app's process start; shift them onto the spawn clock using
      // the first frame, which both clocks saw.
      const rendered = lines.map((line) => line.split('\t')).find(([, span]) => span === 'first frame rendered');
      const shift = rendered ? firstFrame - Number(rendered[0]) : 0;
      const spans = lines.map((line) => line.split('\t'));
      const progressDraws = spans
        .filter(([, span]) => /^draw (?:reading )?\d/.test(span!))
        .map(([at]) => Number(at) + shift);
      const assemblingAt = spans.find(([, span]) => span === 'draw assembling');
      const assembling = assemblingAt ? Number(assemblingAt[0]) + shift : NaN;
      const usage = existsSync(rss) ? readFileSync(rss, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [];
      const [peakRssKb = NaN, user = NaN, system = NaN] = usage;
      resolve({ firstFrame, complete, progressDraws, assembling, peakRssKb, cpuSeconds: user + system });
    });
  });
}

function storyFiles(cacheHome: string): number {
  const dir = join(cacheHome, 'news-tui');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((name) => name.startsWith('stories-'))
    .reduce((n, name) => n + readdirSync(join(dir, name)).filter((f) => f.endsWith('.json')).length, 0);
}

function spawnMs(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.toString()}`);
  return performance.now() - started;
}

const rows: Array<[string, string, string]> = [];
const row = (figure: string, value: string, target = ''): void => {
  rows.push([figure, value, target]);
  console.log(`${figure.padEnd(58)} ${value.padEnd(22)} ${target}`);
};

console.log(
  `news-tui perf: ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(
  `runs: ${RUNS} for start-up, ${LARGE_RUNS} for the ${ARTICLES.toLocaleString('en-US')}-article corpus; work folder ${work}\n`,
);

// 1. Start-up on the seeds, interleaved with the `node -e 0` baseline so both see the same load.
// The first run fills the caches as any earlier use would have: the analysis and V8's compiled
// code of the app (bin/news-tui.js). `--no-cache` then has the seed analysed in the run; the
// first start after installing has neither cache.
if (SECTIONS.has('startup')) {
  const cache = join(work, 'cache-seeds');
  await runApp([], cache, 'first-frame');
  const baseline: number[] = [];
  const cached: number[] = [];
  const uncached: number[] = [];
  const firstEver: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    baseline.push(spawnMs(process.execPath, ['-e', '0']));
    cached.push((await runApp([], cache, 'first-frame')).firstFrame);
    uncached.push((await runApp(['--no-cache'], cache, 'first-frame')).firstFrame);
    firstEver.push((await runApp(['--no-cache'], cache, 'first-frame', { NEWS_TUI_NO_CODE_CACHE: '1' })).firstFrame);
  }
  const base = median(baseline);
  const times = (xs: number[]): string => `${ms(median(xs))} (${(median(xs) / base).toFixed(1)}×)`;
  row('node -e 0 (spawn → exit)', ms(base));
  row('cold start → first frame, seeds (analysis cached)', times(cached), '≤ 250 ms and ≤ 4× node -e 0');
  row('cold start → first frame, seeds (--no-cache: analysed)', times(uncached), '≤ 250 ms and ≤ 4× node -e 0');
  row('first start after install (no code cache, analysed)', times(firstEver));
}

// 2. Ten thousand articles: first open (empty cache), then reopen (cached).
if (SECTIONS.has('large')) {
  const corpus = join(work, 'corpus');
  const written = performance.now();
  await writeBenchCorpus(corpus, ARTICLES);
  console.log(
    `(corpus: ${ARTICLES.toLocaleString('en-US')} house-format files from TimeBank/AQUAINT and the feed samples, written in ${ms(performance.now() - written)})`,
  );
  const first: AppRun[] = [];
  for (let i = 0; i < LARGE_RUNS; i++) {
    const cache = join(work, `cache-large-${i}`);
    first.push(await runApp([corpus], cache, 'complete'));
  }
  // While analysing, progress is redrawn; the last assembly is announced once in the status line.
  const gaps = first.map((run) => {
    const end = Number.isNaN(run.assembling) ? run.complete : run.assembling;
    const times = [run.firstFrame, ...run.progressDraws.filter((t) => t > run.firstFrame && t < end), end];
    let longest = 0;
    for (let k = 1; k < times.length; k++) longest = Math.max(longest, times[k]! - times[k - 1]!);
    return { draws: run.progressDraws.length, longest, assembly: run.complete - end };
  });
  row('10k first open → first frame', ms(median(first.map((r) => r.firstFrame))), '≤ 1000 ms');
  row('10k first open → all analysed, complete timeline drawn', ms(median(first.map((r) => r.complete))), '≤ 30000 ms');
  row('10k first open: CPU time, all threads (until quit)', `${median(first.map((r) => r.cpuSeconds)).toFixed(1)} s`);
  row(
    '10k first open: progress redraws / longest gap while analysing',
    `${median(gaps.map((g) => g.draws))} / ${ms(median(gaps.map((g) => g.longest)))}`,
    'progress visible throughout',
  );
  row('10k first open: last assembly ("assembling…" in the status)', ms(median(gaps.map((g) => g.assembly))));
  row('10k first open: peak RSS', mb(median(first.map((r) => r.peakRssKb)) * 1024), '≤ 400 MB');

  const cache = join(work, 'cache-large-0');
  const reopened: AppRun[] = [];
  for (let i = 0; i < LARGE_RUNS; i++) reopened.push(await runApp([corpus], cache, 'complete'));
  row('10k reopen (cached) → complete timeline drawn', ms(median(reopened.map((r) => r.complete))), '≤ 1500 ms');
  row('10k reopen: CPU time, all threads (until quit)', `${median(reopened.map((r) => r.cpuSeconds)).toFixed(1)} s`);
  row('10k reopen: peak RSS', mb(median(reopened.map((r) => r.peakRssKb)) * 1024), '≤ 400 MB');
  const kinds = readdirSync(join(cache, 'news-tui')).map((sub) => {
    const files = readdirSync(join(cache, 'news-tui', sub));
    return `${sub.replace(/-v\d+$/, '')} ${files.length} × ${mb(files.reduce((s, f) => s + statSync(join(cache, 'news-tui', sub, f)).size, 0))}`;
  });
  row('10k cache on disk', kinds.join(', '));
}

// 3. Search, from bench/search.ts.
if (SECTIONS.has('search')) {
  const figures = await benchSearch();
  row('search per keystroke p95, 10,000 events', ms(Number(figures.search_p95_ms_10000)), '≤ 16 ms');
  row('search per keystroke p95, 100,000 events', ms(Number(figures.search_p95_ms_100000)), '≤ 50 ms');
}

// 4. Package: tarball size and npx from an empty folder.
if (SECTIONS.has('package')) {
  const packs = join(work, 'packs');
  mkdirSync(packs);
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', packs], {
    cwd: ROOT,
    encoding: 'utf8',
    env: appEnv(join(work, 'cache-pack')),
  });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; size: number; entryCount: number }>;
  const tarball = join(packs, info!.filename);
  row('npm pack tarball', `${mb(statSync(tarball).size)}, ${info!.entryCount} files`, '≤ 5 MB');
  const fresh: number[] = [];
  const again: number[] = [];
  const npmCache = join(work, 'npm-cache-shared');
  for (let i = 0; i < Math.min(RUNS, 5); i++) {
    const empty = join(work, `empty-${i}`);
    mkdirSync(empty);
    copyFileSync(tarball, join(empty, info!.filename));
    const env = appEnv(join(work, `cache-npx-${i}`));
    // A fresh npm cache: npx unpacks the tarball as a first-time user's would.
    fresh.push(
      spawnMs('npx', ['--yes', `./${info!.filename}`, 'events', '--json'], {
        cwd: empty,
        env: { ...env, npm_config_cache: join(work, `npm-cache-${i}`) },
      }),
    );
    again.push(
      spawnMs('npx', ['--yes', `./${info!.filename}`, 'events', '--json'], {
        cwd: empty,
        env: { ...env, npm_config_cache: npmCache },
      }),
    );
  }
  row('npx --yes ./news-tui-*.tgz events --json, fresh npm cache', ms(median(fresh)), '≤ 1500 ms');
  row('npx --yes ./news-tui-*.tgz events --json, npx cache warm', ms(median(again)), '≤ 1500 ms');
}

console.log(
  `\nload average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
if (process.env.PERF_KEEP !== '1') rmSync(work, { recursive: true, force: true });
