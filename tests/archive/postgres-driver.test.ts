import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/archive/driver.js';
import { isPostgresUrl, numberPlaceholders, openPostgres, postgresBytes } from '../../src/archive/postgres.js';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.js';

describe('numberPlaceholders', () => {
  it('numbers each ? in order', () => {
    expect(numberPlaceholders('SELECT * FROM t WHERE a = ? AND b IN (?, ?)')).toBe(
      'SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)',
    );
  });

  it('leaves a ? inside a string literal, a quoted name or a comment as text', () => {
    expect(numberPlaceholders("SELECT 'why?', 'it''s ?', \"odd?name\" FROM t WHERE a = ? -- b = ?\n AND c = ?")).toBe(
      "SELECT 'why?', 'it''s ?', \"odd?name\" FROM t WHERE a = $1 -- b = ?\n AND c = $2",
    );
    expect(numberPlaceholders('SELECT /* a ? /* nested ? */ still ? */ ?')).toBe(
      'SELECT /* a ? /* nested ? */ still ? */ $1',
    );
  });

  it("reads a backslash as an escape only in E'…' strings", () => {
    expect(numberPlaceholders("SELECT E'\\'?', ?")).toBe("SELECT E'\\'?', $1");
    // In a standard string a backslash is a character: the literal ends at the second quote.
    expect(numberPlaceholders("SELECT '\\', ?")).toBe("SELECT '\\', $1");
    // A name ending in e before a quote is not an E string.
    expect(numberPlaceholders("SELECT type'\\', ?")).toBe("SELECT type'\\', $1");
  });

  it('skips dollar-quoted bodies but not a $ inside a name', () => {
    expect(numberPlaceholders('DO $$ SELECT ? $$; SELECT $tag$ ? $tag$, ?')).toBe(
      'DO $$ SELECT ? $$; SELECT $tag$ ? $tag$, $1',
    );
    expect(numberPlaceholders('SELECT a$b, ?')).toBe('SELECT a$b, $1');
  });
});

describe('isPostgresUrl', () => {
  it('tells a server from a file', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://h:5433/db')).toBe(true);
    expect(isPostgresUrl('/home/me/postgres://x.db')).toBe(false);
    expect(isPostgresUrl('archive.db')).toBe(false);
  });
});

