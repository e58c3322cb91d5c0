import { appendFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import React from 'react';
import { render, type Instance } from 'ink';
import type { Story } from '../types.js';
import type { BrowseStory } from '../browse.js';
import { asBrowseStory } from '../browse-memory.js';
import type { CliOptions } from './args.js';
import { beginStory } from './open-story.js';
import { problemLine } from './output.js';
import { beforeCrashReport } from './crash.js';
import { hangUp, isTerminalGone } from './hang-up.js';
import { beforeHeapTuning, heapTunedForSize, type AnalysisProgress } from '../pipeline/index.js';
import type { LaunchHooks } from './index.js';
import { App } from '../ui/App.js';
import type { Config } from '../config/index.js';
import { createAppServices } from './app-services.js';
import { uiSettings } from './ui-settings.js';
import { formatCount } from '../ui/count.js';
import { DISABLE_MOUSE } from '../ui/input-keys.js';
import { mouseEnabled } from '../config/index.js';

// The alternate screen (as less and newsboat use): on quit, Ctrl-C or a crash the shell's
// screen comes back as it was, with the cursor shown.
const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
// The mouse is given back there too (the UI does on exit; this covers a crash before it).
const LEAVE_ALTERNATE_SCREEN = `${DISABLE_MOUSE}\u001B[?25h\u001B[?1049l`;
// Progress alone (the story unchanged) is redrawn at most this often.
const PROGRESS_MS = 250;
// A corpus read for longer than this shows its reading, redrawn as often again.
const READING_FRAME_MS = 150;

// NEWS_TUI_TRACE=FILE appends start-up and analysis spans (ms since the process started) to
// FILE as they happen; bench/perf.ts reads it to time first frames and completion.
const traceFile = process.env.NEWS_TUI_TRACE;
const mark = (span: string): void => {
  if (!traceFile) return;
  const { rss, heapUsed, heapTotal } = process.memoryUsage();
  const mb = (bytes: number): number => Math.round(bytes / 1048576);
  appendFileSync(
    traceFile,
    `${Math.round(performance.now())}\t${span}\trss ${mb(rss)} heap ${mb(heapUsed)}/${mb(heapTotal)} MB\n`,
  );
};
mark('interactive module evaluated');

export async function runInteractive(
  paths: string[],
  options: CliOptions,
  config: Config,
  { title, corpus }: { title: string; corpus: string },
  hooks: LaunchHooks = {},
  /**
   * What to browse instead of analysing `paths` (the archive): a story read whole, or one read a
   * window at a time (openArchiveBrowse's BrowseStory), which the UI pages through.
   */
  readStory?: () => Promise<Story | BrowseStory>,
): Promise<number> {
  let restored = false;
  // Once the terminal is gone nothing is written to it (see hang-up.ts).
  let terminalGone = false;
  const restore = (): void => {
    if (restored || terminalGone) return;
    restored = true;
    process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  };
  const onTerminalError = (error: NodeJS.ErrnoException): void => {
    if (!isTerminalGone(error)) throw error;
    terminalGone = true;
    hangUp();
  };
  process.stdout.on('error', onTerminalError);
  process.stdin.on('error', onTerminalError);
  process.stdout.write(ENTER_ALTERNATE_SCREEN);
  process.on('exit', restore);
  // main reports a crash in one line (src/cli/crash.ts); the screen is restored first, or the
  // line would be drawn on the alternate screen and vanish with it.
  beforeCrashReport(restore);
  process.on('SIGTERM', () => {
    restore();
    process.exit(0);
  });
  // A hang-up is the terminal closing: nothing to restore, and no ordinary exit (hang-up.ts).
  process.on('SIGHUP', () => {
    terminalGone = true;
    hangUp();
  });
  // Ctrl-C in the UI is a key (raw mode); a SIGINT sent from outside (kill -INT) ends the run as
  // shells report an interrupt, the screen and the mouse given back first.
  process.on('SIGINT', () => {
    restore();
    process.exit(130);
  });

  const { theme, keymap } = uiSettings(config, options.color);
  // Read and bookmarked state, the browser and exports; exports take the story as it stands.
  // A story browsed by windows exports the events shown without their articles' titles and links
  // (reading every article of an archive for them is not worth an export).
  const {
    services,
    warning: stateWarning,
    flush,
  } = await createAppServices(
    title,
    corpus,
    () => shownStory ?? { name: browsed!.name, articles: [], problems: [], timeline: [], entities: [], keyDates: [] },
  );

  // The first frame comes with the first story (complete for small or cached corpora, partial
  // while workers analyse a large one); later stories and progress re-render the same App, whose
  // navigation state survives.
  let instance: Instance | null = null;
  let shownStory: Story | null = null;
  let browsed: BrowseStory | null = null;
  let lastDraw = 0;
  let firstFrame: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (firstFrame = resolve));
  const draw = (
    story: Story | BrowseStory,
    progress: AnalysisProgress | null,
    status: string | null = null,
    span: string = status ? 'draw assembling' : progress ? `draw ${progress.done}/${progress.total}` : 'draw complete',
  ): void => {
    mark(span);
    // A story held whole is browsed through arrays (storyBrowse keeps one wrapping per story).
    browsed = asBrowseStory(story);
    shownStory = browsed === story ? null : (story as Story);
    lastDraw = performance.now();
    const notice =
      status ??
      stateWarning ??
      (story.problems.length ? problemLine(story.problems[0]!).replace(/^news-tui: /, '') : null);
    const app = (
      <App
        story={browsed}
        theme={theme}
        keymap={keymap}
        services={services}
        notice={notice}
        progress={progress}
        mouse={mouseEnabled(config, !options.mouse)}
      />
    );
    if (instance) instance.rerender(app);
    else {
      mark('first story');
      // Ink draws at most maxFps frames a second (30 by default): a second key within 34 ms of
      // the first waited for the next slot; 120 lets a frame follow each key of a quick typist.
      instance = render(app, { exitOnCtrlC: true, incrementalRendering: true, maxFps: 120 });
      mark('first frame rendered');
      firstFrame();
      // Once the frame is out: what start-up compiled is worth keeping (see bin/news-tui.js).
      if (!heapTunedForSize()) setImmediate(() => hooks.started?.('ui'));
    }
  };
  // A large corpus changes V8's heap flags as it opens; what start-up compiled is kept before.
  beforeHeapTuning(() => hooks.started?.('ui'));
  const reading: Story = { name: title, articles: [], problems: [], timeline: [], entities: [], keyDates: [] };
  const readingFrom = performance.now();
  const { load, stream } = readStory
    ? await readStory().then((story) => {
        draw(story, null);
        const done = Promise.resolve();
        // What holds a connection (an archive browsed by windows) gives it back on quitting.
        const close = (story as { close?: () => Promise<void> }).close;
        return {
          load: { articles: [], problems: story.problems },
          stream: { done, saved: done, stop: async () => close?.call(story) },
        };
      })
    : await beginStory(paths, title, options.cache, {
        onUpdate: ({ story, progress, complete }) => {
          // The heap is tuned for size while a large story is analysed; browsing it so collected
          // garbage every few keys (a third of a keystroke's CPU on t17_bpoil), so not once complete.
          if (complete && heapTunedForSize()) setFlagsFromString('--no-optimize-for-size');
          draw(story, complete ? null : progress);
        },
        // Reading many files takes seconds before the first article is analysed (10,000 house
        // files: about 1.2 s): the screen shows how far it has got rather than staying blank.
        onReading: (done, total) => {
          if (done === total || performance.now() - (instance ? lastDraw : readingFrom) < READING_FRAME_MS) return;
          const status = `reading ${formatCount(done)}/${formatCount(total)} files…`;
          // Nothing analysed of nothing yet: the story is under way, with no count to show beside the files'.
          draw(reading, { done: 0, total: 0, rate: 0 }, status, `draw reading ${done}/${total}`);
        },
        onProgress: (progress) => {
          if (!shownStory || shownStory === reading) return;
          // The last assembly of a large corpus takes seconds; the status line says what is going on.
          if (progress.done === progress.total)
            draw(shownStory, null, `assembling the timeline of ${formatCount(progress.total)} articles…`);
          else if (performance.now() - lastDraw >= PROGRESS_MS) draw(shownStory, progress);
        },
      });
  mark('corpus loaded, analysis started');
  await started;
  const app = instance as Instance | null;
  if (!app) return 0;
  await app.waitUntilExit();
  app.cleanup();
  await stream.stop();
  await flush();
  restore();
  // The story's problems hold the loader's and those of analysis (an article over its budget).
  for (const problem of (browsed as BrowseStory | null)?.problems ?? load.problems)
    process.stderr.write(problemLine(problem) + '\n');
  return 0;
}
