// The archive as the screens browse it (src/browse.ts), read a window at a time: a SQLite archive
// of 100,000 articles has half a million timeline rows and gigabytes of analyses, and opening it
// must take a second, not the two minutes and two gigabytes of assembling its whole story.
//
// Held whole, as typed arrays, only what every row needs without being read: the timeline's row
// ids in its order (the `timeline` table's sort_key), each row's date (an index into the few
// distinct dates) and modifier. Rows are read by position, a window of WINDOW rows at a time, a
// few windows kept. Articles are held as their row numbers in date order; the order within a
// day (by path, as compareArticles) is settled the first time that day is read.
//
// Reads are synchronous (a key is handled in one turn): node-sqlite3-wasm answers at once. When
// another process holds the archive's lock (an `add` writing a batch) a read answers undefined
// at once, is read again asynchronously, and the lists' listeners are called when rows arrive.
// An archive changed by an `add` while it is browsed keeps the order it was opened with; a row a
// re-merge removed stays unread (undefined) until the archive is opened again.
import type { AnalyzedArticle, Article, EntitySummary, KeyDate, Problem, TimelineEvent, TimeMod } from '../types.js';
import type { ArticleList, ArticleShell, BrowseStory, DayCoverage, RowsListener, TimelineList } from '../browse.js';
import type { EventSearch } from '../search/index.js';
import { dayIndex } from '../timeline/calendar.js';
import { fromRecord, type AnalysisRecord } from '../pipeline/record.js';
import type { SqlValue } from './driver.js';
import type { SqliteDatabase } from './sqlite.js';
import { createArchiveSearch } from './timeline-search.js';
import { num, storedStory, timelineEvent, type TimelineEventRow } from './rows.js';
import {
  archiveStamp,
  defaultCacheDir,
  readCachedOrder,
  rowIndex,
  writeCachedOrder,
  type OpenFacts,
  type TimelineOrder,
} from './timeline-order.js';

/** Timeline rows read together: a screenful and the next. */
export const TIMELINE_WINDOW = 256;
/** Windows kept: the one shown, the ones beside it, and a jump back. */
const TIMELINE_WINDOWS_KEPT = 8;
/** Article shells read together, and how many such windows are kept. */
const ARTICLE_WINDOW = 64;
const ARTICLE_WINDOWS_KEPT = 4;
/** Articles kept with their text and analysis (the reader, the one before, the next). */
const ANALYSED_KEPT = 4;
/** Entity look-ups kept (rowsNaming): the entity screen asks again on every redraw. */
const NAMED_KEPT = 16;
/** Rows a search's hits bring in, beside the windows (a hit list is scattered). */
const HITS_KEPT = 1024;
/** A search's hits read together as the hit list is drawn: a screenful and more. */
export const HIT_CHUNK = 100;
/** The pause between two tries of a read the lock refused, when the waiting read gave up. */
const RETRY_MS = 500;

// Modifiers as one byte per row: 0 none, else the place in this list plus one.
const MODS: readonly TimeMod[] = [
  'START',
  'MID',
  'END',
  'APPROX',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
];
const MOD_CODE = new Map<string, number>(MODS.map((mod, i) => [mod, i + 1]));

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A browsed archive: the story, and the connection to give back when done. */
export interface ArchiveBrowse extends BrowseStory {
  /** Whether the timeline's order came from the cache (the archive unchanged since it was kept). */
  readonly orderCached: boolean;
  close(): Promise<void>;
}

/** Least recently used first: a Map whose get moves the entry to the end. */
class Recent<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly size: number) {}
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as K);
  }
  values(): IterableIterator<V> {
    return this.entries.values();
  }
  clear(): void {
    this.entries.clear();
  }
}

/** Listeners, and the reads waiting for the lock: each read once, the listeners told when done. */
class Arrivals {
  private readonly listeners = new Set<RowsListener>();
  private readonly waiting = new Set<string>();
  closed = false;

  constructor(private readonly db: SqliteDatabase) {}

