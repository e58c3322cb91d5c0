// What a story held in memory costs, part by part, at 10k, 20k and 50k articles of the archive
// benchmark's corpus (bench/archive-corpus.ts): the question behind issue 15's "the UI reads
// windows, not everything". Run:
//   npx tsx bench/archive-memory.ts [SIZES=10000,20000,50000]
//
// Method: analysis records are made once by the bundled analysers (dist/analysis-worker.mjs, two
// threads) and kept beside the corpus as JSONL, one file per 500-article subfolder. Each size is
// then measured in a fresh `node --expose-gc` process that builds the story the way
// src/pipeline/assemble.ts does, one part at a time, and takes the V8 heap after a full collection
// between parts: each figure is what that part adds to everything built before it. RSS is the
// process's resident memory at the same moments (it does not shrink back, so it shows the peak so
// far). The compact timeline rows are measured last, alone, after everything else is dropped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/corpus/index.js';
import { mergeEntityNames, summarizeEntities } from '../src/nlp/index.js';
import { analysisKey, fromRecord, workerPool, type AnalysisRecord } from '../src/pipeline/index.js';
import { createEventSearch, sourceNamesFromArticles } from '../src/search/index.js';
import { buildTimeline, keyDates } from '../src/timeline/index.js';
import type { AnalyzedArticle, Article, TimelineEvent } from '../src/types.js';
import { BENCH_DIR, PER_FOLDER, benchCorpus, roundedCount } from './archive-corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RECORDS = join(BENCH_DIR, 'records');
const WORKER = join(ROOT, 'dist', 'analysis-worker.mjs');
const MB = 1024 * 1024;
const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

/** A folder's articles: its .txt files (Timeline17's folders also hold the gold timelines' JSON). */
const inputs = (folders: string[]): string[] =>
  folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(folder, name)),
  );

/** Analyses every folder without a records file; returns the seconds spent (0: all were there). */
async function ensureRecords(folders: string[]): Promise<number> {
  mkdirSync(RECORDS, { recursive: true });
  const todo = folders.filter((folder) => !existsSync(join(RECORDS, `${basename(folder)}.jsonl`)));
  if (todo.length === 0) return 0;
  if (!existsSync(WORKER)) throw new Error('dist/analysis-worker.mjs is missing: run node scripts/bundle.mjs');
  const pool = workerPool(WORKER, 2, 60_000);
  const started = performance.now();
  let done = 0;
  for (const folder of todo) {
    const { articles } = await loadCorpus(inputs([folder]));
    const batches: Array<Promise<string[]>> = [];
    for (let from = 0; from < articles.length; from += 16) {
      const batch = articles.slice(from, from + 16);
      batches.push(
        pool
          .analyze(batch.map((a) => ({ text: a.text, date: a.date })))
          .then((outcomes) =>
            outcomes.flatMap((outcome, k) =>
              'skipped' in outcome ? [] : [`${analysisKey(batch[k]!)}\t${JSON.stringify(outcome.record)}`],
            ),
          ),
      );
    }
    const lines = (await Promise.all(batches)).flat();
    writeFileSync(join(RECORDS, `${basename(folder)}.jsonl`), `${lines.join('\n')}\n`);
    done += articles.length;
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`analysed ${done} articles, ${Math.round(done / seconds)}/s\n`);
  }
  await pool.close();
  return (performance.now() - started) / 1000;
}

interface Stage {
  name: string;
  heap: number;
  rss: number;
  ms: number;
}

/** What the child builds, one property per part, deleted to drop it. Every stage runs in a
 * function of its own so no temporary of a long-running frame keeps a dropped part alive. */
interface Held {
  articles?: Article[];
  analysed?: AnalyzedArticle[];
  merged?: AnalyzedArticle[];
  timeline?: TimelineEvent[];
  entities?: ReturnType<typeof summarizeEntities>;
  dates?: ReturnType<typeof keyDates>;
  search?: ReturnType<typeof createEventSearch>;
  compactJson?: string;
}

async function loadInto(held: Held, folders: string[]): Promise<void> {
  held.articles = (await loadCorpus(inputs(folders))).articles;
}

