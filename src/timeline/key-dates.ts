import type { AnalyzedArticle, KeyDate, TimelineEvent } from '../types.js';
import { dayIndex, dayOf } from './calendar.js';
import { standAloneScore } from './summary.js';
import { compareText } from '../compare.js';

/** What the corpus says about one day; counts are of articles, so one article counts once. */
export interface DayFeatures {
  /** Articles whose text names the day (a time expression resolving to it). */
  mentions: number;
  /** Articles published in the week after the day that name it: the follow-up a happening gets. */
  followUp: number;
  /** Articles published the day after: news of a happening comes out the next day. */
  nextDay: number;
  /** Articles published on the day. */
  published: number;
  /** Articles published later that still name the day: looking back is what makes a day key. */
  recalled: number;
  /** Articles that tell a happening dated to the day (an event, the undated lead included). */
  told: number;
  /** Articles whose lead tells of the day: what an article leads with is what it is about. */
  leads: number;
  /** Sources of the day's most widely told event: how far the articles agree on what happened. */
  agreement: number;
  /** Share (0–1) of the dated articles published after the day: a story's key happenings open it,
   * and what the corpus collects after them is their aftermath. */
  later: number;
}

export type KeyDateWeights = Record<keyof DayFeatures, number>;

export const FEATURE_NAMES: Array<keyof DayFeatures> = [
  'mentions',
  'followUp',
  'nextDay',
  'published',
  'recalled',
  'told',
  'leads',
  'agreement',
  'later',
];

/**
 * Shipped weights: learnt by `learnKeyDateWeights` (pairwise logistic ranking, key-date-learning.ts)
 * on the three Timeline17 development stories (h1n1, finan, iraq) over followUp and later;
 * `npm run bench:story` prints each leave-one-story-out fold's held-out F1 beside this fit and
 * `npx tsx scripts/learn-key-dates.ts` re-learns it. Features without weight stay computed so the
 * bench can show that learning on all of them overfits three stories.
 */
export const KEY_DATE_WEIGHTS: KeyDateWeights = {
  mentions: 0,
  followUp: 1.15,
  nextDay: 0,
  published: 0,
  recalled: 0,
  told: 0,
  leads: 0,
  agreement: 0,
  later: 3.5,
};

/** Features that are shares already; the rest are counts, which weigh by log(1 + count). */
const SHARES: ReadonlySet<keyof DayFeatures> = new Set(['later']);

// A story's key days lie within its coverage; days named long before the first article or after
// the last are background ("since 11 September 2001") and rank after every day inside.
const COVERAGE_MARGIN_DAYS = 7;

// News of a happening keeps coming for about a week; naming it after that is looking back.
const FOLLOW_UP_DAYS = 7;

function emptyFeatures(): DayFeatures {
  return { mentions: 0, followUp: 0, nextDay: 0, published: 0, recalled: 0, told: 0, leads: 0, agreement: 0, later: 0 };
}

/** Salience evidence for every day that some article names or was published on. */
export function dayFeatures(articles: AnalyzedArticle[], timeline: TimelineEvent[]): Map<string, DayFeatures> {
  const features = new Map<string, DayFeatures>();
  const at = (day: string): DayFeatures => {
    let f = features.get(day);
    if (!f) features.set(day, (f = emptyFeatures()));
    return f;
  };
  const published = new Map<number, number>();
  let dated = 0;
  for (const article of articles) {
    const publishedIndex = article.date === null ? null : dayIndex(article.date);
    const mentioned = new Set<string>();
    const told = new Set<string>();
    for (const time of article.times) {
      if (time.type !== 'DATE' && time.type !== 'TIME') continue;
      const day = dayOf(time.value);
      if (day === null || time.mod === 'BEFORE' || time.mod === 'AFTER') continue;
      mentioned.add(day);
    }
    const inLead = new Set<string>();
    for (const event of article.events) {
      const day = dayOf(event.date);
      if (day === null || event.mod !== undefined) continue;
      told.add(day);
      if (event.lead) inLead.add(day);
    }
    for (const day of mentioned) {
      const f = at(day);
      f.mentions++;
      if (article.date !== null && article.date > day) f.recalled++;
      const index = dayIndex(day);
      if (
        publishedIndex !== null &&
        index !== null &&
        publishedIndex > index &&
        publishedIndex <= index + FOLLOW_UP_DAYS
      ) {
        f.followUp++;
      }
    }
    for (const day of told) at(day).told++;
    for (const day of inLead) at(day).leads++;
    if (article.date !== null) {
      at(article.date).published++;
      if (publishedIndex !== null) {
        published.set(publishedIndex, (published.get(publishedIndex) ?? 0) + 1);
        dated++;
      }
    }
  }
  for (const event of timeline) {
    const day = dayOf(event.date);
    if (day === null || event.mod !== undefined) continue;
    const f = at(day);
    f.agreement = Math.max(f.agreement, event.sources.length);
  }
  // Articles published after each day, from a running sum over the publication days in order.
  const publicationDays = [...published.keys()].sort((a, b) => a - b);
  const days = [...features].map(([day, f]) => ({ index: dayIndex(day), f }));
  days.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  let next = 0;
  let upTo = 0;
  for (const { index, f } of days) {
    if (index === null) continue;
    f.nextDay = published.get(index + 1) ?? 0;
    while (next < publicationDays.length && publicationDays[next]! <= index)
      upTo += published.get(publicationDays[next++]!)!;
    f.later = dated > 0 ? (dated - upTo) / dated : 0;
  }
  return features;
}