  subscribe(listener: RowsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  isWaiting(key: string): boolean {
    return this.waiting.has(key);
  }

  /** Reads `sql` again until the lock lets it (the driver's `all` waits), then `arrived` the rows. */
  later<Row extends Record<string, unknown>>(
    key: string,
    sql: string,
    params: readonly SqlValue[],
    arrived: (rows: Row[]) => void,
  ): void {
    if (this.waiting.has(key) || this.closed) return;
    this.waiting.add(key);
    void (async () => {
      let read = false;
      try {
        while (!this.closed && !read) {
          try {
            arrived(await this.db.all<Row>(sql, params));
            read = true;
          } catch (error) {
            // Another error is met again by the next read made now, where the screen sees it.
            if (!(error instanceof Error && /locked/i.test(error.message))) return;
            await pause(RETRY_MS);
          }
        }
      } finally {
        this.waiting.delete(key);
      }
      if (read && !this.closed) for (const listener of [...this.listeners]) listener();
    })();
  }

  /** Reads now; when locked, reads later (see `later`) and answers null. */
  now<Row extends Record<string, unknown>>(
    key: string,
    sql: string,
    params: readonly SqlValue[],
    arrived: (rows: Row[]) => void,
  ): Row[] | null {
    if (this.waiting.has(key)) return null;
    const rows = this.db.readNow<Row>(sql, params);
    if (rows === null) this.later(key, sql, params, arrived);
    return rows;
  }
}

type TimelineRow = TimelineEventRow & { row: unknown };

export const eventOfRow = timelineEvent;

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
const windowSql = (size: number): string =>
  `SELECT row, id, date, mod, precision, approximate, summary, sources, entities FROM timeline
   WHERE row IN (${placeholders(size)})`;

/** Sizes of what is read at once and kept (tests make them small to cross their edges). */
export interface BrowseOptions {
  /** Timeline rows read together (default TIMELINE_WINDOW). */
  timelineWindow?: number;
  /** Article shells read together (default 64). */
  articleWindow?: number;
  /** The archive's file and the cache folder its timeline's order is kept in (timeline-order.ts);
   * without them the order is read from the archive every time. */
  file?: string;
  cacheDir?: string | null;
}

/** The merged timeline in its order, its numeric columns held whole and its rows paged. */
export class PagedTimeline implements TimelineList {
  private readonly windows = new Recent<number, Array<TimelineEvent | undefined>>(TIMELINE_WINDOWS_KEPT);
  /** The first and last windows, once read: the ends a person jumps to (g, G) stay read. */
  private readonly ends = new Map<number, Array<TimelineEvent | undefined>>();
  private readonly hits = new Recent<number, TimelineEvent>(HITS_KEPT);
  private readonly named = new Recent<string, readonly number[]>(NAMED_KEPT);
  /** Row ids ascending and the position of each: a row's position by binary search. */
  private byRow: { rows: Int32Array; positions: Int32Array } | null = null;
  private readonly windowSql: string;
  /** The last search's hits in its order, and each one's place in it. */
  private hitList: readonly number[] = [];
  private hitPlace = new Map<number, number>();

  constructor(
    private readonly db: SqliteDatabase,
    private readonly arrivals: Arrivals,
    /** Each position's row id. */
    readonly rows: Int32Array,
    /** Each position's date, as an index into `dates`. */
    readonly dateIds: Int32Array,
    readonly dates: readonly string[],
    private readonly mods: Uint8Array,
    private readonly size = TIMELINE_WINDOW,
    /** Positions by row id, when the cache had them. */
    byRow?: { rows: Int32Array; positions: Int32Array },
  ) {
    this.byRow = byRow ?? null;
    this.windowSql = windowSql(size);
  }

  get length(): number {
    return this.rows.length;
  }

