import type { Article, ArticleEvent, EventSource, Precision, TimeMod, TimelineEvent } from '../types.js';
import { dayOf, placementOf, spanOf, vagueness } from './calendar.js';
import { cleanSummary, isCaption } from './day-summary.js';
import { displayText, summaryScore } from './summary.js';
import { contentStems, cosine, stableHash } from './words.js';
import { compareText } from '../compare.js';

/** What the merge reads of an article: its order among articles and what a source names. */
export type TellingArticle = Pick<Article, 'id' | 'path' | 'date'>;

/** One event of one article: what a date bucket's merge is given. */
export interface BucketTelling {
  article: TellingArticle;
  event: ArticleEvent;
}

/** One article's telling of a happening. */
interface Telling {
  article: TellingArticle;
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

/** The weight of a word stem: its inverse document frequency over every telling of the corpus. */
export type Weight = (stem: string) => number;

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

/**
 * Idf weights from counts: `tellings` events in the corpus, `frequency(stem)` of them with the
 * stem (undefined: none). An archive passes the counts it keeps, so a bucket's merge needs none
 * of the other buckets' events.
 */
export function idfWeight(tellings: number, frequency: (stem: string) => number | undefined): Weight {
  return (stem) => Math.log(1 + tellings / (frequency(stem) ?? 1));
}

function inverseDocumentFrequency(tellings: Telling[]): Weight {
  const df = new Map<string, number>();
  for (const t of tellings) for (const s of t.stems) df.set(s, (df.get(s) ?? 0) + 1);
  return idfWeight(tellings.length, (stem) => df.get(stem));
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

// How many of a told event's best-scored tellings (distinct texts) are cleaned to find one that
// reads as a report: cleaning every telling of an event 400 articles tell would cost more than
// the merge.
const SUMMARY_CLEANED = 6;
// A row is chosen among its tellings when it has this many: the rows told most are the ones
// people see first; a pair keeps its best scored, which costs no cleaning.
const CLEANED_FROM_TELLINGS = 3;

/**
 * The telling that sums up a cluster: the best scored (summaryScore) among those that are clean
 * as they are (cleanSummary leaves them whole, and no photo caption), so a row told by 450
 * articles does not show a gallery's teaser glued to its lead; the best scored of all when none
 * of the first few is.
 */
function chooseSummary(cluster: Cluster): Telling {
  const scored = cluster.members.map((member) => {
    const others = cluster.seeds.filter((s) => s !== member).slice(0, CENTRALITY_SAMPLE);
    const centrality = others.length
      ? others.reduce((sum, o) => sum + tellingSimilarity(member, o), 0) / others.length
      : 0;
    return { member, score: summaryScore(member.event, centrality) };
  });
  // Sorted stably: of tellings scored alike, the earlier member, as before.
  scored.sort((a, b) => b.score - a.score);
  if (scored.length >= CLEANED_FROM_TELLINGS) {
    // Copies of one telling (a gallery's caption on every page of a site) are cleaned once.
    const cleaned = new Set<string>();
    for (const { member } of scored) {
      const text = member.event.text;
      if (cleaned.has(text)) continue;
      if (cleaned.size >= SUMMARY_CLEANED) break;
      cleaned.add(text);
      // Only a telling cleaning leaves whole: what cleaning cuts off may leave a fragment ("He
      // would not say …" after "Attorney General Eric Holder on the criminal investigation").
      const clean = cleanSummary(text);
      if (clean !== null && clean === text && !isCaption(clean)) return member;
    }
  }
  return scored[0]!.member;
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

// sortKey's pieces: numbers fixed-width with an offset (placements are day numbers, negative
// before 1970; span ranks are signed day counts), texts encoded so that the key's byte order
// (SQLite's BINARY, PostgreSQL's "C") is compareText's code unit order, each closed by END.
const END = '\u0001';
const PLACEMENT_OFFSET = 100_000_000;
const SPAN_OFFSET = 100_000_000;
const MAX_SOURCES = 9_999_999_999;

const fixed = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A text as a key piece whose UTF-8 bytes order as its UTF-16 code units do: code units 0-2
 * are escaped below 3 (END, 1, sorts below every piece), units from U+D7FF up (surrogates,
 * which UTF-8 would order after U+E000-U+FFFF) are a marker then the unit shifted down.
 */
function textKey(text: string): string {
  let key = '';
  let plain = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit > 2 && unit < 0xd7ff) continue;
    key += text.slice(plain, i);
    key += unit <= 2 ? `\u0002${String.fromCharCode(unit + 1)}` : `\ud7ff${String.fromCharCode(0x100 + unit - 0xd7ff)}`;
    plain = i + 1;
  }
  return key + text.slice(plain) + END;
}

const comparedText = (text: string): string => textKey(text.toLowerCase()) + textKey(text);

/**
 * A string whose order (by bytes of its UTF-8) is compareEvents' order: what an archive sorts
 * its stored timeline rows by.
 */
export function sortKey(event: TimelineEvent): string {
  const placement = placementOf(event.date, event.mod);
  const first = event.sources[0];
  return [
    placement === null ? '9'.repeat(9) : fixed(placement + PLACEMENT_OFFSET, 9),
    fixed(spanRank(event.date, event.mod) + SPAN_OFFSET, 9),
    comparedText(event.date),
    String(modRank(event.mod)),
    fixed(MAX_SOURCES - event.sources.length, 10),
    first ? comparedText(first.path) + fixed(first.start, 10) : '',
    comparedText(event.id),
  ].join('');
}

/** The order of articles whose events a bucket is merged from (their events in order within each). */
export function articleOrder(a: TellingArticle, b: TellingArticle): number {
  return compareText(a.date ?? '', b.date ?? '') || compareText(a.path, b.path) || compareText(a.id, b.id);
}

function telling({ article, event }: BucketTelling): Telling {
  return {
    article,
    event,
    stems: contentStems(event.text),
    termIds: new Int32Array(0),
    termWeights: new Float64Array(0),
    norm: 0,
    names: new Set(event.entities.map((n) => n.toLowerCase())),
  };
}

/**
 * Merges one date bucket's tellings, given in article order (articleOrder, each article's events
 * in order): its timeline events, in compareEvents order. A bucket's stems are numbered in
 * their own (code unit) order, so the sums of its similarities are taken in the same order
 * whatever else the corpus holds: a bucket merged alone (an archive) and within the whole
 * corpus (buildTimeline) give the same events for the same weights.
 */
export function mergeBucket(tellings: readonly BucketTelling[], weight: Weight): TimelineEvent[] {
  return mergeTellings(tellings.map(telling), weight).sort(compareEvents);
}

function mergeTellings(bucket: Telling[], weight: Weight): TimelineEvent[] {
  const vocabulary = new Map<string, number>();
  for (const t of bucket) for (const stem of t.stems) vocabulary.set(stem, 0);
  [...vocabulary.keys()].sort().forEach((stem, id) => vocabulary.set(stem, id));
  for (const t of bucket) {
    const ids = t.stems.map((stem) => vocabulary.get(stem)!);
    const order = ids.map((_, i) => i).sort((x, y) => ids[x]! - ids[y]!);
    t.termIds = Int32Array.from(order, (i) => ids[i]!);
    t.termWeights = Float64Array.from(order, (i) => weight(t.stems[i]!) ** 2);
    t.norm = Math.sqrt(t.termWeights.reduce((sum, w) => sum + w, 0));
  }
  // Leads first: they state the happening most plainly, so they make the best seeds.
  const ordered = [...bucket.filter((t) => t.event.lead), ...bucket.filter((t) => !t.event.lead)];
  return joinClusters(clusterBucket(ordered, weight), weight).map(toTimelineEvent);
}

/**
 * The story's timeline: events of all articles, merged where they tell the same happening on a
 * compatible date (compared only within a date bucket, with bounded work per telling), each with
 * its sources (one per article) and the most self-contained telling as summary.
 */
export function buildTimeline(articles: ReadonlyArray<TellingArticle & { events: ArticleEvent[] }>): TimelineEvent[] {
  const tellings: Telling[] = [];
  for (const article of [...articles].sort(articleOrder))
    for (const event of article.events) tellings.push(telling({ article, event }));
  const weight = inverseDocumentFrequency(tellings);
  const buckets = new Map<string, Telling[]>();
  for (const t of tellings) {
    const key = dateBucket(t.event);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(t);
    else buckets.set(key, [t]);
  }
  const timeline: TimelineEvent[] = [];
  for (const bucket of buckets.values()) timeline.push(...mergeTellings(bucket, weight));
  return timeline.sort(compareEvents);
}
