// Where the archive lives and how it is opened: `--db` names a file or a PostgreSQL server
// (`postgres://…`), else NEWS_TUI_DB does, else it is one file under the user's data folder.
import { statSync } from 'node:fs';
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

/** The archive a command means: `--db`, else NEWS_TUI_DB, else the default file. */
export function archiveLocation(db: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const named = db ?? (env.NEWS_TUI_DB ? env.NEWS_TUI_DB : null);
  if (named === null) return defaultArchiveFile(env);
  return isServerLocation(named) ? named : resolve(named);
}

/** How an archive is named in messages: a server's address without its password. */
export function archiveLabel(location: string): string {
  if (!isServerLocation(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export async function openArchive(location: string): Promise<Archive> {
  if (isServerLocation(location)) {
    const { openPostgres } = await import('./postgres.js');
    const db = await openPostgres(location);
    return Archive.over(db, async () => {
      const [row] = await db.all<{ bytes: unknown }>('SELECT pg_database_size(current_database()) AS bytes');
      return Number(row?.bytes ?? 0);
    });
  }
  const { openSqlite } = await import('./sqlite.js');
  const db = await openSqlite(location);
  return Archive.over(db, async () => fileBytes(location) + fileBytes(`${location}-journal`));
}
