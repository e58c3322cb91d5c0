// Key dates and day summaries on the four Timeline17 development stories, in one run:
// - date F1 of news-tui's key dates beside the mention-count baseline (chrono-node), as
//   shared/tools/score.mjs `timeline` scores them;
// - the leave-one-story-out folds: each story ranked by the method chosen on the other three;
// - day summaries as score.mjs `summary` scores them (agreement ROUGE-1/2 F1 against the
//   journalists' sentences) beside a first-mention baseline on the same days;
// - the first key days of each story with their summaries, as the key-dates view lists them;
// - merging and ranking at scale.
//   npm run bench:story
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import type { AnalyzedArticle, Article, KeyDate } from '../src/types.js';
import { loadCorpus } from '../src/corpus/index.js';
import {
  buildTimeline,
  coverageBursts,
  dateF1,
  dayFeatures,
  keyDates,
  leaveOneStoryOut,
  methodF1,
  KEY_DATE_METHOD,
  KEY_DATE_METHODS,
  type LabelledStory,
} from '../src/timeline/index.js';
import { dayOf } from '../src/timeline/calendar.js';

export const STORIES = ['t17_h1n1', 't17_finan', 't17_iraq', 't17_bpoil'];
const GOLD = fileURLToPath(new URL('../../shared/data/gold/timelines/', import.meta.url));

/** One reference timeline with its sentences: [day, [sentence, …]] per day. */
type ReferenceTimeline = Array<[string, string[]]>;

export interface StoryData {
  name: string;
  /** Days of each reference timeline (gold-timelines.json, what score.mjs `timeline` reads). */
  references: string[][];
  /** The same timelines with the journalists' sentences (reference-timelines.json, for `summary`). */
  summaries: ReferenceTimeline[];
  analyzed: AnalyzedArticle[];
}

export type Analyzer = (articles: Article[]) => AnalyzedArticle[];

export async function loadStory(name: string, analyze: Analyzer): Promise<StoryData> {
  const dir = join(GOLD, name);
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  const { articles } = await loadCorpus([dir]);
  return {
    name,
    references: read<string[][]>('gold-timelines.json'),
    summaries: read<ReferenceTimeline[]>('reference-timelines.json'),
    analyzed: analyze(articles),
  };
}

export { dateF1 };

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

/** The baseline: days ranked by how many articles name them (chrono-node, day precision) or were
 * published on them, ties to the earlier day. */
