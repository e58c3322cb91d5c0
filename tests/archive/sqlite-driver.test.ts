// The SQLite archive driver (src/archive/sqlite.ts) on real files: transactions commit or leave
// nothing, a second connection waits for a writer's lock instead of failing, and a process
// killed (-9) inside a transaction leaves neither its rows nor a lock that shuts others out.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/archive/driver.js';
import { openSqlite } from '../../src/archive/sqlite.js';

const SQLITE_MODULE = createRequire(import.meta.url).resolve('node-sqlite3-wasm');

/** A process that opens `file` as the archive does (its pid under `<file>.users/`), writes
 * `rows` rows inside a transaction, says "holding" and waits, never committing. */
function holdWriteLock(file: string, rows: number): Promise<ChildProcess> {
  const script = `
    const { Database } = require(${JSON.stringify(SQLITE_MODULE)});
    const fs = require('node:fs');
    const file = ${JSON.stringify(file)};
    fs.mkdirSync(file + '.users', { recursive: true });
    fs.writeFileSync(file + '.users/' + process.pid, '');
    const db = new Database(file);
    db.exec('BEGIN IMMEDIATE');
    for (let i = 0; i < ${rows}; i++) db.run('INSERT INTO t (v) VALUES (?)', ['uncommitted ' + i]);
    process.stdout.write('holding\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('holding')) resolve(child);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the lock holder exited (${code}) before holding`)));
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('the SQLite archive driver', () => {
  let work: string;
  let file: string;
  let db: SqlDriver;

  beforeEach(async () => {
    work = mkdtempSync(join(tmpdir(), 'news-tui-sqlite-'));
    file = join(work, 'archive.db');
    db = await openSqlite(file);
    await db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  });

  afterEach(async () => {
    await db.close();
    rmSync(work, { recursive: true, force: true });
  });

  const count = async (on: SqlDriver = db): Promise<number> =>
    Number((await on.all<{ c: number }>('SELECT COUNT(*) AS c FROM t'))[0]!.c);

  it('binds ? parameters in order and says how many rows a statement wrote', async () => {
    await db.run('INSERT INTO t (v) VALUES (?), (?)', ['a', "it's ?"]);
    const { changes } = await db.run('UPDATE t SET v = ? WHERE v = ?', ['b', 'a']);
    expect(changes).toBe(1);
    expect(await db.all('SELECT v FROM t ORDER BY n')).toEqual([{ v: 'b' }, { v: "it's ?" }]);
  });

  it('commits a transaction whose work resolves and leaves nothing of one that throws', async () => {
    await db.transaction(async (tx) => {
      await tx.run('INSERT INTO t (v) VALUES (?)', ['kept']);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO t (v) VALUES (?)', ['lost']);
        throw new Error('half way');
      }),
    ).rejects.toThrow('half way');
    expect(await db.all('SELECT v FROM t')).toEqual([{ v: 'kept' }]);
  });

  it('rolls back a nested transaction alone', async () => {
    await db.transaction(async (tx) => {
      await tx.run('INSERT INTO t (v) VALUES (?)', ['outer']);
      await tx
        .transaction(async (inner) => {
          await inner.run('INSERT INTO t (v) VALUES (?)', ['inner']);
          throw new Error('inner fails');
        })
        .catch(() => undefined);
    });
    expect(await db.all('SELECT v FROM t')).toEqual([{ v: 'outer' }]);
  });

  it('runs statements issued from outside a transaction after it, never inside it', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let begun: () => void = () => undefined;
    const open = new Promise<void>((resolve) => (begun = resolve));
    const failing = db.transaction(async (tx) => {
      await tx.run('INSERT INTO t (v) VALUES (?)', ['rolled back']);
      begun();
      await held;
      throw new Error('given up');
    });
    await open;
    // Issued while the transaction is open: neither sees its row nor goes down with it.
    const reading = count();
    const writing = db.run('INSERT INTO t (v) VALUES (?)', ['outside']);
    release();
    await expect(failing).rejects.toThrow('given up');
    expect(await reading).toBe(0);
    await writing;
    expect(await db.all('SELECT v FROM t')).toEqual([{ v: 'outside' }]);
  });

  it("waits for another connection's write lock instead of failing", async () => {
    const other = await openSqlite(file);
    try {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const writing = db.transaction(async (tx) => {
        await tx.run('INSERT INTO t (v) VALUES (?)', ['by the first']);
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const reading = count(other);
      setTimeout(release, 200);
      await writing;
      expect(await reading).toBe(1);
    } finally {
      await other.close();
    }
  });

  it("lets another connection write between one's reads, and the next read sees it", async () => {
    const other = await openSqlite(file);
    try {
      expect(await count()).toBe(0);
      // The other's write meets this connection's batch of reads and gets in once it ends.
      await other.run('INSERT INTO t (v) VALUES (?)', ['by the other']);
      expect(await count()).toBe(1);
      await db.run('INSERT INTO t (v) VALUES (?)', ['mine']);
      expect(await count(other)).toBe(2);
    } finally {
      await other.close();
    }
  });

  it('never takes the lock of a process that is still running', async () => {
    const holder = await holdWriteLock(file, 3);
    const impatient = await openSqlite(file, { busyTimeoutMs: 500 }).catch((error: unknown) => error);
    try {
      // Opening may already meet the lock; if it did not, the first statement does.
      const outcome =
        impatient instanceof Error ? impatient : await count(impatient as SqlDriver).catch((error: unknown) => error);
      expect(String(outcome)).toMatch(/locked by another process/);
    } finally {
      if (!(impatient instanceof Error)) await (impatient as SqlDriver).close();
      await killHard(holder);
    }
  });

  it('after a kill -9 inside a transaction: none of its rows, and the archive opens and writes', async () => {
    await db.run('INSERT INTO t (v) VALUES (?)', ['before']);
    const holder = await holdWriteLock(file, 500);
    expect(existsSync(`${file}.lock`)).toBe(true);
    await killHard(holder);
    // The dead process's lock directory and hot journal are still there.
    expect(existsSync(`${file}.lock`)).toBe(true);

    const reopened = await openSqlite(file, { busyTimeoutMs: 5000 });
    try {
      expect(await count(reopened)).toBe(1);
      await reopened.transaction(async (tx) => {
        await tx.run('INSERT INTO t (v) VALUES (?)', ['after']);
      });
      expect(await reopened.all('SELECT v FROM t ORDER BY n')).toEqual([{ v: 'before' }, { v: 'after' }]);
    } finally {
      await reopened.close();
    }
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
