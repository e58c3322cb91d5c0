// `news-tui add PATH…`: brings files into the archive, analysing only what is new or changed.
//
// Files are listed, then compared by size and time with what the archive holds; the rest are
// read, analysed and written a batch at a time, each batch one transaction together with its
// files' stamps. A process killed at any point has either committed a batch (its files are then
// known and skipped next time) or not (they are read again): nothing lost, nothing twice. Two
// ingesters over the same files both write every article keyed by its content, and the second
// write of one is a no-op; before analysing a batch each asks which articles the other has
// already written, so their work overlaps little.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article, LoadResult, Problem } from '../types.js';
import { analysisKey } from '../pipeline/cache.js';
import { ANALYZER_VERSION } from '../nlp/index.js';
import type { AnalysisPool } from '../pipeline/pool.js';
import type { AnalysisOutcome } from '../pipeline/analyze-batch.js';
import type { Archive, ArchivedArticle, FileStamp } from './store.js';
import type { MergeProgress, MergeResult } from './timeline-merge.js';

/** A batch loaded and checked, its analysis under way. */
interface PreparedBatch {
  from: number;
  batch: FileStamp[];
  problems: number;
  failed: Set<string | null>;
  articles: Array<{ article: Article; file: string }>;
  held: Set<string>;
  fresh: Array<{ article: Article; file: string }>;
  outcomes: Promise<AnalysisOutcome[]>;
}

export interface IngestProgress {
  /** Files looked at so far, of all listed. */
  files: number;
  totalFiles: number;
  /** Articles written by this run, and articles per second. */
  added: number;
  rate: number;
}

export interface IngestOptions {
  pool: AnalysisPool;
  /** Files read, analysed and committed together (default 50: a kill loses a few seconds). */
  batchFiles?: number;
  onProgress?: (progress: IngestProgress) => void;
  onProblem?: (problem: Problem) => void;
  /** After the files: the timeline's touched buckets merged again, so far. */
  onMerge?: (progress: MergeProgress) => void;
  /** Once aborted, no further batch is begun. */
  signal?: AbortSignal;
}

export interface IngestResult {
  /** Files listed, files skipped as unchanged, articles newly written. */
  files: number;
  unchanged: number;
  added: number;
  problems: number;
  /** Articles of the named files the archive holds after this run (new or not). */
  held: number;
  /** The timeline's buckets merged again at the end (with buckets an earlier run left). */
  timeline: MergeResult;
}

/**
 * The file an article or a problem names, as stored: loaders name files in a printable form
 * (a newline in a name shown as \n), and a feed's items as `file#n`; the archive keeps the
 * real path, or prune could never find the file gone.
 */
function realFile(named: string, byShownName: ReadonlyMap<string, string>): string | null {
  const whole = byShownName.get(named);
  if (whole !== undefined) return whole;
  const hash = named.lastIndexOf('#');
  return hash > 0 ? (byShownName.get(named.slice(0, hash)) ?? null) : null;
}

