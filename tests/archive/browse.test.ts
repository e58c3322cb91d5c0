// The archive browsed a window at a time (src/archive/browse.ts) must show what the whole story,
// assembled in memory from every article, shows: the same timeline rows in the same order, the
// same articles, the same rows for an entity and for a search; and a read the lock refuses must
// not stop the screen.
import { mkdirSync, mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browseArchive, HIT_CHUNK, type ArchiveBrowse } from '../../src/archive/browse.js';
import { ingest } from '../../src/archive/ingest.js';
import { openSqlite, type SqliteDatabase } from '../../src/archive/sqlite.js';
import { Archive } from '../../src/archive/store.js';
import { refreshStoryTables } from '../../src/archive/story-tables.js';
import { assembleStory } from '../../src/pipeline/assemble.js';
import { inProcessPool } from '../../src/pipeline/pool.js';
import type { Story } from '../../src/types.js';
import { uniqueWord, writeHouseCorpus, type GeneratedArticle } from '../support/house-corpus.js';
import { fillTimeline, timelineWritten, wholeArticles } from '../support/timeline-table.js';

// Small windows, so that a walk crosses many of their edges.
const WINDOW = 16;
const ARTICLE_WINDOW = 8;

let work: string;
let file: string;
let db: SqliteDatabase;
let archive: Archive;
let story: Story;
let generated: GeneratedArticle[];
let browse: ArchiveBrowse;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'news-tui-browse-'));
  const folder = join(work, 'news');
  generated = writeHouseCorpus(folder, 40);
  // An undated article besides: undated articles come last.
  writeFileSync(join(folder, 'undated.txt'), 'The council met again on the flood barrier plan.\n');
  file = join(work, 'archive.db');
  db = await openSqlite(file);
  archive = await Archive.over(db, async () => 0);
  await ingest(archive, [folder], { pool: inProcessPool() });
  // Until ingest keeps the timeline itself, the test writes it as the design has it.
  if (!(await timelineWritten(db))) await fillTimeline(db, archive);
  // Row ids in the opposite order to the timeline's (a re-merged bucket's rows come last), so a
  // position is never its row's order; the names and the text index follow the new ids.
  await db.run('DELETE FROM timeline_names');
  await db.run('UPDATE timeline SET row = 1000000 - row');
  await db.run("INSERT INTO timeline_text (timeline_text) VALUES ('rebuild')");
  await db.transaction(async (tx) => {
    const rows = await tx.all<{ row: unknown; entities: string }>('SELECT row, entities FROM timeline');
    for (const { row, entities } of rows)
      for (const name of new Set(JSON.parse(entities) as string[]))
        await tx.run('INSERT INTO timeline_names (name, row) VALUES (?, ?)', [name, Number(row)]);
  });
  // Until ingest refreshes the story tables itself, the test does.
  const [kept] = await db.all<{ n: unknown }>("SELECT count(*) AS n FROM sqlite_master WHERE name = 'story_key_dates'");
  if (Number(kept?.n) === 0 || (await db.all('SELECT 1 FROM story_key_dates LIMIT 1')).length === 0)
    await refreshStoryTables(db);
  story = assembleStory('archive', await wholeArticles(archive), []);
  browse = await browseArchive(db, 'archive', { timelineWindow: WINDOW, articleWindow: ARTICLE_WINDOW });
}, 120_000);

afterAll(async () => {
  await archive.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the timeline', () => {
  it('has the whole story’s rows, in its order, with their dates and modifiers known unread', () => {
    const { timeline } = browse;
    expect(story.timeline.length).toBeGreaterThan(3 * WINDOW);
    expect(timeline.length).toBe(story.timeline.length);
    story.timeline.forEach((event, i) => {
      expect(timeline.dateAt(i)).toBe(event.date);
      expect(timeline.modAt(i)).toBe(event.mod);
    });
    // Read backwards and forwards, so windows are read and dropped across their edges.
    for (let i = story.timeline.length - 1; i >= 0; i -= 3) expect(timeline.at(i)).toEqual(story.timeline[i]);
    story.timeline.forEach((event, i) => expect(timeline.at(i)).toEqual(event));
    expect(timeline.at(-1)).toBeUndefined();
    expect(timeline.at(timeline.length)).toBeUndefined();
  });

  it('finds a row by its id, and the rows naming an entity', () => {
    const { timeline } = browse;
    story.timeline.forEach((event, i) => expect(timeline.indexOfId(event.id)).toBe(i));
    expect(timeline.indexOfId('no such event')).toBe(-1);
    const names = new Set(story.timeline.flatMap((event) => event.entities));
    expect(names.size).toBeGreaterThan(3);
    for (const name of names) {
      const expected = story.timeline.flatMap((event, i) => (event.entities.includes(name) ? [i] : []));
      expect(timeline.rowsNaming(name)).toEqual(expected);
    }
    expect(timeline.rowsNaming('Nobody At All')).toEqual([]);
  });
});

