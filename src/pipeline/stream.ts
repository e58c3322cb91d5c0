// From loaded articles to a story that grows as analysis arrives. Cached articles are taken
// from the cache, the rest are analysed in batches (in workers for large corpora); the story is
// re-assembled from everything analysed so far every `updateMs` — less often when assembling
// itself takes long, so the main thread stays free for input — and once more at the end.
import type { AnalyzedArticle, LoadResult, Story } from '../types.js';
import { assembleStory } from './assemble.js';
import { analysisKey, storyKey, type AnalysisCache } from './cache.js';
import { inProcessPool, workerPool, type AnalysisPool } from './pool.js';
import { fromRecord, toRecord } from './record.js';

export interface AnalysisProgress {
  done: number;
  total: number;
  /** Articles analysed per second so far (cache hits are not counted). */
  rate: number;
}

export interface StoryUpdate {
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
  /** The worker bundle; null analyses in this thread. */
  workerFile?: string | null;
  threads?: number;
  /** Corpora with at most this many articles to analyse run in this thread: no worker start-up. */
  inProcessLimit?: number;
  batchSize?: number;
  /** Partial stories at most this often; 0 assembles only at the end. */
  updateMs?: number;
  onUpdate?: (update: StoryUpdate) => void;
  /** After every batch, for progress display. */
  onProgress?: (progress: AnalysisProgress) => void;
}

export interface StoryStream {
  /** The complete story. */
  readonly done: Promise<Story>;
  /** Stops analysis, keeping in the cache what was analysed so far. */
  stop(): Promise<void>;
}

export const IN_PROCESS_LIMIT = 50;
const BATCH_SIZE = 16;
// A partial assembly may take this share of the main thread at most.
const ASSEMBLY_SHARE = 1 / 3;

export function streamStory(load: LoadResult, options: StreamOptions): StoryStream {
  const { name, cache = null, build = null, onUpdate, onProgress } = options;
  const articles = load.articles;
  const total = articles.length;
  const keys = articles.map(analysisKey);
  const key = cache && build !== null ? storyKey(build, articles) : null;
  let stopped = false;
  let pool: AnalysisPool | null = null;
  let timer: NodeJS.Timeout | null = null;
  let finish: (story: Story) => void = () => undefined;
  const done = new Promise<Story>((resolve) => (finish = resolve));

  const completeWith = (story: Story): void => {
    onUpdate?.({ story, progress: { done: total, total, rate: 0 }, complete: true });
    finish(story);
  };

  const stored = key !== null ? cache!.readStory(key, keys) : null;
  if (stored) {
    const story: Story = {
      name,
      articles: articles.map((article, i) => fromRecord(article, stored.records[i]!)),
      problems: load.problems,
      timeline: stored.timeline,
      entities: stored.entities,
      keyDates: stored.keyDates,
    };
    queueMicrotask(() => completeWith(story));
    return { done, stop: async () => undefined };
  }

  const analyzed: Array<AnalyzedArticle | undefined> = new Array(total);
  const missing: number[] = [];
  for (let i = 0; i < total; i++) {
    const record = cache?.get(keys[i]!);
    if (record) analyzed[i] = fromRecord(articles[i]!, record);
    else missing.push(i);
  }
  let doneCount = total - missing.length;
  let analysedCount = 0;
  const started = performance.now();
  const progress = (): AnalysisProgress => {
    const seconds = (performance.now() - started) / 1000;
    return { done: doneCount, total, rate: seconds > 0 ? analysedCount / seconds : 0 };
  };

  const assembleSoFar = (): Story => assembleStory(name, analyzed.filter((a): a is AnalyzedArticle => a !== undefined), load.problems);

  const finishAll = (): void => {
    if (timer) clearInterval(timer);
    void pool?.close();
    const story = assembleSoFar();
    // The pre-merge analyses are superseded by the story's merged articles.
    analyzed.length = 0;
    completeWith(story);
    if (!cache) return;
    // Writing waits a turn so the complete story is on screen first.
    setImmediate(() => {
      try {
        cache.flush();
        if (key !== null) {
          cache.writeStory(key, {
            keys,
            records: story.articles.map(toRecord),
            timeline: story.timeline,
            entities: story.entities,
            keyDates: story.keyDates,
          });
        }
      } catch {
        // A cache that cannot be written costs speed next time, nothing else.
      }
    });
  };

  if (missing.length === 0) {
    queueMicrotask(finishAll);
    return { done, stop: async () => undefined };
  }

  const useWorkers = missing.length > (options.inProcessLimit ?? IN_PROCESS_LIMIT) && Boolean(options.workerFile);
  pool = options.pool ?? (useWorkers ? workerPool(options.workerFile!, options.threads) : inProcessPool());
  const updateMs = options.updateMs ?? 250;
  let changed = doneCount > 0;
  let nextAssembly = 0;
  if (updateMs > 0 && (useWorkers || pool.threads > 0)) {
    // The first frame comes at once, with what the cache had, and then grows.
    queueMicrotask(() => {
      if (!stopped && doneCount < total) onUpdate?.({ story: assembleSoFar(), progress: progress(), complete: false });
    });
    timer = setInterval(() => {
      if (!changed || stopped || doneCount >= total || performance.now() < nextAssembly) return;
      changed = false;
      const start = performance.now();
      const story = assembleSoFar();
      const took = performance.now() - start;
      nextAssembly = performance.now() + took / ASSEMBLY_SHARE - updateMs;
      onUpdate?.({ story, progress: progress(), complete: false });
    }, updateMs);
  }

  const batchSize = options.batchSize ?? BATCH_SIZE;
  for (let from = 0; from < missing.length; from += batchSize) {
    const indices = missing.slice(from, from + batchSize);
    void pool.analyze(indices.map((i) => ({ text: articles[i]!.text, date: articles[i]!.date }))).then((records) => {
      if (stopped) return;
      indices.forEach((i, k) => {
        // Stored first: fromRecord completes the record in place.
        cache?.put(keys[i]!, records[k]!);
        analyzed[i] = fromRecord(articles[i]!, records[k]!);
      });
      doneCount += indices.length;
      analysedCount += indices.length;
      changed = true;
      onProgress?.(progress());
      if (doneCount === total) finishAll();
    });
  }

  return {
    done,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (timer) clearInterval(timer);
      await pool?.close();
      try {
        cache?.flush();
      } catch {
        // as above: a cache write failure is not the user's problem
      }
    },
  };
}
