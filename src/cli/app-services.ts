import { spawn } from 'node:child_process';
import type { Story } from '../types.js';
import { loadState, saveChanges, type AppState } from '../state/index.js';
import type { AppServices } from '../ui/App.js';
import { exportEvents } from './export.js';

/** The platform's way to open a URL: $BROWSER first, as newsboat and git do. */
export function browserCommand(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const browser = env.BROWSER?.split(':').find(Boolean);
  if (browser) return [browser];
  if (platform === 'darwin') return ['open'];
  if (platform === 'win32') return ['cmd', '/c', 'start', ''];
  return ['xdg-open'];
}

export function openUrl(url: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!/^https?:\/\//i.test(url)) return `not a web link: ${url}`;
  const [command, ...args] = browserCommand(env, process.platform);
  try {
    const child = spawn(command!, [...args, url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return `opened ${url}`;
  } catch (error) {
    return `cannot open ${url}: ${error instanceof Error ? error.message : String(error)}`;
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
  currentStory: () => Story,
): Promise<{ services: AppServices; warning?: string; flush: () => Promise<void> }> {
  const { state, warning } = await loadState();
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
      openUrl: (url) => openUrl(url),
      exportView: (events, path) => exportEvents(currentStory(), events, path),
      defaultExportPath: `${base}-timeline.md`,
    },
    warning,
    flush: async () => {
      await writing;
      if (lastError) process.stderr.write(`news-tui: ${lastError}\n`);
    },
  };
}