/** The days covered by the corpus' publication dates, widened by a margin; null when none is dated. */
export function coverageSpan(articles: AnalyzedArticle[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const article of articles) {
    const index = article.date === null ? null : dayIndex(article.date);
    if (index === null) continue;
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  return first <= last ? { first: first - COVERAGE_MARGIN_DAYS, last: last + COVERAGE_MARGIN_DAYS } : null;
}

/** A feature as the weights see it: shares as they are, counts as log(1 + count). */
export function featureValue(features: DayFeatures, name: keyof DayFeatures): number {
  return SHARES.has(name) ? features[name] : Math.log1p(features[name]);
}

export function dayScore(features: DayFeatures, weights: KeyDateWeights): number {
  let score = 0;
  for (const name of FEATURE_NAMES) if (weights[name] !== 0) score += weights[name] * featureValue(features, name);
  return score;
}

/** Days ranked by salience (most salient first), each with its best event. */
export function keyDates(
  articles: AnalyzedArticle[],
  timeline: TimelineEvent[],
  weights: KeyDateWeights = KEY_DATE_WEIGHTS,
): KeyDate[] {
  const best = new Map<string, TimelineEvent>();
  const counts = new Map<string, number>();
  for (const event of timeline) {
    const day = dayOf(event.date);
    // Events only dated relative to the day ("days before") are not on it.
    if (day === null || event.mod !== undefined) continue;
    counts.set(day, (counts.get(day) ?? 0) + 1);
    const current = best.get(day);
    // The day's best event: told by the most articles, then the one whose summary stands alone.
    if (
      !current ||
      event.sources.length > current.sources.length ||
      (event.sources.length === current.sources.length &&
        standAloneScore(event.summary) > standAloneScore(current.summary))
    ) {
      best.set(day, event);
    }
  }
  const titles = new Map<string, string>();
  for (const article of articles)
    if (article.date !== null && !titles.has(article.date)) titles.set(article.date, article.title);
  const features = dayFeatures(articles, timeline);
  return rankDays(features, coverageSpan(articles), weights).map(({ date, score }) => ({
    date,
    score: Math.round(score * 1000) / 1000,
    events: counts.get(date) ?? 0,
    // A day no event is dated to is still a day something was published: show what.
    summary: best.get(date)?.summary ?? titles.get(date) ?? '',
  }));
}

/** Days by score, those inside the coverage span first. */
export function rankDays(
  features: Map<string, DayFeatures>,
  span: { first: number; last: number } | null,
  weights: KeyDateWeights,
): Array<{ date: string; score: number }> {
  const scored = [...features].map(([date, f]) => {
    const index = dayIndex(date);
    const inside = span === null || (index !== null && index >= span.first && index <= span.last);
    return { date, score: dayScore(f, weights), inside };
  });
  // Ties go to the earlier day, as in the mention-count baseline, so the two rank alike.
  scored.sort((a, b) => Number(b.inside) - Number(a.inside) || b.score - a.score || compareText(a.date, b.date));
  return scored.map(({ date, score }) => ({ date, score }));
}
