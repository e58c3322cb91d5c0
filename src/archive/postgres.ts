// The team archive: the SqlDriver over a PostgreSQL server, through `pg` (pure JavaScript, loaded
// only when a `postgres://` archive is opened, so no other command pays for it).
//
// What differs from SQLite and is settled here rather than in the callers:
// - placeholders: queries are written with `?`; PostgreSQL wants `$1, $2…`. They are numbered
//   by a scanner that knows where string literals, quoted names, comments and dollar-quoted
//   bodies are, so a `?` inside text is left alone;
// - values: COUNT and SUM come back as int8/numeric, which pg hands over as strings; they are
//   read as numbers (a bigint past 2^53). Dates and timestamps stay the ISO text the server
//   prints, as SQLite gives them, instead of pg's `Date` in the local time zone;
// - transactions: BEGIN…COMMIT on one client checked out of the pool. Two ingesters writing the
//   same articles in different orders can deadlock, and the server then aborts one of them
//   (40P01); that transaction is run again, which is why `work` must do nothing but SQL.
import type { Pool, PoolClient, QueryResult } from 'pg';
import type { SqlDriver, SqlValue } from './driver.js';

export interface PostgresOptions {
  /** Connections the pool may open at once (default 4). */
  maxConnections?: number;
  /** How many times a transaction the server aborted as a deadlock or serialization failure is
   * run again before its error is thrown (default 5). */
  retries?: number;
}

/** Whether `location` names a PostgreSQL server rather than a file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/** Opens a pool on the server named by `url` (`postgres://user@host:port/database`). The first
 * connection is made here, so a wrong address or password is reported by the open. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<SqlDriver> {
  const pg = (await import('pg')).default;
  const types = new pg.TypeOverrides();
  const readInteger = (text: string): number | bigint => {
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : BigInt(text);
  };
  const readNumeric = (text: string): number | bigint | string =>
    /^-?\d+$/.test(text) ? readInteger(text) : Number(text);
  const keepText = (text: string): string => text;
  types.setTypeParser(pg.types.builtins.INT8, readInteger);
  types.setTypeParser(pg.types.builtins.NUMERIC, readNumeric);
  types.setTypeParser(pg.types.builtins.DATE, keepText);
  types.setTypeParser(pg.types.builtins.TIMESTAMP, keepText);
  types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, keepText);

  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 4,
    types,
    application_name: 'news-tui',
  });
  // A server restart or a dropped idle connection is reported to the pool, which would otherwise
  // throw it as an uncaught error; the next query opens a new connection or fails on its own.
  pool.on('error', () => {});
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  return new PostgresDriver(pool, options.retries ?? 5);
}

/** The room the archive's database takes on the server's disk (tables, indexes, TOAST), as
 * sqliteBytes() gives a file's size. */
export async function postgresBytes(db: SqlDriver): Promise<number> {
  const [row] = await db.all<{ bytes: number }>('SELECT pg_database_size(current_database()) AS bytes');
  return Number(row?.bytes ?? 0);
}

type Queryable = Pick<Pool | PoolClient, 'query'>;

const RETRIED_CODES = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;

  constructor(
    private readonly pool: Pool,
    private readonly retries: number,
  ) {}

  exec(sql: string): Promise<void> {
    return exec(this.pool, sql);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return run(this.pool, sql, params);
  }

  all<Row extends Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return all<Row>(this.pool, sql, params);
  }

  async transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.transactionOnce(work);
      } catch (error) {
        if (attempt >= this.retries || !RETRIED_CODES.has(errorCode(error))) throw error;
        // The two transactions that collided would collide again if both retried at once.
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
      }
    }
  }

  private async transactionOnce<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx = new TransactionDriver(client);
    let broken: unknown;
    try {
      await client.query('BEGIN');
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is not given back to the pool for reuse.
      await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
      throw error;
    } finally {
      tx.finished = true;
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** The driver handed to a transaction's work: every statement on the one client that holds the
 * transaction. A nested transaction is a savepoint, rolled back alone when its work throws. */
class TransactionDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  finished = false;
  private savepoints = 0;

  constructor(private readonly client: PoolClient) {}

  private get open(): PoolClient {
    if (this.finished) throw new Error('archive transaction used after it ended');
    return this.client;
  }

  async exec(sql: string): Promise<void> {
    return exec(this.open, sql);
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return run(this.open, sql, params);
  }

  async all<Row extends Record<string, unknown>>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return all<Row>(this.open, sql, params);
  }

  async transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T> {
    const name = `news_tui_${++this.savepoints}`;
    await this.open.query(`SAVEPOINT ${name}`);
    try {
      const result = await work(this);
      await this.open.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await this.open.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  }

  close(): Promise<void> {
    return Promise.reject(new Error('close the archive, not one of its transactions'));
  }
}

