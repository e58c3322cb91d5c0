import type { AnalyzedArticle, Article } from '../types.js';
import { splitSentences } from './sentences.js';
import { recognizeEntities } from './entities/index.js';
import { findTimeExpressions } from './time/index.js';
import { extractEvents } from './events.js';

export { splitSentences } from './sentences.js';
export { mergeEntityNames, summarizeEntities } from './entities/index.js';
export { precisionOf } from './time/index.js';

/** Bumped whenever analysis output changes, so cached results are recomputed. */
export const ANALYZER_VERSION = 1;

/** Sentences, entities, time expressions and events of one article; pure and total. */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const { text } = article;
  const sentences = splitSentences(text);
  const entities = recognizeEntities(text, sentences);
  const times = findTimeExpressions(text, article.date, sentences);
  const events = extractEvents(text, article.date, sentences, entities, times);
  return { ...article, sentences, entities, times, events };
}
