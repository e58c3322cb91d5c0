// From loaded articles to a story that grows as analysis arrives. Cached articles come from the
// cache; the rest are analysed in batches — in worker threads for large corpora, where an
// assembler thread also rebuilds the timeline from everything analysed so far, so the main
// thread only receives finished timelines and stays free for input. Small corpora are analysed
// and assembled in this thread, with no thread start-up at all.
import { setFlagsFromString } from 'node:v8';
import type { AnalyzedArticle, LoadResult, Problem, Story } from '../types.js';
import { mergeEntityNames } from '../nlp/index.js';
import { keyDates } from '../timeline/index.js';
import { assembleStory } from './assemble.js';
import { assemblerWorker, type Assembler } from './assembler.js';
import { articleBudgetMs } from './budget.js';
import { analysisKey, storyKey, type AnalysisCache } from './cache.js';
import type { Assembled } from './messages.js';
import { inProcessPool, workerPool, type AnalysisPool } from './pool.js';
import { fromRecord, toRecord, type AnalysisRecord } from './record.js';

export interface AnalysisProgress {
  done: number;
  total: number;
  /** Articles analysed per second so far (cache hits are not counted). */
  rate: number;
}

export interface StoryUpdate {
  /** While incomplete: the articles analysed so far (entity names not yet merged across the
   * corpus) and the timeline, entities and key dates assembled from them. */
  story: Story;
  progress: AnalysisProgress;
  complete: boolean;
}

export interface StreamOptions {
  name: string;
  /** null: neither read nor write the cache. */
  cache?: AnalysisCache | null;
  /** Names the code that assembles stories, for the whole-story cache; null: no story cache. */
  build?: string | null;
  /** Analyses the misses instead of a pool made here (tests count analyses with it). */
  pool?: AnalysisPool;
  /** The worker bundle (analysers and assembler); null: everything in this thread. */
  workerFile?: string | null;
  threads?: number;
  /** Corpora with at most this many articles to analyse run in this thread: no worker start-up. */
  inProcessLimit?: number;
  batchSize?: number;
  /** Milliseconds one article's analysis may take before it is skipped (articleBudgetMs()). */
  budgetMs?: number;
  /** Partial stories at most this often while threads analyse; 0: only the complete story. */
  updateMs?: number;
  onUpdate?: (update: StoryUpdate) => void;
  /** After every batch, for progress display. */
  onProgress?: (progress: AnalysisProgress) => void;
}

export interface StoryStream {
  /** The complete story. */
  readonly done: Promise<Story>;
  /** Settles once the cache holds everything analysed (at once without a cache). */
  readonly saved: Promise<void>;
  /** Stops analysis, keeping in the cache what was analysed so far. */
  stop(): Promise<void>;
}

export const IN_PROCESS_LIMIT = 50;

let tunedForSize = false;
let beforeTuning: (() => void) | null = null;

/** Whether a large corpus changed V8's heap flags in this process: code compiled from then on
 * would not match a fresh start's flags (bin/news-tui.js does not cache it). */
export function heapTunedForSize(): boolean {
  return tunedForSize;
}

/** Runs `callback` just before a large corpus changes the heap flags: the last moment to keep
 * what this process compiled for the next start. */
export function beforeHeapTuning(callback: () => void): void {
  beforeTuning = callback;
}

// One record at a time: a whole corpus of them at once would double the analyses in memory.
function* records(articles: readonly AnalyzedArticle[]): Generator<ReturnType<typeof toRecord>> {
  for (const article of articles) yield toRecord(article);
}
const BATCH_SIZE = 16;
// Articles handed to the assembler per message when they come from the cache.
const ADD_CHUNK = 500;
// Articles made whole per turn of the event loop at the end (about 10 ms).
const ARTICLES_PER_TURN = 250;
// Partial assemblies may take this share of the thread that runs them: on the main thread
// the rest is for input; on the assembler thread, which shares the cores with the analysers,
// the rest is for analysis (at 10,000 articles one assembly takes seconds, so the timeline
// then grows every fifteen seconds or so while progress still moves every 250 ms).
const MAIN_THREAD_SHARE = 1 / 3;
const ASSEMBLER_SHARE = 1 / 4;

