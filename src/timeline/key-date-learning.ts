import { dayIndex } from './calendar.js';
import { FEATURE_NAMES, featureValue, type DayFeatures, type KeyDateWeights } from './key-dates.js';

/**
 * The features `KEY_DATE_WEIGHTS` is learnt over: the follow-up a day gets in the week after it,
 * and the share of the coverage still to come. Chosen by leave-one-story-out F1 on the development
 * stories; every further feature tried (told, recalled, next-day and same-day publications, leads,
 * agreement, coverage density) fitted them better and held out worse.
 */
export const LEARNT_FEATURES: Array<keyof DayFeatures> = ['followUp', 'later'];

/** A story whose key days are known: the evidence `dayFeatures` gathers, and the reference days. */
export interface LabelledStory {
  features: Map<string, DayFeatures>;
  /** As `coverageSpan`: only days inside it compete, as in `rankDays`. */
  span: { first: number; last: number } | null;
  keyDays: ReadonlySet<string>;
}

export interface LearningOptions {
  /** Full-batch gradient steps; the loss is convex, so enough steps reach the same weights. */
  steps: number;
  rate: number;
}

const DEFAULT_OPTIONS: LearningOptions = { steps: 1000, rate: 1 };

/**
 * Weights over `features` that rank each story's key days above its other days: gradient descent
 * on the pairwise logistic loss (RankNet's, over every key day and other day of one story), each
 * story weighing alike whatever its size, so a long reference list does not drown a short one.
 * Pairs are only formed within a story, as counts mean different things in corpora of different
 * sizes. Weights come rounded to two decimals, as they are shipped.
 */
export function learnKeyDateWeights(
  stories: LabelledStory[],
  features: Array<keyof DayFeatures>,
  options: LearningOptions = DEFAULT_OPTIONS,
): KeyDateWeights {
  // Each pair's difference of feature values, (key day − other day), one flat array per story.
  const differences = stories.map((story) => {
    const key: number[][] = [];
    const other: number[][] = [];
    for (const [date, f] of story.features) {
      const index = dayIndex(date);
      const inside = story.span === null || (index !== null && index >= story.span.first && index <= story.span.last);
      if (!inside) continue;
      (story.keyDays.has(date) ? key : other).push(features.map((name) => featureValue(f, name)));
    }
    const flat: number[] = [];
    for (const k of key) for (const o of other) for (let j = 0; j < features.length; j++) flat.push(k[j]! - o[j]!);
    return flat;
  });
  const w = features.map(() => 0);
  const gradient = features.map(() => 0);
  const used = differences.filter((d) => d.length > 0);
  for (let step = 0; step < options.steps; step++) {
    gradient.fill(0);
    for (const flat of used) {
      const pairs = flat.length / features.length;
      const scale = 1 / (pairs * used.length);
      for (let p = 0; p < flat.length; p += features.length) {
        let margin = 0;
        for (let j = 0; j < features.length; j++) margin += w[j]! * flat[p + j]!;
        // d/dw log(1 + e^(−margin)) = −σ(−margin) · difference
        const pull = scale / (1 + Math.exp(margin));
        for (let j = 0; j < features.length; j++) gradient[j]! -= pull * flat[p + j]!;
      }
    }
    for (let j = 0; j < features.length; j++) w[j]! -= options.rate * gradient[j]!;
  }
  const weights = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as KeyDateWeights;
  features.forEach((name, j) => (weights[name] = Math.round(w[j]! * 100) / 100));
  return weights;
}
