import type { Article } from '../types.js';
import { analyzeArticle } from '../nlp/index.js';
import { toRecord, type AnalysisRecord } from './record.js';

/** What analysis reads of an article: its text and its date (times resolve against it). */
export type AnalysisInput = Pick<Article, 'text' | 'date'>;

export function analyzeBatch(articles: readonly AnalysisInput[]): AnalysisRecord[] {
  return articles.map(({ text, date }) =>
    toRecord(
      analyzeArticle({ id: '', path: '', date, dateSource: date === null ? 'none' : 'header', title: '', text }),
    ),
  );
}