function stampOf(path: string): FileStamp | null {
  try {
    const info = statSync(path);
    return info.isFile() ? { path, size: info.size, mtime: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

export async function ingest(
  archive: Archive,
  paths: readonly string[],
  options: IngestOptions,
): Promise<IngestResult> {
  const { collectFiles } = await import('../corpus/files.js');
  const { loadCorpus } = await import('../corpus/index.js');
  const { printableLine } = await import('../corpus/sanitize.js');
  // Paths as the file system resolves them, so the archive means the same files from any folder.
  const listed = await collectFiles(paths.map((path) => (path === '-' ? path : resolve(path))));
  for (const problem of listed.problems) options.onProblem?.(problem);
  const known = await archive.knownFiles();
  const changed: FileStamp[] = [];
  for (const path of listed.files) {
    const stamp = stampOf(path);
    if (stamp === null) continue;
    const held = known.get(path);
    if (held && held.size === stamp.size && held.mtime === stamp.mtime && held.analyzer === ANALYZER_VERSION) continue;
    changed.push(stamp);
  }
  const batchFiles = options.batchFiles ?? 50;
  const started = performance.now();
  const result: IngestResult = {
    files: listed.files.length,
    unchanged: listed.files.length - changed.length,
    added: 0,
    problems: listed.problems.length,
    held: 0,
    timeline: { buckets: 0, rows: 0, ms: 0, whole: false },
  };
  if (result.unchanged > 0) {
    const reread = new Set(changed.map((stamp) => stamp.path));
    result.held += await archive.articlesHeldBy(listed.files.filter((path) => !reread.has(path)));
  }
  const progress = (done: number): void =>
    options.onProgress?.({
      files: result.unchanged + done,
      totalFiles: result.files,
      added: result.added,
      rate: result.added / Math.max((performance.now() - started) / 1000, 0.001),
    });
  progress(0);
  // A batch is loaded, checked against what the archive holds and handed to the analysers;
  // while the analysers work on the next batch, this one is written: the database's work and
  // the analysis overlap instead of waiting on each other. The database is used by one step at
  // a time: the next batch's check comes before this batch's write, so an article two batches
  // share is analysed twice and written once (the write is keyed by content).
  const prepare = async (from: number): Promise<PreparedBatch> => {
    const batch = changed.slice(from, from + batchFiles);
    const byShownName = new Map(batch.map((stamp) => [printableLine(stamp.path), stamp.path]));
    // Each file loaded on its own: a load keeps one copy of an article two files hold, and
    // both files must be recorded as holding it, or removing one would prune it.
    const load: LoadResult = { articles: [], problems: [] };
    for (const stamp of batch) {
      const one = await loadCorpus([stamp.path], { onProblem: options.onProblem });
      load.articles.push(...one.articles);
      load.problems.push(...one.problems);
    }
    // A file with a problem, or an article that could not be analysed, is not stamped: the next
    // add reads it again rather than taking it for done.
    const failed = new Set(load.problems.map((problem) => realFile(problem.path, byShownName)));
    const articles = load.articles.map((article) => {
      const file = realFile(article.path, byShownName) ?? article.path;
      const hash = article.path.lastIndexOf('#');
      const item = file !== article.path && hash > 0 && !byShownName.has(article.path) ? article.path.slice(hash) : '';
      return { article: { ...article, path: file + item }, file };
    });
    const held = await archive.heldKeys(articles.map(({ article }) => analysisKey(article)));
    const fresh = articles.filter(({ article }) => !held.has(analysisKey(article)));
    const outcomes = options.pool.analyze(fresh.map(({ article: { text, date } }) => ({ text, date })));
    // Not awaited here: a failure is met when the batch is written.
    outcomes.catch(() => undefined);
    return { from, batch, problems: load.problems.length, failed, articles, held, fresh, outcomes };
  };
  const write = async ({ from, batch, problems, failed, articles, held, fresh, outcomes }: PreparedBatch) => {
    result.problems += problems;
    const analysed: ArchivedArticle[] = [];
    const written = new Set<object>();
    (await outcomes).forEach((outcome, i) => {
      const { article, file } = fresh[i]!;
      if ('record' in outcome) {
        analysed.push({ article, record: outcome.record });
        written.add(article);
      } else {
        result.problems += 1;
        failed.add(file);
        options.onProblem?.({ path: printableLine(article.path), reason: outcome.skipped });
      }
    });
    const heldBy = articles
      .filter(({ article }) => held.has(analysisKey(article)) || written.has(article))
      .map(({ article, file }) => ({ file, key: analysisKey(article) }));
    result.held += heldBy.length;
    result.added += await archive.addBatch(
      analysed,
      heldBy,
      batch.filter((stamp) => !failed.has(stamp.path)),
    );
    progress(from + batch.length);
  };
  let current = changed.length > 0 && options.signal?.aborted !== true ? await prepare(0) : null;
  while (current !== null) {
    // The next batch is read and queued for the analysers while this one is analysed, then
    // analysed while this one is written.
    const following = current.from + batchFiles;
    const next = following < changed.length && options.signal?.aborted !== true ? await prepare(following) : null;
    await write(current);
    current = next;
  }
  // Once per run, not per batch: a day many batches add to is merged once. A run stopped
  // before this (Ctrl-C, a kill) leaves its buckets marked, and the next run merges them.
  if (options.signal?.aborted !== true)
    result.timeline = await archive.mergeTimeline({ signal: options.signal, onProgress: options.onMerge });
  // The story's entities and key dates read the merged timeline: refreshed once it is whole.
  if (options.signal?.aborted !== true && (await archive.pendingTimeline()) === 0) await archive.refreshStory();
  return result;
}
