// The archive speaks to one of two engines through this interface: SQLite in a file under
// $XDG_DATA_HOME/news-tui (one person's archive) or a PostgreSQL server (a newsroom's). Queries
// are written once with `?` placeholders; the PostgreSQL driver numbers them ($1, $2…). What the
// engines do differently (full-text indexes, how a row is claimed) lives in the dialect, not in
// the callers.

export type Dialect = 'sqlite' | 'postgres';

export type SqlValue = string | number | bigint | null | Uint8Array;

export interface SqlDriver {
  readonly dialect: Dialect;
  /** Runs statements that take no parameters (schema, pragmas). */
  exec(sql: string): Promise<void>;
  /** Runs one statement; `changes` is how many rows it wrote. */
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  all<Row extends Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs `work` in one transaction: it commits when `work` resolves and rolls back when it
   * throws, so a process killed in the middle leaves the archive as it was before. */
  transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
