// Key-date accuracy on the Timeline17 development stories: date F1 of our key dates beside a
// mention-count baseline computed in the same run, leave-one-story-out folds for the learnt
// key-date weights, and how far merging shrinks dated sentences into timeline rows.
//   npm run bench:story
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import type { AnalyzedArticle, Article } from '../src/types.js';
import { loadCorpus } from '../src/corpus/index.js';
import {
  buildTimeline,
  dayFeatures,
  coverageSpan,
  rankDays,
  FEATURE_NAMES,
  KEY_DATE_WEIGHTS,
  keyDates,
  type DayFeatures,
  type KeyDateWeights,
} from '../src/timeline/index.js';
import { learnKeyDateWeights, LEARNT_FEATURES, type LabelledStory } from '../src/timeline/index.js';

export const STORIES = ['t17_h1n1', 't17_finan', 't17_iraq'];
const GOLD = fileURLToPath(new URL('../../shared/data/gold/timelines/', import.meta.url));

export interface StoryData {
  name: string;
  references: string[][];
  analyzed: AnalyzedArticle[];
}

export type Analyzer = (articles: Article[]) => AnalyzedArticle[];

export async function loadStory(name: string, analyze: Analyzer): Promise<StoryData> {
  const dir = join(GOLD, name);
  const references = JSON.parse(readFileSync(join(dir, 'gold-timelines.json'), 'utf8')) as string[][];
  const { articles } = await loadCorpus([dir]);
  return { name, references, analyzed: analyze(articles) };
}

