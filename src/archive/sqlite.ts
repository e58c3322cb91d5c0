// One person's archive: the SqlDriver over node-sqlite3-wasm (SQLite compiled to WebAssembly,
// FTS5 included, no build step), loaded only when an archive is opened.
//
// What its file system layer (VFS) does, measured on 0.8.60, and how this driver answers it:
// - it has no shared memory, so `journal_mode=WAL` stays `delete`: a rollback journal it is,
//   with synchronous=NORMAL. A process killed mid-transaction leaves a hot journal, which the
//   next open rolls back (SQLite's own recovery).
// - it locks a file by creating a directory `<file>.lock` (for reads too) and gives SQLITE_BUSY
//   at once when it exists: SQLite's busy_timeout never waits. Statements that meet a lock are
//   run again here, after a pause, for up to `busyTimeoutMs` (30 s).
// - a process killed while it holds the lock leaves that directory behind, and every later
//   open would be locked out for good. Each process that opens the archive therefore writes its
//   pid under `<file>.users/`; a lock found twice, some 300 ms apart, while no process listed
//   there is alive is stale and removed (processes of one machine: a file archive is one
//   person's).
import { mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Database, Statement } from 'node-sqlite3-wasm';
import type { SqlDriver, SqlValue } from './driver.js';

/**
 * Reads answered at once, for a screen that must not wait: the archive's browse list reads a
 * window of rows while a key is handled. They run in the read batch of this turn (beginReads);
 * when another process holds the lock (an `add` writing) they answer null at once instead of
 * waiting, and the caller reads again later through `all`, which waits.
 */
export interface SqliteReads {
  /** The rows of `sql`, or null when the archive is locked by another process (or by a
   * transaction of this connection) right now. */
  readNow<Row extends Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Row[] | null;
  /** Calls `visit` with each row of `sql` as it is read, holding none of them; false when locked. */
  eachNow<Row extends Record<string, unknown>>(
    sql: string,
    params: readonly SqlValue[],
    visit: (row: Row) => void,
  ): boolean;
}

export type SqliteDatabase = SqlDriver & SqliteReads;

