// The archive's commands: `add PATH…`, `prune`, `archive [--json]`, and `search --archive`
// (full text). They load the database engine; nothing else on the command line does.
import { existsSync } from 'node:fs';
import type { Story } from '../types.js';
import type { ArchiveBrowse } from '../archive/browse.js';
import type { CliOptions } from './args.js';
import { problemLine } from './output.js';
import { formatCount } from '../ui/count.js';
import { printableLine } from '../corpus/sanitize.js';
import type { Archive } from '../archive/store.js';

/** An archive that could not be opened, said in one line (exit status 1). */
export class ArchiveUnavailable extends Error {}

async function withArchive<T>(
  options: CliOptions,
  work: (archive: Archive, label: string, location: string) => Promise<T>,
  create = false,
): Promise<T> {
  const { ArchiveRefused, archiveLabel, archiveLocation, openArchive } = await import('../archive/open-archive.js');
  let location: string;
  try {
    location = archiveLocation(options.db);
  } catch (error) {
    throw new ArchiveUnavailable(error instanceof Error ? error.message : String(error));
  }
  let archive: Archive;
  try {
    archive = await openArchive(location, { create });
  } catch (error) {
    if (error instanceof ArchiveRefused) throw new ArchiveUnavailable(error.message);
    // A server's message may quote the address it was given: the label hides its password.
    const reason = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replaceAll(
      location,
      archiveLabel(location),
    );
    throw new ArchiveUnavailable(`cannot open the archive ${archiveLabel(location)}: ${reason}`);
  }
  try {
    return await work(archive, archiveLabel(location), location);
  } finally {
    await archive.close();
  }
}

/** One self-overwriting line on a terminal; a line per report when stderr is a file or pipe. */
function progressLine(): { show: (line: string, final?: boolean) => void; end: () => void } {
  const tty = process.stderr.isTTY === true;
  let last = -Infinity;
  return {
    show(line, final = false) {
      const now = performance.now();
      if (!final && now - last < (tty ? 100 : 2000)) return;
      last = now;
      process.stderr.write(tty ? `\r\u001B[K${line}` : `${line}\n`);
    },
    end() {
      if (tty) process.stderr.write('\n');
    },
  };
}

async function runAdd(options: CliOptions): Promise<number> {
  if (options.paths.length === 0) {
    process.stderr.write('news-tui: add needs a PATH (files or folders of articles)\n');
    return 2;
  }
  const { bundledWorkerFile, inProcessPool, workerPool } = await import('../pipeline/pool.js');
  const { ingest } = await import('../archive/ingest.js');
  const worker = bundledWorkerFile();
  const pool = worker ? workerPool(worker) : inProcessPool();
  const line = progressLine();
  // Ctrl-C ends the run between batches: the one being written commits or never began, the
  // lock is given back, and the line says how to go on. A second Ctrl-C ends it at once.
  const interrupt = new AbortController();
  const onInterrupt = (): void => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort();
  };
  process.on('SIGINT', onInterrupt);
  try {
    let added: { location: string; label: string } | null = null;
    const status = await withArchive(
      options,
      async (archive, label, location) => {
        added = { location, label };
        const result = await ingest(archive, options.paths, {
          signal: interrupt.signal,
          pool,
          onProblem: (problem) => process.stderr.write(problemLine(problem) + '\n'),
          onProgress: (p) =>
            line.show(
              `news-tui: add: ${formatCount(p.files)}/${formatCount(p.totalFiles)} files, ${formatCount(p.added)} articles added, ${Math.round(p.rate)}/s`,
              p.files === p.totalFiles,
            ),
          // The timeline's touched dates are merged at the end of the run: a minute at 100,000
          // articles, said as it goes rather than in silence.
          onMerge: (m) =>
            line.show(
              `news-tui: add: merging the timeline: ${formatCount(m.buckets)}/${formatCount(m.total)} dates, ${formatCount(m.rows)} rows`,
              m.buckets === m.total,
            ),
        });
        line.end();
        const summary = await archive.summary();
        if (interrupt.signal.aborted) {
          process.stderr.write(
            `news-tui: add interrupted: ${formatCount(result.added)} articles added, ${printableLine(label)} holds ${formatCount(summary.articles)}; run add again to go on\n`,
          );
          return 130;
        }
        const failed = result.held === 0 && result.problems > 0;
        process.stderr.write(
          `news-tui: added ${formatCount(result.added)} articles from ${formatCount(result.files - result.unchanged)} new or changed files (${formatCount(result.unchanged)} unchanged); ${printableLine(label)} holds ${formatCount(summary.articles)} articles\n`,
        );
        // Nothing of what was named is in the archive, and something went wrong: a failure.
        return failed ? 1 : 0;
      },
      true,
    );
    if (added !== null) await keepTimelineOrder(added);
    return status;
  } finally {
    process.off('SIGINT', onInterrupt);
    await pool.close();
  }
}

