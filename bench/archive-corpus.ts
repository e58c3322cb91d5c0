// The archive benchmark's corpus: bench:perf's (real TimeBank/AQUAINT and feed text, copies dated
// three days apart; bench/perf-corpus.ts), written once into a cache folder under the system's
// temp folder and reused by later runs. Files are numbered and 500 go to a subfolder, so the
// first N articles of the largest corpus written are its first N/500 subfolders: every size the
// benchmarks use is a prefix of one folder.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchCorpus } from './perf-corpus.js';

/** Where the corpus and the benchmarks' other reusable files live (ARCHIVE_BENCH_DIR overrides). */
export const BENCH_DIR = process.env.ARCHIVE_BENCH_DIR ?? join(tmpdir(), 'news-tui-archive-bench');
const CORPUS = join(BENCH_DIR, 'corpus');
const WRITTEN = join(CORPUS, 'written.txt');
export const PER_FOLDER = 500;

/** Rounds a requested size up to whole subfolders. */
export function roundedCount(count: number): number {
  return Math.max(PER_FOLDER, Math.ceil(count / PER_FOLDER) * PER_FOLDER);
}

function writtenCount(): number {
  return existsSync(WRITTEN) ? Number(readFileSync(WRITTEN, 'utf8').trim()) || 0 : 0;
}

/** The subfolders holding the first `count` articles (rounded up to 500), writing the corpus if
 * it is missing or smaller; `written` is true when this call wrote it. */
export async function benchCorpus(count: number): Promise<{ folders: string[]; count: number; written: boolean }> {
  const rounded = roundedCount(count);
  let written = false;
  if (writtenCount() < rounded) {
    mkdirSync(CORPUS, { recursive: true });
    await writeBenchCorpus(CORPUS, rounded);
    writeFileSync(WRITTEN, `${rounded}\n`);
    written = true;
  }
  const folders = Array.from({ length: rounded / PER_FOLDER }, (_, i) => join(CORPUS, String(i).padStart(3, '0')));
  return { folders, count: rounded, written };
}
