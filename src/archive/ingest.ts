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
import type { Article, Problem } from '../types.js';
import { analysisKey } from '../pipeline/cache.js';
import { ANALYZER_VERSION } from '../nlp/index.js';
import type { AnalysisPool } from '../pipeline/pool.js';
import type { Archive, ArchivedArticle, FileStamp } from './store.js';

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
}

export interface IngestResult {
  /** Files listed, files skipped as unchanged, articles newly written. */
  files: number;
  unchanged: number;
  added: number;
  problems: number;
}

/** The file an article came from: a feed's items are `file#n`. */
function fileOf(article: Article, files: ReadonlySet<string>): string {
  if (files.has(article.path)) return article.path;
  const hash = article.path.lastIndexOf('#');
  return hash > 0 && files.has(article.path.slice(0, hash)) ? article.path.slice(0, hash) : article.path;
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
  const listed = await collectFiles([...paths]);
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
  };
  const progress = (done: number): void =>
    options.onProgress?.({
      files: result.unchanged + done,
      totalFiles: result.files,
      added: result.added,
      rate: result.added / Math.max((performance.now() - started) / 1000, 0.001),
    });
  progress(0);
  for (let start = 0; start < changed.length; start += batchFiles) {
    const batch = changed.slice(start, start + batchFiles);
    const names = new Set(batch.map((stamp) => stamp.path));
    // Named one by one, so a file found inside a folder is still judged as one (not skipped).
    const load = await loadCorpus(
      batch.map((stamp) => stamp.path),
      { onProblem: options.onProblem },
    );
    result.problems += load.problems.length;
    const heldBy = load.articles.map((article) => ({ file: fileOf(article, names), key: analysisKey(article) }));
    const held = await archive.heldKeys(heldBy.map(({ key }) => key));
    const fresh = load.articles.filter((article) => !held.has(analysisKey(article)));
    const outcomes = await options.pool.analyze(fresh.map(({ text, date }) => ({ text, date })));
    const analysed: ArchivedArticle[] = [];
    outcomes.forEach((outcome, i) => {
      const article = fresh[i]!;
      if ('record' in outcome) analysed.push({ article, record: outcome.record });
      else {
        result.problems += 1;
        options.onProblem?.({ path: article.path, reason: outcome.skipped });
      }
    });
    result.added += await archive.addBatch(analysed, heldBy, batch);
    progress(start + batch.length);
  }
  return result;
}
