// What the archive's story shows on open without reading its articles: the entities list and the
// key dates, kept in two tables and refreshed after each add and prune.
//
// Both are what the in-memory story computes (summarizeEntities(mergeEntityNames(articles)),
// keyDates(articles, timeline)), from less than the articles:
//   story_facts       each article's few facts that both read, taken once from its analysis when
//                     the article is first met: its mentions counted by name, type and how they
//                     are written; the times naming a day (and whether the words before one may
//                     make it a span's edge); its lead's days; the sentences freshly naming a day
//   story_entities    the top STORED_ENTITIES entities, ranked as summarizeEntities orders them
//   story_key_dates   the key dates, ranked
// A refresh reads the facts a chunk at a time (names are merged from their counts, days ranked
// from counts of events), then reads whole only the timeline events and articles the listing of
// key dates reads: a few per listed day.
import type {
  AnalyzedArticle,
  Article,
  EntitySummary,
  EntityType,
  KeyDate,
  TimelineEvent,
  TimeMod,
  TimeType,
} from '../types.js';
import type { SqlDriver, SqlValue } from './driver.js';
import {
  analysedArticle,
  byMentions,
  num,
  storedStory,
  timelineEvent,
  type ArticleRow as StoredArticleRow,
  type TimelineEventRow,
} from './rows.js';
import { compareArticles } from '../corpus/index.js';
import { entityRenaming, type NameCount } from '../nlp/index.js';
import { compareText } from '../compare.js';
import {
  articleNamings,
  cleanSummary,
  coverageBursts,
  dayFeatures,
  dayOf,
  earliestNamings,
  KEY_DATE_METHOD,
  listKeyDates,
  maySpanEdge,
  NAMED_DAYS,
  rankDays,
  SUMMARISED_DAYS,
  storyValue,
  storyYears,
  timeForms,
  type DatedArticle,
  type DayEvents,
  type TimeForm,
} from '../timeline/index.js';

/** The entities kept: the list shows the most mentioned, and 100,000 articles name ~10^6. */
export const STORED_ENTITIES = 20_000;

export function storyTableStatements(): string[] {
  return [
    // The article's id, date and path are copied here so that its order is read without reading
    // the articles table (a row of it holds the text and the analysis).
    `CREATE TABLE IF NOT EXISTS story_facts (
       article BIGINT PRIMARY KEY REFERENCES articles (no) ON DELETE CASCADE,
       id TEXT NOT NULL,
       date TEXT,
       path TEXT NOT NULL,
       facts TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS story_entities (
       name TEXT PRIMARY KEY,
       type TEXT NOT NULL,
       mentions INTEGER NOT NULL,
       articles INTEGER NOT NULL,
       aliases TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS story_key_dates (
       rank INTEGER PRIMARY KEY,
       date TEXT NOT NULL,
       score DOUBLE PRECISION NOT NULL,
       events INTEGER NOT NULL,
       summary TEXT NOT NULL)`,
  ];
}

const STORY_TABLES = ['story_facts', 'story_entities', 'story_key_dates'];

async function storyTablesMade(db: SqlDriver): Promise<boolean> {
  const names = STORY_TABLES.map((name) => `'${name}'`).join(', ');
  const [made] = await db.all<{ n: unknown }>(
    db.dialect === 'sqlite'
      ? `SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN (${names})`
      : `SELECT COUNT(*) AS n FROM unnest(ARRAY[${names}]) AS name WHERE to_regclass(name) IS NOT NULL`,
  );
  return num(made?.n) === STORY_TABLES.length;
}

// Any constant: the lock's name among the server's advisory locks (schema.ts holds another).
const STORY_TABLES_LOCK = 4_715_023_002;

/**
 * Makes the story tables once: two processes creating a table on one server at the same moment
 * collide even with IF NOT EXISTS (see schema.ts), so there creation is serialised by a lock.
 */
async function makeStoryTables(db: SqlDriver): Promise<void> {
  if (await storyTablesMade(db)) return;
  await db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.all(`SELECT pg_advisory_xact_lock(${STORY_TABLES_LOCK})`);
    for (const statement of storyTableStatements()) await tx.exec(statement);
  });
}

