// The worker thread's side of the pipeline: analyses batches, or (as the assembler) collects
// analysed articles and assembles them on request. Bundled on its own
// (dist/analysis-worker.mjs) so a worker loads only the analysis and timeline code.
import { parentPort } from 'node:worker_threads';
import type { AnalyzedArticle } from '../types.js';
import { analyzeBatch } from './analyze-batch.js';
import { assembleStory } from './assemble.js';
import type { WorkerReply, WorkerRequest } from './messages.js';

// Kept by load order, so an assembly sees the articles in the order a one-shot one would.
const collected: Array<AnalyzedArticle | undefined> = [];

function reply(message: WorkerReply): void {
  parentPort!.postMessage(message);
}

parentPort?.on('message', (request: WorkerRequest) => {
  switch (request.type) {
    case 'analyse':
      reply({ type: 'analysed', batch: request.batch, records: analyzeBatch(request.articles) });
      return;
    case 'add':
      request.indices.forEach((index, k) => (collected[index] = request.articles[k]));
      return;
    case 'assemble': {
      const articles = collected.filter((a): a is AnalyzedArticle => a !== undefined);
      const { timeline, entities, keyDates } = assembleStory(request.name, articles, []);
      reply({ type: 'assembled', seq: request.seq, count: articles.length, timeline, entities, keyDates });
    }
  }
});