export interface SqliteOptions {
  /** How long a statement waits for another process's lock before it fails (default 30 s). */
  busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 30_000;
// Pages kept in memory, in KiB (negative: a size, not a page count). SQLite's default 2 MB is
// read again from the file by every query over a few thousand articles: at 5,000 articles a
// full-text query took 37 ms with it and 25 ms with 32 MB; the browsing budget is 400 MB.
const CACHE_KIB = -32 * 1024;
// The longest a batch of reads holds the lock (another process's writer waits that long).
const READ_BATCH_MS = 20;
// Prepared statements kept per connection; the archive's queries are a few dozen.
const STATEMENT_CACHE = 64;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function isBusy(error: unknown): boolean {
  return error instanceof Error && /database is locked|SQLITE_BUSY/i.test(error.message);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, another user's.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

/** Processes other than this one listed under `users` and still running; the pid files of
 * those that are not are removed. */
function liveUsers(users: string): number {
  let live = 0;
  for (const name of readdirSync(users)) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (processAlive(pid)) live++;
    else rmSync(`${users}/${name}`, { force: true });
  }
  return live;
}

/** Opens (creating when missing) the archive file at `path`. */
export async function openSqlite(path: string, options: SqliteOptions = {}): Promise<SqliteDatabase> {
  const { Database } = (await import('node-sqlite3-wasm')).default;
  const users = `${path}.users`;
  mkdirSync(users, { recursive: true });
  liveUsers(users);
  const me = `${users}/${process.pid}`;
  writeFileSync(me, '');
  remember(path);
  const driver = new SqliteDriver(path, users, me, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
  try {
    await driver.retrying(() => {
      driver.connect(new Database(path));
    });
    await driver.exec(
      `PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; PRAGMA cache_size=${CACHE_KIB}`,
    );
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
  return driver;
}

class SqliteDriver implements SqliteDatabase {
  readonly dialect = 'sqlite' as const;
  private db: Database | null = null;
  /** A transaction of this connection is open: reads from outside it wait for its end. */
  private writing = false;
  private readonly statements = new Map<string, Statement>();
  /** Whether a batch of reads is open (see beginReads), and since when. */
  private reading = false;
  private readingSince = 0;
  /** The lock directory last found with no live process behind it. */
  private suspect: string | null = null;
  /** The transaction running: statements from outside it wait for its end. */
  private current: Promise<unknown> = Promise.resolve();
  /** Counted in `openHere` until closed. */
  remembered = true;

  constructor(
    private readonly path: string,
    private readonly users: string,
    private readonly me: string,
    private readonly busyTimeoutMs: number,
  ) {}

  connect(db: Database): void {
    this.db = db;
  }

  private get open(): Database {
    if (!this.db) throw new Error('the archive is closed');
    return this.db;
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement) {
      // Least recently used last.
      this.statements.delete(sql);
      this.statements.set(sql, statement);
      return statement;
    }
    statement = this.open.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > STATEMENT_CACHE) {
      const [oldest, old] = this.statements.entries().next().value as [string, Statement];
      this.statements.delete(oldest);
      old.finalize();
    }
    return statement;
  }

  /** Runs `use` on the statement of `sql`. A statement that failed (a lock met) cannot be
   * reset for its next binding in this library, so it is finalized and prepared anew. */
  private withStatement<T>(sql: string, use: (statement: Statement) => T): T {
    const statement = this.statement(sql);
    try {
      return use(statement);
    } catch (error) {
      this.statements.delete(sql);
      try {
        statement.finalize();
      } catch {
        // finalizing reports the failure again
      }
      throw error;
    }
  }

  /** Runs `work` again while another process holds the lock, clearing a dead process's lock. */
  async retrying<T>(work: () => T): Promise<T> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return work();
      } catch (error) {
        if (!isBusy(error)) throw error;
        if (Date.now() - started > this.busyTimeoutMs)
          throw new Error(
            `the archive ${this.path} stayed locked by another process for ${this.busyTimeoutMs / 1000} s (if no news-tui is running, remove the folder ${this.path}.lock)`,
          );
        if (attempt % 10 === 9) this.clearStaleLock();
        await pause(Math.min(50, 2 + attempt * 2));
      }
    }
  }

  /**
   * Removes `<file>.lock` when no process that opened the archive is still running and the
   * same directory (its inode and change time) was found so on an earlier call: a process
   * that starts meanwhile cannot have taken the lock while that directory stood, so what is
   * removed is the dead process's lock, not a new one.
   */
  private clearStaleLock(): void {
    if (liveUsers(this.users) > 0 || this.othersHere()) {
      this.suspect = null;
      return;
    }
    let found: string;
    try {
      const info = statSync(`${this.path}.lock`, { bigint: true });
      found = `${info.ino}:${info.ctimeNs}`;
    } catch {
      return;
    }
    if (this.suspect !== found) {
      this.suspect = found;
      return;
    }
    try {
      rmdirSync(`${this.path}.lock`);
    } catch {
      // gone already
    }
    this.suspect = null;
  }

  /** Whether a connection of this process holds the lock on this file across a pause: in a
   * transaction, or a batch of reads (every other statement takes and drops it in one call). */
  private othersHere(): boolean {
    return (lockedHere.get(this.path) ?? 0) > 0;
  }

  /**
   * Reads issued in one turn of the event loop share one read transaction, ended on the next
   * turn. Taking and dropping the lock is a mkdir and an rmdir (3.3 ms on this machine's disk
   * against 25 µs for a lookup by key), which a window of the timeline would otherwise pay for
   * every query; the writer of another process waits one turn at most.
   */
  private beginReads(): void {
    // A chain of awaited reads never yields a turn: it is cut every READ_BATCH_MS instead.
    if (this.reading && performance.now() - this.readingSince < READ_BATCH_MS) return;
    this.endReads();
    this.open.exec('BEGIN');
    this.reading = true;
    this.readingSince = performance.now();
    holdLock(this.path, +1);
    setImmediate(() => this.endReads());
  }

  private endReads(): void {
    if (!this.reading) return;
    this.reading = false;
    holdLock(this.path, -1);
    if (this.db?.isOpen && this.db.inTransaction) this.db.exec('COMMIT');
  }

  /** Runs `work` once no transaction of this connection is open. Statements from outside a
   * transaction never run inside it: its work has its own handle (`SqliteTransaction`). */
  private async turn<T>(work: () => T): Promise<T> {
    await this.current.catch(() => undefined);
    return this.retrying(work);
  }

  /** What a transaction's statements run: at once, the lock being held. */
  execNow(sql: string): void {
    this.open.exec(sql);
  }

  runNow(sql: string, params: readonly SqlValue[]): { changes: number } {
    return { changes: this.withStatement(sql, (statement) => statement.run(params as SqlValue[]).changes) };
  }

  allNow<Row extends Record<string, unknown>>(sql: string, params: readonly SqlValue[]): Row[] {
    return this.withStatement(sql, (statement) => statement.all(params as SqlValue[]) as Row[]);
  }

  /** Runs `read` now in this turn's read batch; null when the lock cannot be had at once. */
  private readingNow<T>(read: () => T): T | null {
    if (this.writing) return null;
    try {
      this.beginReads();
      return read();
    } catch (error) {
      if (!isBusy(error)) throw error;
      this.endReads();
      return null;
    }
  }

  readNow<Row extends Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Row[] | null {
    return this.readingNow(() => this.allNow<Row>(sql, params));
  }

  eachNow<Row extends Record<string, unknown>>(
    sql: string,
    params: readonly SqlValue[],
    visit: (row: Row) => void,
  ): boolean {
    const done = this.readingNow(() =>
      this.withStatement(sql, (statement) => {
        for (const row of statement.iterate(params as SqlValue[])) visit(row as Row);
        return true;
      }),
    );
    return done === true;
  }

  exec(sql: string): Promise<void> {
    return this.turn(() => {
      this.endReads();
      this.execNow(sql);
    });
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return this.turn(() => {
      this.endReads();
      return this.runNow(sql, params);
    });
  }

  all<Row extends Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.turn(() => {
      this.beginReads();
      try {
        return this.allNow<Row>(sql, params);
      } catch (error) {
        // A lock met: the statement is run again in a new read transaction after the pause.
        if (isBusy(error)) this.endReads();
        throw error;
      }
    });
  }

  async transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T> {
    const previous = this.current;
    let release: () => void = () => undefined;
    this.current = new Promise<void>((resolve) => (release = resolve));
    await previous.catch(() => undefined);
    this.endReads();
    try {
      // IMMEDIATE takes the write lock now, so two writers wait at BEGIN, never deadlock later.
      await this.retrying(() => this.open.exec('BEGIN IMMEDIATE'));
      holdLock(this.path, +1);
      this.writing = true;
      const tx = new SqliteTransaction(this);
      try {
        const result = await work(tx);
        this.open.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.open.inTransaction) this.open.exec('ROLLBACK');
        throw error;
      } finally {
        tx.finished = true;
        this.writing = false;
        holdLock(this.path, -1);
      }
    } finally {
      release();
    }
  }

  async close(): Promise<void> {
    await this.current.catch(() => undefined);
    this.endReads();
    for (const statement of this.statements.values()) statement.finalize();
    this.statements.clear();
    if (this.db?.isOpen) this.db.close();
    this.db = null;
    if (this.remembered) {
      this.remembered = false;
      forget(this.path);
      if (!openHere.has(this.path)) rmSync(this.me, { force: true });
    }
  }
}