/** One article's facts, as stored (JSON, short keys: 100,000 of them are read at each refresh). */
interface ArticleFacts {
  /** FACTS_VERSION: facts of an older version are taken again from the article (staleFacts). */
  v: number;
  /** Mentions: [name, type, how written (null: as the name), count], pairs in the order first met. */
  n: Array<[string, EntityType, string | null, number]>;
  /** Times naming a day: [type, value, mod (null: none), start, 1 if the words before may make it a
   * span's edge, how it writes its day (formCode)]. */
  t: Array<[TimeType, string, TimeMod | null, number, 0 | 1, number]>;
  /** The dates of its lead's events (those without a modifier). */
  l: string[];
  /** Sentences naming a day in a fresh report of it: [day, published day number, start, end]. */
  f: Array<[string, number, number, number]>;
}

// Version 2 keeps each time's TimeForm: without it an archive ranked days as a folder did
// before the story's years and the ends of ranges were read.
const FACTS_VERSION = 2;

// A TimeForm in one number: its month-day form, plus RANGE_END_CODE when it ends a range.
const MONTH_DAY_CODES: ReadonlyArray<TimeForm['monthDay']> = [undefined, 'bare', 'year'];
const RANGE_END_CODE = 4;

function formCode(form: TimeForm): number {
  return MONTH_DAY_CODES.indexOf(form.monthDay) + (form.rangeEnd ? RANGE_END_CODE : 0);
}

function formOf(code: number): TimeForm {
  const monthDay = MONTH_DAY_CODES[code % RANGE_END_CODE];
  return {
    ...(monthDay === undefined ? {} : { monthDay }),
    ...(code >= RANGE_END_CODE ? { rangeEnd: true } : {}),
  };
}

/** The facts of an analysed article. */
export function articleFacts(article: AnalyzedArticle): ArticleFacts {
  const names = new Map<string, [string, EntityType, string | null, number]>();
  for (const { name, type, text } of article.entities) {
    // As summarizeEntities reads an alias.
    const written = text.replace(/\s+/g, ' ');
    const key = `${type} ${name} ${written}`;
    const counted = names.get(key);
    if (counted) counted[3]++;
    else names.set(key, [name, type, written === name ? null : written, 1]);
  }
  const forms = timeForms(article);
  return {
    v: FACTS_VERSION,
    n: [...names.values()],
    t: article.times.flatMap((time, k) =>
      dayOf(time.value) === null
        ? []
        : [
            [
              time.type,
              time.value,
              time.mod ?? null,
              time.start,
              maySpanEdge(article.text, time.start) ? 1 : 0,
              formCode(forms[k]!),
            ] satisfies ArticleFacts['t'][number],
          ],
    ),
    l: article.events.filter((event) => event.lead && event.mod === undefined).map((event) => event.date),
    f: articleNamings(article, () => true).map(({ day, published, start, end }) => [day, published, start, end]),
  };
}

// Rows read or written a statement: within SQLite's and PostgreSQL's parameter limits.
const CHUNK = 500;

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

type ArticleRow = StoredArticleRow & { no: unknown };

const analysedOf = analysedArticle;

/**
 * Drops the facts an older version took, so that fillFacts takes them again: an archive made
 * before keeps its articles, and its key dates become those a folder of them gets.
 */
async function dropStaleFacts(db: SqlDriver): Promise<void> {
  await db.run(`DELETE FROM story_facts WHERE facts NOT LIKE '{"v":${FACTS_VERSION},%'`);
}

/** Takes the facts of every article that has none yet (new since the last refresh). */
async function fillFacts(db: SqlDriver): Promise<number> {
  // Found from the indexes alone (a row of articles holds its text and analysis).
  const missing = (
    await db.all<{ no: unknown }>(
      'SELECT no FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_facts f WHERE f.article = a.no) ORDER BY no',
    )
  ).map((row) => num(row.no));
  for (let i = 0; i < missing.length; i += 100) {
    const part = missing.slice(i, i + 100);
    const rows = await db.all<ArticleRow>(
      `SELECT no, id, date, title, source, path, body, record FROM articles WHERE no IN (${placeholders(part.length)})`,
      part,
    );
    await db.transaction(async (tx) => {
      for (const row of rows)
        await tx.run(
          'INSERT INTO story_facts (article, id, date, path, facts) VALUES (?, ?, ?, ?, ?) ON CONFLICT (article) DO NOTHING',
          [num(row.no), row.id, row.date, row.path, JSON.stringify(articleFacts(analysedOf(row)))],
        );
    });
  }
  return missing.length;
}

