// The timeline layer: ordering and merging events across articles, key dates, coverage.
export { buildTimeline, compareEvents, dateBucket } from './merge.js';
export {
  keyDates,
  dayFeatures,
  dayEventCounts,
  listKeyDates,
  articleNamings,
  earliestNamings,
  maySpanEdge,
  NAMED_DAYS,
  dayScore,
  coverageBursts,
  rankDays,
  eventsByDay,
  SUMMARISED_DAYS,
  isDayEvent,
  KEY_DATE_METHOD,
  KEY_DATE_METHODS,
  timeForms,
  storyValue,
  storyYears,
} from './key-dates.js';
export type {
  ArticleNaming,
  CoverageBurst,
  DatedArticle,
  DayEvents,
  DayFeature,
  DayFeatures,
  KeyDateMethod,
  Naming,
  TimeForm,
} from './key-dates.js';
export {
  cleanSummary,
  daySummary,
  happeningScore,
  HAPPENING_RULES,
  PREFIX_RULES,
  REJECT_RULES,
} from './day-summary.js';
export type { SignRule, SummaryCandidate, TextRule } from './day-summary.js';
export { coverageSparkline } from './sparkline.js';
export { dayIndex, dayOf, placementOf, spanOf } from './calendar.js';
export type { Sparkline } from './sparkline.js';
export { chooseKeyDateMethod, leaveOneStoryOut, dateF1, methodF1 } from './key-date-learning.js';
export type { Fold, LabelledStory } from './key-date-learning.js';
