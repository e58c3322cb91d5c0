import type { AnalyzedArticle, KeyDate, TimelineEvent } from '../types.js';
import { dayIndex, dayOf } from './calendar.js';

/** What the corpus says about one day; every count is of articles, so one article counts once. */
export interface DayFeatures {
  /** Articles whose text names the day (a time expression resolving to it). */
  mentions: number;
  /** Articles whose lead tells of the day (a date in the lead, or the lead dated to publication). */
  leads: number;
  /** Articles published on the day. */
  published: number;
  /** Articles published later that still name the day: looking back is what makes a day key. */
  recalled: number;
  /** Articles published in the three days from the day, over the corpus' mean for three days. */
  burst: number;
  /** Distinct sources (outlets, or folders when unknown) that name the day. */
  outlets: number;
}

export type KeyDateWeights = Record<keyof DayFeatures, number>;

export const FEATURE_NAMES: Array<keyof DayFeatures> = ['mentions', 'leads', 'published', 'recalled', 'burst', 'outlets'];

/** Shipped weights over log(1 + feature); see bench/story.ts for how they were chosen. */
export const KEY_DATE_WEIGHTS: KeyDateWeights = {
  mentions: 1,
  leads: 0,
  published: 0,
  recalled: 0,
  burst: 0,
  outlets: 0,
};

function emptyFeatures(): DayFeatures {
  return { mentions: 0, leads: 0, published: 0, recalled: 0, burst: 0, outlets: 0 };
}

function leadBounds(article: AnalyzedArticle): { start: number; end: number } | null {
  const lead = article.sentences.find((s) => !s.caption);
  return lead ? { start: lead.start, end: lead.end } : null;
}

/** Salience evidence for every day that some article names or was published on. */
export function dayFeatures(articles: AnalyzedArticle[]): Map<string, DayFeatures> {
  const features = new Map<string, DayFeatures>();
  const outlets = new Map<string, Set<string>>();
  const at = (day: string): DayFeatures => {
    let f = features.get(day);
    if (!f) features.set(day, (f = emptyFeatures()));
    return f;
  };
  const published = new Map<number, number>();
  for (const article of articles) {
    const mentioned = new Set<string>();
    const inLead = new Set<string>();
    const lead = leadBounds(article);
    for (const time of article.times) {
      if (time.type !== 'DATE' && time.type !== 'TIME') continue;
      const day = dayOf(time.value);
      if (day === null || time.mod === 'BEFORE' || time.mod === 'AFTER') continue;
      mentioned.add(day);
      if (lead && time.start >= lead.start && time.end <= lead.end) inLead.add(day);
    }
    for (const event of article.events) {
      const day = dayOf(event.date);
      if (day !== null && event.lead && event.mod === undefined) inLead.add(day);
    }
    for (const day of mentioned) {
      const f = at(day);
      f.mentions++;
      if (article.date !== null && article.date > day) f.recalled++;
      const outlet = article.source ?? article.path.replace(/[^/\\]*$/, '');
      let set = outlets.get(day);
      if (!set) outlets.set(day, (set = new Set()));
      set.add(outlet);
    }
    for (const day of inLead) at(day).leads++;
    if (article.date !== null) {
      at(article.date).published++;
      const index = dayIndex(article.date);
      if (index !== null) published.set(index, (published.get(index) ?? 0) + 1);
    }
  }
  const indices = [...published.keys()];
  const span = indices.length ? Math.max(...indices) - Math.min(...indices) + 1 : 1;
  const meanThreeDays = (3 * articles.filter((a) => a.date !== null).length) / span || 1;
  for (const [day, f] of features) {
    const index = dayIndex(day);
    if (index === null) continue;
    const window = (published.get(index) ?? 0) + (published.get(index + 1) ?? 0) + (published.get(index + 2) ?? 0);
    f.burst = window / meanThreeDays;
    f.outlets = outlets.get(day)?.size ?? 0;
  }
  return features;
}

export function dayScore(features: DayFeatures, weights: KeyDateWeights): number {
  let score = 0;
  for (const name of FEATURE_NAMES) score += weights[name] * Math.log1p(features[name]);
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
    if (!current || event.sources.length > current.sources.length) best.set(day, event);
  }
  const ranked: KeyDate[] = [];
  for (const [day, features] of dayFeatures(articles)) {
    ranked.push({
      date: day,
      score: Math.round(dayScore(features, weights) * 1000) / 1000,
      events: counts.get(day) ?? 0,
      summary: best.get(day)?.summary ?? '',
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.date.localeCompare(b.date));
}
