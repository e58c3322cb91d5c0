import type { AnalyzedArticle, ArticleEvent, EventSource, Precision, TimeMod, TimelineEvent } from '../types.js';
import { dayOf, placementOf, spanOf, vagueness } from './calendar.js';
import { displayText, summaryScore } from './summary.js';
import { contentStems, cosine, stableHash } from './words.js';
import { compareText } from '../compare.js';

/** One article's telling of a happening. */
interface Telling {
  article: AnalyzedArticle;
  event: ArticleEvent;
  stems: string[];
  /** Vocabulary ids of the stems, ascending, with their squared inverse document frequencies
   * and the vector's length: cosine similarity by merging two sorted lists. */
  termIds: Int32Array;
  termWeights: Float64Array;
  norm: number;
  /** Entity names, lower-cased. */
  names: Set<string>;
}

interface Cluster {
  members: Telling[];
  /** The first members: new tellings are compared with these only, which bounds the work. */
  seeds: Telling[];
  indexed: Set<string>;
}

// Bounds on the work in one date bucket, so a day that thousands of articles mention costs
// a constant per telling rather than a pass over the bucket.
const SEED_MEMBERS = 8;
const MAX_CANDIDATES = 12;
const MAX_POSTING = 400;
const CENTRALITY_SAMPLE = 8;
const NEAR_COPY = 0.8;
const MAX_JOINED = 120;

/** Centroid similarity at or above which two clusters of one bucket are one happening. */
const SAME_CLUSTER = 0.5;
const VAGUE_BUCKET_MARGIN = 0.15;
const NAMES_NEED_WORDS = 0.1;

/** Similarity at or above which two tellings in one date bucket are one happening. */
export const SAME_HAPPENING = 0.22;

type Weight = (stem: string) => number;

/** Tellings are comparable only when their dates are: the same day, or the same vague value and mod. */
export function dateBucket(event: Pick<ArticleEvent, 'date' | 'mod'>): string {
  return `${dayOf(event.date) ?? event.date}|${event.mod ?? ''}`;
}

