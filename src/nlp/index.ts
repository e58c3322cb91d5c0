import type { AnalyzedArticle, Article } from '../types.js';
import { splitSentences } from './sentences.js';
import { recognizeEntities } from './entities/index.js';
import { findTimeExpressions } from './time/index.js';
import { extractEvents } from './events.js';

export { splitSentences } from './sentences.js';
export { entityRenaming, mergeEntityNames, nameCounts, summarizeEntities, type NameCount } from './entities/index.js';
export { precisionOf } from './time/index.js';

/** Names the analyser that made a cached or archived result: the bundle bakes in a hash of
 * src/nlp and the model (scripts/bundle.mjs), so any change to them is re-analysed without
 * anyone having to remember a bump, and a change elsewhere (a screen) re-analyses nothing;
 * running from src/ (tests) is its own version. */
export const ANALYZER_VERSION = `2-${process.env.NEWS_TUI_ANALYZER ?? 'src'}`;

/** Sentences, entities, time expressions and events of one article; pure and total. */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const { text } = article;
  const sentences = splitSentences(text);
  const entities = recognizeEntities(text, sentences);
  const times = findTimeExpressions(text, article.date, sentences);
  const events = extractEvents(text, article.date, sentences, entities, times);
  return { ...article, sentences, entities, times, events };
}
