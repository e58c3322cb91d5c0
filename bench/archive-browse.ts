// The archive browsed a window at a time (src/archive/browse.ts), measured alone in a fresh
// process: open, RSS after it, a walk of the timeline row by row with at(), jumps, the entity
// look-ups and event searches the screens make. Prints one JSON object (bench/archive.ts's
// `paged` section runs it); run alone for a quick look:
//
//   npx tsx bench/archive-browse.ts ARCHIVE.db [rows to walk, default 10000]
import { performance } from 'node:perf_hooks';
import { openArchiveBrowse } from '../src/archive/browse.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx bench/archive-browse.ts ARCHIVE.db [rows]');
  process.exit(2);
}
const walk = Number(process.argv[3] ?? 10_000);
const rssMb = (): number => Math.round((process.memoryUsage().rss / 1024 / 1024) * 10) / 10;
const percentile = (xs: number[], share: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN) * 100) / 100;
};

const rssBefore = rssMb();
let started = performance.now();
const browse = await openArchiveBrowse(file, 'archive');
const openMs = performance.now() - started;
const rssOpen = rssMb();
const { timeline, articles } = browse;

// The first screenful, as the first frame reads it.
started = performance.now();
for (let i = 0; i < Math.min(40, timeline.length); i++) timeline.at(i);
const firstScreenMs = performance.now() - started;

// Row by row from the start: each at() a keystroke's read, a window read every 256th.
const steps: number[] = [];
let missing = 0;
const walked = Math.min(walk, timeline.length);
started = performance.now();
for (let i = 0; i < walked; i++) {
  const t = performance.now();
  if (timeline.at(i) === undefined) missing++;
  steps.push(performance.now() - t);
}
const walkMs = performance.now() - started;
const rssWalk = rssMb();

// Jumps to anywhere (a window read each: G, a key date, a search hit).
const jumps: number[] = [];
for (let k = 0; k < 50; k++) {
  const i = Math.floor(((k * 7919) % 1000) * (timeline.length / 1000));
  const t = performance.now();
  timeline.at(i);
  jumps.push(performance.now() - t);
}

// indexOfId and rowsNaming as bookmarks and the entity screen use them.
const ids: number[] = [];
for (let k = 0; k < 20; k++) {
  const i = Math.floor((k / 20) * timeline.length);
  const event = timeline.at(i);
  if (!event) continue;
  const t = performance.now();
  timeline.indexOfId(event.id);
  ids.push(performance.now() - t);
}
const named: number[] = [];
// The most mentioned (the entity screen's first), else names the first rows carry.
const names = browse.entities.length
  ? browse.entities.slice(0, 10).map((entity) => entity.name)
  : [...new Set(Array.from({ length: 200 }, (_, i) => timeline.at(i)?.entities ?? []).flat())].slice(0, 10);
let namedRows = 0;
for (const name of names) {
  const t = performance.now();
  namedRows += timeline.rowsNaming(name).length;
  named.push(performance.now() - t);
}

// Event searches as typed, a keystroke at a time.
const search = browse.createSearch();
const typed: number[] = [];
const totals: Record<string, number> = {};
for (const query of ['election', 'oil spill', 'president said', 'million since:2000', 'earthqauke']) {
  for (let n = 1; n <= query.length; n++) {
    const t = performance.now();
    const found = search.find(query.slice(0, n), { limit: 500 });
    typed.push(performance.now() - t);
    if (n === query.length) totals[query] = found.total;
  }
}

// Articles: the first window, one analysed, one by id.
started = performance.now();
const shell = articles.at(0);
const articlesFirstMs = performance.now() - started;
started = performance.now();
articles.analysed(Math.floor(articles.length / 2));
const analysedMs = performance.now() - started;
started = performance.now();
if (shell) articles.indexOfId(shell.id);
const articleIdMs = performance.now() - started;
const rssEnd = rssMb();

console.log(
  JSON.stringify({
    rows: timeline.length,
    articles: articles.length,
    distinctDates: new Set(Array.from({ length: timeline.length }, (_, i) => timeline.dateAt(i))).size,
    entities: browse.entities.length,
    keyDates: browse.keyDates.length,
    openMs: Math.round(openMs),
    orderCached: browse.orderCached,
    namedRows,
    rssBeforeMb: rssBefore,
    rssOpenMb: rssOpen,
    firstScreenMs: Math.round(firstScreenMs * 10) / 10,
    walked,
    missing,
    walkMs: Math.round(walkMs),
    stepP50Ms: percentile(steps, 0.5),
    stepP95Ms: percentile(steps, 0.95),
    stepMaxMs: percentile(steps, 1),
    rssWalkMb: rssWalk,
    jumpP50Ms: percentile(jumps, 0.5),
    jumpP95Ms: percentile(jumps, 0.95),
    indexOfIdP95Ms: percentile(ids, 0.95),
    rowsNamingP95Ms: percentile(named, 0.95),
    searchKeystrokeP50Ms: percentile(typed, 0.5),
    searchKeystrokeP95Ms: percentile(typed, 0.95),
    searchKeystrokeMaxMs: percentile(typed, 1),
    searchTotals: totals,
    articlesFirstMs: Math.round(articlesFirstMs),
    analysedMs: Math.round(analysedMs),
    articleIdMs: Math.round(articleIdMs * 10) / 10,
    rssEndMb: rssEnd,
  }),
);
await browse.close();