async function runPrune(options: CliOptions): Promise<number> {
  let pruned: { location: string; label: string } | null = null;
  const status = await withArchive(options, async (archive, label, location) => {
    const { files, articles } = await archive.prune(existsSync);
    process.stderr.write(
      `news-tui: pruned ${formatCount(files)} files gone from disk and ${formatCount(articles)} articles no file holds from ${printableLine(label)}\n`,
    );
    if (articles > 0) pruned = { location, label };
    return 0;
  });
  if (pruned !== null) await keepTimelineOrder(pruned);
  return status;
}

/**
 * After an add or a prune, the timeline's order is read once into the cache
 * (src/archive/timeline-order.ts), so the next `--archive` opens from it: read from the archive,
 * the order costs a row lookup per timeline row (seconds at half a million rows). A SQLite
 * archive only; a failure here leaves the UI to read it itself.
 */
async function keepTimelineOrder({ location, label }: { location: string; label: string }): Promise<void> {
  const { isServerLocation } = await import('../archive/open-archive.js');
  if (isServerLocation(location)) return;
  try {
    const { openArchiveBrowse } = await import('../archive/browse.js');
    await (await openArchiveBrowse(location, label)).close();
  } catch {
    // the UI reads the order itself
  }
}

async function runSummary(options: CliOptions): Promise<number> {
  return withArchive(options, async (archive, label) => {
    const summary = await archive.summary();
    if (options.json) process.stdout.write(JSON.stringify(summary) + '\n');
    else
      process.stdout.write(
        `${printableLine(label)}: ${formatCount(summary.articles)} articles, ${formatCount(summary.events)} events, ${summary.first ?? '–'} – ${summary.last ?? '–'}, ${(summary.bytes / 1024 / 1024).toFixed(1)} MB\n`,
      );
    return 0;
  });
}

/** Full-text search over the archive's articles: the words in any order, best first. */
async function runTextSearch(options: CliOptions): Promise<number> {
  const { queryWords } = await import('../archive/store.js');
  if (queryWords(options.query).length === 0) {
    process.stderr.write(`news-tui: search: the query has no word to search for\n`);
    return 2;
  }
  return withArchive(options, async (archive) => {
    const hits = await archive.searchText(options.query, options.limit ?? 20);
    for (const hit of hits) {
      if (options.json) process.stdout.write(JSON.stringify(hit) + '\n');
      else
        process.stdout.write(
          `${hit.date ?? 'undated'}  ${printableLine(hit.title)}\n    ${printableLine(hit.snippet)}\n    ${printableLine(hit.path)}\n`,
        );
    }
    if (hits.length === 0 && !options.json)
      process.stderr.write(`news-tui: no article has every word of '${printableLine(options.query)}'\n`);
    return hits.length === 0 ? 1 : 0;
  });
}

export async function runArchiveCommand(options: CliOptions): Promise<number> {
  try {
    return await dispatch(options);
  } catch (error) {
    if (!(error instanceof ArchiveUnavailable)) throw error;
    process.stderr.write(`news-tui: ${printableLine(error.message)}\n`);
    return 1;
  }
}

async function dispatch(options: CliOptions): Promise<number> {
  switch (options.command) {
    case 'add':
      return runAdd(options);
    case 'prune':
      return runPrune(options);
    case 'search':
      return runTextSearch(options);
    default:
      return runSummary(options);
  }
}

/** The whole archive as a story (every article read back with its analysis, none analysed
 * again): what `events`, `dates`, `entities` and the UI show with `--archive`. */
export async function archiveStory(options: CliOptions): Promise<Story> {
  const { assembleStory } = await import('../pipeline/index.js');
  const { compareArticles } = await import('../corpus/index.js');
  return withArchive(options, async (archive, label) => {
    const articles = [];
    for await (const article of archive.analysedArticles()) articles.push(article);
    // The order a folder's articles load in, so the story is the one its files would make.
    articles.sort(compareArticles);
    return assembleStory(label, articles, []);
  });
}

/**
 * The archive as the UI browses it. A SQLite archive is read a window at a time
 * (src/archive/browse.ts): opening reads its timeline's numeric columns, not its articles, and
 * its connection stays open while the UI runs (a process that ends without closing it leaves a
 * pid file the next opener clears). A PostgreSQL archive is still read whole (archiveStory).
 */
export async function archiveBrowse(options: CliOptions): Promise<Story | ArchiveBrowse> {
  const { isServerLocation } = await import('../archive/open-archive.js');
  // Opened through the store first: the file checked, its schema checked and brought up to date.
  const place = await withArchive(options, async (_archive, label, location) => ({ label, location }));
  if (isServerLocation(place.location)) return archiveStory(options);
  const { openArchiveBrowse } = await import('../archive/browse.js');
  try {
    return await openArchiveBrowse(place.location, place.label);
  } catch (error) {
    throw new ArchiveUnavailable(
      `cannot open the archive ${place.label}: ${error instanceof Error ? error.message.split('\n')[0]! : String(error)}`,
    );
  }
}