/** An article as the ranking of days reads it, with what choosing the events and texts to read needs. */
interface LightArticle extends DatedArticle {
  no: number;
  id: string;
  times: Array<{ type: TimeType; value: string; mod?: TimeMod; start: number; edge: boolean }>;
  namings: ArticleFacts['f'];
}

/** The archive's articles in the order a folder's articles load in (compareArticles). */
async function articleOrder(db: SqlDriver): Promise<Array<{ no: number; id: string; date: string | null }>> {
  const rows = await db.all<{ article: unknown; id: string; date: string | null; path: string }>(
    'SELECT article, id, date, path FROM story_facts',
  );
  const shells = rows.map((row) => ({
    no: num(row.article),
    article: { id: row.id, date: row.date, path: row.path, dateSource: 'none', title: '', text: '' } satisfies Article,
  }));
  shells.sort((a, b) => compareArticles(a.article, b.article));
  return shells.map(({ no, article: { id, date } }) => ({ no, id, date }));
}

/** Every article's facts, read in the table's order, a chunk at a time. */
async function* allFacts(db: SqlDriver): AsyncGenerator<[number, ArticleFacts]> {
  let after = -1;
  for (;;) {
    const rows = await db.all<{ article: unknown; facts: string }>(
      'SELECT article, facts FROM story_facts WHERE article > ? ORDER BY article LIMIT ?',
      [after, 2000],
    );
    for (const row of rows) yield [num(row.article), JSON.parse(row.facts) as ArticleFacts];
    if (rows.length < 2000) return;
    after = num(rows[rows.length - 1]!.article);
  }
}

// Facts are read in the table's order, not the articles': where the articles' order decides
// (the first met of equally frequent spellings and types wins), each count keeps where it was
// first met, its article's place times this plus the mention's place in the article.
const MET_STRIDE = 1_000_000;

/** A count, and where in the articles' order it was first met. */
interface Met {
  count: number;
  first: number;
}

function meet(map: Map<string, Met>, key: string, count: number, at: number): void {
  const met = map.get(key);
  if (!met) map.set(key, { count, first: at });
  else {
    met.count += count;
    if (at < met.first) met.first = at;
  }
}

/** summarizeEntities' order: most mentioned first. */

/** summarizeEntities(mergeEntityNames(articles)) over the archive, from its counted names. */
async function storyEntities(
  db: SqlDriver,
  position: ReadonlyMap<number, number>,
  counts: readonly NameCount[],
): Promise<EntitySummary[]> {
  const rename = entityRenaming(counts);
  interface Tally {
    types: Map<string, Met>;
    mentions: number;
    articles: number;
    aliases: Map<string, number>;
  }
  const tallies = new Map<string, Tally>();
  for await (const [no, facts] of allFacts(db)) {
    const at = position.get(no);
    if (at === undefined) continue;
    const seenHere = new Set<string>();
    for (const [k, [mentioned, mentionedType, written, count]] of facts.n.entries()) {
      const { name, type } = rename(mentioned, mentionedType);
      let tally = tallies.get(name);
      if (!tally) tallies.set(name, (tally = { types: new Map(), mentions: 0, articles: 0, aliases: new Map() }));
      tally.mentions += count;
      meet(tally.types, type, count, at * MET_STRIDE + k);
      const as = written ?? mentioned;
      if (as !== name) tally.aliases.set(as, (tally.aliases.get(as) ?? 0) + count);
      if (!seenHere.has(name)) {
        seenHere.add(name);
        tally.articles++;
      }
    }
  }
  const summaries: EntitySummary[] = [];
  for (const [name, tally] of tallies) {
    // The most frequent type, the first met of equals (summarizeEntities' mostFrequent).
    let type = 'MISC';
    let best: Met | undefined;
    for (const [candidate, met] of tally.types)
      if (!best || met.count > best.count || (met.count === best.count && met.first < best.first))
        [type, best] = [candidate, met];
    summaries.push({ name, type: type as EntityType, mentions: tally.mentions, articles: tally.articles, aliases: [] });
  }
  summaries.sort(byMentions);
  const kept = summaries.slice(0, STORED_ENTITIES);
  for (const summary of kept)
    summary.aliases = [...tallies.get(summary.name)!.aliases]
      .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
      .map(([alias]) => alias);
  return kept;
}

