// The corpus front door: paths in, articles and problems out. Nothing here throws for bad
// input; every file that cannot be read becomes one Problem line.
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Article, LoadResult, Problem } from '../types.js';
import { ARTICLE_INPUT_BYTES, inputBudgetBytes, megabytes, overBudget } from './budget.js';
import { collectFiles, fsReason } from './files.js';
import { parseFile } from './parse.js';
import { printableLine, printableText, sanitizeText } from './sanitize.js';

export { printableLine, printableText, sanitizeText };
export { articleId } from './article.js';
export { detectFormat, loadStdin, parseFile, parseText, type Format } from './parse.js';
export { DEFAULT_MEMORY_MB, inputBudgetBytes, memoryBudgetMb } from './budget.js';

/** Files larger than this are named as too large rather than read whole: no one article is. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const COLLECTION_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '.rdf']);

/**
 * The size cap for a path. Exports and feeds hold many articles in one file (10,000 news
 * articles as JSON Lines are 15-40 MB), so theirs is what the memory budget can analyse (stdin
 * may be one); an article's is the smaller of that and 20 MB.
 */
function capFor(path: string, options: LoadOptions): Cap {
  const fixed = (bytes: number): Cap => ({
    bytes,
    tooLarge: (size) => `too large (${size}; the limit is ${megabytes(bytes)})`,
  });
  if (options.maxBytes !== undefined) return fixed(options.maxBytes);
  const budget = options.inputBudget ?? inputBudgetBytes();
  const collection = path === '-' || COLLECTION_EXTENSIONS.has(extname(path).toLowerCase());
  if (!collection && DEFAULT_MAX_BYTES <= budget) return fixed(DEFAULT_MAX_BYTES);
  return { bytes: budget, tooLarge: (size) => `too large (${size}): ${overBudget(budget)}` };
}

interface Cap {
  bytes: number;
  /** The problem line for a file of `size` ("250 MB", "over 60 MB"). */
  tooLarge(size: string): string;
}

// Files read at once: enough to hide disk latency without flooding a small machine.
const READ_CONCURRENCY = 8;

export interface LoadOptions {
  /** Called once per problem as soon as it is found (files finish in any order); the result lists them all in the order files were found. */
  onProblem?: (problem: Problem) => void;
  /** Called after each file is read, for a progress line: files done of files found. */
  onProgress?: (done: number, total: number) => void;
  /** Size cap in bytes for every file (default 20 MB, and for JSON, JSON Lines, feeds and stdin what the memory budget allows). */
  maxBytes?: number;
  /** Bytes of input the whole load may read (default: what the memory budget allows, src/corpus/budget.ts). */
  inputBudget?: number;
  /** Reads `-` (given the size cap); defaults to process.stdin. */
  readStdin?: (maxBytes: number) => Promise<Uint8Array>;
}

type ReadResult = { bytes: Uint8Array } | { problem: string };

/** Bytes of input a load may still read: each file takes its size before it is read. */
interface Allowance {
  /** Bytes of input the whole load may take. */
  budget: number;
  left: number;
  /** Files not read because the allowance ran out, in the order they were found. */
  refused: string[];
}

// Synchronous reads: for thousands of small local files they take a third of the time of
// fs/promises (one open/stat/read/close round trip through the thread pool each), measured at
// 0.7 s against 2.0 s for 10,000 articles. The type is checked before opening, so a named pipe
// is reported, never waited on. Being synchronous up to the read, files take their share of the
// allowance in the order they were found.
async function readCapped(path: string, cap: Cap, allowance: Allowance): Promise<ReadResult | { refused: true }> {
  const maxBytes = cap.bytes;
  let fd: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) return { problem: 'not a regular file' };
    if (info.size > maxBytes) return { problem: cap.tooLarge(megabytes(info.size)) };
    if (info.size > allowance.left) return { refused: true };
    allowance.left -= info.size;
    fd = openSync(path, 'r');
  } catch (error) {
    return { problem: fsReason(error) };
  }
  try {
    const info = fstatSync(fd);
    if (info.size > maxBytes) return { problem: cap.tooLarge(megabytes(info.size)) };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    return { problem: fsReason(error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing left to release
    }
  }
}

/** A parser's message as one line: its controls removed, its line breaks folded. */
function oneLine(s: string): string {
  return sanitizeText(s).replace(/\s+/g, ' ').trim();
}

/** Reads stdin, stopping one byte past the cap so an endless pipe cannot exhaust memory. */
async function readAllStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buffer);
    total += buffer.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/** Compares `file#n` paths by file, then by item number, so feed items keep their order. */
