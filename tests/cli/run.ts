import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a pipeline would: no terminal, no cache, no colour. */
export function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const result = spawnSync(process.execPath, ['bin/news-tui.js', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', NEWS_TUI_NO_CACHE: '1', ...options.env },
    timeout: 60_000,
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function jsonLines<T>(text: string): T[] {
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);
}
