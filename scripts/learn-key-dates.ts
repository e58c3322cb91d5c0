// Chooses the shipped key-date method (KEY_DATE_METHOD in src/timeline/key-dates.ts) among the few
// fixed methods of KEY_DATE_METHODS on the four Timeline17 development stories, analysed as the app
// does, and prints each story's date F1 per method. Nothing is weighted: the choice is all there is.
// `npm run bench:story` prints the same choice made leave-one-story-out, fold by fold.
//   npx tsx scripts/learn-key-dates.ts
import { loadStory, STORIES } from '../bench/story.js';
import { analyzeArticle, mergeEntityNames } from '../src/nlp/index.js';
import {
  buildTimeline,
  chooseKeyDateMethod,
  coverageBursts,
  dayFeatures,
  methodF1,
  KEY_DATE_METHODS,
  type LabelledStory,
} from '../src/timeline/index.js';

const stories: LabelledStory[] = [];
for (const name of STORIES) {
  const story = await loadStory(name, (articles) => mergeEntityNames(articles.map(analyzeArticle)));
  stories.push({
    name,
    features: dayFeatures(story.analyzed, buildTimeline(story.analyzed)),
    bursts: coverageBursts(story.analyzed),
    references: story.references,
  });
}
for (const method of KEY_DATE_METHODS) {
  console.log(`${method.name.padEnd(32)} ${stories.map((s) => (100 * methodF1(s, method)).toFixed(1)).join(' ')}`);
}
console.log(`chosen on all four: ${chooseKeyDateMethod(stories).name}`);
