import { dayIndex } from './calendar.js';
import { KEY_DATE_METHODS, rankDays, type CoverageBurst, type DayFeatures, type KeyDateMethod } from './key-dates.js';

/** A story whose key days are known: the evidence `dayFeatures` gathers, and the reference timelines. */
export interface LabelledStory {
  name: string;
  features: Map<string, DayFeatures>;
  /** As `coverageBursts`: days inside them compete first, as in `rankDays`. */
  bursts: CoverageBurst[];
  /** Each reference timeline's days. */
  references: string[][];
}

/** As shared/tools/score.mjs `timeline`: mean over references of F1 of the top-k days, k = reference size. */
export function dateF1(ranked: string[], references: string[][]): number {
  const unique = [...new Set(ranked.filter((d) => dayIndex(d) !== null))];
  let sum = 0;
  for (const reference of references) {
    const want = new Set(reference.map((d) => d.slice(0, 10)));
    const picked = unique.slice(0, want.size);
    const hits = picked.filter((d) => want.has(d)).length;
    const p = picked.length ? hits / picked.length : 0;
    const r = want.size ? hits / want.size : 0;
    sum += p + r ? (2 * p * r) / (p + r) : 0;
  }
  return references.length ? sum / references.length : 0;
}

export function methodF1(story: LabelledStory, method: KeyDateMethod): number {
  return dateF1(
    rankDays(story.features, story.bursts, method).map((d) => d.date),
    story.references,
  );
}

/**
 * The method with the best mean date F1 over `stories`, each story weighing alike; ties to the
 * earlier method in `methods` (the simpler one). Choosing among a few fixed methods is all the
 * fitting there is: no weight is learnt.
 */
export function chooseKeyDateMethod(
  stories: LabelledStory[],
  methods: KeyDateMethod[] = KEY_DATE_METHODS,
): KeyDateMethod {
  let best = methods[0]!;
  let bestF1 = -Infinity;
  for (const method of methods) {
    const f1 = stories.reduce((sum, story) => sum + methodF1(story, method), 0) / Math.max(1, stories.length);
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      best = method;
    }
  }
  return best;
}

export interface Fold {
  heldOut: string;
  method: KeyDateMethod;
  f1: number;
}

/** Leave-one-story-out: each story scored by the method chosen on the others. */
export function leaveOneStoryOut(stories: LabelledStory[], methods: KeyDateMethod[] = KEY_DATE_METHODS): Fold[] {
  return stories.map((story, i) => {
    const method = chooseKeyDateMethod(
      stories.filter((_, j) => j !== i),
      methods,
    );
    return { heldOut: story.name, method, f1: methodF1(story, method) };
  });
}
