// What the archive's merged timeline must be, on either engine: the timeline buildTimeline makes
// of the articles the archive holds, kept so as articles are added and pruned. Shared by
// timeline-sqlite.test.ts and timeline-postgres.test.ts.
import { expect } from 'vitest';
import type { SqlDriver } from '../../src/archive/driver.js';
import type { Archive } from '../../src/archive/store.js';
import { stemCounts } from '../../src/archive/timeline-merge.js';
import { buildTimeline, compareEvents, dateBucket } from '../../src/timeline/merge.js';
import type { AnalyzedArticle, TimelineEvent } from '../../src/types.js';

export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/** The stored timeline, in its stored order (sort_key). */
export const stored = (archive: Archive): Promise<TimelineEvent[]> => collect(archive.timeline(7));

export async function heldArticles(archive: Archive): Promise<AnalyzedArticle[]> {
  return collect(archive.analysedArticles());
}

/** What buildTimeline makes of the articles the archive holds. */
export async function built(archive: Archive): Promise<TimelineEvent[]> {
  return buildTimeline(await heldArticles(archive));
}

export const bucketOf = (event: Pick<TimelineEvent, 'date' | 'mod'>): string => dateBucket(event);

/** The buckets the events of the articles in `paths` fall in. */
export function bucketsOf(articles: readonly AnalyzedArticle[], paths: ReadonlySet<string>): Set<string> {
  const buckets = new Set<string>();
  for (const article of articles)
    if (paths.has(article.path)) for (const event of article.events) buckets.add(dateBucket(event));
  return buckets;
}

function groupByBucket(events: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  const groups = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const key = bucketOf(event);
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  return groups;
}

/**
 * The timeline after a run that did not merge every bucket: the buckets the run's articles
 * touched are what buildTimeline makes of them now; every other bucket kept its rows of before.
 * And the whole is in compareEvents order.
 */
export async function expectTouchedMerged(
  archive: Archive,
  before: readonly TimelineEvent[],
  touched: ReadonlySet<string>,
): Promise<void> {
  const now = await stored(archive);
  const fresh = groupByBucket(await built(archive));
  const old = groupByBucket(before);
  const got = groupByBucket(now);
  const buckets = new Set([...fresh.keys(), ...old.keys(), ...got.keys()]);
  for (const bucket of buckets) {
    const want = touched.has(bucket) ? fresh.get(bucket) : old.get(bucket);
    expect(got.get(bucket) ?? [], bucket).toEqual(want ?? []);
  }
  expect(now).toEqual(now.slice().sort(compareEvents));
}

/** The stems table counts each stem once per stored event, as buildTimeline's idf does. */
export async function expectStemCounts(db: SqlDriver): Promise<void> {
  const events = await db.all<{ summary: string }>('SELECT summary FROM events');
  const want = [...stemCounts(events.map((event) => event.summary))].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const rows = await db.all<{ stem: string; tellings: unknown }>('SELECT stem, tellings FROM stems');
  const got = rows
    .map((row): [string, number] => [row.stem, Number(row.tellings)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  expect(got).toEqual(want);
}

/** Each row's names are its entities, and the full-text index finds rows by their summaries. */
export async function expectNamesAndText(db: SqlDriver, timeline: readonly TimelineEvent[]): Promise<void> {
  const rows = await db.all<{ id: string; name: string }>(
    'SELECT t.id, n.name FROM timeline_names n JOIN timeline t ON t.row = n.row',
  );
  const named = rows.map(({ id, name }) => `${id} ${name}`).sort();
  const want = timeline.flatMap((event) => [...new Set(event.entities)].map((name) => `${event.id} ${name}`)).sort();
  expect(named).toEqual(want);
  const word = 'emergency';
  const hits =
    db.dialect === 'sqlite'
      ? await db.all<{ id: string }>(
          'SELECT t.id FROM timeline_text JOIN timeline t ON t.row = timeline_text.rowid WHERE timeline_text MATCH ?',
          [word],
        )
      : await db.all<{ id: string }>("SELECT id FROM timeline WHERE words @@ plainto_tsquery('simple', ?)", [word]);
  const wantHits = timeline.filter((event) => /\bemergency\b/i.test(event.summary)).map((event) => event.id);
  expect(wantHits.length).toBeGreaterThan(0);
  expect(hits.map((hit) => hit.id).sort()).toEqual(wantHits.sort());
}
