import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

// The user's own config, state and cache never leak into a test run.
const isolatedHome = mkdtempSync(join(tmpdir(), 'news-tui-cli-home-'));
const ISOLATED = {
  XDG_CONFIG_HOME: join(isolatedHome, 'config'),
  XDG_STATE_HOME: join(isolatedHome, 'state'),
  XDG_CACHE_HOME: join(isolatedHome, 'cache'),
};

/** Runs the built binary as a pipeline would: no terminal, no cache, no colour. */
export function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const result = spawnSync(process.execPath, ['bin/news-tui.js', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, ...ISOLATED, NO_COLOR: '1', NEWS_TUI_NO_CACHE: '1', ...options.env },
    timeout: 60_000,
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function jsonLines<T>(text: string): T[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}
