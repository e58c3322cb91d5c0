// Re-learns the shipped key-date weights (KEY_DATE_WEIGHTS in src/timeline/key-dates.ts) on the
// Timeline17 development stories, analysed as the app does, and prints them ready to paste.
// `npm run bench:story` prints the same fit beside each leave-one-story-out fold's held-out F1.
//   npx tsx scripts/learn-key-dates.ts
import { loadStory, STORIES } from '../bench/story.js';
import { analyzeArticle, mergeEntityNames } from '../src/nlp/index.js';
import { buildTimeline, coverageSpan, dayFeatures, FEATURE_NAMES } from '../src/timeline/index.js';
import { learnKeyDateWeights, LEARNT_FEATURES } from '../src/timeline/index.js';

const stories = [];
for (const name of STORIES) {
  const story = await loadStory(name, (articles) => mergeEntityNames(articles.map(analyzeArticle)));
  stories.push({
    features: dayFeatures(story.analyzed, buildTimeline(story.analyzed)),
    span: coverageSpan(story.analyzed),
    keyDays: new Set(story.references.flat()),
  });
}
const weights = learnKeyDateWeights(stories, LEARNT_FEATURES);
console.log('export const KEY_DATE_WEIGHTS: KeyDateWeights = {');
for (const name of FEATURE_NAMES) console.log(`  ${name}: ${weights[name]},`);
console.log('};');