/** SQL for how many sources a timeline row has (its JSON array's length). */
function sourceCount(db: SqlDriver): string {
  return db.dialect === 'sqlite' ? 'json_array_length(sources)' : 'json_array_length(sources::json)';
}

/** The day a bucket of the timeline holds events of, when they have no modifier (dateBucket). */
function dayOfBucket(bucket: string): string | null {
  if (!bucket.endsWith('|')) return null;
  const day = bucket.slice(0, -1);
  return dayOf(day) === day ? day : null;
}

/** How many events are dated to each day (no modifier), and how many sources its most told one has. */
async function eventDayCounts(db: SqlDriver): Promise<Map<string, DayEvents>> {
  const counts = new Map<string, DayEvents>();
  for (const row of await db.all<{ bucket: string; events: unknown; agreement: unknown }>(
    `SELECT bucket, COUNT(*) AS events, MAX(${sourceCount(db)}) AS agreement FROM timeline
     WHERE mod IS NULL GROUP BY bucket`,
  )) {
    const day = dayOfBucket(row.bucket);
    if (day !== null) counts.set(day, { events: num(row.events), agreement: num(row.agreement) });
  }
  return counts;
}

type TimelineRow = TimelineEventRow & { bucket: string };

/**
 * The events of `days`, each day's most told first (as eventsByDay orders them: then in the
 * timeline's order), from place `from` (0-based) up to `to`.
 */
async function dayEvents(
  db: SqlDriver,
  days: readonly string[],
  from: number,
  to: number,
): Promise<Map<string, TimelineEvent[]>> {
  const events = new Map<string, TimelineEvent[]>();
  for (let i = 0; i < days.length; i += CHUNK) {
    const part = days.slice(i, i + CHUNK).map((day) => `${day}|`);
    for (const row of await db.all<TimelineRow>(
      `SELECT bucket, id, date, mod, precision, approximate, summary, sources, entities FROM (
         SELECT bucket, id, date, mod, precision, approximate, summary, sources, entities, ROW_NUMBER()
           OVER (PARTITION BY bucket ORDER BY ${sourceCount(db)} DESC, sort_key, row) AS place
         FROM timeline WHERE mod IS NULL AND bucket IN (${placeholders(part.length)})) AS told
       WHERE place > ? AND place <= ? ORDER BY bucket, place`,
      [...part, from, to],
    )) {
      const day = row.bucket.slice(0, -1);
      let list = events.get(day);
      if (!list) events.set(day, (list = []));
      list.push(timelineEvent(row));
    }
  }
  return events;
}

async function readArticles(db: SqlDriver, nos: Iterable<number>): Promise<Map<number, AnalyzedArticle>> {
  const all = [...nos];
  const articles = new Map<number, AnalyzedArticle>();
  for (let i = 0; i < all.length; i += 100) {
    const part = all.slice(i, i + 100);
    for (const row of await db.all<ArticleRow>(
      `SELECT no, id, date, title, source, path, body, record FROM articles WHERE no IN (${placeholders(part.length)})`,
      part,
    ))
      // What the listing reads of an article: its text, title, date and times (a day's
      // summary is a sentence of it); its sentences, mentions and events are not kept.
      articles.set(num(row.no), { ...analysedOf(row), sentences: [], entities: [], events: [] });
  }
  return articles;
}

// How many sources of an event tell it in a day's summary (key-dates' SUMMARY_TELLINGS).
const TELLINGS_READ = 3;
// How many clean events a summarised day shows (key-dates' SUMMARY_EVENTS).
const EVENTS_SUMMARISED = 4;

