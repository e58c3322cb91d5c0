// Where the archive lives and how it is opened: `--db` names a file or a PostgreSQL server
// (`postgres://…`), else NEWS_TUI_DB does, else it is one file under the user's data folder.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Archive } from './store.js';

export function defaultArchiveFile(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'news-tui', 'archive.db');
}

export function isServerLocation(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/** An archive that cannot be opened as named: one line saying why, exit status 1. */
export class ArchiveRefused extends Error {}

// Characters no archive's file name is given with on purpose: a typo or a pasted escape.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** The archive a command means: `--db`, else NEWS_TUI_DB, else the default file. */
export function archiveLocation(db: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const named = db ?? (env.NEWS_TUI_DB ? env.NEWS_TUI_DB : null);
  if (named === null) return defaultArchiveFile(env);
  if (isServerLocation(named)) return named;
  if (/^postgres(?:ql)?:/i.test(named))
    throw new ArchiveRefused(`'${named}' is not a postgres://user@host/database URL`);
  if (CONTROL.test(named)) throw new ArchiveRefused('the archive file name has control characters');
  return resolve(named);
}

// Query parameters of a connection URL that carry a secret.
const SECRET_PARAMETERS = ['password', 'sslpassword', 'sslkey', 'sslcert', 'sslrootcert'];

/** How an archive is named in messages: a server's address without its password. */
export function archiveLabel(location: string): string {
  if (!isServerLocation(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    for (const name of SECRET_PARAMETERS) if (url.searchParams.has(name)) url.searchParams.set(name, '***');
    return url.toString().replace(/%2A%2A%2A/g, '***');
  } catch {
    return 'postgres://…';
  }
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * Refuses, before anything is written, a file that is not an archive: a folder, a document, an
 * empty file, another program's database is the user's and is never touched. A missing file is
 * created only by `add`; the other commands say there is no archive yet.
 */
function checkArchiveFile(file: string, create: boolean): void {
  let info;
  try {
    info = statSync(file);
  } catch {
    if (create) return;
    throw new ArchiveRefused(`no archive at ${file} ('news-tui add PATH' makes one)`);
  }
  if (info.isDirectory()) throw new ArchiveRefused(`${file} is a directory, not an archive`);
  if (!info.isFile()) throw new ArchiveRefused(`${file} is not a regular file`);
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_MAGIC)
    throw new ArchiveRefused(`${file} is not a news-tui archive (not a SQLite database); it was not touched`);
}

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Opens the archive at `location`; only `create` (the add command) makes a new one. */
export async function openArchive(location: string, { create = false }: { create?: boolean } = {}): Promise<Archive> {
  if (isServerLocation(location)) {
    const { openPostgres } = await import('./postgres.js');
    const db = await openPostgres(location);
    const [tables] = await db.all<{ others: unknown; meta: unknown }>(
      `SELECT COUNT(*) AS others, COUNT(*) FILTER (WHERE table_name = 'meta') AS meta
       FROM information_schema.tables WHERE table_schema = current_schema()`,
    );
    if (Number(tables?.others ?? 0) > 0 && Number(tables?.meta ?? 0) === 0) {
      await db.close();
      throw new ArchiveRefused(`${archiveLabel(location)} holds another application's tables; it was not touched`);
    }
    return Archive.over(db, async () => {
      const [row] = await db.all<{ bytes: unknown }>('SELECT pg_database_size(current_database()) AS bytes');
      return Number(row?.bytes ?? 0);
    });
  }
  checkArchiveFile(location, create);
  const { openSqlite } = await import('./sqlite.js');
  const db = await openSqlite(location);
  const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'");
  if (tables.length > 0 && !tables.some(({ name }) => name === 'meta')) {
    await db.close();
    throw new ArchiveRefused(`${location} is another application's SQLite database; it was not touched`);
  }
  return Archive.over(db, async () => fileBytes(location) + fileBytes(`${location}-journal`));
}
