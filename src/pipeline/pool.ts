// Analysis on every core: one worker thread per core, each fed batches of articles, two at a
// time so a worker never waits for the main thread between batches. Where the worker bundle is
// absent (tests running from src/) or a worker fails, the same batches run in this thread.
//
// Every article has a time budget (src/pipeline/budget.ts). Each analyser says in shared memory
// which article it is on (ArticleClock); a timer here reads that, and a worker past the budget
// is terminated and replaced: its article is skipped with the reason, the rest of its batches
// run again. A worker that dies while on an article (out of memory) skips that article the same
// way. In this thread, the budget interrupts the analysis itself.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeBatch, type AnalysisInput, type AnalysisOutcome } from './analyze-batch.js';
import { ArticleClock } from './article-clock.js';
import { articleBudgetFor, articleBudgetMs, failureReason, overBudgetReason } from './budget.js';
import type { WorkerReply, WorkerRequest } from './messages.js';

export interface AnalysisPool {
  /** Worker threads in use; 0 when analysis runs in this thread. */
  readonly threads: number;
  /** One outcome per article, in order: its record, or why it was skipped. */
  analyze(articles: AnalysisInput[]): Promise<AnalysisOutcome[]>;
  /** Stops the workers; batches still queued are dropped (their promises never settle). */
  close(): Promise<void>;
}

export const WORKER_FILE_NAME = 'analysis-worker.mjs';
const IN_FLIGHT_PER_WORKER = 2;
// An analyser's live data is its model and one batch; a small young generation keeps each
// thread's share of the process's memory small, at little cost in collection time.
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };
// How often the budget is checked, at most: a hung article is abandoned within this much of it.
const CHECK_MS = 100;

/** The worker bundle beside this module (dist/), or null when running from src/. */
export function bundledWorkerFile(): string | null {
  const file = fileURLToPath(new URL(`./${WORKER_FILE_NAME}`, import.meta.url));
  return existsSync(file) ? file : null;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Analysis in this thread, one batch per event-loop turn so input and rendering interleave;
 * each article interrupted past `budgetMs`. */
export function inProcessPool(budgetMs: number = articleBudgetMs()): AnalysisPool {
  let closed = false;
  return {
    threads: 0,
    async analyze(articles) {
      await nextTurn();
      if (closed) return new Promise<AnalysisOutcome[]>(() => undefined);
      return analyzeBatch(articles, { budgetMs });
    },
    async close() {
      closed = true;
    },
  };
}

interface Job {
  batch: number;
  articles: AnalysisInput[];
  /** Filled as articles are skipped (a retried batch sends only the rest) and when it returns. */
  outcomes: Array<AnalysisOutcome | undefined>;
  /** The indices into `articles` of what was last sent, in the order sent. */
  sent: number[];
  resolve: (outcomes: AnalysisOutcome[]) => void;
}

interface Slot {
  worker: Worker;
  clock: ArticleClock;
  jobs: Map<number, Job>;
}

export function workerPool(
  workerFile: string,
  threads: number = availableParallelism(),
  budgetMs: number = articleBudgetMs(),
): AnalysisPool {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextBatch = 0;
  let closed = false;

  const fallback = (job: Job): void => {
    void nextTurn().then(() => {
      const pending = job.outcomes.flatMap((outcome, i) => (outcome ? [] : [i]));
      const outcomes = analyzeBatch(
        pending.map((i) => job.articles[i]!),
        { budgetMs },
      );
      pending.forEach((i, k) => (job.outcomes[i] = outcomes[k]));
      job.resolve(job.outcomes as AnalysisOutcome[]);
    });
  };

  const send = (slot: Slot, job: Job): void => {
    job.sent = job.outcomes.flatMap((outcome, i) => (outcome ? [] : [i]));
    slot.jobs.set(job.batch, job);
    const request: WorkerRequest = {
      type: 'analyse',
      batch: job.batch,
      articles: job.sent.map((i) => job.articles[i]!),
    };
    slot.worker.postMessage(request);
  };

  const pump = (): void => {
    if (closed) return;
    for (;;) {
      const job = queue[0];
      if (!job) return;
      if (slots.length === 0) {
        queue.shift();
        fallback(job);
        continue;
      }
      let best: Slot | null = null;
      for (const slot of slots)
        if (slot.jobs.size < IN_FLIGHT_PER_WORKER && (!best || slot.jobs.size < best.jobs.size)) best = slot;
      if (!best) return;
      queue.shift();
      send(best, job);
    }
  };

  /** The article `slot` is on, skipped with `reason`; false when it is on none. */
  const skipCurrent = (slot: Slot, reason: string): boolean => {
    const current = slot.clock.read();
    const job = current ? slot.jobs.get(current.batch) : undefined;
    const index = job?.sent[current!.index];
    if (!job || index === undefined) return false;
    job.outcomes[index] = { skipped: reason };
    return true;
  };

  /** Takes `slot` out of service; its batches are not lost but run again elsewhere. */
  const retire = (slot: Slot, replace: boolean): void => {
    const at = slots.indexOf(slot);
    if (at < 0) return;
    slots.splice(at, 1);
    queue.unshift(...slot.jobs.values());
    slot.jobs.clear();
    void slot.worker.terminate();
    if (replace && !closed) start();
    // A batch whose every article was skipped has nothing left to send.
    for (let i = queue.length - 1; i >= 0; i--) {
      const job = queue[i]!;
      if (job.outcomes.every(Boolean)) {
        queue.splice(i, 1);
        job.resolve(job.outcomes as AnalysisOutcome[]);
      }
    }
    pump();
  };

  const start = (): void => {
    const clock = ArticleClock.create();
    const slot: Slot = {
      worker: new Worker(workerFile, { resourceLimits: WORKER_LIMITS, workerData: clock.workerData }),
      clock,
      jobs: new Map(),
    };
    slot.worker.on('message', (reply: WorkerReply) => {
      if (reply.type !== 'analysed') return;
      const job = slot.jobs.get(reply.batch);
      if (!job) return;
      slot.jobs.delete(reply.batch);
      job.sent.forEach((i, k) => (job.outcomes[i] = reply.outcomes[k]));
      job.resolve(job.outcomes as AnalysisOutcome[]);
      pump();
    });
    // Dying on an article (out of memory, say) skips that article and replaces the worker; a
    // worker that fails on none (it cannot even start) is not replaced.
    slot.worker.on('error', (error) => retire(slot, skipCurrent(slot, failureReason(error))));
    slot.worker.on('exit', () => {
      if (!closed) retire(slot, false);
    });
    slots.push(slot);
  };

  for (let i = 0; i < Math.max(1, threads); i++) start();

  const watch = setInterval(
    () => {
      for (const slot of [...slots]) {
        const current = slot.clock.read();
        if (!current) continue;
        const job = slot.jobs.get(current.batch);
        const index = job?.sent[current.index];
        const article = index === undefined ? undefined : job?.articles[index];
        const allowed = articleBudgetFor(budgetMs, article?.text.length ?? 0);
        if (current.elapsedMs > allowed && skipCurrent(slot, overBudgetReason(allowed))) retire(slot, true);
      }
    },
    Math.min(CHECK_MS, Math.max(1, budgetMs / 4)),
  );
  watch.unref();

  return {
    threads: slots.length,
    analyze(articles) {
      return new Promise((resolve) => {
        queue.push({
          batch: nextBatch++,
          articles,
          outcomes: new Array(articles.length).fill(undefined),
          sent: [],
          resolve,
        });
        pump();
      });
    },
    async close() {
      closed = true;
      clearInterval(watch);
      queue.length = 0;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      slots.length = 0;
    },
  };
}
