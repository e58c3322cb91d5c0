import React from 'react';
import { render, type Instance } from 'ink';
import type { Story } from '../types.js';
import type { CliOptions } from './args.js';
import { startStory, storyName } from './open-story.js';
import { problemLine } from './output.js';
import { loadCorpus } from '../corpus/index.js';
import type { AnalysisProgress } from '../pipeline/index.js';
import { App } from '../ui/App.js';
import { DEFAULT_THEME, MONOCHROME_THEME } from '../ui/theme.js';

// The alternate screen (as less and newsboat use): on quit, Ctrl-C or a crash the shell's
// screen comes back as it was, with the cursor shown.
const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?25h\u001B[?1049l';
// Progress alone (the story unchanged) is redrawn at most this often.
const PROGRESS_MS = 250;

// NEWS_TUI_TRACE=1 writes start-up spans (ms since the process started) to stderr on exit,
// for bench/perf.ts and for finding what a slow start spends its time on.
const trace: Array<[string, number]> = [];
const mark = (span: string): void => {
  if (process.env.NEWS_TUI_TRACE === '1') trace.push([span, Math.round(performance.now())]);
};
mark('interactive module evaluated');

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

  const load = await loadCorpus(paths);
  mark('corpus loaded');
  const theme = options.color ? DEFAULT_THEME : MONOCHROME_THEME;
  const notice = load.problems.length ? problemLine(load.problems[0]!).replace(/^news-tui: /, '') : null;

  // The first frame comes with the first story (complete for small or cached corpora, partial
  // while workers analyse a large one); later stories and progress re-render the same App, whose
  // navigation state survives.
  let instance: Instance | null = null;
  let shownStory: Story | null = null;
  let lastDraw = 0;
  let firstFrame: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (firstFrame = resolve));
  const draw = (story: Story, progress: AnalysisProgress | null): void => {
    shownStory = story;
    lastDraw = performance.now();
    const app = <App story={story} theme={theme} notice={notice} progress={progress} />;
    if (instance) instance.rerender(app);
    else {
      mark('first story');
      instance = render(app, { exitOnCtrlC: true, incrementalRendering: true });
      mark('first frame rendered');
      firstFrame();
    }
  };
  const stream = startStory(load, name ?? storyName(paths), options.cache, {
    onUpdate: ({ story, progress, complete }) => draw(story, complete ? null : progress),
    onProgress: (progress) => {
      if (shownStory && progress.done < progress.total && performance.now() - lastDraw >= PROGRESS_MS) draw(shownStory, progress);
    },
  });
  await started;
  const app = instance as Instance | null;
  if (!app) return 0;
  await app.waitUntilExit();
  app.cleanup();
  await stream.stop();
  restore();
  if (trace.length) process.stderr.write(trace.map(([span, ms]) => `${ms} ms  ${span}\n`).join(''));
  for (const problem of load.problems) process.stderr.write(problemLine(problem) + '\n');
  return 0;
}
