import { extname } from 'node:path';
import type { Story, TimelineEvent } from '../types.js';
import { EXPORT_EXTENSIONS, exportTimeline, parseExportFormat, type ExportFormat } from '../export/index.js';
import type { CliOptions } from './args.js';
import { writeAtomically } from '../pipeline/index.js';
import { printableLine, printableText } from '../corpus/sanitize.js';

function exportContext(story: Story): Parameters<typeof exportTimeline>[2] {
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

/** `news-tui export`: the whole timeline to stdout or, atomically, to `--output`. */
export function runExport(story: Story, options: CliOptions): number {
  const text = exportTimeline(story.timeline, options.format, exportContext(story));
  if (!options.output) {
    // To a terminal or a pipe: the sanitiser's last guard, as for every other command.
    process.stdout.write(printableText(text));
    return 0;
  }
  try {
    writeAtomically(options.output, text, { durable: true });
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
    writeAtomically(path, exportTimeline([...events], formatForPath(path), exportContext(story)), { durable: true });
    return `exported ${events.length} events to ${path}`;
  } catch (error) {
    return `cannot write ${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}