describe('the articles', () => {
  it('are the story’s, in its order (date, undated last, then path), their analyses read on demand', () => {
    const { articles } = browse;
    expect(articles.length).toBe(story.articles.length);
    story.articles.forEach((article, i) => {
      const shell = articles.at(i)!;
      expect(shell.id).toBe(article.id);
      expect(shell.path).toBe(article.path);
      expect(shell.date).toBe(article.date);
      expect(shell.title).toBe(article.title);
      expect(shell).not.toHaveProperty('text');
    });
    expect(articles.at(articles.length - 1)!.date).toBeNull();
    for (const i of [0, 17, story.articles.length - 1]) {
      const analysed = articles.analysed(i)!;
      expect(analysed.text).toBe(story.articles[i]!.text);
      expect(analysed.events.map((event) => event.date)).toEqual(story.articles[i]!.events.map((event) => event.date));
    }
    story.articles.forEach((article, i) => expect(articles.indexOfId(article.id)).toBe(i));
    expect(articles.indexOfId('0000000000000000')).toBe(-1);
  });

  it('lists the story’s entities and key dates, from the tables an add keeps', () => {
    expect(browse.entities.length).toBeGreaterThan(3);
    expect(browse.entities).toEqual(story.entities);
    expect(browse.keyDates).toEqual(story.keyDates);
  });

  it('says when an add left buckets of the timeline unmerged', async () => {
    expect(browse.problems).toEqual([]);
    await db.run("INSERT INTO timeline_dirty (bucket) VALUES ('2010-01')");
    try {
      const stopped = await browseArchive(db, 'archive');
      expect(stopped.problems).toHaveLength(1);
      expect(stopped.problems[0]!.reason).toContain('1 date bucket');
    } finally {
      await db.run('DELETE FROM timeline_dirty');
    }
  });

  it('counts articles per day and finds the folder they share', () => {
    const days = new Map<string, number>();
    for (const { date } of generated) days.set(date, (days.get(date) ?? 0) + 1);
    expect(browse.coverage).toEqual(
      [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, articles]) => ({ day, articles })),
    );
    expect(browse.commonFolder).toBe(`${work}/`);
  });
});

describe('search', () => {
  it('finds an event by a word only its summary has, and gives its position', () => {
    const search = browse.createSearch();
    const i = story.timeline.findIndex((event) => event.summary.includes(uniqueWord(5)));
    expect(i).toBeGreaterThanOrEqual(0);
    const found = search.find(uniqueWord(5));
    expect(found.total).toBe(1);
    expect(found.hits.map((hit) => hit.index)).toEqual([i]);
    expect(found.hits[0]!.matches[0]).toMatchObject({ field: 'summary' });
    // As it is typed: the last word's beginning is enough.
    expect(search.find(uniqueWord(5).slice(0, 4)).hits.map((hit) => hit.index)).toContain(i);
  });

  it('needs every word, counts every match, and keeps since: and until: and an entity’s scope', () => {
    const search = browse.createSearch();
    const having = (words: string[]): number[] =>
      story.timeline.flatMap((event, i) =>
        words.every((word) => new RegExp(`\\b${word}\\b`, 'i').test(event.summary)) ? [i] : [],
      );
    const both = having(['million', 'survey']);
    expect(both.length).toBeGreaterThan(2);
    const found = search.find('million survey', { limit: 1000 });
    expect(found.total).toBe(both.length);
    expect(found.hits.map((hit) => hit.index).sort((a, b) => a - b)).toEqual(both);
    expect(search.find('million survey', { limit: 2 }).hits).toHaveLength(2);
    expect(search.find('million survey', { limit: 2 }).total).toBe(both.length);

    const since = search.find('million since:2010-01-01', { limit: 1000 });
    const expected = having(['million']).filter((i) => story.timeline[i]!.date >= '2010-01-01');
    expect(since.hits.map((hit) => hit.index).sort((a, b) => a - b)).toEqual(expected);
    expect(since.problems).toEqual([]);

    const name = story.timeline[both[0]!]!.entities[0]!;
    const scoped = search.find('million', { entity: name, limit: 1000 });
    expect(scoped.hits.map((hit) => hit.index).sort((a, b) => a - b)).toEqual(
      having(['million']).filter((i) => story.timeline[i]!.entities.includes(name)),
    );
  });

  it('says which parts of a query an archive does not search, and highlights the reader', () => {
    const search = browse.createSearch();
    expect(search.find('^council until:2010-13').problems).toHaveLength(2);
    expect(search.matchRanges('The Survey was finished', 'survey')).toEqual([[4, 10]]);
  });

  it('finds a word typed one letter off', () => {
    const search = browse.createSearch();
    const exact = search.find('survey', { limit: 1000 });
    expect(exact.total).toBeGreaterThan(0);
    expect(search.find('suvrey', { limit: 1000 }).total).toBe(exact.total);
  });
});

