// Analysis on every core: one worker thread per core, each fed batches of articles, two at a
// time so a worker never waits for the main thread between batches. Where the worker bundle is
// absent (tests running from src/) or a worker fails, the same batches run in this thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeBatch, type AnalysisInput } from './analyze-batch.js';
import type { WorkerReply, WorkerRequest } from './messages.js';
import type { AnalysisRecord } from './record.js';

export interface AnalysisPool {
  /** Worker threads in use; 0 when analysis runs in this thread. */
  readonly threads: number;
  analyze(articles: AnalysisInput[]): Promise<AnalysisRecord[]>;
  /** Stops the workers; batches still queued are dropped (their promises never settle). */
  close(): Promise<void>;
}

export const WORKER_FILE_NAME = 'analysis-worker.mjs';
const IN_FLIGHT_PER_WORKER = 2;
// An analyser's live data is its model and one batch; a small young generation keeps each
// thread's share of the process's memory small, at little cost in collection time.
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** The worker bundle beside this module (dist/), or null when running from src/. */
export function bundledWorkerFile(): string | null {
  const file = fileURLToPath(new URL(`./${WORKER_FILE_NAME}`, import.meta.url));
  return existsSync(file) ? file : null;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Analysis in this thread, one batch per event-loop turn so input and rendering interleave. */
export function inProcessPool(): AnalysisPool {
  let closed = false;
  return {
    threads: 0,
    async analyze(articles) {
      await nextTurn();
      if (closed) return new Promise<AnalysisRecord[]>(() => undefined);
      return analyzeBatch(articles);
    },
    async close() {
      closed = true;
    },
  };
}

interface Job {
  batch: number;
  articles: AnalysisInput[];
  resolve: (records: AnalysisRecord[]) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

export function workerPool(workerFile: string, threads: number = availableParallelism()): AnalysisPool {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextBatch = 0;
  let closed = false;

  const fallback = (job: Job): void => {
    void nextTurn().then(() => job.resolve(analyzeBatch(job.articles)));
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
      best.jobs.set(job.batch, job);
      const request: WorkerRequest = { type: 'analyse', batch: job.batch, articles: job.articles };
      best.worker.postMessage(request);
    }
  };

  const retire = (slot: Slot): void => {
    const at = slots.indexOf(slot);
    if (at < 0) return;
    slots.splice(at, 1);
    // A crashed worker's batches are not lost: they run again elsewhere.
    queue.unshift(...slot.jobs.values());
    slot.jobs.clear();
    void slot.worker.terminate();
    pump();
  };

  for (let i = 0; i < Math.max(1, threads); i++) {
    const slot: Slot = { worker: new Worker(workerFile, { resourceLimits: WORKER_LIMITS }), jobs: new Map() };
    slot.worker.on('message', (reply: WorkerReply) => {
      if (reply.type !== 'analysed') return;
      const job = slot.jobs.get(reply.batch);
      if (!job) return;
      slot.jobs.delete(reply.batch);
      job.resolve(reply.records);
      pump();
    });
    slot.worker.on('error', () => retire(slot));
    slot.worker.on('exit', () => {
      if (!closed) retire(slot);
    });
    slots.push(slot);
  }

  return {
    threads: slots.length,
    analyze(articles) {
      return new Promise((resolve) => {
        queue.push({ batch: nextBatch++, articles, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      queue.length = 0;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      slots.length = 0;
    },
  };
}