/** keyDates(articles, timeline) over the archive, reading few events and articles whole. */
async function storyKeyDates(
  db: SqlDriver,
  light: readonly LightArticle[],
  summarised: number,
  firstHead: number,
): Promise<KeyDate[]> {
  const eventDays = await eventDayCounts(db);
  const years = storyYears(light);
  const ranked = rankDays(dayFeatures(light, [], eventDays, years), coverageBursts(light), KEY_DATE_METHOD);
  // As keyDates' Map of the articles: the last of an id wins.
  const byId = new Map(light.map((article) => [article.id, article]));
  const named = new Set(ranked.slice(0, NAMED_DAYS * summarised).map((d) => d.date));
  const chosen = earliestNamings(
    light.flatMap((article) =>
      article.namings
        .filter(([day]) => named.has(day))
        .map(([day, published, start, end]) => ({ article, day, published, start, end })),
    ),
  );
  const wanted = new Set<number>();
  for (const list of chosen.values()) for (const { article } of list) wanted.add(article.no);

  // A day's events are read until the listing has all it reads: the summarised head's first
  // EVENTS_SUMMARISED clean ones (and their tellings' articles), the tail's first clean one whose
  // first telling cannot name the day as a span's edge (an article that may is read whole).
  const loaded = new Map<string, TimelineEvent[]>();
  const cleaned = new Map<TimelineEvent, string | null>();
  const mayBeEdge = (event: TimelineEvent, day: string): LightArticle | null => {
    const first = event.sources[0];
    const article = first && byId.get(first.articleId);
    if (!article) return null;
    // A telling naming the day only by a month-day of another year (storyYears) tells none too.
    return article.times.some(
      (time) =>
        time.start >= first.start &&
        time.start < first.end &&
        dayOf(time.value) === day &&
        (time.edge || dayOf(storyValue(time, years)) !== day),
    )
      ? article
      : null;
  };
  // Cleaning costs more than the rest (see keyDates): only the events the listing reaches are cleaned.
  const clean = (event: TimelineEvent): string | null => {
    let text = cleaned.get(event);
    if (text === undefined) cleaned.set(event, (text = cleanSummary(event.summary)));
    return text;
  };
  const settled = (day: string, head: boolean): boolean => {
    const events = loaded.get(day) ?? [];
    let told = 0;
    for (const event of events) {
      if (clean(event) === null) continue;
      told++;
      if (head ? told >= EVENTS_SUMMARISED : mayBeEdge(event, day) === null) return true;
    }
    return events.length >= eventDays.get(day)!.events;
  };
  // The head first read as twice the summarised days, as many as have their namings gathered:
  // should more go unlisted, the listing runs again with a longer head (a round more).
  let head = Math.min(ranked.length, firstHead);
  const whole = new Map<number, AnalyzedArticle>();
  for (;;) {
    for (;;) {
      // Days still wanting events, by how many they have (a round reads the same places of each).
      // (A head day first reads as many as it shows, a tail day one.)
      const wanting = new Map<string, string[]>();
      ranked.forEach(({ date }, i) => {
        if (settled(date, i < head)) return;
        const from = loaded.get(date)?.length ?? 0;
        const to = Math.max(i < head ? EVENTS_SUMMARISED : 1, 4 * from);
        const days = wanting.get(`${from} ${to}`);
        if (days) days.push(date);
        else wanting.set(`${from} ${to}`, [date]);
      });
      if (wanting.size === 0) break;
      for (const [places, days] of wanting) {
        const [from, to] = places.split(' ').map(Number) as [number, number];
        const read = await dayEvents(db, days, from, to);
        for (const day of days) loaded.set(day, [...(loaded.get(day) ?? []), ...(read.get(day) ?? [])]);
      }
    }
    ranked.forEach(({ date }, i) => {
      for (const event of loaded.get(date) ?? []) {
        if (clean(event) === null) continue;
        if (i < head) {
          for (const source of event.sources.slice(0, TELLINGS_READ)) {
            const article = byId.get(source.articleId);
            if (article) wanted.add(article.no);
          }
        } else {
          const article = mayBeEdge(event, date);
          if (article) wanted.add(article.no);
        }
      }
    });
    for (const [no, article] of await readArticles(
      db,
      [...wanted].filter((no) => !whole.has(no)),
    ))
      whole.set(no, article);
    const articlesById = new Map<string, AnalyzedArticle>();
    for (const article of light) {
      const readWhole = whole.get(article.no);
      if (readWhole) articlesById.set(article.id, readWhole);
      else articlesById.delete(article.id);
    }
    const namings = new Map(
      [...chosen].map(([day, list]) => [
        day,
        list.map(({ article, start, end }) => ({ article: whole.get(article.no)!, start, end })),
      ]),
    );
    const listed = listKeyDates(ranked, eventDays, loaded, articlesById, namings, summarised, years);
    // The summarised days must lie among those read as the head.
    const lastSummarised = listed.length >= summarised ? listed[summarised - 1]!.date : null;
    const reach = lastSummarised === null ? ranked.length : ranked.findIndex((d) => d.date === lastSummarised) + 1;
    if (reach <= head) return listed;
    head = Math.min(ranked.length, Math.max(reach, 2 * head, 1));
  }
}

