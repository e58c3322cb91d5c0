import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, parseExportFormat, type ExportFormat } from '../export/index.js';

export type { ExportFormat };

export type Command =
  'open' | 'analyze' | 'events' | 'dates' | 'entities' | 'export' | 'search' | 'add' | 'prune' | 'archive';
const COMMANDS: readonly Command[] = [
  'analyze',
  'events',
  'dates',
  'entities',
  'export',
  'search',
  'add',
  'prune',
  'archive',
];
/** Commands on the archive itself, never on files opened. */
export const ARCHIVE_COMMANDS: readonly Command[] = ['add', 'prune', 'archive'];

export interface CliOptions {
  command: Command;
  paths: string[];
  json: boolean;
  color: boolean;
  /** False with `--no-mouse`: the terminal keeps the mouse for selecting text. */
  mouse: boolean;
  cache: boolean;
  help: boolean;
  version: boolean;
  format: ExportFormat;
  output: string | null;
  /** `--force`: export may replace a file that exists. */
  force: boolean;
  limit: number | null;
  /** What `news-tui search` looks for ('' for other commands). */
  query: string;
  /** `--db`: the archive's file or `postgres://` server (else NEWS_TUI_DB, else the default file). */
  db: string | null;
  /** `--archive`: the story is the archive's, not files'. */
  archive: boolean;
}

export class UsageError extends Error {}

// A first word that is no command, no file and has no path characters is a mistyped command
// ("news-tui frobnicate"), not a path to open: git and npm say so instead of searching for it.
const LOOKS_LIKE_COMMAND = /^[a-z][a-z-]*$/;

/** Parses argv (without node and script) into options; throws UsageError on bad usage.
 * `exists` tells whether a path is there (a file named like a command still opens). */
export function parseArguments(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean = existsSync,
): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'no-mouse': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        limit: { type: 'string', short: 'n' },
        db: { type: 'string' },
        archive: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const first = positionals[0];
  const command: Command =
    first !== undefined && (COMMANDS as readonly string[]).includes(first) ? (first as Command) : 'open';
  if (command === 'open' && first !== undefined && LOOKS_LIKE_COMMAND.test(first) && !exists(first))
    throw new UsageError(`unknown command '${first}' (commands: ${COMMANDS.join(', ')}; or a PATH to open)`);
  const paths = command === 'open' ? positionals : positionals.slice(command === 'search' ? 2 : 1);
  if (command === 'search' && positionals[1] === undefined) throw new UsageError('search needs a QUERY');
  if ((command === 'prune' || command === 'archive') && paths.length > 0)
    throw new UsageError(
      command === 'prune'
        ? 'prune takes no PATH: it drops every file of the archive that is gone from disk'
        : 'archive takes no PATH: it says what the archive holds',
    );
  if (values.archive === true && paths.length > 0)
    throw new UsageError('--archive reads the archive, not PATHs: add them first with news-tui add PATH');
  const format = parseExportFormat(values.format ?? 'md');
  if (!format) throw new UsageError(`unknown export format '${values.format}' (use ${EXPORT_FORMATS.join(', ')})`);
  let limit: number | null = null;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit takes a whole number above 0, not '${values.limit}'`);
  }
  return {
    command,
    paths,
    json: values.json === true,
    color: values['no-color'] !== true && !env.NO_COLOR,
    mouse: values['no-mouse'] !== true,
    cache: values['no-cache'] !== true && env.NEWS_TUI_NO_CACHE !== '1',
    help: values.help === true,
    version: values.version === true,
    format,
    output: values.output ?? null,
    force: values.force === true,
    limit,
    query: command === 'search' ? positionals[1]! : '',
    db: values.db ?? null,
    archive: values.archive === true,
  };
}

export const HELP_TEXT = `news-tui — read a pile of news articles as a timeline

Usage:
  news-tui [PATH...]                 open articles (files or folders) in the terminal UI;
                                     with no PATH, the bundled sample articles
  news-tui events   [--json] PATH... the merged timeline of events
  news-tui dates    [--json] PATH... key dates, most salient first
  news-tui entities [--json] PATH... people, organisations and places by mentions
  news-tui analyze  [--json] PATH... per-article sentences, entities, time expressions, events
  news-tui export --format md|csv|ics|timelinejs|json [-o FILE [--force]] PATH...
                                     the timeline to standard output, or to FILE (a file
                                     that exists is replaced only with --force)
  news-tui search   [--json] QUERY PATH... events matching QUERY, best first: words (one typo
                                     from 5 letters), 'exact !not ^start end$ a | b,
                                     entity:NAME source:NAME since:DATE until:DATE

Archive (one database of every article added, analysed once):
  news-tui add PATH...               add new and changed files to the archive, with progress;
                                     killed, run it again: nothing is lost or added twice
  news-tui prune                     drop articles whose files are gone from disk
  news-tui archive [--json]          what the archive holds: articles, events, first, last, bytes
  news-tui search --archive QUERY    full-text search of the archive's articles, best first
  news-tui [events|dates|entities|export] --archive
                                     the archive's story instead of files'

Options:
  --json          JSON Lines output (one object per line)
  -n, --limit N   print at most N rows (events, dates, entities)
  --no-color      no colours (NO_COLOR is honoured too)
  --no-mouse      leave the mouse to the terminal (the wheel scrolls and a click selects
                  otherwise; "mouse": false in config.json says the same)
  --no-cache      do not read or write the analysis cache (NEWS_TUI_NO_CACHE=1)
  --db LOCATION   the archive: a file, or postgres://user@host/db for a team's server
                  (NEWS_TUI_DB; default $XDG_DATA_HOME/news-tui/archive.db)
  --archive       read the story from the archive instead of files
  -h, --help      this help
  -v, --version   the version

When standard output is not a terminal, 'news-tui PATH' prints the timeline as text.
Input: .txt articles beginning ' date YYYY-MM-DD ', .md with front matter, .json/.jsonl
exports, RSS/Atom feeds, '-' for standard input.
Exit codes: 0 success (bad files are reported on stderr), 1 nothing could be loaded, 2 usage error.
`;
