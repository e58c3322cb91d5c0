// The timeline layer: ordering and merging events across articles, key dates, coverage.
export { buildTimeline, compareEvents, dateBucket } from './merge.js';
export {
  keyDates,
  dayFeatures,
  dayScore,
  coverageSpan,
  rankDays,
  KEY_DATE_WEIGHTS,
  FEATURE_NAMES,
} from './key-dates.js';
export type { DayFeatures, KeyDateWeights } from './key-dates.js';
export { coverageSparkline } from './sparkline.js';
export type { Sparkline } from './sparkline.js';
export { learnKeyDateWeights, LEARNT_FEATURES } from './key-date-learning.js';
export type { LabelledStory } from './key-date-learning.js';
