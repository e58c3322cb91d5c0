// The story an archive shows on open (its entities and key dates) is kept in tables refreshed
// after each add and prune: they must be what the whole story, built in memory from every
// article, shows (its key dates those of the archive's timeline table) — on SQLite and on a
// PostgreSQL server.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/archive/driver.js';
import { ingest } from '../../src/archive/ingest.js';
import { openPostgres } from '../../src/archive/postgres.js';
import { openSqlite } from '../../src/archive/sqlite.js';
import { Archive } from '../../src/archive/store.js';
import { readStoryTables, refreshStoryTables } from '../../src/archive/story-tables.js';
import { mergeEntityNames, summarizeEntities } from '../../src/nlp/index.js';
import { inProcessPool } from '../../src/pipeline/pool.js';
import { KEY_DATE_METHOD, keyDates } from '../../src/timeline/index.js';
import { writeHouseCorpus } from '../support/house-corpus.js';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.js';
import { fillTimeline, storedTimeline, timelineWritten, wholeArticles } from '../support/timeline-table.js';

// Generated articles: many name the first of a month three months on, so such a day has several
// events told by different numbers of articles.
const HOUSE = 150;

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds', 'wikinews-stock');

interface Engine {
  name: string;
  open(work: string): Promise<SqlDriver>;
}

let cluster: PostgresCluster | undefined;

const engines: Engine[] = [
  { name: 'SQLite', open: (work) => openSqlite(join(work, 'archive.db')) },
  {
    name: 'PostgreSQL',
    open: async () => {
      cluster ??= await startPostgresCluster();
      return openPostgres(await cluster.createDatabase(`story_${Date.now()}`));
    },
  },
];

afterAll(async () => {
  await cluster?.stop();
});

async function currentDatabase(db: SqlDriver): Promise<string> {
  const [row] = await db.all<{ name: string }>('SELECT current_database() AS name');
  return row!.name;
}