  at(index: number): TimelineEvent | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.rows.length) return undefined;
    const number = Math.floor(index / this.size);
    const at = index - number * this.size;
    const window = this.windows.get(number) ?? this.ends.get(number);
    if (window) return window[at];
    // A search's hit, read with the hits beside it: a hit list draws without a window per hit.
    const hit = this.hits.get(index);
    if (hit) return hit;
    const place = this.hitPlace.get(index);
    if (place !== undefined) return this.readHits(place - (place % HIT_CHUNK))?.get(index);
    return this.readWindow(number)?.[at];
  }

  /** A search's hits (timeline positions, its order): read HIT_CHUNK at a time as they are drawn. */
  expectHits(positions: readonly number[]): void {
    this.hitList = positions;
    this.hitPlace = new Map(positions.map((position, i) => [position, i]));
  }

  /** The events of the hits from place `from` on (HIT_CHUNK of them); undefined while locked. */
  readHits(from: number): ReadonlyMap<number, TimelineEvent> | undefined {
    const positions = this.hitList.slice(from, from + HIT_CHUNK).filter((position) => !this.peek(position));
    const events = new Map<number, TimelineEvent>();
    if (positions.length === 0) return events;
    const place = (rows: readonly TimelineRow[]): ReadonlyMap<number, TimelineEvent> => {
      for (const row of rows) events.set(this.positionOfRow(num(row.row)), eventOfRow(row));
      this.keepHits(events);
      return events;
    };
    const found = this.arrivals.now<TimelineRow>(
      `hits ${positions.join(',')}`,
      windowSql(positions.length),
      positions.map((position) => this.rows[position]!),
      place,
    );
    return found === null ? undefined : place(found);
  }

  dateAt(index: number): string {
    return this.dates[this.dateIds[index]!]!;
  }

  modAt(index: number): TimeMod | undefined {
    const code = this.mods[index]!;
    return code === 0 ? undefined : MODS[code - 1];
  }

  subscribe(listener: RowsListener): () => void {
    return this.arrivals.subscribe(listener);
  }

  /** Rows of positions [from, to) read whole now, in order; null while the lock refuses. */
  private windowParams(number: number): number[] {
    const from = number * this.size;
    const params = Array.from(this.rows.subarray(from, from + this.size));
    // Padded to one statement for every window: row ids start at 1.
    while (params.length < this.size) params.push(0);
    return params;
  }

  private placeWindow(number: number, found: readonly TimelineRow[]): Array<TimelineEvent | undefined> {
    const byRow = new Map(found.map((row) => [num(row.row), row]));
    const from = number * this.size;
    const to = Math.min(this.rows.length, from + this.size);
    const window: Array<TimelineEvent | undefined> = [];
    for (let i = from; i < to; i++) {
      const row = byRow.get(this.rows[i]!);
      window.push(row === undefined ? undefined : eventOfRow(row));
    }
    this.windows.set(number, window);
    if (number === 0 || to === this.rows.length) this.ends.set(number, window);
    return window;
  }

  /** Reads the first and last windows now, kept beside the recent ones: g and G land at once. */
  readEnds(): void {
    if (this.rows.length === 0) return;
    this.at(0);
    this.at(this.rows.length - 1);
  }

  private readWindow(number: number): Array<TimelineEvent | undefined> | undefined {
    const params = this.windowParams(number);
    const found = this.arrivals.now<TimelineRow>(`timeline ${number}`, this.windowSql, params, (rows) =>
      this.placeWindow(number, rows),
    );
    return found === null ? undefined : this.placeWindow(number, found);
  }

  /** The event at `index` if it has been read, without reading it. */
  peek(index: number): TimelineEvent | undefined {
    const number = Math.floor(index / this.size);
    return (this.windows.get(number) ?? this.ends.get(number))?.[index - number * this.size] ?? this.hits.get(index);
  }

  /** Events a search read for its hits, kept beside the windows so a hit list draws at once. */
  keepHits(events: ReadonlyMap<number, TimelineEvent>): void {
    for (const [position, event] of events) this.hits.set(position, event);
  }

  private rowIndex(): { rows: Int32Array; positions: Int32Array } {
    this.byRow ??= rowIndex(this.rows);
    return this.byRow;
  }

  /** The position of a row id, or -1. */
  positionOfRow(row: number): number {
    const { rows, positions } = this.rowIndex();
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (rows[mid]! < row) low = mid + 1;
      else high = mid;
    }
    return low < rows.length && rows[low] === row ? positions[low]! : -1;
  }

  indexOfId(id: string): number {
    const found = this.db.readNow<{ row: unknown }>('SELECT row FROM timeline WHERE id = ?', [id]);
    if (found === null) {
      // Locked: the windows read may hold it.
      for (const [number, window] of this.windowEntries()) {
        const i = window.findIndex((event) => event?.id === id);
        if (i >= 0) return number * this.size + i;
      }
      return -1;
    }
    let best = -1;
    for (const { row } of found) {
      const position = this.positionOfRow(num(row));
      if (position >= 0 && (best < 0 || position < best)) best = position;
    }
    return best;
  }

  private *windowEntries(): Generator<[number, Array<TimelineEvent | undefined>]> {
    for (let number = 0; number * this.size < this.rows.length; number++) {
      const window = this.windows.get(number);
      if (window) yield [number, window];
    }
  }

  rowsNaming(entity: string): readonly number[] {
    const known = this.named.get(entity);
    if (known) return known;
    const place = (rows: ReadonlyArray<{ row: unknown }>): readonly number[] => {
      const positions = Int32Array.from(rows, ({ row }) => this.positionOfRow(num(row)))
        .filter((position) => position >= 0)
        .sort();
      const list = Array.from(positions);
      this.named.set(entity, list);
      return list;
    };
    const found = this.arrivals.now<{ row: unknown }>(
      `names ${entity}`,
      'SELECT row FROM timeline_names WHERE name = ?',
      [entity],
      place,
    );
    return found === null ? [] : place(found);
  }
}