describe('what opening reads, kept in the cache', () => {
  it('is read again when the archive changed since, and used while it has not', async () => {
    const cacheDir = join(work, 'cache');
    const open = (): Promise<ArchiveBrowse> => browseArchive(db, 'archive', { timelineWindow: WINDOW, file, cacheDir });
    const rows = (opened: ArchiveBrowse): string[] =>
      Array.from({ length: opened.timeline.length }, (_, i) => opened.timeline.at(i)!.id);
    const first = await open();
    expect(first.orderCached).toBe(false);
    const again = await open();
    expect(again.orderCached).toBe(true);
    expect(rows(again)).toEqual(story.timeline.map((event) => event.id));
    for (const part of ['entities', 'keyDates', 'coverage', 'commonFolder', 'problems'] as const)
      expect(again[part]).toEqual(first[part]);
    expect(again.articles.length).toBe(story.articles.length);
    story.timeline.forEach((event, i) => expect(again.timeline.dateAt(i)).toBe(event.date));
    // A bucket merged again: its rows deleted and written anew (the same ids may come back).
    const [last] = await db.all<Record<string, unknown>>('SELECT * FROM timeline ORDER BY row DESC LIMIT 1');
    await db.transaction(async (tx) => {
      await tx.run('DELETE FROM timeline WHERE row = ?', [last!.row as number]);
      await tx.run(
        `INSERT INTO timeline (row, bucket, sort_key, id, date, mod, precision, approximate, summary, sources, entities)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          last!.row,
          last!.bucket,
          ' first',
          'moved',
          last!.date,
          last!.mod,
          last!.precision,
          last!.approximate,
          last!.summary,
          last!.sources,
          last!.entities,
        ] as Array<string | number | null>,
      );
    });
    const changed = await open();
    expect(changed.orderCached).toBe(false);
    expect(changed.timeline.at(0)!.id).toBe('moved');
    await db.transaction(async (tx) => {
      await tx.run('DELETE FROM timeline WHERE row = ?', [last!.row as number]);
      await tx.run(
        `INSERT INTO timeline (row, bucket, sort_key, id, date, mod, precision, approximate, summary, sources, entities)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        Object.values(last!) as Array<string | number | null>,
      );
    });
  });
});

/** Takes the archive's lock as another process would, until the returned function gives it back. */
async function lockAsAnotherProcess(): Promise<() => void> {
  // A live process (this one's parent) listed as a user, so the lock is not taken for a dead one's.
  writeFileSync(join(`${file}.users`, String(process.ppid)), '');
  // This turn's read batch ends first: the next read needs the lock again.
  await new Promise((resolve) => setImmediate(resolve));
  mkdirSync(`${file}.lock`);
  return () => {
    rmdirSync(`${file}.lock`);
    rmSync(join(`${file}.users`, String(process.ppid)), { force: true });
  };
}

describe('a lock held by another process', () => {
  it('does not hide a search’s first hits, and reads its hits together, never a window each', async () => {
    const fresh = await browseArchive(db, 'archive', { timelineWindow: WINDOW });
    const { hits } = fresh.createSearch().find('million', { limit: 1000 });
    expect(hits.length).toBeGreaterThan(WINDOW);
    let told = 0;
    fresh.timeline.subscribe(() => told++);
    const unlock = await lockAsAnotherProcess();
    try {
      for (const hit of hits.slice(0, HIT_CHUNK))
        expect(fresh.timeline.at(hit.index)).toEqual(story.timeline[hit.index]);
    } finally {
      unlock();
    }
    // No window was asked for (it would arrive now that the lock is given back).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(told).toBe(0);
    for (const hit of hits) expect(fresh.timeline.at(hit.index)).toEqual(story.timeline[hit.index]);
  });

  it('does not stop the screen: a row not read yet is undefined, and arrives once the lock is gone', async () => {
    const fresh = await browseArchive(db, 'archive', { timelineWindow: WINDOW, articleWindow: ARTICLE_WINDOW });
    const unlock = await lockAsAnotherProcess();
    let told = 0;
    const arrived = new Promise<void>((resolve) =>
      fresh.timeline.subscribe(() => {
        told++;
        resolve();
      }),
    );
    // A row of a middle window: the first and last are read at open.
    const last = Math.floor(story.timeline.length / 2);
    expect(Math.floor(last / WINDOW)).toBeGreaterThan(0);
    expect(Math.floor(last / WINDOW)).toBeLessThan(Math.floor((story.timeline.length - 1) / WINDOW));
    try {
      // The ends a person jumps to with g and G were read at open, and draw while locked.
      expect(fresh.timeline.at(0)).toEqual(story.timeline[0]);
      expect(fresh.timeline.at(story.timeline.length - 1)).toEqual(story.timeline.at(-1));
      expect(fresh.timeline.at(last)).toBeUndefined();
      expect(fresh.timeline.dateAt(last)).toBe(story.timeline[last]!.date);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(told).toBe(0);
      expect(fresh.timeline.at(last)).toBeUndefined();
    } finally {
      unlock();
    }
    await arrived;
    expect(told).toBe(1);
    expect(fresh.timeline.at(last)).toEqual(story.timeline[last]);
  });
});
