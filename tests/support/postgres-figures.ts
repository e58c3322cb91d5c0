// Figures of a PostgreSQL archive for bench:archive and docs/scale.md: how much room each table
// takes (heap, TOAST, indexes) and how long a query takes, as percentiles.
import type { SqlDriver, SqlValue } from '../../src/archive/driver.js';

export interface TableSize {
  table: string;
  rows: number;
  /** The table's own pages. */
  heapBytes: number;
  /** Long values stored out of line (article text, analyses, tsvectors), compressed. */
  toastBytes: number;
  indexBytes: number;
}

/** The size of every table of the database's public schema, after VACUUM ANALYZE so that the
 * row counts are exact and dead rows are not counted as room taken. */
export async function postgresTableSizes(db: SqlDriver): Promise<TableSize[]> {
  await db.exec('VACUUM ANALYZE');
  const rows = await db.all<{ table: string; rows: number; heap: number; total: number; indexes: number }>(`
    SELECT c.relname AS table, c.reltuples::bigint AS rows, pg_relation_size(c.oid) AS heap,
           pg_table_size(c.oid) AS total, pg_indexes_size(c.oid) AS indexes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`);
  return rows.map((row) => ({
    table: row.table,
    rows: Math.max(0, row.rows),
    heapBytes: row.heap,
    toastBytes: row.total - row.heap,
    indexBytes: row.indexes,
  }));
}

export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

/** Runs `sql` once per parameter list, `rounds` times over, and gives the times in ms. */
export async function timeQuery(
  db: SqlDriver,
  sql: string,
  paramLists: readonly (readonly SqlValue[])[],
  rounds = 5,
): Promise<Percentiles> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const params of paramLists) {
      const start = performance.now();
      await db.all(sql, params);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (share: number): number => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: at(1), runs: times.length };
}
