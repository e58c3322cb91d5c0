import React from 'react';
import { render } from 'ink';
import type { CliOptions } from './args.js';
import { openStory } from './open-story.js';
import { problemLine } from './output.js';
import { App } from '../ui/App.js';
import { DEFAULT_THEME, MONOCHROME_THEME } from '../ui/theme.js';

// The alternate screen (as less and newsboat use): on quit, Ctrl-C or a crash the shell's
// screen comes back as it was, with the cursor shown.
const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?25h\u001B[?1049l';

export async function runInteractive(paths: string[], options: CliOptions, name?: string): Promise<number> {
  let restored = false;
  const restore = (): void => {
    if (restored) return;
    restored = true;
    process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  };
  process.stdout.write(ENTER_ALTERNATE_SCREEN);
  process.on('exit', restore);
  const crash = (error: unknown): void => {
    restore();
    process.stderr.write(`news-tui: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      restore();
      process.exit(0);
    });
  }

  const story = await openStory(paths, name);
  const theme = options.color ? DEFAULT_THEME : MONOCHROME_THEME;
  const notice = story.problems.length ? problemLine(story.problems[0]!).replace(/^news-tui: /, '') : null;
  const instance = render(<App story={story} theme={theme} notice={notice} />, { exitOnCtrlC: true, incrementalRendering: true });
  await instance.waitUntilExit();
  instance.cleanup();
  restore();
  for (const problem of story.problems) process.stderr.write(problemLine(problem) + '\n');
  return 0;
}