// compareArticles' order of two paths (src/corpus/index.ts comparePaths): a feed's items, `file#n`,
// by number. Here rather than imported: the corpus module loads every format's reader.
const FEED_ITEM = /#(?<n>\d+)$/;

function comparePaths(a: string, b: string): number {
  const itemA = FEED_ITEM.exec(a);
  const itemB = FEED_ITEM.exec(b);
  const fileA = itemA ? a.slice(0, itemA.index) : a;
  const fileB = itemB ? b.slice(0, itemB.index) : b;
  if (fileA !== fileB) return fileA < fileB ? -1 : 1;
  return (itemA ? Number(itemA.groups!.n) : -1) - (itemB ? Number(itemB.groups!.n) : -1);
}

type ShellRow = { no: unknown; id: string; date: string | null; title: string; source: string | null; path: string };

function articleOf(row: ShellRow, text: string): Article {
  return {
    id: row.id,
    path: row.path,
    date: row.date,
    // As the store reads an article back (src/archive/store.ts analysedArticles).
    dateSource: row.date ? 'header' : 'none',
    title: row.title,
    text,
    ...(row.source ? { source: row.source } : {}),
  };
}

function shellOf(row: ShellRow): ArticleShell {
  const shell: Partial<Article> = articleOf(row, '');
  delete shell.text;
  return shell as ArticleShell;
}

/**
 * The articles in compareArticles' order (date, undated last, then path): their row numbers in
 * date order are read on first use (from the index on date alone); a day's articles are put in
 * path order the first time one of them is read.
 */
export class PagedArticles implements ArticleList {
  /** Row numbers by position; within a day, in row order until the day is sorted. */
  private order: Int32Array | null = null;
  /** Where each day's articles begin, the day ('' for undated, last), whether sorted. */
  private dayStarts = new Int32Array(0);
  private days: string[] = [];
  private sortedDays = new Uint8Array(0);
  private readonly windows = new Recent<number, Array<ArticleShell | undefined>>(ARTICLE_WINDOWS_KEPT);
  private readonly analysedKept = new Recent<number, AnalyzedArticle>(ANALYSED_KEPT);

  constructor(
    private readonly db: SqliteDatabase,
    private readonly arrivals: Arrivals,
    readonly length: number,
    private readonly size = ARTICLE_WINDOW,
  ) {}

  subscribe(listener: RowsListener): () => void {
    return this.arrivals.subscribe(listener);
  }

  private placeOrder(rows: ReadonlyArray<{ no: unknown; date: string | null }>): void {
    // SQLite puts the undated first; compareArticles last.
    const undated = rows.findIndex((row) => row.date !== null);
    const split = undated < 0 ? rows.length : undated;
    const ordered = [...rows.slice(split), ...rows.slice(0, split)];
    const order = new Int32Array(ordered.length);
    const starts: number[] = [];
    const days: string[] = [];
    ordered.forEach((row, i) => {
      order[i] = num(row.no);
      const day = row.date ?? '';
      if (i === 0 || days[days.length - 1] !== day) {
        starts.push(i);
        days.push(day);
      }
    });
    starts.push(ordered.length);
    this.order = order;
    this.dayStarts = Int32Array.from(starts);
    this.days = days;
    this.sortedDays = new Uint8Array(days.length);
  }

  private ensureOrder(): Int32Array | null {
    if (this.order) return this.order;
    const found = this.arrivals.now<{ no: unknown; date: string | null }>(
      'article order',
      'SELECT no, date FROM articles ORDER BY date, no',
      [],
      (rows) => this.placeOrder(rows),
    );
    if (found !== null) this.placeOrder(found);
    return this.order;
  }

