import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Problem } from '../types.js';

/** Extensions picked up when walking a folder; a file named explicitly is read whatever its name. */
export const ARTICLE_EXTENSIONS = new Set([
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.rss',
  '.atom',
  '.rdf',
  '.xml',
  '.json',
  '.jsonl',
  '.ndjson',
]);

export interface FileList {
  files: string[];
  /** Files found inside folders rather than named: these may be skipped when not articles. */
  walked: Set<string>;
  problems: Problem[];
}

/** One line for a file-system error, without the stack or the repeated path. */
export function fsReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable (permission denied)';
    case 'ELOOP':
      return 'symlink loop';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ENAMETOOLONG':
      return 'path too long';
    default:
      return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}

/**
 * Expands paths into the files to read: folders recursively (hidden entries skipped, names in
 * sorted order so loads are repeatable), symlinks followed, loops reported once and not entered.
 */
export async function collectFiles(paths: string[]): Promise<FileList> {
  const files: string[] = [];
  const walked = new Set<string>();
  const problems: Problem[] = [];
  const seenDirs = new Set<string>();

  async function walk(dir: string, ancestors: string[]): Promise<void> {
    let entries: Dirent[];
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
    } catch (error) {
      problems.push({ path: dir, reason: fsReason(error) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      // Only symlinks need a stat to learn what they point at; a dangling or looping one is a problem.
      if (entry.isSymbolicLink()) {
        try {
          const info = await stat(path);
          isDirectory = info.isDirectory();
          isFile = info.isFile();
        } catch (error) {
          problems.push({ path, reason: fsReason(error) });
          continue;
        }
      }
      if (isDirectory) {
        await enterDir(path, ancestors);
      } else if (isFile && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        files.push(path);
        walked.add(path);
      }
    }
  }

  async function enterDir(path: string, ancestors: string[]): Promise<void> {
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      problems.push({ path, reason: fsReason(error) });
      return;
    }
    if (ancestors.includes(real)) {
      problems.push({ path, reason: `symlink loop (leads back to ${real})` });
      return;
    }
    // The same folder reached by two routes is read once.
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    await walk(path, [...ancestors, real]);
  }

  for (const given of paths) {
    if (given === '-') {
      files.push('-');
      continue;
    }
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      problems.push({ path: given, reason: fsReason(error) });
      continue;
    }
    if (info.isDirectory()) await enterDir(given, []);
    else if (info.isFile()) files.push(given);
    else problems.push({ path: given, reason: 'not a regular file' });
  }
  return { files, walked, problems };
}
