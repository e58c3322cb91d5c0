import type { Story } from '../types.js';
// The sanitiser itself, not the corpus front door: it imports nothing, while the loaders behind
// the front door are evaluated only when files are read.
import { printableLine, printableText } from '../corpus/sanitize.js';
import { isTerminalGone } from './hang-up.js';
import { ARCHIVE_COMMANDS, HELP_TEXT, parseArguments, UsageError, type CliOptions } from './args.js';
import { commandContext, reportCrash } from './crash.js';
import { corpusOf, storyName } from './story-name.js';
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

/**
 * Writes lines to stdout in large chunks; a closed pipe (`| head`) ends quietly. Every chunk
 * passes the sanitiser's last guard: a control or bidi character that came from a file name or
 * the environment is shown escaped, never sent to the terminal.
 */
function writeLines(lines: Iterable<string>): void {
  let chunk = '';
  for (const line of lines) {
    chunk += line + '\n';
    if (chunk.length > 1 << 16) {
      process.stdout.write(printableText(chunk));
      chunk = '';
    }
  }
  if (chunk) process.stdout.write(printableText(chunk));
}

/** Writes a message to stderr, each of its lines shown safe (config keys and values, paths from the environment). */
export function report(message: string): void {
  process.stderr.write(`${message.split('\n').map(printableLine).join('\n')}\n`);
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

/**
 * Runs a command line. A crash anywhere in it ends in one line naming the command and its files
 * (or the file the error names) and the reason, exit status 1; NEWS_TUI_DEBUG=1 shows the stack.
 */
export async function main(argv: string[], hooks: LaunchHooks = {}): Promise<number> {
  let context = argv.length ? argv.join(' ') : 'news-tui';
  const crash = (error: unknown): void => {
    reportCrash(error, context);
    process.exit(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  // Once the UI is up, an error nobody caught is the interface's, not opening the corpus's.
  let uiUp = false;
  const launch: LaunchHooks = {
    started(kind) {
      if (kind === 'ui' && !uiUp) {
        uiUp = true;
        context = `the interface failed (${context})`;
      }
      hooks.started?.(kind);
    },
  };
  try {
    return await run(argv, launch, (options) => (context = commandContext(options.command, options.paths)));
  } catch (error) {
    reportCrash(error, context);
    return 1;
  }
}

async function run(argv: string[], hooks: LaunchHooks, parsed: (options: CliOptions) => void): Promise<number> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    // A terminal gone away: the interactive run ends quietly (src/cli/interactive.tsx).
    if (process.stdout.isTTY === true && isTerminalGone(error)) return;
    throw error;
  });
  let options: CliOptions;
  try {
    options = parseArguments(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    report(`news-tui: ${error.message}\nTry 'news-tui --help'.`);
    return 2;
  }
  parsed(options);
  if (options.help) {
    process.stdout.write(HELP_TEXT);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`news-tui ${packageVersion()}\n`);
    return 0;
  }
  if (ARCHIVE_COMMANDS.includes(options.command) || (options.command === 'search' && options.archive)) {
    const { runArchiveCommand } = await import('./archive-commands.js');
    return runArchiveCommand(options);
  }
  if (options.command === 'export' && options.output !== null) {
    const { exportTargetProblem, toStandardOutput } = await import('./export.js');
    const problem = toStandardOutput(options.output)
      ? null
      : exportTargetProblem(options.output, options.paths, options.force);
    if (problem) {
      report(`news-tui: ${problem}`);
      return 2;
    }
  }
  const { loadConfig, colorEnabled } = await import('../config/index.js');
  const { config, error: configError } = await loadConfig(process.env);
  // A bad config is named, then the defaults stand in for what it got wrong.
  if (configError) report(`news-tui: config: ${configError}`);
  options = { ...options, color: options.color && colorEnabled(config, process.env) };
  const paths = options.paths.length ? options.paths : config.paths.length ? config.paths : [seedsFolder()];
  const name = options.paths.length || config.paths.length ? storyName(paths) : 'seeds';
  if (options.command === 'open' && process.stdout.isTTY === true) {
    const { runInteractive } = await import('./interactive.js');
    // Bookmarks and the place left are kept per corpus: the folders opened, or the bundled seeds
    // (by name, however they are reached: the install's path changes with each version).
    const corpus = corpusOf(paths) === corpusOf([seedsFolder()]) ? 'seeds' : corpusOf(paths);
    if (options.archive) {
      const { archiveBrowse } = await import('./archive-commands.js');
      const { archiveLabel, archiveLocation } = await import('../archive/open-archive.js');
      const location = archiveLocation(options.db);
      return runInteractive(
        [],
        options,
        config,
        { title: 'archive', corpus: `archive:${archiveLabel(location)}` },
        hooks,
        () => archiveBrowse(options),
      );
    }
    return runInteractive(paths, options, config, { title: name, corpus }, hooks);
  }
  if (options.archive) {
    // A file archive is read a window at a time; a server's is assembled whole, as a folder is.
    const { archiveBrowse } = await import('./archive-commands.js');
    const browsed = await archiveBrowse(options);
    if ('createSearch' in browsed) {
      try {
        for (const problem of browsed.problems) process.stderr.write(problemLine(problem) + '\n');
        if (browsed.articles.length === 0) {
          report(`news-tui: ${options.command}: the archive holds no articles (news-tui add PATH adds some)`);
          return 1;
        }
        const { exportedArchive, printArchive } = await import('./archive-print.js');
        if (options.command === 'export') {
          const { runExport } = await import('./export.js');
          return runExport(await exportedArchive(browsed), options);
        }
        await printArchive(browsed, options, writeLines);
      } finally {
        await browsed.close();
      }
      hooks.started?.('cli');
      return 0;
    }
  }
  const { openStory } = await import('./open-story.js');
  const { beforeHeapTuning, heapTunedForSize } = await import('../pipeline/index.js');
  beforeHeapTuning(() => hooks.started?.('cli'));
  const story = options.archive
    ? await (await import('./archive-commands.js')).archiveStory(options)
    : await openStory(paths, name, { cache: options.cache });
  for (const problem of story.problems) process.stderr.write(problemLine(problem) + '\n');
  if (story.articles.length === 0 && options.archive) {
    report(`news-tui: ${options.command}: the archive holds no articles (news-tui add PATH adds some)`);
    return 1;
  }
  if (story.articles.length === 0) {
    report(`news-tui: no articles could be loaded from ${paths.join(', ')}`);
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
