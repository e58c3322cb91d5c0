import type { AnalyzedArticle, Problem, Story } from '../types.js';
import { mergeEntityNames, summarizeEntities } from '../nlp/index.js';
import { buildTimeline, keyDates } from '../timeline/index.js';

/** Turns analysed articles into everything the screens and commands show. */
export function assembleStory(name: string, analyzed: AnalyzedArticle[], problems: Problem[]): Story {
  const articles = mergeEntityNames(analyzed);
  const timeline = buildTimeline(articles);
  return {
    name,
    articles,
    problems,
    timeline,
    entities: summarizeEntities(articles),
    keyDates: keyDates(articles, timeline),
  };
}
