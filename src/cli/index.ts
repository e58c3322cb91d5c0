import type { Story } from '../types.js';
import { HELP_TEXT, parseArguments, UsageError, type CliOptions } from './args.js';
import { storyName } from './story-name.js';
import { packageVersion, seedsFolder } from './package-files.js';
import {
  articleJson,
  articleText,
  entityJson,
  entityText,
  eventJson,
  eventText,
  keyDateJson,
  keyDateText,
  problemLine,
  storySummary,
} from './output.js';

/** Writes lines to stdout in large chunks; a closed pipe (`| head`) ends quietly. */
function writeLines(lines: Iterable<string>): void {
  let chunk = '';
  for (const line of lines) {
    chunk += line + '\n';
    if (chunk.length > 1 << 16) {
      process.stdout.write(chunk);
      chunk = '';
    }
  }
  if (chunk) process.stdout.write(chunk);
}

function* limited<T>(items: readonly T[], limit: number | null): Generator<T> {
  const n = limit ?? items.length;
  for (let i = 0; i < Math.min(n, items.length); i++) yield items[i]!;
}

function* mapped<T>(items: Iterable<T>, f: (item: T) => string): Generator<string> {
  for (const item of items) yield f(item);
}

function printCommand(story: Story, options: CliOptions): void {
  const { json, limit } = options;
  switch (options.command) {
    case 'analyze':
      writeLines(mapped(limited(story.articles, limit), json ? articleJson : articleText));
      return;
    case 'dates':
      writeLines(mapped(limited(story.keyDates, limit), json ? keyDateJson : keyDateText));
      return;
    case 'entities':
      writeLines(mapped(limited(story.entities, limit), json ? entityJson : entityText));
      return;
    default:
      if (!json) writeLines([storySummary(story)]);
      if (!json && story.timeline.length === 0) {
        writeLines([
          `no events dated in ${story.articles.length === 1 ? 'this article' : `these ${story.articles.length} articles`}`,
        ]);
      }
      writeLines(mapped(limited(story.timeline, limit), json ? eventJson : eventText));
  }
}

/** What bin/news-tui.js, which runs the bundle, wants to hear. */
export interface LaunchHooks {
  /** The app is up: `ui` once the first frame is drawn, `cli` once a command is done. */
  started?(kind: 'ui' | 'cli'): void;
}

export async function main(argv: string[], hooks: LaunchHooks = {}): Promise<number> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  let options: CliOptions;
  try {
    options = parseArguments(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`news-tui: ${error.message}\nTry 'news-tui --help'.\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(HELP_TEXT);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`news-tui ${packageVersion()}\n`);
    return 0;
  }
  const { loadConfig, colorEnabled } = await import('../config/index.js');
  const { config, error: configError } = await loadConfig(process.env);
  // A bad config is named, then the defaults stand in for what it got wrong.
  if (configError) process.stderr.write(`news-tui: config: ${configError}\n`);
  options = { ...options, color: options.color && colorEnabled(config, process.env) };
  const paths = options.paths.length ? options.paths : config.paths.length ? config.paths : [seedsFolder()];
  const name = options.paths.length || config.paths.length ? storyName(paths) : 'seeds';
  if (options.command === 'open' && process.stdout.isTTY === true) {
    const { runInteractive } = await import('./interactive.js');
    return runInteractive(paths, options, config, name, hooks);
  }
  const { openStory } = await import('./open-story.js');
  const { beforeHeapTuning, heapTunedForSize } = await import('../pipeline/index.js');
  beforeHeapTuning(() => hooks.started?.('cli'));
  const story = await openStory(paths, name, { cache: options.cache });
  for (const problem of story.problems) process.stderr.write(problemLine(problem) + '\n');
  if (story.articles.length === 0) {
    process.stderr.write(`news-tui: no articles could be loaded from ${paths.join(', ')}\n`);
    return 1;
  }
  if (options.command === 'export') {
    const { runExport } = await import('./export.js');
    return runExport(story, options);
  }
  if (options.command === 'search') {
    const { runSearch } = await import('./search.js');
    return runSearch(story, options);
  }
  printCommand(story, options);
  if (!heapTunedForSize()) hooks.started?.('cli');
  return 0;
}