export function streamStory(load: LoadResult, options: StreamOptions): StoryStream {
  const { name, cache = null, build = null, onUpdate, onProgress } = options;
  const { articles } = load;
  // The loader's problems, then each article skipped by analysis, named once as it is skipped.
  const problems: Problem[] = [...load.problems];
  let skipped = 0;
  const total = articles.length;
  // Smaller heap growth steps and young generation: a third less peak memory on a 10,000-article
  // first open, for a few per cent of its time (bench/perf.ts); not worth its ~15 ms at start-up
  // for a small corpus.
  if (total > IN_PROCESS_LIMIT && !tunedForSize) {
    beforeTuning?.();
    beforeTuning = null;
    setFlagsFromString('--optimize-for-size');
    tunedForSize = true;
  }
  const keys = articles.map(analysisKey);
  const key = cache && build !== null ? storyKey(build, articles) : null;
  let stopped = false;
  let finish: (story: Story) => void = () => undefined;
  let markSaved: () => void = () => undefined;
  const saved = new Promise<void>((resolve) => (markSaved = resolve));
  const done = new Promise<Story>((resolve) => (finish = resolve));
  const completeWith = (story: Story): void => {
    onUpdate?.({ story, progress: { done: total, total, rate: 0 }, complete: true });
    finish(story);
  };

  const pack = key !== null ? cache!.readStory(key, keys) : null;
  if (pack) {
    const { timeline, entities, keyDates } = pack;
    const story: Story = {
      name,
      articles: articles.map((article, i) => fromRecord(article, pack.records[i]!)),
      problems,
      timeline,
      entities,
      keyDates,
    };
    queueMicrotask(() => completeWith(story));
    markSaved();
    return { done, saved, stop: async () => undefined };
  }

  // Analyses are kept as record JSON until the end (a fifth of the memory of the objects they
  // stand for) and made whole only for the complete story, or for partial ones when no
  // assembler thread does that work.
  const stored: Array<string | undefined> = new Array(total);
  const missing: number[] = [];
  for (let i = 0; i < total; i++) {
    const record = cache?.get(keys[i]!);
    if (record) stored[i] = JSON.stringify(record);
    else missing.push(i);
  }
  let doneCount = total - missing.length;
  let analysedCount = 0;
  const started = performance.now();
  const progress = (): AnalysisProgress => {
    const seconds = (performance.now() - started) / 1000;
    return { done: doneCount, total, rate: seconds > 0 ? analysedCount / seconds : 0 };
  };
  const whole = (i: number): AnalyzedArticle => fromRecord(articles[i]!, JSON.parse(stored[i]!) as AnalysisRecord);
  const soFar = (): AnalyzedArticle[] => {
    const list: AnalyzedArticle[] = [];
    for (let i = 0; i < total; i++) if (stored[i] !== undefined) list.push(whole(i));
    return list;
  };
  /** `soFar`, a few hundred articles per turn of the event loop so input goes on meanwhile. */
  const soFarGradually = async (): Promise<AnalyzedArticle[]> => {
    const list: AnalyzedArticle[] = [];
    for (let i = 0; i < total; i++) {
      if (stored[i] !== undefined) list.push(whole(i));
      if (i % ARTICLES_PER_TURN === ARTICLES_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    return list;
  };
  // What partial stories list while the assembler works: the articles, their analyses to come.
  const shells: Array<AnalyzedArticle | undefined> = new Array(total);
  const shell = (i: number): AnalyzedArticle =>
    (shells[i] ??= { ...articles[i]!, sentences: [], entities: [], times: [], events: [] });

  const useWorkers = missing.length > (options.inProcessLimit ?? IN_PROCESS_LIMIT) && Boolean(options.workerFile);
  const budgetMs = options.budgetMs ?? articleBudgetMs();
  const pool =
    missing.length === 0
      ? null
      : (options.pool ??
        (useWorkers ? workerPool(options.workerFile!, options.threads, budgetMs) : inProcessPool(budgetMs)));
  const threaded = pool !== null && pool.threads > 0;
  const updateMs = options.updateMs ?? 250;
  // Only partial stories need the assembler; a complete one is assembled once, here.
  let assembler: Assembler | null =
    threaded && updateMs > 0 && options.workerFile ? assemblerWorker(options.workerFile) : null;
  let timer: NodeJS.Timeout | null = null;

  if (assembler) {
    const hits = stored.flatMap((json, i) => (json !== undefined ? [i] : []));
    for (let from = 0; from < hits.length; from += ADD_CHUNK) {
      const indices = hits.slice(from, from + ADD_CHUNK);
      assembler.add(indices, indices.map(whole));
    }
  }

  /** The timeline and friends of everything analysed, from the assembler thread when there is
   * one; `articlesSoFar` is only asked for when this thread has to do it. */
  const assemble = async (articlesSoFar: () => AnalyzedArticle[]): Promise<Omit<Assembled, 'count'>> => {
    if (assembler) {
      try {
        return await assembler.assemble(name);
      } catch {
        // The thread failed: from here on this thread assembles.
        assembler = null;
      }
    }
    const { timeline, entities, keyDates } = assembleStory(name, articlesSoFar(), problems);
    return { timeline, entities, keyDates };
  };

  /** Per-article entries go to disk while the last assembly runs; failures cost speed only. */
  const flushEntries = async (): Promise<void> => {
    try {
      await cache?.flushGradually();
    } catch {
      // A cache that cannot be written costs speed next time, nothing else.
    }
  };

  const finishAll = async (): Promise<void> => {
    if (timer) clearInterval(timer);
    // The analysers' memory is given back before the last, largest assembly.
    await pool?.close();
    let story: Story;
    if (assembler) {
      const [assembled] = await Promise.all([assemble(soFar), flushEntries()]);
      // And the assembler's before the analyses are made whole here.
      await assembler?.close();
      const whole = mergeEntityNames(await soFarGradually());
      // Key dates summarise days from the articles' sentences, which the assembler thread is not
      // sent (a copy of every text there would cost more memory than the thread saves); its key
      // dates serve partial stories, and the complete story's are chosen here, from the texts.
      story = { name, articles: whole, problems, ...assembled, keyDates: keyDates(whole, assembled.timeline) };
    } else {
      story = assembleStory(name, soFar(), problems);
    }
    if (stopped) return;
    stored.length = 0;
    shells.length = 0;
    completeWith(story);
    if (!cache) return markSaved();
    // Written after the complete story is on screen, a little per turn so typing goes on.
    await flushEntries();
    // A story with a skipped article is not kept whole: the article is analysed (and named)
    // again on the next open, while the others come from the cache.
    if (key !== null && skipped === 0) {
      try {
        const { timeline, entities, keyDates } = story;
        await cache.writeStory(key, { keys, timeline, entities, keyDates }, records(story.articles));
      } catch {
        // as above
      }
    }
    markSaved();
  };

  if (!pool) {
    queueMicrotask(() => void finishAll());
    return { done, saved, stop: () => saved };
  }

  let changed = doneCount > 0;
  let assembling = false;
  let nextAssembly = 0;
  const partial = async (): Promise<void> => {
    if (assembling || !changed || stopped || doneCount >= total || performance.now() < nextAssembly) return;
    assembling = true;
    changed = false;
    const start = performance.now();
    const share = assembler ? ASSEMBLER_SHARE : MAIN_THREAD_SHARE;
    let listed: AnalyzedArticle[] | null = null;
    const assembled = await assemble(() => (listed = soFar()));
    nextAssembly = performance.now() + (performance.now() - start) * (1 / share - 1) - updateMs;
    assembling = false;
    if (stopped || doneCount >= total) return;
    const shown = listed ?? stored.flatMap((json, i) => (json !== undefined ? [shell(i)] : []));
    onUpdate?.({
      story: { name, articles: shown, problems: [...problems], ...assembled },
      progress: progress(),
      complete: false,
    });
  };
  if (updateMs > 0) {
    // The first frame comes at once, with what the cache had, and then grows (with workers) or
    // waits for the complete story under a progress line (in this thread: the seeds' thirty-odd
    // articles take longer to analyse than a first frame may).
    queueMicrotask(() => {
      if (!stopped && doneCount < total)
        onUpdate?.({
          story: { name, articles: [], problems: [...problems], timeline: [], entities: [], keyDates: [] },
          progress: progress(),
          complete: false,
        });
      changed = doneCount > 0;
    });
    if (threaded) timer = setInterval(() => void partial(), updateMs);
  }

  const batchSize = options.batchSize ?? BATCH_SIZE;
  for (let from = 0; from < missing.length; from += batchSize) {
    const indices = missing.slice(from, from + batchSize);
    void pool.analyze(indices.map((i) => ({ text: articles[i]!.text, date: articles[i]!.date }))).then((outcomes) => {
      if (stopped) return;
      const analysed: number[] = [];
      const records: AnalysisRecord[] = [];
      indices.forEach((i, k) => {
        const outcome = outcomes[k]!;
        if ('skipped' in outcome) {
          // Left out of the story and of the cache: never taken for done.
          problems.push({ path: articles[i]!.path, reason: outcome.skipped });
          skipped++;
          return;
        }
        stored[i] = JSON.stringify(outcome.record);
        cache?.putRaw(keys[i]!, stored[i]!);
        analysed.push(i);
        records.push(outcome.record);
      });
      // fromRecord completes the records in place, so only after they were stored.
      if (analysed.length)
        assembler?.add(
          analysed,
          analysed.map((i, k) => fromRecord(articles[i]!, records[k]!)),
        );
      doneCount += indices.length;
      analysedCount += indices.length;
      changed = true;
      onProgress?.(progress());
      if (doneCount === total) void finishAll();
    });
  }

  return {
    done,
    saved,
    async stop() {
      if (doneCount >= total) return saved;
      if (stopped) return;
      stopped = true;
      if (timer) clearInterval(timer);
      await Promise.all([pool.close(), assembler?.close()]);
      try {
        cache?.flush();
      } catch {
        // as above: a cache write failure is not the user's problem
      }
      markSaved();
    },
  };
}