function analyseInto(held: Held, folders: string[]): number {
  const records = new Map<string, string>();
  for (const folder of folders) {
    for (const line of readFileSync(join(RECORDS, `${basename(folder)}.jsonl`), 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) records.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  let bytes = 0;
  for (const raw of records.values()) bytes += raw.length;
  held.analysed = held.articles!.flatMap((article) => {
    const raw = records.get(analysisKey(article));
    return raw === undefined ? [] : [fromRecord(article, JSON.parse(raw) as AnalysisRecord)];
  });
  delete held.articles;
  return bytes;
}

function totalsOf(held: Held, textChars: number, recordBytes: number): Record<string, number> {
  const counts = { sentences: 0, mentions: 0, times: 0, events: 0 };
  for (const a of held.merged!) {
    counts.sentences += a.sentences.length;
    counts.mentions += a.entities.length;
    counts.times += a.times.length;
    counts.events += a.events.length;
  }
  const timeline = held.timeline!;
  return {
    articles: held.merged!.length,
    textChars,
    recordBytes,
    ...counts,
    timelineRows: timeline.length,
    sourceRefs: timeline.reduce((n, e) => n + e.sources.length, 0),
    summaryChars: timeline.reduce((n, e) => n + e.summary.length, 0),
    entities: held.entities!.length,
    keyDates: held.dates!.length,
  };
}

/** The compact rows a windowed UI might keep, serialised while the timeline is at hand. */
function compactJsonOf(held: Held): void {
  held.compactJson = JSON.stringify(
    held.timeline!.map((e) => [e.date, e.summary, e.sources.length, e.sources[0]!.articleId]),
  );
}

type CompactRow = [string, string, number, string];
const fresh = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');
const dayOf = (date: string): number => Date.parse(date.slice(0, 10)) / 86_400_000 || 0;

// Compact rows three ways: objects with the summary; columns with the summary cut to a screen
// row (120 characters); and columns without any text (day number, precision, source count,
// article number), the summaries then read a window at a time from the database.
const COMPACT: Record<string, (rows: CompactRow[]) => unknown> = {
  'objects {date, summary, sources, article key}': (rows) =>
    rows.map(([date, summary, sources, key]) => ({
      date: fresh(date),
      summary: fresh(summary),
      sources,
      key: fresh(key),
    })),
  'columns, summary cut to 120 chars': (rows) => ({
    day: Int32Array.from(rows, ([date]) => dayOf(date)),
    summary: rows.map(([, summary]) => fresh(summary.slice(0, 120))),
    sources: Uint16Array.from(rows, ([, , sources]) => sources),
    article: Int32Array.from(rows, (_, i) => i),
  }),
  'columns without text (day, precision, sources, article number)': (rows) => ({
    day: Int32Array.from(rows, ([date]) => dayOf(date)),
    precision: Uint8Array.from(rows, ([date]) => date.length),
    sources: Uint16Array.from(rows, ([, , sources]) => sources),
    article: Int32Array.from(rows, (_, i) => i),
  }),
};

/** Runs in the child: builds the story for the given folders part by part and prints JSON. */
async function measure(folders: string[]): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const heapNow = (): number => {
    gc();
    gc();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    // Typed arrays' storage is outside the V8 heap: counted here, as the compact columns use it.
    return heapUsed + arrayBuffers;
  };
  const stages: Stage[] = [];
  let clock = performance.now();
  const mark = (name: string): void => {
    const ms = performance.now() - clock;
    stages.push({ name, heap: heapNow(), rss: process.memoryUsage().rss, ms });
    clock = performance.now();
  };
  const held: Held = {};
  const stage = (name: string, build: (h: Held) => void): void => {
    build(held);
    mark(name);
  };
  mark('baseline (modules loaded)');
  await loadInto(held, folders);
  const textChars = held.articles!.reduce((n, a) => n + a.text.length, 0);
  mark('articles loaded (texts, titles, paths)');
  let recordBytes = 0;
  stage('analyses made whole (sentences, entities, times, events)', (h) => {
    recordBytes = analyseInto(h, folders);
  });
  stage('entity names merged across articles', (h) => {
    h.merged = mergeEntityNames(h.analysed!);
    delete h.analysed;
  });
  stage('timeline built (merged rows)', (h) => {
    h.timeline = buildTimeline(h.merged!);
  });
  stage('entity summaries', (h) => {
    h.entities = summarizeEntities(h.merged!);
  });
  stage('key dates', (h) => {
    h.dates = keyDates(h.merged!, h.timeline!);
  });
  stage('search index prepared', (h) => {
    h.search = createEventSearch(h.timeline!, { sourceNames: sourceNamesFromArticles(h.merged!) });
    h.search.prepare();
  });
  const totals = totalsOf(held, textChars, recordBytes);
  compactJsonOf(held);

  // What each part holds: dropped one at a time (a string two parts share is freed with the
  // last of them, so this is what dropping each one frees once the ones before are gone).
  const freed: Array<[string, number]> = [];
  const dropping = (name: string, drop: (h: Held) => void): void => {
    const before = heapNow();
    drop(held);
    freed.push([name, before - heapNow()]);
  };
  dropping('search index', (h) => {
    delete h.search;
  });
  dropping('key dates', (h) => {
    delete h.dates;
  });
  dropping('entity summaries', (h) => {
    delete h.entities;
  });
  dropping('sentences', (h) => {
    for (const a of h.merged!) a.sentences = [];
  });
  dropping('entity mentions', (h) => {
    for (const a of h.merged!) a.entities = [];
  });
  dropping('time expressions', (h) => {
    for (const a of h.merged!) a.times = [];
  });
  dropping('article events', (h) => {
    for (const a of h.merged!) a.events = [];
  });
  dropping('timeline rows', (h) => {
    delete h.timeline;
  });
  dropping('article texts', (h) => {
    for (const a of h.merged!) a.text = '';
  });
  dropping('article shells (title, path, id, date)', (h) => {
    delete h.merged;
  });
  mark('everything dropped');

  const compact: Record<string, number> = {};
  const rows = JSON.parse(held.compactJson!) as CompactRow[];
  delete held.compactJson;
  const costOf = (build: (rows: CompactRow[]) => unknown): number => {
    const before = heapNow();
    const kept = build(rows);
    const after = heapNow();
    return kept === undefined ? NaN : after - before;
  };
  for (const [name, build] of Object.entries(COMPACT)) compact[name] = costOf(build);
  console.log(JSON.stringify({ totals, stages, held: freed, compact }));
}

interface Measured {
  totals: Record<string, number>;
  stages: Stage[];
  held: Array<[string, number]>;
  compact: Record<string, number>;
}

function report(label: string, m: Measured, peakKb: number): string {
  const t = m.totals;
  const per = (x: number): string => (x / t.articles!).toFixed(2);
  const lines = [
    `## ${label}: ${t.articles!.toLocaleString('en-US')} articles (peak RSS of the measuring process ${mb(peakKb * 1024)})`,
    '',
    `text ${(t.textChars! / 1e6).toFixed(1)} M characters, records ${mb(t.recordBytes!)} as JSON; per article: ` +
      `${per(t.sentences!)} sentences, ${per(t.mentions!)} entity mentions, ${per(t.times!)} time expressions, ` +
      `${per(t.events!)} events → ${per(t.timelineRows!)} timeline rows (${t.timelineRows!.toLocaleString('en-US')} rows, ` +
      `${t.sourceRefs!.toLocaleString('en-US')} source references, ${t.entities!.toLocaleString('en-US')} entities, ${t.keyDates} key dates)`,
    '',
    '| stage | adds to heap | heap after | RSS after | time |',
    '|---|---:|---:|---:|---:|',
  ];
  m.stages.forEach((s, i) => {
    const added = i === 0 ? s.heap : s.heap - m.stages[i - 1]!.heap;
    lines.push(`| ${s.name} | ${mb(added)} | ${mb(s.heap)} | ${mb(s.rss)} | ${Math.round(s.ms)} ms |`);
  });
  lines.push('', 'Freed by dropping each part in turn (a string two parts share is freed with the last):', '');
  for (const [name, bytes] of m.held) lines.push(`- ${name}: ${mb(bytes)}`);
  lines.push('', `Compact timeline rows (${t.timelineRows!.toLocaleString('en-US')}), alone:`, '');
  for (const [name, bytes] of Object.entries(m.compact))
    lines.push(`- ${name}: ${mb(bytes)} (${Math.round(bytes / t.timelineRows!)} B/row)`);
  return lines.join('\n');
}

function measureInChild(folders: string[], label: string): void {
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      process.execPath,
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      'measure',
      ...folders,
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * MB },
  );
  if (run.status !== 0) throw new Error(`measuring ${label} failed: ${run.stderr}`);
  const peakKb = Number(run.stderr.trim().split('\n').at(-1));
  const measured = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Measured;
  console.log(`${report(label, measured, peakKb)}\n`);
  writeFileSync(join(BENCH_DIR, `memory-${label}.json`), JSON.stringify({ peakKb, ...measured }, null, 1));
}

if (process.argv[2] === 'measure') {
  await measure(process.argv.slice(3));
} else {
  // Numbers are sizes of the benchmark corpus; anything else a folder of real articles measured
  // alone (Timeline17's stories: distinct articles, where the corpus repeats its sources).
  const args = (process.argv[2] ?? '10000,20000,50000').split(',');
  const sizes = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
  const real = args.filter((arg) => !/^\d+$/.test(arg));
  if (sizes.length) {
    const { folders, written } = await benchCorpus(Math.max(...sizes));
    if (written) console.error(`corpus written to ${join(BENCH_DIR, 'corpus')}`);
    const seconds = await ensureRecords(folders);
    if (seconds > 0) console.error(`analysed in ${seconds.toFixed(0)} s`);
    for (const size of sizes) measureInChild(folders.slice(0, roundedCount(size) / PER_FOLDER), String(size));
  }
  if (real.length) {
    await ensureRecords(real);
    measureInChild(real, real.map((folder) => basename(folder)).join('+'));
  }
}
