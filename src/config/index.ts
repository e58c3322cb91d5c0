// User configuration: `$XDG_CONFIG_HOME/news-tui/config.json` (else `~/.config/news-tui`),
// validated so that a misspelt or invalid key is named in an error rather than ignored.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { printableLine } from '../corpus/sanitize.js';
import type { Action, KeyName } from '../ui/keymap.js';
import type { TextStyle, ThemeKey } from '../ui/theme.js';

export interface Config {
  /** Corpus paths opened when none are given on the command line (absolute). */
  paths: string[];
  /** Style overrides per theme key; the UI merges them over its default theme. */
  theme: Partial<Record<ThemeKey, TextStyle>>;
  /** Key lists per action, replacing the defaults for that action. */
  keys: Partial<Record<Action, KeyName[]>>;
  noColor: boolean;
  /** Whether the wheel scrolls and a click selects (xterm mouse reporting); `--no-mouse` too. */
  mouse: boolean;
}

export const DEFAULT_CONFIG: Config = { paths: [], theme: {}, keys: {}, noColor: false, mouse: true };

export interface ConfigResult {
  config: Config;
  /** The file read, or that would be read. */
  path: string;
  /** Every problem in the file, one per line; the defaults are used when set. */
  error?: string;
}

/** Where the config file lives: `$XDG_CONFIG_HOME/news-tui/config.json`, else under `~/.config`. */
export function configPath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  // XDG Base Directory spec: a relative XDG_CONFIG_HOME is invalid and is ignored.
  const base = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(base, 'news-tui', 'config.json');
}

/** Reads and validates the user's config; a missing file means the defaults, silently. */
export async function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): Promise<ConfigResult> {
  const path = configPath(env, home);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { config: DEFAULT_CONFIG, path };
    return {
      config: DEFAULT_CONFIG,
      path,
      error: `cannot read ${printableLine(path)}: ${printableLine(error instanceof Error ? error.message : String(error))}`,
    };
  }
  // The validator (zod) loads only when there is a file to validate: most starts have none.
  const { parseConfig } = await import('./parse.js');
  const result = parseConfig(text, { home, baseDir: dirname(path) });
  return result.error
    ? { config: result.config, path, error: `${printableLine(path)}:\n${result.error}` }
    : { config: result.config, path };
}

/**
 * Whether to draw colour: off with `--no-color`, a non-empty NO_COLOR (no-color.org), or
 * `noColor` in the config.
 */
export function colorEnabled(config: Config, env: NodeJS.ProcessEnv = process.env, noColorFlag = false): boolean {
  return !(noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || config.noColor);
}

/**
 * Whether to ask the terminal for the mouse: off with `--no-mouse` or `"mouse": false` (while
 * the app has the mouse, selecting text takes Shift in most terminals).
 */
export function mouseEnabled(config: Config, noMouseFlag = false): boolean {
  return !noMouseFlag && config.mouse;
}