/** As shared/tools/score.mjs `timeline`: mean over references of F1 of the top-k days, k = reference size. */
export function dateF1(ranked: string[], references: string[][]): number {
  const unique = [...new Set(ranked.filter((d) => /^\d{4}-\d\d-\d\d$/.test(d)))];
  let sum = 0;
  for (const reference of references) {
    const want = new Set(reference.map((d) => d.slice(0, 10)));
    const picked = unique.slice(0, want.size);
    const hits = picked.filter((d) => want.has(d)).length;
    const p = picked.length ? hits / picked.length : 0;
    const r = hits / want.size;
    sum += p + r ? (2 * p * r) / (p + r) : 0;
  }
  return references.length ? sum / references.length : 0;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The days the baseline counts for one article: its publication day and the days chrono-node
 * resolves in its text to day precision. */
export function baselineDays(article: Article): string[] {
  const days = new Set<string>();
  if (article.date !== null) {
    days.add(article.date);
    for (const result of chrono.casual.parse(article.text, { instant: new Date(`${article.date}T12:00:00`) })) {
      const start = result.start;
      if (!start.isCertain('day') && !start.isCertain('weekday')) continue;
      days.add(`${start.get('year')}-${pad2(start.get('month') ?? 1)}-${pad2(start.get('day') ?? 1)}`);
    }
  }
  return [...days];
}

/** Days ranked by how many articles count for them, ties to the earlier day. */
function rankByArticleCount(daysPerArticle: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const days of daysPerArticle) for (const day of days) counts.set(day, (counts.get(day) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([day]) => day);
}

/** The baseline: days ranked by how many articles name them (chrono-node, day precision) or were published on them. */
export function mentionCountBaseline(articles: Article[]): string[] {
  return rankByArticleCount(articles.map(baselineDays));
}

interface Evidence extends LabelledStory {
  name: string;
  references: string[][];
}

function rank(story: Evidence, weights: KeyDateWeights): string[] {
  return rankDays(story.features, story.span, weights).map((d) => d.date);
}

const pct = (x: number): string => (100 * x).toFixed(1);
const show = (w: KeyDateWeights): string =>
  FEATURE_NAMES.filter((n) => w[n] !== 0)
    .map((n) => `${n} ${w[n]}`)
    .join(', ') || 'none';

/** Leave-one-story-out: learn on the other stories, score the one left out; then learn on all. */
function heldOut(
  label: string,
  features: Array<keyof DayFeatures>,
  stories: Evidence[],
  baseline: number,
  ships: boolean,
): void {
  console.log(`${label} (pairwise logistic over ${features.join(', ')}), leave-one-story-out:`);
  let held = 0;
  for (const [i, story] of stories.entries()) {
    const weights = learnKeyDateWeights(
      stories.filter((_, j) => j !== i),
      features,
    );
    const f1 = dateF1(rank(story, weights), story.references);
    held += f1;
    console.log(`  held out ${story.name.padEnd(10)} F1 ${pct(f1)}  (${show(weights)})`);
  }
  const mean = held / stories.length;
  const margin = 100 * (mean - baseline);
  console.log(`  mean held-out F1 ${pct(mean)} (${margin >= 0 ? '+' : ''}${margin.toFixed(1)} over the baseline)`);
  const all = learnKeyDateWeights(stories, features);
  const allF1 = stories.map((story) => pct(dateF1(rank(story, all), story.references))).join(' / ');
  // The shipped weights must be this fit; a difference means the analysis changed since they were learnt.
  const asShipped = FEATURE_NAMES.every((name) => all[name] === KEY_DATE_WEIGHTS[name]);
  const check = !ships ? '' : asShipped ? ', as shipped' : ', NOT the shipped weights: run scripts/learn-key-dates.ts';
  console.log(`  learnt on all three: ${show(all)}  (in-sample ${allF1})${check}`);
}

/**
 * The same leave-one-story-out comparison on random parts of each story (the same part for the
 * baseline and for us): a story of the same kind that we do not have is another draw of articles,
 * and three whole stories give one lucky or unlucky figure.
 */
function heldOutOnParts(stories: StoryData[], share: number, draws: number): void {
  const baselineDaysOf = stories.map((story) => story.analyzed.map(baselineDays));
  // A fixed Park–Miller generator, so every run draws the same parts.
  let seed = 20130101;
  const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  let baselineSum = 0;
  let heldSum = 0;
  const lines: string[] = [];
  for (let draw = 0; draw < draws; draw++) {
    const parts = stories.map((story, s) => {
      const keep = story.analyzed.map(() => random() < share);
      const analyzed = story.analyzed.filter((_, i) => keep[i]);
      return {
        name: story.name,
        references: story.references,
        features: dayFeatures(analyzed, buildTimeline(analyzed)),
        span: coverageSpan(analyzed),
        keyDays: new Set(story.references.flat()),
        baseline: dateF1(rankByArticleCount(baselineDaysOf[s]!.filter((_, i) => keep[i])), story.references),
      };
    });
    const held = parts.map((part, i) => {
      const weights = learnKeyDateWeights(
        parts.filter((_, j) => j !== i),
        LEARNT_FEATURES,
      );
      return dateF1(rank(part, weights), part.references);
    });
    const baseline = parts.reduce((sum, p) => sum + p.baseline, 0) / parts.length;
    const mean = held.reduce((sum, f) => sum + f, 0) / held.length;
    baselineSum += baseline;
    heldSum += mean;
    lines.push(
      `  draw ${draw + 1}: baseline ${parts.map((p) => pct(p.baseline)).join('/')}, held out ${held.map(pct).join('/')}`,
    );
  }
  console.log(`shipped features on ${draws} random ${pct(share)}% parts of each story, leave-one-story-out:`);
  for (const line of lines) console.log(line);
  const margin = (100 * (heldSum - baselineSum)) / draws;
  console.log(
    `  mean baseline F1 ${pct(baselineSum / draws)}, held-out F1 ${pct(heldSum / draws)} (${margin >= 0 ? '+' : ''}${margin.toFixed(1)})`,
  );
}

/** Merging and ranking at scale: the dev stories' analysed articles repeated to `count` articles
 * (each copy a distinct article), so every date bucket is as crowded as a large corpus makes it. */
function scaleRun(stories: StoryData[], count: number): string {
  const base = stories.flatMap((s) => s.analyzed);
  const articles: AnalyzedArticle[] = [];
  for (let copy = 0; articles.length < count; copy++) {
    for (const a of base) articles.push({ ...a, id: `${a.id}#${copy}`, path: `${a.path}#${copy}` });
  }
  articles.length = count;
  const start = performance.now();
  const timeline = buildTimeline(articles);
  const built = performance.now();
  keyDates(articles, timeline);
  const ranked = performance.now();
  const events = articles.reduce((n, a) => n + a.events.length, 0);
  return (
    `${count} articles (${events} events): buildTimeline ${Math.round(built - start)} ms, ` +
    `keyDates ${Math.round(ranked - built)} ms, ${timeline.length} timeline rows`
  );
}

export async function benchStories(analyze: Analyzer): Promise<void> {
  const stories = [];
  for (const name of STORIES) stories.push(await loadStory(name, analyze));
  console.log(scaleRun(stories, 10_000));
  const rows = stories.map((story) => {
    const timeline = buildTimeline(story.analyzed);
    const ours = keyDates(story.analyzed, timeline).map((d) => d.date);
    return {
      name: story.name,
      references: story.references,
      features: dayFeatures(story.analyzed, timeline),
      span: coverageSpan(story.analyzed),
      ours: dateF1(ours, story.references),
      baseline: dateF1(mentionCountBaseline(story.analyzed), story.references),
      articles: story.analyzed.length,
      events: story.analyzed.reduce((n, a) => n + a.events.length, 0),
      rows: timeline.length,
    };
  });
  const mean = (f: (r: (typeof rows)[number]) => number): number => rows.reduce((s, r) => s + f(r), 0) / rows.length;
  console.log('story        articles  events  timeline rows   baseline F1  key dates F1');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(12)} ${String(r.articles).padStart(8)} ${String(r.events).padStart(7)} ${String(r.rows).padStart(14)}` +
        `   ${pct(r.baseline).padStart(11)} ${pct(r.ours).padStart(13)}`,
    );
  }
  console.log(
    `mean${' '.repeat(40)}${pct(mean((r) => r.baseline)).padStart(11)} ${pct(mean((r) => r.ours)).padStart(13)}`,
  );
  console.log(`shipped weights: ${show(KEY_DATE_WEIGHTS)}`);
  const labelled: Evidence[] = rows.map((r) => ({ ...r, keyDays: new Set(r.references.flat()) }));
  const baseline = mean((r) => r.baseline);
  // What ships is learnt over LEARNT_FEATURES; the same learner over every feature is printed beside
  // it to show what a richer model does on three stories: it fits and does not hold out.
  heldOut('shipped features', LEARNT_FEATURES, labelled, baseline, true);
  heldOut('every feature', FEATURE_NAMES, labelled, baseline, false);
  heldOutOnParts(stories, 0.7, 5);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // As the app does (src/cli/open-story.ts): analyse each article, then unify entity names.
  const { analyzeArticle, mergeEntityNames } = await import('../src/nlp/index.js');
  await benchStories((articles) => mergeEntityNames(articles.map(analyzeArticle)));
}
