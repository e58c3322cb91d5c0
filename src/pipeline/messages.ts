// What the main thread and the pipeline's worker threads say to each other. One worker bundle
// plays two parts: analysers (one per core) and the assembler, which keeps a text-free copy of
// every analysed article and builds timelines off the main thread while analysis runs.
import type { AnalyzedArticle, EntitySummary, KeyDate, TimelineEvent } from '../types.js';
import type { AnalysisInput, AnalysisOutcome } from './analyze-batch.js';

export type WorkerRequest =
  | { type: 'analyse'; batch: number; articles: AnalysisInput[] }
  | { type: 'add'; indices: number[]; articles: AnalyzedArticle[] }
  | { type: 'assemble'; seq: number; name: string };

export interface Assembled {
  /** How many articles the assembly covers. */
  count: number;
  timeline: TimelineEvent[];
  entities: EntitySummary[];
  keyDates: KeyDate[];
}

export type WorkerReply =
  { type: 'analysed'; batch: number; outcomes: AnalysisOutcome[] } | ({ type: 'assembled'; seq: number } & Assembled);
