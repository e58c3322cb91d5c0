import { lstatSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, relative, resolve, isAbsolute } from 'node:path';
import type { Article, Story, TimelineEvent } from '../types.js';
import { EXPORT_EXTENSIONS, exportTimeline, parseExportFormat, type ExportFormat } from '../export/index.js';
import type { CliOptions } from './args.js';
import { writeAtomically } from '../pipeline/index.js';
import { printableLine, printableText } from '../corpus/sanitize.js';

/** What an export reads: the timeline, and each source article's title, path, date and link. */
export interface ExportedStory {
  name: string;
  timeline: readonly TimelineEvent[];
  articles: ReadonlyArray<Pick<Article, 'id' | 'title' | 'path'> & Partial<Pick<Article, 'url' | 'source' | 'date'>>>;
}

function exportContext(story: ExportedStory): Parameters<typeof exportTimeline>[2] {
  return { title: story.name, articles: new Map(story.articles.map((a) => [a.id, a])) };
}

/** The format a file name asks for by its extension (`.ics`, `.csv`, …), else Markdown. */
export function formatForPath(path: string): ExportFormat {
  const extension = extname(path).toLowerCase();
  const byExtension = (Object.entries(EXPORT_EXTENSIONS) as Array<[ExportFormat, string]>).find(
    ([, ext]) => ext === extension,
  );
  return byExtension?.[0] ?? parseExportFormat(extension.slice(1)) ?? 'md';
}

/** Whether `output` names standard output: no file, or `-` as for input. */
export function toStandardOutput(output: string | null): boolean {
  return output === null || output === '-' || output === '/dev/stdout' || output === '/dev/fd/1';
}

/** Whether `path` is `root` or inside it. */
function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of `path`, or of its folder joined with its name when it does not exist yet. */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return resolve(realpathSync(dirname(path)), path.slice(path.lastIndexOf('/') + 1));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * Why `export -o FILE` must not write FILE, in one line, or null: checked before the corpus is
 * read, so a wrong name costs no analysis. A file that exists is replaced only with --force, and
 * never when it is one of the articles read (or inside a folder read): an export over its own
 * corpus is a slip of the tab key, not a wish. A link is written through, to the file it names.
 */
export function exportTargetProblem(output: string, inputs: readonly string[], force: boolean): string | null {
  const shown = printableLine(output);
  let link;
  try {
    link = lstatSync(output);
  } catch {
    link = null;
  }
  if (link === null) {
    try {
      if (!statSync(dirname(resolve(output))).isDirectory())
        return `cannot write ${shown}: ${printableLine(dirname(output))} is not a folder`;
    } catch {
      return `cannot write ${shown}: the folder ${printableLine(dirname(output))} does not exist`;
    }
    return null;
  }
  let target;
  try {
    target = statSync(output);
  } catch {
    target = null;
  }
  if (target?.isDirectory()) return `cannot write ${shown}: it is a folder (name a file in it)`;
  // A device, a pipe or a socket (/dev/stdout, /dev/null, a FIFO) is written into, not replaced.
  if (target !== null && !target.isFile()) return null;
  const real = realTarget(output);
  if (inputs.some((input) => within(realTarget(input), real)))
    return `will not write ${shown}: it is one of the articles read (name another file)`;
  if (!force) return `${shown} exists: add --force to replace it`;
  return null;
}

/**
 * Writes an export: a file whole or not at all (a temporary file renamed into place), through a
 * link to the file it names; a device, pipe or socket in place, never renamed over.
 */
function writeExport(path: string, text: string): void {
  let target;
  try {
    target = statSync(path);
  } catch {
    target = null;
  }
  if (target !== null && !target.isFile() && !target.isDirectory()) writeFileSync(path, text);
  else writeAtomically(realTarget(path), text, { durable: true });
}

/** `news-tui export`: the whole timeline to stdout or, atomically, to `--output`. */
export function runExport(story: ExportedStory, options: CliOptions): number {
  const text = exportTimeline([...story.timeline], options.format, exportContext(story));
  if (options.output === null || toStandardOutput(options.output)) {
    // To a terminal or a pipe: the sanitiser's last guard, as for every other command.
    process.stdout.write(printableText(text));
    return 0;
  }
  try {
    writeExport(options.output, text);
  } catch (error) {
    process.stderr.write(
      `news-tui: cannot write ${printableLine(options.output)}: ${printableLine(error instanceof Error ? error.message : String(error))}\n`,
    );
    return 1;
  }
  process.stderr.write(`news-tui: exported ${story.timeline.length} events to ${printableLine(options.output)}\n`);
  return 0;
}

/** Exports events from the UI (the view as shown) to a file named by the user. */
export function exportEvents(story: Story, events: readonly TimelineEvent[], path: string): string {
  try {
    writeExport(path, exportTimeline([...events], formatForPath(path), exportContext(story)));
    return `exported ${events.length} events to ${path}`;
  } catch (error) {
    return `cannot write ${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}
