// What a crash looks like to the person who ran the command: one line naming what was being
// done and why it failed, never a stack of minified bundle code. NEWS_TUI_DEBUG=1 adds the stack
// for whoever is fixing it.
import { printableLine, printableText } from '../corpus/sanitize.js';

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (code === 'ERR_STRING_TOO_LONG' || /Invalid string length/.test(error.message))
    return 'the output grew past what one string can hold (RangeError: Invalid string length)';
  if (/heap out of memory|Array buffer allocation failed/i.test(error.message))
    return `out of memory (${error.message})`;
  const first = error.message.split('\n')[0]!;
  return error.name && error.name !== 'Error' ? `${error.name}: ${first}` : first;
}

/**
 * The lines a crash prints: `news-tui: CONTEXT: REASON`, where CONTEXT names the command and its
 * files (or the file the error names); with NEWS_TUI_DEBUG=1 the stack follows.
 */
export function crashReport(error: unknown, context: string, env: NodeJS.ProcessEnv = process.env): string {
  const path = error instanceof Error && 'path' in error && typeof error.path === 'string' ? error.path : null;
  const line = `news-tui: ${printableLine(path ?? context)}: ${printableLine(reasonOf(error))}\n`;
  if (env.NEWS_TUI_DEBUG === '1' && error instanceof Error && error.stack)
    return line + printableText(error.stack) + '\n';
  return line;
}

const beforeReport: Array<() => void> = [];

/** Runs `task` before a crash is reported (the UI leaves the alternate screen, so the line stays visible). */
export function beforeCrashReport(task: () => void): void {
  beforeReport.push(task);
}

/** Reports a crash on stderr, after the tasks registered with {@link beforeCrashReport}. */
export function reportCrash(error: unknown, context: string): void {
  for (const task of beforeReport.splice(0)) {
    try {
      task();
    } catch {
      // the report matters more than the tidying
    }
  }
  process.stderr.write(crashReport(error, context));
}

/** What a command line names, for a crash report: `events feed.xml`, `export +3 files`. */
export function commandContext(command: string, paths: readonly string[]): string {
  const files = paths.length <= 2 ? paths.join(' ') : `${paths[0]} and ${paths.length - 1} more`;
  return [command, files].filter(Boolean).join(' ');
}
