import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import type { Story } from '../types.js';
import { printableLine } from '../corpus/sanitize.js';
import { loadState, saveChanges, type AppState } from '../state/index.js';
import type { AppServices } from '../ui/App.js';
import type { ExportTarget } from '../ui/use-app-state.js';
import { exportEvents } from './export.js';

/** The platform's way to open a URL: $BROWSER first, as newsboat and git do. */
export function browserCommand(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const browser = env.BROWSER?.split(':').find(Boolean);
  if (browser) return [browser];
  if (platform === 'darwin') return ['open'];
  if (platform === 'win32') return ['cmd', '/c', 'start', ''];
  return ['xdg-open'];
}

/** The executable a command name runs, searched on PATH as the shell would, or null. */
export function findExecutable(command: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates =
    isAbsolute(command) || command.includes('/')
      ? [command]
      : (env.PATH ?? '')
          .split(delimiter)
          .filter(Boolean)
          .map((dir) => join(dir, command));
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const candidate of candidates) {
    for (const extension of extensions) {
      try {
        accessSync(candidate + extension, constants.X_OK);
        return candidate + extension;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** How long a browser launcher may take to fail before it is taken to have worked. */
const LAUNCH_WAIT_MS = 3000;

/**
 * Asks the browser to open a URL. The status line is told at once what can be known at once: no
 * browser command at all is a failure, not "opened". Whether the launcher then succeeds is known
 * later: `onFailure` hears of a launcher that cannot start or exits with an error (xdg-open with no
 * browser configured) within a few seconds.
 */
export function openUrl(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
  onFailure: (message: string) => void = () => undefined,
): string {
  const shown = printableLine(url);
  if (!/^https?:\/\//i.test(url)) return `not a web link: ${shown}`;
  const [command, ...args] = browserCommand(env, process.platform);
  const name = printableLine(command!);
  if (findExecutable(command!, env) === null)
    return `cannot open ${shown}: no browser (${name} not found; set BROWSER to one)`;
  try {
    const child = spawn(command!, [...args, url], { detached: true, stdio: 'ignore' });
    let settled = false;
    const timer = setTimeout(() => (settled = true), LAUNCH_WAIT_MS);
    timer.unref();
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      onFailure(`cannot open ${shown}: ${name} did not start (${printableLine(error.message)})`);
    });
    child.on('exit', (code) => {
      if (settled) return;
      settled = true;
      if (code !== 0) onFailure(`cannot open ${shown}: ${name} failed (exit status ${code ?? 'signal'})`);
    });
    child.unref();
    return `asked ${name} to open ${shown}`;
  } catch (error) {
    return `cannot open ${shown}: ${printableLine(error instanceof Error ? error.message : String(error))}`;
  }
}

/**
 * Whether the UI may export to `path`, said in words before anything is written: a missing or
 * unwritable folder is named (not an ENOENT on a temporary file's name), an existing file is
 * asked about.
 */
export function exportTarget(path: string, cwd: string = process.cwd()): ExportTarget {
  const full = resolve(cwd, path);
  const folder = dirname(full);
  const shownFolder = printableLine(folder);
  const problem = (message: string): ExportTarget => ({ kind: 'problem', message });
  const folderStat = statOrNull(folder);
  if (!folderStat) return problem(`no folder ${shownFolder}: create it, or export elsewhere`);
  if (!folderStat.isDirectory()) return problem(`${shownFolder} is a file, not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return problem(`cannot write in ${shownFolder}: permission denied`);
  }
  const fileStat = statOrNull(full);
  if (!fileStat) return { kind: 'new' };
  if (fileStat.isDirectory()) return problem(`${printableLine(path)} is a folder: name a file in it`);
  return { kind: 'exists' };
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Without leading and trailing dashes (string code: a regex for the trailing ones rescans each run). */
function trimDashes(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === '-') start++;
  while (end > start && s[end - 1] === '-') end--;
  return s.slice(start, end);
}

/** Services for the interactive app: remembered state (saved atomically, one write at a time),
 * the browser, and export to a file (of the story as it stands when asked: it grows while
 * analysis streams in). */
export async function createAppServices(
  name: string,
  corpus: string,
  currentStory: () => Story,
): Promise<{ services: AppServices; warning?: string; flush: () => Promise<void> }> {
  const loaded = await loadState();
  const { state } = loaded;
  // State paths come from the environment (XDG_STATE_HOME): shown, never sent to the terminal raw.
  const warning = loaded.warning === undefined ? undefined : printableLine(loaded.warning);
  let writing: Promise<unknown> = Promise.resolve();
  let lastError: string | undefined;
  // What this instance last saved: each save writes only the changes made since, merged into the
  // file as another instance may have left it.
  let saved = state;
  const saveUserState = (next: AppState): void => {
    // Chained so writes land in the order the reader made them.
    writing = writing.then(async () => {
      const result = await saveChanges(saved, next);
      lastError = result.error ?? result.warning;
      if (!result.error) saved = next;
    });
  };
  const base = trimDashes(name.replace(/[^\w.-]+/g, '-')) || 'timeline';
  return {
    services: {
      userState: state,
      saveUserState,
      // A launcher that fails after the status line was drawn is named when the app closes.
      openUrl: (url) => openUrl(url, process.env, (failure) => (lastError = failure)),
      exportView: (events, path) => printableLine(exportEvents(currentStory(), events, path)),
      defaultExportPath: `${base}-timeline.md`,
      exportTarget: (path) => exportTarget(path),
      // Bookmarks made now are filed under the corpus opened, and listed apart in others.
      corpus,
    },
    warning,
    flush: async () => {
      await writing;
      if (lastError) process.stderr.write(`news-tui: ${printableLine(lastError)}\n`);
    },
  };
}
