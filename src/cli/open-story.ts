import { basename, resolve } from 'node:path';
import type { AnalyzedArticle, LoadResult, Story } from '../types.js';
import { loadCorpus } from '../corpus/index.js';
import { analyzeArticle, mergeEntityNames, summarizeEntities } from '../nlp/index.js';
import { buildTimeline, keyDates } from '../timeline/index.js';

/** A name for the header: the folder or file opened, or how many. */
export function storyName(paths: readonly string[]): string {
  if (paths.length === 0) return 'seeds';
  if (paths.length === 1) return basename(resolve(paths[0]!)) || paths[0]!;
  return `${basename(resolve(paths[0]!))} +${paths.length - 1}`;
}

/** Turns analysed articles into everything the screens and commands show. */
export function assembleStory(name: string, analyzed: AnalyzedArticle[], problems: LoadResult['problems']): Story {
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

export async function openStory(paths: readonly string[], name = storyName(paths)): Promise<Story> {
  const { articles, problems } = await loadCorpus([...paths]);
  return assembleStory(name, articles.map(analyzeArticle), problems);
}