describe('the PostgreSQL driver on a real server', () => {
  let cluster: PostgresCluster;
  let url: string;
  let db: SqlDriver;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    url = await cluster.createDatabase('driver');
    db = await openPostgres(url);
    await db.exec(`
      CREATE TABLE items (key TEXT PRIMARY KEY, note TEXT, size BIGINT, body BYTEA, day DATE);
      CREATE TABLE claims (key TEXT PRIMARY KEY, owner TEXT NOT NULL);
    `);
  });

  afterAll(async () => {
    await db?.close();
    await cluster?.stop();
  });

  it('binds ? parameters in order, a ? in a literal staying text', async () => {
    await db.run('DELETE FROM items');
    const written = await db.run("INSERT INTO items (key, note) VALUES (?, 'what?' || ?)", ['a', ' said ?']);
    expect(written.changes).toBe(1);
    expect(await db.all('SELECT key, note FROM items WHERE key = ?', ['a'])).toEqual([
      { key: 'a', note: 'what? said ?' },
    ]);
  });

  it('gives counts and sums as numbers, a bigint past 2^53, dates as ISO text and bytes back', async () => {
    await db.run('DELETE FROM items');
    const big = 2n ** 60n;
    await db.run('INSERT INTO items (key, size, body, day) VALUES (?, ?, ?, ?)', [
      'b',
      big,
      new Uint8Array([1, 2, 255]),
      '2009-06-11',
    ]);
    await db.run('INSERT INTO items (key, size) VALUES (?, ?)', ['c', 5]);
    const [row] = await db.all<{ n: unknown; total: unknown; small: unknown }>(
      "SELECT COUNT(*) AS n, SUM(size) AS total, SUM(size) FILTER (WHERE key = 'c') AS small FROM items",
    );
    expect(row).toEqual({ n: 2, total: big + 5n, small: 5 });
    const [item] = await db.all<{ size: unknown; body: Uint8Array; day: unknown }>(
      'SELECT size, body, day FROM items WHERE key = ?',
      ['b'],
    );
    expect(item!.size).toBe(big);
    expect([...item!.body]).toEqual([1, 2, 255]);
    expect(item!.day).toBe('2009-06-11');
  });

  it('commits a transaction whose work resolves and rolls back one whose work throws', async () => {
    await db.run('DELETE FROM items');
    await db.transaction(async (tx) => {
      await tx.run('INSERT INTO items (key) VALUES (?)', ['kept']);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO items (key) VALUES (?)', ['lost']);
        expect(await tx.all('SELECT key FROM items WHERE key = ?', ['lost'])).toHaveLength(1);
        throw new Error('analysis failed');
      }),
    ).rejects.toThrow('analysis failed');
    expect(await db.all('SELECT key FROM items ORDER BY key')).toEqual([{ key: 'kept' }]);
  });

  it('runs a transaction on one connection, unseen by others until it commits', async () => {
    await db.run('DELETE FROM items');
    const other = await openPostgres(url);
    try {
      await db.transaction(async (tx) => {
        await tx.run('INSERT INTO items (key) VALUES (?)', ['pending']);
        expect(await tx.all('SELECT key FROM items')).toHaveLength(1);
        expect(await other.all('SELECT key FROM items')).toHaveLength(0);
      });
      expect(await other.all('SELECT key FROM items')).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('rolls back a nested transaction alone', async () => {
    await db.run('DELETE FROM items');
    await db.transaction(async (tx) => {
      await tx.run('INSERT INTO items (key) VALUES (?)', ['outer']);
      await expect(
        tx.transaction(async (inner) => {
          await inner.run('INSERT INTO items (key) VALUES (?)', ['inner']);
          throw new Error('inner failed');
        }),
      ).rejects.toThrow('inner failed');
    });
    expect(await db.all('SELECT key FROM items')).toEqual([{ key: 'outer' }]);
  });

  it('refuses a transaction used after it ended', async () => {
    let escaped: SqlDriver | undefined;
    await db.transaction(async (tx) => {
      escaped = tx;
    });
    await expect(escaped!.all('SELECT 1')).rejects.toThrow('used after it ended');
  });

  it('lets two connections claim overlapping keys with ON CONFLICT DO NOTHING: each key once', async () => {
    await db.run('DELETE FROM claims');
    const other = await openPostgres(url);
    const keys = (from: number, to: number): string[] =>
      Array.from({ length: to - from + 1 }, (_, i) => `k${String(from + i).padStart(3, '0')}`);
    const claim = async (driver: SqlDriver, owner: string, batch: string[], hold?: Promise<void>): Promise<number> =>
      driver.transaction(async (tx) => {
        let won = 0;
        for (const key of batch) {
          won += (await tx.run('INSERT INTO claims (key, owner) VALUES (?, ?) ON CONFLICT DO NOTHING', [key, owner]))
            .changes;
        }
        await hold;
        return won;
      });
    try {
      // The first holds its transaction open while the second reaches the keys both want: the
      // second waits on them, and when the first commits, skips them instead of failing.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const first = claim(db, 'first', keys(1, 50), held);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const second = claim(other, 'second', keys(25, 75));
      await new Promise((resolve) => setTimeout(resolve, 100));
      release();
      const [firstWon, secondWon] = await Promise.all([first, second]);
      expect(firstWon + secondWon).toBe(75);
      const owners = await db.all<{ owner: string; n: number }>(
        'SELECT owner, COUNT(*) AS n FROM claims GROUP BY owner ORDER BY owner',
      );
      expect(owners).toEqual([
        { owner: 'first', n: 50 },
        { owner: 'second', n: 25 },
      ]);
    } finally {
      await other.close();
    }
  });

  it('runs again a transaction the server aborted as a deadlock', async () => {
    await db.run('DELETE FROM claims');
    const other = await openPostgres(url);
    try {
      // Each takes one key, then wants the other's: the server aborts one (40P01) after its
      // deadlock_timeout, and the driver runs that one's work again once the other committed.
      let firstHas!: () => void;
      let secondHas!: () => void;
      const firstReady = new Promise<void>((resolve) => (firstHas = resolve));
      const secondReady = new Promise<void>((resolve) => (secondHas = resolve));
      let attempts = 0;
      const cross = (driver: SqlDriver, mine: string, theirs: string, ready: () => void, wait: Promise<void>) =>
        driver.transaction(async (tx) => {
          attempts++;
          const a = await tx.run('INSERT INTO claims (key, owner) VALUES (?, ?) ON CONFLICT DO NOTHING', [mine, mine]);
          ready();
          await wait;
          const b = await tx.run('INSERT INTO claims (key, owner) VALUES (?, ?) ON CONFLICT DO NOTHING', [
            theirs,
            mine,
          ]);
          return a.changes + b.changes;
        });
      const results = await Promise.all([
        cross(db, 'x', 'y', firstHas, secondReady),
        cross(other, 'y', 'x', secondHas, firstReady),
      ]);
      expect(attempts).toBe(3);
      expect(results[0]! + results[1]!).toBe(2);
      expect(await db.all('SELECT key FROM claims ORDER BY key')).toEqual([{ key: 'x' }, { key: 'y' }]);
    } finally {
      await other.close();
    }
  });

  it("gives the database's size on disk, growing as rows are written", async () => {
    const before = await postgresBytes(db);
    expect(before).toBeGreaterThan(1_000_000);
    await db.run("INSERT INTO items (key, note) SELECT 'n' || g, repeat('x', 200) FROM generate_series(1, 20000) AS g");
    expect(await postgresBytes(db)).toBeGreaterThan(before + 2_000_000);
    await db.run("DELETE FROM items WHERE key LIKE 'n%'");
  });

  it('reports a server that does not answer when the archive is opened', async () => {
    await expect(openPostgres(`postgres://postgres@127.0.0.1:${cluster.port}/no_such_database`)).rejects.toThrow(
      'no_such_database',
    );
  });
});
