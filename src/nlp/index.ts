import type { AnalyzedArticle, Article, EntityMention, Sentence } from '../types.js';
import { splitSentences } from './sentences.js';
import { recognizeEntities } from './entities/index.js';
import { findTimeExpressions } from './time/index.js';
import { extractEvents, pageSentences } from './events.js';

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
  const pages = pageSentences(text, sentences);
  const entities = storyNames(recognizeEntities(text, sentences), sentences, pages);
  const times = findTimeExpressions(text, article.date, sentences);
  const events = extractEvents(text, article.date, sentences, entities, times, pages);
  return { ...article, sentences, entities, times, events };
}

/** The names the story tells: none from its page's furniture or its readers' comments ("broke
 * the House Rules" under every removed comment made "House Rules" a top organisation). */
function storyNames(
  entities: EntityMention[],
  sentences: readonly Sentence[],
  pages: readonly boolean[],
): EntityMention[] {
  if (!pages.includes(true)) return entities;
  let k = 0;
  return entities.filter((entity) => {
    while (k < sentences.length && sentences[k]!.end <= entity.start) k++;
    return !(k < sentences.length && sentences[k]!.start <= entity.start && pages[k]);
  });
}