/** Idf-weighted cosine of the words, blended with the entities' overlap when both name some. */
function tellingSimilarity(a: Telling, b: Telling): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.termIds.length && j < b.termIds.length;) {
    const x = a.termIds[i]!;
    const y = b.termIds[j]!;
    if (x === y) {
      shared += a.termWeights[i]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const words = a.norm > 0 && b.norm > 0 ? shared / (a.norm * b.norm) : 0;
  // Names alone (both about "Mexico") do not make one happening: they only confirm shared words.
  if (a.names.size === 0 || b.names.size === 0 || words < NAMES_NEED_WORDS) return words;
  let common = 0;
  for (const name of a.names) if (b.names.has(name)) common++;
  // Overlap, not Jaccard: a lead event also carries the names of its report's undated sentences,
  // and those extra names must not count against it.
  return 0.7 * words + 0.3 * (common / Math.min(a.names.size, b.names.size));
}

function inverseDocumentFrequency(tellings: Telling[]): Weight {
  const df = new Map<string, number>();
  for (const t of tellings) for (const s of t.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const n = tellings.length;
  return (stem) => Math.log(1 + n / (df.get(stem) ?? 1));
}

/** Within a month or a year many things happen: a vague bucket asks more of two tellings. */
function threshold(precision: Precision): number {
  return vagueness(precision) <= vagueness('day') ? SAME_HAPPENING : SAME_HAPPENING + VAGUE_BUCKET_MARGIN;
}

function clusterBucket(tellings: Telling[], weight: Weight): Cluster[] {
  const required = threshold(tellings[0]!.event.precision);
  const clusters: Cluster[] = [];
  const postings = new Map<string, number[]>();
  const index = (clusterIndex: number, telling: Telling): void => {
    const cluster = clusters[clusterIndex]!;
    for (const stem of telling.stems) {
      if (cluster.indexed.has(stem)) continue;
      cluster.indexed.add(stem);
      const list = postings.get(stem);
      if (list) list.push(clusterIndex);
      else postings.set(stem, [clusterIndex]);
    }
  };
  for (const telling of tellings) {
    const shared = new Map<number, number>();
    for (const stem of telling.stems) {
      const list = postings.get(stem);
      if (!list || list.length > MAX_POSTING) continue;
      const w = weight(stem);
      for (const c of list) shared.set(c, (shared.get(c) ?? 0) + w);
    }
    const candidates = [...shared].sort((x, y) => y[1] - x[1]).slice(0, MAX_CANDIDATES);
    let best = -1;
    let bestScore = required;
    search: for (const [c] of candidates) {
      for (const seed of clusters[c]!.seeds) {
        const score = tellingSimilarity(telling, seed);
        if (score >= bestScore) {
          bestScore = score;
          best = c;
          // A near-copy (wire copy reprinted) settles it: no need to look further.
          if (score >= NEAR_COPY) break search;
        }
      }
    }
    if (best < 0) {
      clusters.push({ members: [telling], seeds: [telling], indexed: new Set() });
      index(clusters.length - 1, telling);
      continue;
    }
    const cluster = clusters[best]!;
    cluster.members.push(telling);
    if (cluster.seeds.length < SEED_MEMBERS) {
      cluster.seeds.push(telling);
      index(best, telling);
    }
  }
  return clusters;
}

function centroid(cluster: Cluster, weight: Weight): Map<string, number> {
  const vector = new Map<string, number>();
  for (const member of cluster.members) for (const stem of member.stems) vector.set(stem, (vector.get(stem) ?? 0) + 1);
  for (const [stem, count] of vector) vector.set(stem, (count / cluster.members.length) * weight(stem));
  return vector;
}

/**
 * Joins clusters of one bucket that the greedy pass kept apart because no single pair of
 * tellings was close enough, though together they say the same. Only the largest clusters are
 * compared, so the pass costs a constant per bucket.
 */
function joinClusters(clusters: Cluster[], weight: Weight): Cluster[] {
  if (clusters.length < 2 || threshold(clusters[0]!.members[0]!.event.precision) > SAME_HAPPENING) return clusters;
  const large = clusters
    .map((cluster, i) => ({ cluster, i }))
    .filter(({ cluster }) => cluster.members.length >= 2)
    .sort((a, b) => b.cluster.members.length - a.cluster.members.length)
    .slice(0, MAX_JOINED);
  const vectors = large.map(({ cluster }) => centroid(cluster, weight));
  const parent = clusters.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let x = 0; x < large.length; x++) {
    for (let y = x + 1; y < large.length; y++) {
      if (cosine(vectors[x]!, vectors[y]!) >= SAME_CLUSTER) parent[root(large[y]!.i)] = root(large[x]!.i);
    }
  }
  const joined = new Map<number, Cluster>();
  clusters.forEach((cluster, i) => {
    const r = root(i);
    const target = joined.get(r);
    if (!target) joined.set(r, cluster);
    else target.members.push(...cluster.members);
  });
  return [...joined.values()];
}

function chooseSummary(cluster: Cluster): Telling {
  let best = cluster.members[0]!;
  let bestScore = -Infinity;
  for (const member of cluster.members) {
    const others = cluster.seeds.filter((s) => s !== member).slice(0, CENTRALITY_SAMPLE);
    const centrality = others.length
      ? others.reduce((sum, o) => sum + tellingSimilarity(member, o), 0) / others.length
      : 0;
    const score = summaryScore(member.event, centrality);
    if (score > bestScore) {
      bestScore = score;
      best = member;
    }
  }
  return best;
}

function toTimelineEvent(cluster: Cluster): TimelineEvent {
  const first = cluster.members[0]!.event;
  const sources: EventSource[] = [];
  const seen = new Set<string>();
  const entityCounts = new Map<string, number>();
  for (const { article, event } of cluster.members) {
    for (const name of event.entities) entityCounts.set(name, (entityCounts.get(name) ?? 0) + 1);
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    sources.push({ path: article.path, articleId: article.id, start: event.start, end: event.end });
  }
  const day = dayOf(first.date);
  const date = day ?? first.date;
  const precision: Precision = day !== null ? 'day' : first.precision;
  const summary = displayText(chooseSummary(cluster).event.text);
  const timelineEvent: TimelineEvent = {
    id: stableHash(`${date}|${first.mod ?? ''}|${sources[0]!.articleId}|${sources[0]!.start}`),
    date,
    precision,
    // One telling that states the date outright makes the merged date exact.
    approximate: cluster.members.every((m) => m.event.approximate),
    summary,
    sources,
    entities: [...entityCounts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([name]) => name),
  };
  if (first.mod !== undefined) timelineEvent.mod = first.mod;
  return timelineEvent;
}

function modRank(mod: TimeMod | undefined): number {
  if (mod === 'BEFORE' || mod === 'ON_OR_BEFORE') return 0;
  if (mod === 'AFTER' || mod === 'ON_OR_AFTER') return 2;
  return 1;
}

/**
 * Where a value goes among those placed on the same day: the vaguer the earlier ("2009-H1",
 * then "2009-Q1", then "2009-01", then 1 January's own events), but a value placed at its end
 * (mod END: "late March") after the day's events, the vaguer the later. Measured in days the
 * value spans, not by its precision's name: an extractor calls both H1 and Q1 a quarter.
 */
function spanRank(value: string, mod: TimeMod | undefined): number {
  const span = spanOf(value);
  const days = span === null ? 0 : span.last - span.first + 1;
  return mod === 'END' ? days : -days;
}

/**
 * Chronological order, total, so that one date value's events are contiguous (one heading):
 * by placement; among values placed on one day, by spanRank; then by the value itself (two
 * values of one span and placement, like "2009-SP" and "2009-03", kept apart). Within one value,
 * events dated only relative to it ("days before") come first and those "after" it last; then
 * events told by more articles first.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const pa = placementOf(a.date, a.mod) ?? Number.MAX_SAFE_INTEGER;
  const pb = placementOf(b.date, b.mod) ?? Number.MAX_SAFE_INTEGER;
  if (pa !== pb) return pa - pb;
  const sa = spanRank(a.date, a.mod);
  const sb = spanRank(b.date, b.mod);
  if (sa !== sb) return sa - sb;
  const byValue = compareText(a.date, b.date);
  if (byValue !== 0) return byValue;
  const ma = modRank(a.mod);
  const mb = modRank(b.mod);
  if (ma !== mb) return ma - mb;
  // Then the most told, then in the order the first report tells them (its lead first).
  const fa = a.sources[0];
  const fb = b.sources[0];
  const told = fa && fb ? compareText(fa.path, fb.path) || fa.start - fb.start : 0;
  return b.sources.length - a.sources.length || told || compareText(a.id, b.id);
}

function articleOrder(a: AnalyzedArticle, b: AnalyzedArticle): number {
  return compareText(a.date ?? '', b.date ?? '') || compareText(a.path, b.path) || compareText(a.id, b.id);
}

/**
 * The story's timeline: events of all articles, merged where they tell the same happening on a
 * compatible date (compared only within a date bucket, with bounded work per telling), each with
 * its sources (one per article) and the most self-contained telling as summary.
 */
export function buildTimeline(articles: AnalyzedArticle[]): TimelineEvent[] {
  const tellings: Telling[] = [];
  for (const article of [...articles].sort(articleOrder)) {
    for (const event of article.events) {
      const names = new Set(event.entities.map((n) => n.toLowerCase()));
      tellings.push({
        article,
        event,
        stems: contentStems(event.text),
        termIds: new Int32Array(0),
        termWeights: new Float64Array(0),
        norm: 0,
        names,
      });
    }
  }
  const weight = inverseDocumentFrequency(tellings);
  const vocabulary = new Map<string, number>();
  for (const telling of tellings) {
    const ids = telling.stems.map((stem) => {
      let id = vocabulary.get(stem);
      if (id === undefined) vocabulary.set(stem, (id = vocabulary.size));
      return id;
    });
    const order = ids.map((_, i) => i).sort((x, y) => ids[x]! - ids[y]!);
    telling.termIds = Int32Array.from(order, (i) => ids[i]!);
    telling.termWeights = Float64Array.from(order, (i) => weight(telling.stems[i]!) ** 2);
    telling.norm = Math.sqrt(telling.termWeights.reduce((sum, w) => sum + w, 0));
  }
  const buckets = new Map<string, Telling[]>();
  for (const telling of tellings) {
    const key = dateBucket(telling.event);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(telling);
    else buckets.set(key, [telling]);
  }
  const timeline: TimelineEvent[] = [];
  for (const bucket of buckets.values()) {
    // Leads first: they state the happening most plainly, so they make the best seeds.
    const ordered = [...bucket.filter((t) => t.event.lead), ...bucket.filter((t) => !t.event.lead)];
    for (const cluster of joinClusters(clusterBucket(ordered, weight), weight)) timeline.push(toTimelineEvent(cluster));
  }
  return timeline.sort(compareEvents);
}
