// The pipeline front door: loaded articles in, a story out — from the cache where it can,
// analysed on every core where it must, growing while it is analysed.
export { assembleStory } from './assemble.js';
export { articleBudgetFor, articleBudgetMs, overBudgetReason, DEFAULT_ARTICLE_BUDGET_MS } from './budget.js';
export type { AnalysisOutcome } from './analyze-batch.js';
export {
  AnalysisCache,
  analysisKey,
  cacheLimitBytes,
  defaultCacheDir,
  storyKey,
  writeAtomically,
  DEFAULT_CACHE_MB,
  type StoryPack,
} from './cache.js';
export { corpusKey, readCorpusPack, snapshotFiles, writeCorpusPack, type FileSnapshot } from './corpus-pack.js';
export { bundledWorkerFile, inProcessPool, workerPool, type AnalysisPool } from './pool.js';
export { fromRecord, toRecord, isRecord, type AnalysisRecord } from './record.js';
export {
  beforeHeapTuning,
  heapTunedForSize,
  streamStory,
  IN_PROCESS_LIMIT,
  type AnalysisProgress,
  type StoryStream,
  type StoryUpdate,
  type StreamOptions,
} from './stream.js';