export interface StoryTablesRefresh {
  /** Articles whose facts were taken now (new since the last refresh). */
  newFacts: number;
  articles: number;
  entities: number;
  keyDates: number;
}

export interface StoryTablesOptions {
  /** As keyDates' `summarised`: how many top days are summed up from their tellings. */
  summarised?: number;
  /** How many top days are first read as days to sum up (default: twice `summarised`): when
   * more of them go unlisted than this leaves room for, the listing is read again longer. */
  firstHead?: number;
}

/**
 * Recomputes the story's entities and key dates from the archive's articles and timeline
 * (the `timeline` table, as the timeline of all the articles) and stores them.
 */
export async function refreshStoryTables(db: SqlDriver, options: StoryTablesOptions = {}): Promise<StoryTablesRefresh> {
  await makeStoryTables(db);
  await dropStaleFacts(db);
  const newFacts = await fillFacts(db);
  const order = await articleOrder(db);
  const position = new Map(order.map(({ no }, at) => [no, at]));
  const counts = new Map<string, Met & { name: string; type: EntityType }>();
  const light: LightArticle[] = new Array<LightArticle>(order.length);
  for await (const [no, facts] of allFacts(db)) {
    const at = position.get(no);
    if (at === undefined) continue;
    for (const [k, [name, type, , n]] of facts.n.entries()) {
      const pair = `${type} ${name}`;
      const first = at * MET_STRIDE + k;
      const count = counts.get(pair);
      if (!count) counts.set(pair, { name, type, count: n, first });
      else {
        count.count += n;
        if (first < count.first) count.first = first;
      }
    }
    const { id, date } = order[at]!;
    light[at] = {
      no,
      id,
      date,
      times: facts.t.map(([type, value, mod, start, edge, form]) => ({
        type,
        value,
        ...(mod === null ? {} : { mod }),
        start,
        edge: edge === 1,
        ...formOf(form),
      })),
      events: facts.l.map((date) => ({ date, lead: true })),
      namings: facts.f,
    };
  }
  const summarised = options.summarised ?? SUMMARISED_DAYS;
  const keyDates = await storyKeyDates(db, light, summarised, options.firstHead ?? NAMED_DAYS * summarised);
  light.length = 0;
  // The names' counts in the order first met, as nameCounts gives them.
  const named = [...counts.values()]
    .sort((a, b) => a.first - b.first)
    .map(({ name, type, count }) => ({ name, type, count }));
  const entities = await storyEntities(db, position, named);
  await db.transaction(async (tx) => {
    // Two adds ending at once on a server write one after the other: the second's DELETE then
    // sees the first's rows (else its inserts would collide with them).
    if (tx.dialect === 'postgres') await tx.all(`SELECT pg_advisory_xact_lock(${STORY_TABLES_LOCK})`);
    await tx.run('DELETE FROM story_entities');
    for (const entity of entities)
      await tx.run('INSERT INTO story_entities (name, type, mentions, articles, aliases) VALUES (?, ?, ?, ?, ?)', [
        entity.name,
        entity.type,
        entity.mentions,
        entity.articles,
        JSON.stringify(entity.aliases),
      ] satisfies SqlValue[]);
    await tx.run('DELETE FROM story_key_dates');
    for (const [rank, day] of keyDates.entries())
      await tx.run('INSERT INTO story_key_dates (rank, date, score, events, summary) VALUES (?, ?, ?, ?, ?)', [
        rank,
        day.date,
        day.score,
        day.events,
        day.summary,
      ]);
  });
  return { newFacts, articles: order.length, entities: entities.length, keyDates: keyDates.length };
}

/** The stored entities (most mentioned first, at most `limit`) and key dates (most salient first). */
export async function readStoryTables(
  db: SqlDriver,
  limit: number = STORED_ENTITIES,
): Promise<{ entities: EntitySummary[]; keyDates: KeyDate[] }> {
  // An archive no add or prune has refreshed since it was made has no story tables yet.
  if (!(await storyTablesMade(db))) return { entities: [], keyDates: [] };
  return storedStory(db, limit);
}
