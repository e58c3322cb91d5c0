// Reopening a corpus without reading it: when none of the files under the opened paths was
// added, removed or changed (same size and modification time), the loaded articles and problems
// of the last open are read back from one file instead of parsing every article again.
//
// The file list is taken by a plain walk before loading, and compared whole: it lists every
// non-hidden file, whether or not the loader takes it, so any change under the paths is a miss
// and the corpus is loaded as usual. Symbolic links and standard input are never packed.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article, LoadResult, Problem } from '../types.js';
import type { AnalysisCache } from './cache.js';

/** Every file under the opened paths with its size and modification time, in walk order. */
export type FileSnapshot = Array<[path: string, size: number, modified: number]>;

const FORMAT = 1;

/** The files under `paths`, or null when they cannot be snapshotted (stdin, a link, an error). */
export function snapshotFiles(paths: readonly string[]): FileSnapshot | null {
  const files: FileSnapshot = [];
  const visit = (path: string, info: Stats): boolean => {
    if (info.isSymbolicLink()) return false;
    if (info.isFile()) {
      files.push([path, info.size, info.mtimeMs]);
      return true;
    }
    if (!info.isDirectory()) return false;
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      const child = join(path, name);
      if (!visit(child, lstatSync(child))) return false;
    }
    return true;
  };
  try {
    for (const path of paths) {
      if (path === '-' || !visit(resolve(path), lstatSync(path))) return null;
    }
  } catch {
    return null;
  }
  return files;
}

/** Names a pack by the build that wrote it and the paths as given. */
export function corpusKey(build: string, paths: readonly string[]): string {
  return createHash('sha1')
    .update(`${build}\0${paths.map((p) => resolve(p)).join('\0')}`)
    .digest('hex');
}

function sameFiles(a: FileSnapshot, b: unknown): boolean {
  if (!Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i] as unknown;
    if (!Array.isArray(y) || y[0] !== x[0] || y[1] !== x[1] || y[2] !== x[2]) return false;
  }
  return true;
}

function isArticle(value: unknown): value is Article {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.id === 'string' &&
    typeof a.path === 'string' &&
    typeof a.text === 'string' &&
    typeof a.title === 'string' &&
    (a.date === null || typeof a.date === 'string')
  );
}

/** The last open's articles and problems, if the files are exactly as they were then. */
export function readCorpusPack(cache: AnalysisCache, key: string, files: FileSnapshot): LoadResult | null {
  const value = cache.readPack('corpora', key) as {
    format?: unknown;
    files?: unknown;
    articles?: unknown;
    problems?: unknown;
  } | null;
  if (!value || value.format !== FORMAT || !sameFiles(files, value.files)) return null;
  if (!Array.isArray(value.articles) || !value.articles.every(isArticle) || !Array.isArray(value.problems)) return null;
  return { articles: value.articles, problems: value.problems as Problem[] };
}

export async function writeCorpusPack(
  cache: AnalysisCache,
  key: string,
  files: FileSnapshot,
  load: LoadResult,
): Promise<void> {
  await cache.writePack('corpora', key, { format: FORMAT, files, problems: load.problems }, 'articles', load.articles);
}