export function mentionCountBaseline(articles: Article[]): string[] {
  const counts = new Map<string, number>();
  for (const article of articles) for (const day of baselineDays(article)) counts.set(day, (counts.get(day) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([day]) => day);
}

/** The first-mention summary baseline: for each day, the first sentence (earliest article first)
 * with a time expression naming the day. */
export function firstMentions(articles: AnalyzedArticle[]): Map<string, string> {
  const first = new Map<string, string>();
  const ordered = [...articles].sort(
    (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.path.localeCompare(b.path),
  );
  for (const article of ordered) {
    for (const time of article.times) {
      const day = dayOf(time.value);
      if (day === null || first.has(day)) continue;
      const sentence = article.sentences.find((s) => s.start <= time.start && time.start < s.end);
      if (sentence) first.set(day, article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim());
    }
  }
  return first;
}

/**
 * As shared/tools/score.mjs `summary`: per reference, ROUGE-n F1 in the agreement form (n-grams
 * count as shared only between summaries of the same day) over as many of the top days as the
 * reference has; the mean over the references.
 */
export function agreementRouge(days: string[], summaryOf: (day: string) => string, references: ReferenceTimeline[]) {
  const words = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = (ws: string[], n: number): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i + n <= ws.length; i++) {
      const g = ws.slice(i, i + n).join(' ');
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  const shared = (a: Map<string, number>, b: Map<string, number>): number => {
    let k = 0;
    for (const [g, c] of a) k += Math.min(c, b.get(g) ?? 0);
    return k;
  };
  const sum = { 1: 0, 2: 0 };
  for (const reference of references) {
    const want = new Map(reference.map(([d, sentences]) => [d.slice(0, 10), sentences.join(' ')]));
    const picked = days.slice(0, want.size);
    for (const n of [1, 2] as const) {
      let match = 0;
      let sys = 0;
      let gold = 0;
      for (const d of picked) {
        const g = grams(words(summaryOf(d)), n);
        sys += total(g);
        if (want.has(d)) match += shared(g, grams(words(want.get(d)!), n));
      }
      for (const t of want.values()) gold += total(grams(words(t), n));
      const p = sys ? match / sys : 0;
      const r = gold ? match / gold : 0;
      sum[n] += p + r ? (2 * p * r) / (p + r) : 0;
    }
  }
  const count = Math.max(1, references.length);
  return { rouge1: sum[1] / count, rouge2: sum[2] / count };
}

/**
 * Two development stories years apart read as one story told in two bursts (as a death and, years
 * later, the trial): each reference timeline is one of the first story's and one of the second's
 * together. Only for measuring: the held-out stories include one of this shape. Each pair is read
 * whole, then with only every THIN-th article of the second story: a retelling told by fewer
 * articles than the first telling, as a trial is after a death.
 */
export const TWO_BURST_PAIRS: Array<[string, string]> = [
  ['t17_iraq', 't17_finan'],
  ['t17_h1n1', 't17_bpoil'],
  ['t17_iraq', 't17_bpoil'],
];
const THIN = 4;

export function twoBurstStory(first: StoryData, second: StoryData, thin = 1): StoryData {
  const count = Math.max(first.references.length, second.references.length);
  const pick = <T>(list: T[], i: number): T => list[i % list.length]!;
  return {
    name: `${first.name.slice(4)}+${second.name.slice(4)}${thin > 1 ? ` (1/${thin})` : ''}`,
    references: Array.from({ length: count }, (_, i) => [...pick(first.references, i), ...pick(second.references, i)]),
    summaries: Array.from({ length: count }, (_, i) => [...pick(first.summaries, i), ...pick(second.summaries, i)]),
    analyzed: [...first.analyzed, ...second.analyzed.filter((_, i) => i % thin === 0)],
  };
}

const SAMPLE_DAYS = 5;
const pct = (x: number): string => (100 * x).toFixed(1);
const signed = (x: number): string => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;

/** Merging and ranking at scale: the stories' analysed articles repeated to `count` articles
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
  const cpu = process.cpuUsage();
  keyDates(articles, timeline);
  const ranked = performance.now();
  const { user, system } = process.cpuUsage(cpu);
  const events = articles.reduce((n, a) => n + a.events.length, 0);
  return (
    `${count} articles (${events} events): buildTimeline ${Math.round(built - start)} ms, ` +
    `keyDates ${Math.round(ranked - built)} ms (${Math.round((user + system) / 1000)} ms CPU), ${timeline.length} timeline rows`
  );
}

export async function benchStories(analyze: Analyzer): Promise<void> {
  const stories: StoryData[] = [];
  for (const name of STORIES) stories.push(await loadStory(name, analyze));
  const rows = stories.map((story) => {
    const timeline = buildTimeline(story.analyzed);
    const ours: KeyDate[] = keyDates(story.analyzed, timeline);
    const labelled: LabelledStory = {
      name: story.name,
      features: dayFeatures(story.analyzed, timeline),
      bursts: coverageBursts(story.analyzed),
      references: story.references,
    };
    const days = ours.map((d) => d.date);
    const summaryOf = new Map(ours.map((d) => [d.date, d.summary]));
    const first = firstMentions(story.analyzed);
    return {
      story,
      keyDays: ours,
      labelled,
      ours: dateF1(days, story.references),
      baseline: dateF1(mentionCountBaseline(story.analyzed), story.references),
      events: story.analyzed.reduce((n, a) => n + a.events.length, 0),
      rows: timeline.length,
      summary: agreementRouge(days, (d) => summaryOf.get(d) ?? '', story.summaries),
      firstMention: agreementRouge(days, (d) => first.get(d) ?? '', story.summaries),
    };
  });
  const mean = (f: (r: (typeof rows)[number]) => number): number => rows.reduce((s, r) => s + f(r), 0) / rows.length;

  console.log(`key dates (shipped method: ${KEY_DATE_METHOD.name}), date F1 as score.mjs timeline:`);
  console.log('story        articles  events  timeline rows   baseline F1  news-tui F1  margin');
  for (const r of rows) {
    console.log(
      `${r.story.name.padEnd(12)} ${String(r.story.analyzed.length).padStart(8)} ${String(r.events).padStart(7)}` +
        ` ${String(r.rows).padStart(14)}   ${pct(r.baseline).padStart(11)} ${pct(r.ours).padStart(12)}` +
        ` ${signed(r.ours - r.baseline).padStart(7)}`,
    );
  }
  console.log(
    `mean${' '.repeat(40)}${pct(mean((r) => r.baseline)).padStart(11)} ${pct(mean((r) => r.ours)).padStart(12)}` +
      ` ${signed(mean((r) => r.ours - r.baseline)).padStart(7)}`,
  );

  console.log('\nleave-one-story-out (method chosen on the other three stories, scored on the one left out):');
  const folds = leaveOneStoryOut(rows.map((r) => r.labelled));
  folds.forEach((fold, i) => {
    const base = rows[i]!.baseline;
    console.log(
      `  held out ${fold.heldOut.padEnd(10)} chose "${fold.method.name}"`.padEnd(76) +
        ` F1 ${pct(fold.f1)}  baseline ${pct(base)}  ${signed(fold.f1 - base)}`,
    );
  });
  const heldMean = folds.reduce((s, f) => s + f.f1, 0) / folds.length;
  console.log(`  mean held-out F1 ${pct(heldMean)} (${signed(heldMean - mean((r) => r.baseline))} over the baseline)`);

  console.log('\nevery method on every story (date F1):');
  console.log(`  ${'method'.padEnd(48)}${rows.map((r) => r.story.name.slice(4).padStart(8)).join('')}`);
  for (const method of KEY_DATE_METHODS) {
    console.log(
      `  ${method.name.padEnd(48)}${rows.map((r) => pct(methodF1(r.labelled, method)).padStart(8)).join('')}`,
    );
  }

  console.log(
    `\ntwo bursts years apart (two stories read as one; references joined; 1/${THIN}: every ${THIN}th article of the second):`,
  );
  const twoBursts = [1, THIN]
    .flatMap((thin) => TWO_BURST_PAIRS.map(([a, b]) => ({ a, b, thin })))
    .map(({ a, b, thin }) => {
      const story = twoBurstStory(
        stories.find((s) => s.name === a)!,
        stories.find((s) => s.name === b)!,
        thin,
      );
      const ours = dateF1(
        keyDates(story.analyzed, buildTimeline(story.analyzed)).map((d) => d.date),
        story.references,
      );
      const baseline = dateF1(mentionCountBaseline(story.analyzed), story.references);
      console.log(
        `  ${story.name.padEnd(18)} baseline ${pct(baseline)}  news-tui ${pct(ours)}  ${signed(ours - baseline)}`,
      );
      return ours - baseline;
    });
  console.log(`  mean margin ${signed(twoBursts.reduce((a, b) => a + b, 0) / twoBursts.length)}`);

  console.log('\nday summaries on the key days, agreement ROUGE F1 as score.mjs summary (reference-timelines.json):');
  console.log('story        first-mention R1  R2   news-tui R1   R2');
  for (const r of rows) {
    console.log(
      `${r.story.name.padEnd(12)} ${pct(r.firstMention.rouge1).padStart(17)} ${pct(r.firstMention.rouge2).padStart(4)}` +
        ` ${pct(r.summary.rouge1).padStart(13)} ${pct(r.summary.rouge2).padStart(4)}`,
    );
  }
  console.log('\nthe first key days as the key-dates view lists them:');
  for (const r of rows) {
    for (const day of r.keyDays.slice(0, SAMPLE_DAYS)) {
      console.log(
        `  ${r.story.name.slice(4).padEnd(6)} ${day.date} ${String(day.events).padStart(4)} ev  ${day.summary}`,
      );
    }
  }
  console.log('\n' + scaleRun(stories, 10_000));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // As the app does (src/pipeline/assemble.ts): analyse each article, then unify entity names.
  const { analyzeArticle, mergeEntityNames } = await import('../src/nlp/index.js');
  await benchStories((articles) => mergeEntityNames(articles.map(analyzeArticle)));
}
