// `npx tsx bench/archive-timeline.ts` (issue 15): the archive's merged timeline, kept at ingest.
// Prints, for an add into a new SQLite archive: the add's time and the merge at its end (buckets,
// rows, ms); how the stored timeline compares with buildTimeline over the same articles (rows,
// identical or how many differ); then a second add of the last tenth of the files (only the
// buckets it touches are merged: time, and how many rows then differ from a fresh build, the
// price of keeping untouched buckets' weights); and a merge of every bucket.
//
//   ARCHIVE_ARTICLES=10000            the bench corpus' first N articles (bench/archive-corpus.ts)
//   ARCHIVE_TIMELINE_FOLDERS=a,b,…    folders of articles instead (e.g. Timeline17's stories)
//   ARCHIVE_TIMELINE_PER_BATCH=1      also the cost of merging after every batch of 50 files
//                                     (another add of the same files, one run per 50 files)
//
// The analysis runs on the bundled worker (node scripts/bundle.mjs first), two threads.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/archive/ingest.js';
import { openSqlite } from '../src/archive/sqlite.js';
import { Archive } from '../src/archive/store.js';
import { workerPool } from '../src/pipeline/pool.js';
import { buildTimeline } from '../src/timeline/merge.js';
import type { AnalyzedArticle, TimelineEvent } from '../src/types.js';
import { benchCorpus } from './archive-corpus.js';

const WORKER = fileURLToPath(new URL('../dist/analysis-worker.mjs', import.meta.url));
const pool = workerPool(WORKER, 2, 60_000);
const work = mkdtempSync(join(tmpdir(), 'news-tui-archive-timeline-'));
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const folders = process.env.ARCHIVE_TIMELINE_FOLDERS
  ? process.env.ARCHIVE_TIMELINE_FOLDERS.split(',')
  : (await benchCorpus(Number(process.env.ARCHIVE_ARTICLES ?? 10_000))).folders;
const files = folders
  .flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)))
  .filter((path) => statSync(path).isFile() && !path.endsWith('.json'))
  .sort();
const cut = Math.floor(files.length * 0.9);

async function openNew(name: string): Promise<Archive> {
  return Archive.over(await openSqlite(join(work, name)), async () => 0);
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/** How the stored timeline compares with buildTimeline over the archive's articles. */
async function compare(archive: Archive): Promise<string> {
  const stored = await collect(archive.timeline());
  const articles: AnalyzedArticle[] = await collect(archive.analysedArticles());
  const started = performance.now();
  const built = buildTimeline(articles);
  const buildMs = performance.now() - started;
  const key = (event: TimelineEvent): string => JSON.stringify(event);
  const builtKeys = new Set(built.map(key));
  const storedKeys = new Set(stored.map(key));
  const summaries = new Set(built.map((event) => `${event.id} ${event.summary}`));
  const identical = JSON.stringify(stored) === JSON.stringify(built);
  return (
    `stored ${stored.length} rows, buildTimeline ${built.length} rows (${s(buildMs)} over ${articles.length} articles): ` +
    (identical
      ? 'identical, in order'
      : `${stored.filter((event) => !builtKeys.has(key(event))).length} stored rows not in the build, ` +
        `${built.filter((event) => !storedKeys.has(key(event))).length} built rows not stored, ` +
        `${stored.filter((event) => !summaries.has(`${event.id} ${event.summary}`)).length} stored summaries differ or have another id`)
  );
}

console.log(`${files.length} files in ${folders.length} folders; work folder ${work}\n`);
const archive = await openNew('archive.db');
let started = performance.now();
const first = await ingest(archive, files.slice(0, cut), { pool });
console.log(
  `add of ${cut} files: ${s(performance.now() - started)}, ${first.added} articles; ` +
    `merge at its end ${s(first.timeline.ms)} (${first.timeline.buckets} buckets, ${first.timeline.rows} rows, whole ${first.timeline.whole})`,
);
console.log(`  ${await compare(archive)}`);
started = performance.now();
const second = await ingest(archive, files, { pool });
console.log(
  `add of the other ${files.length - cut} files: ${s(performance.now() - started)}, ${second.added} articles; ` +
    `merge ${s(second.timeline.ms)} (${second.timeline.buckets} buckets, ${second.timeline.rows} rows, whole ${second.timeline.whole})`,
);
console.log(`  ${await compare(archive)}`);
const refresh = await archive.refreshTimeline();
console.log(`merge of every bucket: ${s(refresh.ms)} (${refresh.buckets} buckets, ${refresh.rows} rows)`);
console.log(`  ${await compare(archive)}`);
await archive.close();

if (process.env.ARCHIVE_TIMELINE_PER_BATCH === '1') {
  const perBatch = await openNew('per-batch.db');
  let mergeMs = 0;
  let buckets = 0;
  started = performance.now();
  for (let i = 0; i < files.length; i += 50) {
    const result = await ingest(perBatch, files.slice(i, i + 50), { pool });
    mergeMs += result.timeline.ms;
    buckets += result.timeline.buckets;
  }
  console.log(
    `merging after every 50 files instead: add ${s(performance.now() - started)}, merges ${s(mergeMs)} in all (${buckets} buckets merged)`,
  );
  console.log(`  ${await compare(perBatch)}`);
  await perBatch.close();
}

await pool.close();
rmSync(work, { recursive: true, force: true });
