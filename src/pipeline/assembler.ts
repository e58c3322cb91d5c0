// The main thread's handle on the assembler thread (see messages.ts).
import { Worker } from 'node:worker_threads';
import type { AnalyzedArticle } from '../types.js';
import type { Assembled, WorkerReply, WorkerRequest } from './messages.js';

// Each assembly's garbage is large and short-lived: a bounded young generation keeps it from
// growing the process's memory much.
const ASSEMBLER_LIMITS = { maxYoungGenerationSizeMb: 16 };

export interface Assembler {
  /** Hands over analysed articles; their text and sentences stay here (assembly reads neither). */
  add(indices: number[], articles: AnalyzedArticle[]): void;
  /** Assembles everything added so far; rejects if the thread fails. */
  assemble(name: string): Promise<Assembled>;
  close(): Promise<void>;
}

export function assemblerWorker(workerFile: string): Assembler {
  const worker = new Worker(workerFile, { resourceLimits: ASSEMBLER_LIMITS });
  const waiting = new Map<number, { resolve: (a: Assembled) => void; reject: (e: Error) => void }>();
  let seq = 0;
  let failure: Error | null = null;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.on('message', (message: WorkerReply) => {
    if (message.type !== 'assembled') return;
    const { count, timeline, entities, keyDates } = message;
    waiting.get(message.seq)?.resolve({ count, timeline, entities, keyDates });
    waiting.delete(message.seq);
  });
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('the assembler thread exited')));
  const send = (request: WorkerRequest): void => worker.postMessage(request);
  return {
    add(indices, articles) {
      if (failure) return;
      send({ type: 'add', indices, articles: articles.map((a) => ({ ...a, text: '', sentences: [] })) });
    },
    assemble(name) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting.set(++seq, { resolve, reject });
        send({ type: 'assemble', seq, name });
      });
    },
    async close() {
      failure ??= new Error('closed');
      await worker.terminate();
    },
  };
}