export function comparePaths(a: string, b: string): number {
  const [fileA, itemA] = splitItem(a);
  const [fileB, itemB] = splitItem(b);
  if (fileA !== fileB) return fileA < fileB ? -1 : 1;
  return itemA - itemB;
}

function splitItem(path: string): [string, number] {
  const m = /^(.*)#(\d+)$/.exec(path);
  return m ? [m[1]!, Number(m[2])] : [path, -1];
}

/** Orders articles by date (undated last), then path. */
export function compareArticles(a: Article, b: Article): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return comparePaths(a.path, b.path);
}

/**
 * Loads articles from files and folders (recursively), `-` meaning stdin. The same article
 * reached twice (same body) loads once, from the first path. Never throws.
 */
export async function loadCorpus(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
  // File names and parser messages reach the screen too: one clean line each. A name keeps its
  // controls in a visible form, so the file it names can still be found.
  const clean = (found: Problem): Problem => ({ path: printableLine(found.path), reason: oneLine(found.reason) });
  const listed = await collectFiles(paths);
  const problems = listed.problems.map(clean);
  problems.forEach((problem) => options.onProblem?.(problem));

  const results: LoadResult[] = new Array<LoadResult>(listed.files.length);
  const budget = options.inputBudget ?? inputBudgetBytes();
  const allowance: Allowance = { budget, left: budget, refused: [] };
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < listed.files.length) {
      const index = next++;
      const path = listed.files[index]!;
      const result = await loadOne(
        path,
        listed.walked.has(path),
        capFor(path, { ...options, inputBudget: budget }),
        allowance,
        options.readStdin ?? readAllStdin,
      );
      result.problems = result.problems.map(clean);
      results[index] = result;
      result.problems.forEach((problem) => options.onProblem?.(problem));
      options.onProgress?.(++done, listed.files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, listed.files.length) }, worker));
  // Files past the budget are named in one line, not one line each.
  const [firstRefused] = allowance.refused;
  if (firstRefused !== undefined) {
    const others = allowance.refused.length - 1;
    const refused = clean({
      path: firstRefused,
      reason: `not read${others ? `, nor the ${others} file${others === 1 ? '' : 's'} after it` : ''}: the files before hold ${megabytes(budget - allowance.left)}, and ${overBudget(budget)}`,
    });
    problems.push(refused);
    options.onProblem?.(refused);
  }

  // The same text reached twice loads once; the same text published on another day (a wire
  // story filed again) is another report, and its dates resolve against its own day.
  const seen = new Set<string>();
  const articles: Article[] = [];
  for (const result of results) {
    problems.push(...result.problems);
    for (const article of result.articles) {
      const key = `${article.id}\0${article.date ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      articles.push(article);
    }
  }
  articles.sort(compareArticles);
  return { articles, problems };
}

/**
 * Charges a file's articles to the allowance (ARTICLE_INPUT_BYTES each, beyond the bytes read):
 * a file of many short records is over the budget long before its bytes are. Those that do not
 * fit are left out, in one line.
 */
function chargeArticles(result: LoadResult, path: string, allowance: Allowance): LoadResult {
  const count = result.articles.length;
  const fitting = Math.max(0, Math.min(count, Math.floor(allowance.left / ARTICLE_INPUT_BYTES)));
  allowance.left -= fitting * ARTICLE_INPUT_BYTES;
  if (fitting === count) return result;
  const reason = `${count - fitting} of its ${count} articles not read: ${overBudget(allowance.budget)}`;
  return { articles: result.articles.slice(0, fitting), problems: [...result.problems, { path, reason }] };
}

async function loadOne(
  path: string,
  walked: boolean,
  cap: Cap,
  allowance: Allowance,
  readStdin: (maxBytes: number) => Promise<Uint8Array>,
): Promise<LoadResult> {
  try {
    if (path === '-') {
      const maxBytes = Math.min(cap.bytes, allowance.left);
      const bytes = await readStdin(maxBytes);
      if (bytes.length > maxBytes)
        return { articles: [], problems: [{ path, reason: cap.tooLarge(`over ${megabytes(maxBytes)}`) }] };
      allowance.left -= bytes.length;
      return chargeArticles(await parseFile(bytes, '-'), '-', allowance);
    }
    const read = await readCapped(path, cap, allowance);
    if ('refused' in read) {
      allowance.refused.push(path);
      return { articles: [], problems: [] };
    }
    if ('problem' in read) return { articles: [], problems: [{ path, reason: read.problem }] };
    return chargeArticles(await parseFile(read.bytes, path, { walked }), path, allowance);
  } catch (error) {
    // A parser bug must cost one file, not the whole load.
    return { articles: [], problems: [{ path, reason: `could not load: ${fsReason(error)}` }] };
  }
}
