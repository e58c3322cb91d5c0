// The app in a pseudo-terminal for bench:archive, as bench:perf runs it (`script -qfc`, 120×40):
// spawn → the first output holding the status line ("Timeline") is the first frame; keys can then
// be typed, a pause after each, and `q` quits. Peak RSS and CPU come from GNU time around the app.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface AppRun {
  /** Spawn → first frame, ms (NaN when none came). */
  firstFrame: number;
  /** Peak RSS of the app process in kB (NaN without GNU time). */
  peakRssKb: number;
  /** Everything the app wrote, escape sequences included. */
  output: string;
  exitCode: number | null;
}

export interface AppOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** A scratch folder for GNU time's output. */
  work: string;
  /** Keys typed after the first frame, each followed by `pauseMs`. */
  keys?: string[];
  pauseMs?: number;
  /** Wrap the app in GNU time for peak RSS (costs ~10 ms of start-up). */
  timed?: boolean;
  timeoutMs?: number;
  /** The text whose arrival is the first frame. */
  ready?: string;
}

const quote = (arg: string): string => `'${arg.replace(/'/g, "'\\''")}'`;

export function runApp(args: string[], options: AppOptions): Promise<AppRun> {
  const { keys = [], pauseMs = 150, timed = false, timeoutMs = 60_000, ready = 'Timeline' } = options;
  const rss = join(options.work, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const time = timed ? `/usr/bin/time -f '%M' -o ${quote(rss)} ` : '';
  const command = `stty cols 120 rows 40; exec ${time}node bin/news-tui.js ${args.map(quote).join(' ')}`;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('script', ['-qfc', command, '/dev/null'], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let output = '';
    let firstFrame = NaN;
    let typing = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const type = async (): Promise<void> => {
      typing = true;
      for (const key of keys) {
        child.stdin.write(key);
        await new Promise((wake) => setTimeout(wake, pauseMs));
      }
      child.stdin.write('q');
    };
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (typing || !output.includes(ready)) return;
      firstFrame = performance.now() - started;
      void type();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      const peak = existsSync(rss) ? Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) : NaN;
      rmSync(rss, { force: true });
      resolve({ firstFrame, peakRssKb: peak, output, exitCode: code });
    });
  });
}
