// The worker thread's side of the pool: articles in, records out. Bundled on its own
// (dist/analysis-worker.mjs) so a worker loads only the analysis code and its model.
import { parentPort } from 'node:worker_threads';
import { analyzeBatch, type AnalysisRequest, type AnalysisReply } from './analyze-batch.js';

parentPort?.on('message', (request: AnalysisRequest) => {
  const reply: AnalysisReply = { batch: request.batch, records: analyzeBatch(request.articles) };
  parentPort!.postMessage(reply);
});