  /** The day (its index in `days`) of a position. */
  private dayOf(position: number): number {
    let low = 0;
    let high = this.days.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.dayStarts[mid]! <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private placeDay(day: number, rows: ReadonlyArray<{ no: unknown; path: string }>): void {
    const order = this.order!;
    const from = this.dayStarts[day]!;
    const to = this.dayStarts[day + 1]!;
    const held = new Set(order.subarray(from, to));
    // Rows added since the order was read are left out: the order stays the one opened.
    const sorted = rows
      .map((row) => ({ no: num(row.no), path: row.path }))
      .filter((row) => held.has(row.no))
      .sort((a, b) => comparePaths(a.path, b.path) || a.no - b.no);
    if (sorted.length === to - from) sorted.forEach((row, i) => (order[from + i] = row.no));
    this.sortedDays[day] = 1;
  }

  /** Puts the day of `position` in path order; false while the lock refuses. */
  private ensureDay(day: number): boolean {
    if (this.sortedDays[day] === 1) return true;
    const date = this.days[day]!;
    const sql =
      date === '' ? 'SELECT no, path FROM articles WHERE date IS NULL' : 'SELECT no, path FROM articles WHERE date = ?';
    const found = this.arrivals.now<{ no: unknown; path: string }>(
      `article day ${day}`,
      sql,
      date === '' ? [] : [date],
      (rows) => this.placeDay(day, rows),
    );
    if (found === null) return false;
    this.placeDay(day, found);
    return true;
  }

  /** The row number at `position` in its final order, or null while a read waits. */
  private noAt(position: number): number | null {
    const order = this.ensureOrder();
    if (order === null || position < 0 || position >= order.length) return null;
    return this.ensureDay(this.dayOf(position)) ? order[position]! : null;
  }

  at(index: number): ArticleShell | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    const number = Math.floor(index / this.size);
    const window = this.windows.get(number) ?? this.readWindow(number);
    return window?.[index - number * this.size];
  }

  private readWindow(number: number): Array<ArticleShell | undefined> | undefined {
    const order = this.ensureOrder();
    if (order === null) return undefined;
    const from = number * this.size;
    const to = Math.min(order.length, from + this.size);
    for (let day = this.dayOf(from); day < this.days.length && this.dayStarts[day]! < to; day++)
      if (!this.ensureDay(day)) return undefined;
    const nos = Array.from(order.subarray(from, to));
    const place = (rows: readonly ShellRow[]): Array<ArticleShell | undefined> => {
      const byNo = new Map(rows.map((row) => [num(row.no), row]));
      const window = nos.map((no) => {
        const row = byNo.get(no);
        return row === undefined ? undefined : shellOf(row);
      });
      this.windows.set(number, window);
      return window;
    };
    const found = this.arrivals.now<ShellRow>(
      `articles ${number}`,
      `SELECT no, id, date, title, source, path FROM articles WHERE no IN (${placeholders(nos.length)})`,
      nos,
      place,
    );
    return found === null ? undefined : place(found);
  }

  indexOfId(id: string): number {
    // The key is `id@date` (analysisKey): its index finds an id's rows without a scan.
    const found = this.db.readNow<{ no: unknown; date: string | null }>(
      'SELECT no, date FROM articles WHERE key >= ? AND key < ?',
      [`${id}@`, `${id}A`],
    );
    const order = this.ensureOrder();
    if (found === null || order === null) return -1;
    let best = -1;
    for (const row of found) {
      const day = this.days.indexOf(row.date ?? '');
      if (day < 0 || !this.ensureDay(day)) continue;
      const no = num(row.no);
      for (let i = this.dayStarts[day]!; i < this.dayStarts[day + 1]!; i++) {
        if (order[i] === no) {
          if (best < 0 || i < best) best = i;
          break;
        }
      }
    }
    return best;
  }

  analysed(index: number): AnalyzedArticle | undefined {
    const no = this.noAt(index);
    if (no === null) return undefined;
    const kept = this.analysedKept.get(no);
    if (kept) return kept;
    type Row = ShellRow & { body: string; record: string };
    const place = (rows: readonly Row[]): AnalyzedArticle | undefined => {
      const row = rows[0];
      if (row === undefined) return undefined;
      const article = fromRecord(articleOf(row, row.body), JSON.parse(row.record) as AnalysisRecord);
      this.analysedKept.set(no, article);
      return article;
    };
    const found = this.arrivals.now<Row>(
      `analysed ${no}`,
      'SELECT no, id, date, title, source, path, body, record FROM articles WHERE no = ?',
      [no],
      place,
    );
    return found === null ? undefined : place(found);
  }
}