describe.each(engines)('story tables on $name', (engine) => {
  let work: string;
  let folder: string;
  let db: SqlDriver;
  let archive: Archive;
  // Whether ingest writes the timeline table itself (else the test fills it from the articles).
  let byIngest: boolean;

  const refreshTimeline = async (): Promise<void> => {
    if (!byIngest) await fillTimeline(db, archive);
  };

  /** The whole story's entities, and the key dates of its articles and the stored timeline. */
  const wholeStory = async (summarised?: number) => {
    const articles = mergeEntityNames(await wholeArticles(archive));
    return {
      entities: summarizeEntities(articles),
      keyDates: keyDates(articles, await storedTimeline(db), KEY_DATE_METHOD, summarised),
    };
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'news-tui-story-tables-'));
    folder = join(work, 'news');
    // Real reports (many names, merged spellings, named days) and generated ones to prune.
    cpSync(SEEDS, join(folder, 'stock'), { recursive: true });
    writeHouseCorpus(join(folder, 'house'), HOUSE);
    // Two spellings of one city, once each: the first met in the articles' order is shown, and
    // these two are added (and numbered) in the other order.
    mkdirSync(join(folder, 'tie'));
    writeFileSync(
      join(folder, 'tie', 'a.txt'),
      ' date 2006-05-02 Flood in St. Louis\n\nThe river flooded parts of St. Louis on Monday, officials said.\n',
    );
    writeFileSync(
      join(folder, 'tie', 'b.txt'),
      ' date 2006-05-01 Storm in St Louis\n\nA storm cut power to homes in St Louis on Sunday, officials said.\n',
    );
    // How a day is written, which the archive keeps without the text: a month-day the story
    // writes with another year ("September 11" here is 2001's), and the ends of a range of days.
    mkdirSync(join(folder, 'forms'));
    const forms = [
      ' date 2006-05-03 Memorial plans\n\nThe memorial honours those killed on 11 September 2001 in New York, officials said.\n',
      ' date 2006-05-04 Memorial opens\n\nRelatives of those killed on September 11, 2001 gathered at the site on Thursday.\n',
      ' date 2006-05-05 Memorial debate\n\nCritics said on Friday that the September 11 memorial cost too much.\n\n' +
        'The film festival ran January 24 - February 4 in Park City, organisers said.\n',
    ];
    forms.forEach((text, k) => writeFileSync(join(folder, 'forms', `${k}.txt`), text));
    db = await engine.open(work);
    archive = await Archive.over(db, async () => 0);
    await ingest(archive, [folder], { pool: inProcessPool() });
    byIngest = await timelineWritten(db);
    await refreshTimeline();
  }, 120_000);

  afterAll(async () => {
    await archive?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('reads no story from an archive never refreshed', async () => {
    const empty = await engine.open(join(work, 'empty'));
    await Archive.over(empty, async () => 0);
    expect(await readStoryTables(empty)).toEqual({ entities: [], keyDates: [] });
    await empty.close();
  });

  it('holds the entities and key dates of the whole story', async () => {
    const refreshed = await refreshStoryTables(db);
    const story = await wholeStory();
    const stored = await readStoryTables(db);
    expect(refreshed.articles).toBe(HOUSE + 35);
    expect(stored.entities.map((entity) => entity.name)).toContain('St Louis');
    expect(story.entities.length).toBeGreaterThan(100);
    expect(story.keyDates.length).toBeGreaterThan(20);
    expect(stored.entities).toEqual(story.entities);
    expect(stored.keyDates).toEqual(story.keyDates);
    // Names merged across articles, with the spellings they were written in.
    expect(stored.entities.some((entity) => entity.aliases.length > 0)).toBe(true);
    expect((await readStoryTables(db, 10)).entities).toEqual(story.entities.slice(0, 10));
  });

  it('takes each article’s facts once', async () => {
    expect((await refreshStoryTables(db)).newFacts).toBe(0);
  });

  it('takes again the facts an older version took', async () => {
    // Facts without a version, as the archive's first story tables wrote them (no time forms).
    await db.run(
      `UPDATE story_facts SET facts = '{"n":[],"t":[],"l":[],"f":[]}'
       WHERE article IN (SELECT article FROM story_facts ORDER BY article LIMIT 5)`,
    );
    expect((await refreshStoryTables(db)).newFacts).toBe(5);
    expect(await readStoryTables(db)).toEqual(await wholeStory());
  });

  it('writes the same tables when two refreshes run at once', async () => {
    const before = await readStoryTables(db);
    const other = engine.name === 'SQLite' ? db : await openPostgres(cluster!.url(await currentDatabase(db)));
    await Promise.all([refreshStoryTables(db), refreshStoryTables(other)]);
    if (other !== db) await other.close();
    expect(await readStoryTables(db)).toEqual(before);
  });

  it('lists the same key dates when few are summed up from their tellings', async () => {
    // A head of 5 days: every later day is listed from its first clean event that does not name
    // it as a span's edge, read without reading the whole timeline.
    await refreshStoryTables(db, { summarised: 5 });
    expect((await readStoryTables(db)).keyDates).toEqual((await wholeStory(5)).keyDates);
    // Read first as a head of one day: the listing must be read again, longer.
    await refreshStoryTables(db, { summarised: 5, firstHead: 1 });
    expect((await readStoryTables(db)).keyDates).toEqual((await wholeStory(5)).keyDates);
  });

  it('follows a prune: what the removed articles said is gone', async () => {
    const before = await readStoryTables(db);
    expect(before.entities.map((entity) => entity.name)).toContain('Maria Lopez');
    for (const name of readdirSync(join(folder, 'house'))) rmSync(join(folder, 'house', name));
    for (const name of readdirSync(join(folder, 'stock')).slice(0, 10)) rmSync(join(folder, 'stock', name));
    expect((await archive.prune(existsSync)).articles).toBe(HOUSE + 10);
    await refreshTimeline();
    const refreshed = await refreshStoryTables(db);
    const story = await wholeStory();
    const stored = await readStoryTables(db);
    expect(refreshed).toMatchObject({ articles: 25, newFacts: 0 });
    expect(stored.entities.map((entity) => entity.name)).not.toContain('Maria Lopez');
    expect(stored.entities).toEqual(story.entities);
    expect(stored.keyDates).toEqual(story.keyDates);
    expect(stored.keyDates).not.toEqual(before.keyDates);
  });
});