async function exec(on: Queryable, sql: string): Promise<void> {
  // Without parameters pg sends the simple query protocol, which runs several statements.
  await on.query(sql);
}

async function run(on: Queryable, sql: string, params: readonly SqlValue[]): Promise<{ changes: number }> {
  const result: QueryResult = await on.query(numberPlaceholders(sql), params as SqlValue[]);
  return { changes: result.rowCount ?? 0 };
}

async function all<Row extends Record<string, unknown>>(
  on: Queryable,
  sql: string,
  params: readonly SqlValue[],
): Promise<Row[]> {
  const result: QueryResult<Row> = await on.query<Row>(numberPlaceholders(sql), params as SqlValue[]);
  return result.rows;
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

const numbered = new Map<string, string>();

/**
 * Rewrites the `?` placeholders of `sql` as `$1, $2…` in order. A `?` inside a string literal
 * ('…', E'…'), a quoted name ("…"), a comment (-- …, nested /* … *\/) or a dollar-quoted body
 * ($$…$$, $tag$…$tag$) is text and stays as it is. Queries repeat, so each is rewritten once.
 */
export function numberPlaceholders(sql: string): string {
  const known = numbered.get(sql);
  if (known !== undefined) return known;
  let out = '';
  let count = 0;
  let i = 0;
  let copiedTo = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === '?') {
      out += sql.slice(copiedTo, i) + `$${++count}`;
      copiedTo = ++i;
    } else if (c === "'") {
      i = endOfQuoted(sql, i, "'", isEscapeString(sql, i));
    } else if (c === '"') {
      i = endOfQuoted(sql, i, '"', false);
    } else if (c === '-' && sql[i + 1] === '-') {
      const newline = sql.indexOf('\n', i + 2);
      i = newline === -1 ? sql.length : newline + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      i = endOfBlockComment(sql, i);
    } else if (c === '$') {
      i = endOfDollarQuoted(sql, i);
    } else {
      i++;
    }
  }
  out += sql.slice(copiedTo);
  if (numbered.size < 1000) numbered.set(sql, out);
  return out;
}

/** Where a literal or name opened by `quote` at `start` ends; a doubled quote is one character
 * of its text, and in an E'…' string so is a backslash and what follows it. */
function endOfQuoted(sql: string, start: number, quote: string, backslashEscapes: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i]!;
    if (backslashEscapes && c === '\\') i += 2;
    else if (c === quote && sql[i + 1] === quote) i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return sql.length;
}

/** E'…' (or e'…'): the E must stand alone, not end a name such as `type'…`. */
function isEscapeString(sql: string, quoteAt: number): boolean {
  const before = sql[quoteAt - 1];
  return (before === 'E' || before === 'e') && !isNameCharacter(sql[quoteAt - 2]);
}

function isNameCharacter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    c === '_' ||
    c === '$' ||
    code > 127
  );
}

/** Block comments nest in PostgreSQL: /* a /* b *\/ c *\/ is one comment. */
function endOfBlockComment(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return sql.length;
}

/** At a `$`: a dollar quote ($$ or $tag$, a tag being a name that does not start with a digit)
 * runs to the same tag again; anything else ($1, a `$` inside a name) is one character. */
function endOfDollarQuoted(sql: string, start: number): number {
  if (isNameCharacter(sql[start - 1])) return start + 1;
  let tagEnd = start + 1;
  while (tagEnd < sql.length && sql[tagEnd] !== '$') {
    const c = sql[tagEnd]!;
    const digit = c >= '0' && c <= '9';
    if (!isNameCharacter(c) || (digit && tagEnd === start + 1)) return start + 1;
    tagEnd++;
  }
  if (tagEnd >= sql.length) return start + 1;
  const tag = sql.slice(start, tagEnd + 1);
  const close = sql.indexOf(tag, tagEnd + 1);
  return close === -1 ? sql.length : close + tag.length;
}
