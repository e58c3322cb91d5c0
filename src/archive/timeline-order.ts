// What opening an archive to browse reads, kept in a cache file beside the analysis cache: the
// timeline's order as the browse list holds it (row ids, date ids, modifiers: ~9 bytes a row), and
// its rows' positions by row id, and the small facts beside it (story tables, coverage, the articles' count and folder). An archive
// opened again unchanged reads one file instead of walking the index of its sort keys (a table
// lookup per row: 7-9 s at 530,000 rows) and scanning its articles and files. The archive itself
// is never written.
//
// A cached open is used only while the archive is the one it was read from: the file (its inode
// and size), SQLite's file change counter (bytes 24-27 of the header, bumped by every commit that
// writes; a WAL database does not, and is not cached) and the timeline's highest row id, all
// unchanged. They are read in one read transaction, so no writer can commit between them.
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** What opening reads besides the order, kept with it (the story tables, coverage…): JSON. */
export type OpenFacts = Record<string, unknown>;

export interface TimelineOrder {
  /** Each position's row id. */
  rows: Int32Array;
  /** Each position's date, as an index into `dates`. */
  dateIds: Int32Array;
  dates: string[];
  /** Each position's modifier code (0: none). */
  mods: Uint8Array;
  /** Row ids ascending and each one's position: a row's position by binary search (built on first
   * use when not cached). */
  byRow?: { rows: Int32Array; positions: Int32Array };
}

/** The row ids ascending and the position of each. */
export function rowIndex(rows: Int32Array): { rows: Int32Array; positions: Int32Array } {
  const n = rows.length;
  // Sorted as numbers (row, then position) without a comparator; exact below 2^53.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = rows[i]! * n + i;
  keys.sort();
  const sorted = new Int32Array(n);
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const row = Math.floor(keys[i]! / n);
    sorted[i] = row;
    positions[i] = keys[i]! - row * n;
  }
  return { rows: sorted, positions };
}

/** The analysis cache's folder (src/pipeline/cache.ts defaultCacheDir), without loading the
 * analyser that module names its version from. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'news-tui');
}

/** What a cached order is valid for, read in the same read transaction as `maxRow`. */
export function archiveStamp(file: string, maxRow: number): string | null {
  try {
    const info = statSync(file);
    const header = Buffer.alloc(28);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, header, 0, 28, 0);
    } finally {
      closeSync(fd);
    }
    // A WAL database (write version 2) does not count its commits in the header.
    if (header[18] !== 1) return null;
    return `${info.ino}:${info.size}:${header.readUInt32BE(24)}:${maxRow}`;
  } catch {
    return null;
  }
}

function cacheFile(cacheDir: string, archive: string): string {
  return join(cacheDir, 'archive-order', `${createHash('sha1').update(archive).digest('hex').slice(0, 20)}.bin`);
}

interface Header {
  stamp: string;
  length: number;
  dates: string[];
  facts: OpenFacts;
}

/** The cached order of `archive` when its stamp is `stamp`, else null. */
export function readCachedOrder(
  cacheDir: string,
  archive: string,
  stamp: string,
): (TimelineOrder & { facts: OpenFacts }) | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile(cacheDir, archive));
  } catch {
    return null;
  }
  try {
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as Header;
    if (header.stamp !== stamp) return null;
    const n = header.length;
    const from = 4 + headerLength;
    if (bytes.length !== from + 17 * n) return null;
    // Copied out: the file's buffer need not be aligned for Int32Array.
    const rows = new Int32Array(n);
    const dateIds = new Int32Array(n);
    const mods = new Uint8Array(n);
    new Uint8Array(rows.buffer).set(bytes.subarray(from, from + 4 * n));
    new Uint8Array(dateIds.buffer).set(bytes.subarray(from + 4 * n, from + 8 * n));
    mods.set(bytes.subarray(from + 8 * n, from + 9 * n));
    const byRow = { rows: new Int32Array(n), positions: new Int32Array(n) };
    new Uint8Array(byRow.rows.buffer).set(bytes.subarray(from + 9 * n, from + 13 * n));
    new Uint8Array(byRow.positions.buffer).set(bytes.subarray(from + 13 * n, from + 17 * n));
    for (const id of dateIds) if (id < 0 || id >= header.dates.length) return null;
    return { rows, dateIds, dates: header.dates, mods, byRow, facts: header.facts };
  } catch {
    return null;
  }
}

/** Keeps the order read for `archive` at `stamp` (a failure to write is no failure to open). */
export function writeCachedOrder(
  cacheDir: string,
  archive: string,
  stamp: string,
  order: TimelineOrder,
  facts: OpenFacts,
): void {
  const path = cacheFile(cacheDir, archive);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(join(cacheDir, 'archive-order'), { recursive: true });
    const byRow = order.byRow ?? rowIndex(order.rows);
    const header = Buffer.from(
      JSON.stringify({ stamp, length: order.rows.length, dates: order.dates, facts } satisfies Header),
      'utf8',
    );
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length, 0);
    writeFileSync(
      temporary,
      Buffer.concat([
        length,
        header,
        Buffer.from(order.rows.buffer, order.rows.byteOffset, order.rows.byteLength),
        Buffer.from(order.dateIds.buffer, order.dateIds.byteOffset, order.dateIds.byteLength),
        Buffer.from(order.mods.buffer, order.mods.byteOffset, order.mods.byteLength),
        ...[byRow.rows, byRow.positions].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)),
      ]),
    );
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
  }
}