/** Articles per publication day, as coverageOf (src/browse-memory.ts) counts them. */
function coverageOfCounts(rows: ReadonlyArray<{ date: string; n: unknown }>): DayCoverage[] {
  const counts = new Map<string, number>();
  for (const { date, n } of rows) {
    const day = date.slice(0, 10);
    if (dayIndex(day) === null) continue;
    counts.set(day, (counts.get(day) ?? 0) + num(n));
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([day, articles]) => ({ day, articles }));
}

/** The folder all of `first` … `last` share (sorted paths: what the two ends share, all do). */
function sharedFolder(first: string | null, last: string | null): string {
  if (first === null || last === null) return '';
  let i = 0;
  while (i < first.length && i < last.length && first[i] === last[i]) i++;
  const shared = first.slice(0, i);
  const folder = shared.slice(0, shared.lastIndexOf('/'));
  return folder.slice(0, folder.lastIndexOf('/') + 1);
}

/**
 * The story tables (src/archive/story-tables.ts) when an add has filled them, else empty, read
 * without loading that module (it loads the analyser: a second of the open).
 */
async function storyTables(
  db: SqliteDatabase,
  tables: ReadonlySet<string>,
): Promise<{ entities: EntitySummary[]; keyDates: KeyDate[] }> {
  if (!tables.has('story_entities') || !tables.has('story_key_dates')) return { entities: [], keyDates: [] };
  return storedStory(db, Infinity);
}

/** The timeline's buckets an add or prune left to merge (it was stopped): the timeline lacks them. */
async function unmerged(db: SqliteDatabase, name: string, tables: ReadonlySet<string>): Promise<Problem[]> {
  if (!tables.has('timeline_dirty')) return [];
  const [row] = await db.all<{ n: unknown }>('SELECT count(*) AS n FROM timeline_dirty');
  const n = num(row?.n);
  return n === 0
    ? []
    : [
        {
          path: name,
          reason: `the timeline lacks ${n} date ${n === 1 ? 'bucket' : 'buckets'} an add or prune left unmerged: run news-tui add again`,
        },
      ];
}

/** Calls `visit` with each row of `sql`, now, or once the lock lets it (open may wait). */
async function readEach<Row extends Record<string, unknown>>(
  db: SqliteDatabase,
  sql: string,
  visit: (row: Row) => void,
): Promise<void> {
  if (db.eachNow<Row>(sql, [], visit)) return;
  for (const row of await db.all<Row>(sql)) visit(row);
}

/** The timeline's order read from the archive: its sort-key index walked, a row looked up each. */
async function readOrder(db: SqliteDatabase, size: number): Promise<TimelineOrder & { seen: number }> {
  // Rows added after the count (an add meanwhile) are left out: the order stays the one opened.
  const rows = new Int32Array(size);
  const dateIds = new Int32Array(size);
  const mods = new Uint8Array(size);
  const dates: string[] = [];
  const dateId = new Map<string, number>();
  let at = 0;
  let seen = 0;
  // sort_key ends with the event's id: no two rows share one, and no second term to sort by.
  await readEach<{ row: unknown; date: string; mod: string | null }>(
    db,
    'SELECT row, date, mod FROM timeline ORDER BY sort_key',
    ({ row, date, mod }) => {
      seen++;
      if (at >= size) return;
      let id = dateId.get(date);
      if (id === undefined) {
        id = dates.length;
        dates.push(date);
        dateId.set(date, id);
      }
      rows[at] = num(row);
      dateIds[at] = id;
      mods[at] = mod === null ? 0 : (MOD_CODE.get(mod) ?? 0);
      at++;
    },
  );
  return at === size
    ? { rows, dateIds, dates, mods, seen }
    : { rows: rows.slice(0, at), dateIds: dateIds.slice(0, at), dates, mods: mods.slice(0, at), seen };
}

/** What opening reads besides the timeline's order (kept with it in the cache). */
interface Facts {
  articles: number;
  coverage: DayCoverage[];
  commonFolder: string;
  entities: EntitySummary[];
  keyDates: KeyDate[];
  problems: Problem[];
}