/** The handle a transaction's work gets: its statements run inside it, at once; a nested
 * transaction is a savepoint, rolled back alone when its work throws. */
class SqliteTransaction implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  finished = false;
  private savepoints = 0;

  constructor(private readonly driver: SqliteDriver) {}

  private get open(): SqliteDriver {
    if (this.finished) throw new Error('archive transaction used after it ended');
    return this.driver;
  }

  async exec(sql: string): Promise<void> {
    this.open.execNow(sql);
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return this.open.runNow(sql, params);
  }

  async all<Row extends Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.open.allNow<Row>(sql, params);
  }

  async transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T> {
    const name = `news_tui_${++this.savepoints}`;
    this.open.execNow(`SAVEPOINT ${name}`);
    try {
      const result = await work(this);
      this.open.execNow(`RELEASE ${name}`);
      return result;
    } catch (error) {
      this.open.execNow(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw error;
    }
  }

  close(): Promise<void> {
    return Promise.reject(new Error('close the archive, not one of its transactions'));
  }
}

// Connections open in this process per file: the pid file goes when the last one closes.
const openHere = new Map<string, number>();
// Connections of this process holding the lock across a pause (a transaction, a batch of
// reads), per file.
const lockedHere = new Map<string, number>();

function holdLock(path: string, change: 1 | -1): void {
  lockedHere.set(path, (lockedHere.get(path) ?? 0) + change);
}

function remember(path: string): void {
  openHere.set(path, (openHere.get(path) ?? 0) + 1);
}

function forget(path: string): void {
  const n = (openHere.get(path) ?? 1) - 1;
  if (n > 0) openHere.set(path, n);
  else openHere.delete(path);
}
