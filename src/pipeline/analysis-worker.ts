// The worker thread's side of the pipeline: analyses batches, or (as the assembler) collects
// analysed articles and assembles them on request. Bundled on its own
// (dist/analysis-worker.mjs) so a worker loads only the analysis and timeline code.
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzedArticle } from '../types.js';
import { analyzeBatch, analyzeInput } from './analyze-batch.js';
import { assembleStory } from './assemble.js';
import { ArticleClock } from './article-clock.js';
import type { WorkerReply, WorkerRequest } from './messages.js';

// Kept by load order, so an assembly sees the articles in the order a one-shot one would.
const collected: Array<AnalyzedArticle | undefined> = [];
// Where this analyser says which article it is on, for the pool's budget (absent in the assembler).
const clock = ArticleClock.from(workerData);
// An analyser loads its model and compiles its rules before taking work, so that an article's
// budget is spent on the article.
if (clock) analyzeInput({ text: 'Maria Lopez arrived in Lisbon on Monday.', date: '2024-01-01' });

function reply(message: WorkerReply): void {
  parentPort!.postMessage(message);
}

parentPort?.on('message', (request: WorkerRequest) => {
  switch (request.type) {
    case 'analyse': {
      const outcomes = analyzeBatch(request.articles, {
        onArticle: clock ? (index) => clock.start(request.batch, index) : undefined,
      });
      clock?.stop();
      reply({ type: 'analysed', batch: request.batch, outcomes });
      return;
    }
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