async function readFacts(db: SqliteDatabase, name: string, tables: ReadonlySet<string>): Promise<Facts> {
  const [articles] = await db.all<{ n: unknown }>('SELECT count(*) AS n FROM articles');
  const coverage = coverageOfCounts(
    await db.all<{ date: string; n: unknown }>(
      'SELECT date, count(*) AS n FROM articles WHERE date IS NOT NULL GROUP BY date',
    ),
  );
  // The files' paths, not the articles' (no index on an article's path: a scan of every row);
  // an article's path is its file's, or its file's with `#n`.
  const [ends] = await db.all<{ first: string | null; last: string | null }>(
    'SELECT min(path) AS first, max(path) AS last FROM files',
  );
  return {
    articles: num(articles?.n),
    coverage,
    commonFolder: sharedFolder(ends?.first ?? null, ends?.last ?? null),
    ...(await storyTables(db, tables)),
    problems: await unmerged(db, name, tables),
  };
}

/** The timeline's order and the facts beside it, from the cache when the archive has not changed. */
async function openingReads(
  db: SqliteDatabase,
  name: string,
  tables: ReadonlySet<string>,
  { file, cacheDir }: BrowseOptions,
): Promise<{ order: TimelineOrder; facts: Facts; cached: boolean }> {
  const maxSql = 'SELECT max(row) AS m FROM timeline';
  // Read now, in this turn's read transaction with the file's stamp, unless locked.
  const highest = db.readNow<{ m: unknown }>(maxSql);
  const maxRow = num(highest?.[0]?.m);
  const stamp = highest !== null && file && cacheDir ? archiveStamp(file, maxRow) : null;
  if (stamp !== null) {
    const cached = readCachedOrder(cacheDir!, file!, stamp);
    if (cached) {
      const { facts, ...order } = cached;
      return { order, facts: facts as unknown as Facts, cached: true };
    }
  }
  const [counted] = await db.all<{ n: unknown }>('SELECT count(*) AS n FROM timeline');
  const size = num(counted?.n);
  const { seen, ...order } = await readOrder(db, size);
  const facts = await readFacts(db, name, tables);
  // Kept only when nothing was committed while it was read.
  if (stamp !== null && seen === size && archiveStamp(file!, maxRow) === stamp)
    writeCachedOrder(cacheDir!, file!, stamp, order, facts as unknown as OpenFacts);
  return { order, facts, cached: false };
}

/**
 * The archive on `db` (its schema checked by the caller: src/archive/store.ts Archive.over) as
 * the screens browse it. Reads the timeline's numeric columns and the small tables; nothing
 * proportional to the texts.
 */
export async function browseArchive(
  db: SqliteDatabase,
  name: string,
  options: BrowseOptions = {},
): Promise<ArchiveBrowse> {
  const arrivals = new Arrivals(db);
  const tables = new Set(
    (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")).map((row) => row.name),
  );
  if (!tables.has('timeline')) throw new Error('the archive has no timeline table (written by an older news-tui)');
  const { order, facts, cached } = await openingReads(db, name, tables, options);
  const timeline = new PagedTimeline(
    db,
    arrivals,
    order.rows,
    order.dateIds,
    order.dates,
    order.mods,
    options.timelineWindow,
    order.byRow,
  );
  timeline.readEnds();
  const articles = new PagedArticles(db, arrivals, facts.articles, options.articleWindow);
  return {
    name,
    problems: facts.problems,
    timeline,
    articles,
    entities: facts.entities,
    keyDates: facts.keyDates,
    coverage: facts.coverage,
    commonFolder: facts.commonFolder,
    orderCached: cached,
    createSearch: (): EventSearch => createArchiveSearch(db, timeline),
    async close() {
      arrivals.closed = true;
      await db.close();
    },
  };
}

/** Opens the SQLite archive file at `path` (checked and migrated by the caller) to browse it. */
export async function openArchiveBrowse(path: string, name: string): Promise<ArchiveBrowse> {
  const { openSqlite } = await import('./sqlite.js');
  const db = await openSqlite(path);
  try {
    return await browseArchive(db, name, { file: path, cacheDir: defaultCacheDir() });
  } catch (error) {
    await db.close();
    throw error;
  }
}
