// The archive as a person uses it (issue 15), through the built binary on a SQLite file in a
// temp folder: `add` twice adds nothing twice, a changed file is read again and an unchanged one
// is not, `prune` is the only way out, `archive --json` has its five fields, full-text search
// reaches words no event tells and takes any text as words, and a kill -9 in the middle of
// `add` then `add` again leaves exactly the articles and events of a clean run.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/archive/open-archive.js';
import { openSqlite } from '../../src/archive/sqlite.js';
import { PROJECT_ROOT, runCli, type RunResult } from '../cli/run.js';
import { writeHouseCorpus, type GeneratedArticle } from '../support/house-corpus.js';
import type { ArchiveSummary } from '../../src/archive/store.js';

type Summary = ArchiveSummary;

let work: string;

/** The built binary with its data and cache folders under the test's temp folder. */
function cli(args: string[]): RunResult {
  return runCli(args, { env: { XDG_DATA_HOME: join(work, 'data'), NEWS_TUI_DB: '' } });
}

function summary(db: string): Summary {
  const run = cli(['archive', '--json', '--db', db]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Summary;
}

function textSearch(db: string, query: string): RunResult & { keys: string[]; paths: string[] } {
  const run = cli(['search', '--archive', '--json', '--db', db, '--', query]);
  const hits = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { key: string; path: string });
  return { ...run, keys: hits.map((hit) => hit.key), paths: hits.map((hit) => hit.path) };
}

/** Every article's key with its count of events, in key order: two archives that agree here
 * hold the same articles, each once, with the same events. */
async function contents(db: string): Promise<string[]> {
  const driver = await openSqlite(db);
  try {
    const rows = await driver.all<{ key: string; events: number }>(
      `SELECT a.key AS key, (SELECT COUNT(*) FROM events e WHERE e.article = a.no) AS events
       FROM articles a ORDER BY a.key`,
    );
    return rows.map((row) => `${row.key} ${row.events}`);
  } finally {
    await driver.close();
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'news-tui-archive-cli-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('news-tui add, archive and prune', () => {
  let folder: string;
  let db: string;
  let corpus: GeneratedArticle[];

  beforeAll(() => {
    folder = join(work, 'small');
    db = join(work, 'small.db');
    corpus = writeHouseCorpus(folder, 12);
  });

  it('adds every article once, and nothing the second time', () => {
    const first = cli(['add', '--db', db, folder]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/added 12 articles from 12 new or changed files/);
    const once = summary(db);
    expect(once.articles).toBe(12);
    expect(once.events).toBeGreaterThanOrEqual(12);

    const again = cli(['add', '--db', db, folder]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/added 0 articles from 0 new or changed files \(12 unchanged\)/);
    expect(summary(db)).toEqual({ ...once, bytes: expect.any(Number) });
  });

  it('archive --json prints the five fields: counts, the first and last day, the bytes held', () => {
    const held = summary(db);
    expect(Object.keys(held).sort()).toEqual(['articles', 'bytes', 'events', 'first', 'last']);
    const days = corpus.map((article) => article.date).sort();
    expect(held.first).toBe(days[0]);
    expect(held.last).toBe(days.at(-1));
    expect(held.bytes).toBeGreaterThan(0);
  });

  it('events, dates, entities, analyze and export --archive print what the folder prints, read a window at a time', () => {
    for (const command of ['events', 'dates', 'entities', 'analyze', 'export']) {
      const format = command === 'export' ? ['--format', 'json'] : ['--json'];
      const fromArchive = cli([command, ...format, '--archive', '--db', db]);
      const fromFolder = cli([command, ...format, folder]);
      expect(fromArchive.code, command).toBe(0);
      expect(fromArchive.stdout.split('\n').length, command).toBeGreaterThan(1);
      // The archive's paths are the files added; its lines otherwise are the folder's.
      expect(fromArchive.stdout, command).toBe(fromFolder.stdout);
    }
    const limited = cli(['events', '--archive', '--db', db, '-n', '2']);
    expect(limited.stdout.split('\n')[0]).toMatch(/: 12 articles, \d+ events, /);
    expect(limited.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('reads a changed file again and leaves the unchanged ones', () => {
    const changed = corpus[3]!;
    appendFileSync(changed.path, '\nThe zqrevised figures were published on the same day.\n');
    const run = cli(['add', '--db', db, folder]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/added 1 articles? from 1 new or changed files? \(11 unchanged\)/);
    expect(textSearch(db, 'zqrevised').paths).toEqual([changed.path]);
  });

  it('keeps the articles of a file gone from disk until prune, which drops them', async () => {
    const gone = corpus[5]!;
    rmSync(gone.path);
    expect(cli(['add', '--db', db, folder]).code).toBe(0);
    expect(textSearch(db, gone.word).paths).toEqual([gone.path]);
    const before = summary(db).articles;

    const pruned = cli(['prune', '--db', db]);
    expect(pruned.code).toBe(0);
    // The removed file's article, and the changed file's old text, which no file holds any more.
    expect(pruned.stderr).toMatch(/pruned 1 files? gone from disk and 2 articles/);
    expect(summary(db).articles).toBe(before - 2);
    expect(textSearch(db, gone.word).keys).toEqual([]);
    // Every article a file on disk still holds stays.
    expect(await heldPaths(db)).toEqual(
      corpus
        .filter((article) => article !== gone)
        .map((article) => article.path)
        .sort(),
    );
  }, 120_000);

  it('uses --db, else NEWS_TUI_DB, else $XDG_DATA_HOME/news-tui/archive.db', () => {
    const one = join(work, 'one');
    writeHouseCorpus(one, 2);
    const viaEnv = join(work, 'env.db');
    const env = { XDG_DATA_HOME: join(work, 'data'), NEWS_TUI_DB: viaEnv };
    expect(runCli(['add', one], { env }).code).toBe(0);
    expect(runCli(['archive', '--json'], { env }).stdout).toMatch(/"articles":2\b/);
    expect(cli(['add', one]).code).toBe(0);
    expect(summary(join(work, 'data', 'news-tui', 'archive.db')).articles).toBe(2);
  });
});

describe('full-text search of the archive', () => {
  let db: string;

  beforeAll(() => {
    const folder = join(work, 'fts');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'ferry.txt'),
      ' date 2010-05-06 The harbour council of Corran approved the new ferry terminal on May 5, 2010.\n\n' +
        'Local anglers praised the quokkaberry nets they use, which are woven by hand.\n',
    );
    writeFileSync(
      join(folder, 'bridge.txt'),
      ' date 2010-06-01 Northern Rail reopened the Dunmore bridge on May 30, 2010.\n\n' +
        'Commuters said the trains were late (again) and "NEAR" full.\n',
    );
    db = join(work, 'fts.db');
    expect(cli(['add', '--db', db, folder]).code).toBe(0);
  });

  it('finds a word of an article that no event tells', async () => {
    const driver = await openSqlite(db);
    try {
      const told = await driver.all('SELECT summary FROM events WHERE LOWER(summary) LIKE ?', ['%quokkaberry%']);
      expect(told).toEqual([]);
    } finally {
      await driver.close();
    }
    const run = textSearch(db, 'quokkaberry');
    expect(run.code).toBe(0);
    expect(run.paths).toEqual([join(work, 'fts', 'ferry.txt')]);
    expect(run.stdout).toContain('«quokkaberry»');
  });

  it('needs every word, in any order', () => {
    expect(textSearch(db, 'nets anglers').paths).toEqual([join(work, 'fts', 'ferry.txt')]);
    expect(textSearch(db, 'anglers commuters').paths).toEqual([]);
  });

  it('reads any text a person types as words: quotes, NEAR, *, parentheses, column names never fail', async () => {
    const hostile = [
      '"',
      '""',
      'anglers"',
      'NEAR(anglers nets)',
      'NEAR',
      '*',
      'angl*',
      '(',
      ')',
      '(again',
      'AND',
      'OR anglers',
      'NOT',
      'anglers AND',
      'title:ferry',
      'body:anglers',
      '^anglers',
      '-anglers',
      '+',
      "'",
      ':',
      '{anglers nets}',
      'a'.repeat(2000),
      '\u0000anglers',
      'ánglers',
      '  ',
    ];
    // Through the store (a process per query would take a minute), then a few on the command line.
    const archive = await openArchive(db);
    try {
      for (const query of hostile)
        await expect(archive.searchText(query), JSON.stringify(query)).resolves.toBeDefined();
    } finally {
      await archive.close();
    }
    for (const query of ['NEAR(anglers', 'anglers"', '-anglers', 'title:ferry *']) {
      const run = textSearch(db, query);
      expect([0, 1], `exit for ${JSON.stringify(query)}: ${run.stderr}`).toContain(run.code);
      expect(run.stderr, JSON.stringify(query)).not.toMatch(/error|syntax|fts5|failed|cannot/i);
    }
    // The words stay words: quoted, NEAR and parentheses around them change nothing.
    expect(textSearch(db, 'NEAR(anglers nets)').paths).toEqual([]);
    expect(textSearch(db, '(anglers) "nets"').paths).toEqual([join(work, 'fts', 'ferry.txt')]);
    expect(textSearch(db, 'trains (again) "NEAR"').paths).toEqual([join(work, 'fts', 'bridge.txt')]);
  }, 120_000);
});

describe('a kill -9 in the middle of add', () => {
  const ARTICLES = 600;

  it('then add again: every article exactly once, with the events of a clean run', async () => {
    const folder = join(work, 'big');
    writeHouseCorpus(folder, ARTICLES);
    const killed = join(work, 'killed.db');
    const child = spawn(process.execPath, ['bin/news-tui.js', 'add', '--db', killed, folder], {
      cwd: PROJECT_ROOT,
      stdio: 'ignore',
      env: { ...process.env, XDG_DATA_HOME: join(work, 'data'), XDG_CACHE_HOME: join(work, 'cache'), NEWS_TUI_DB: '' },
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Killed once its first batch is committed, while the rest is being analysed.
    let heldAtKill = 0;
    for (let tries = 0; tries < 3000 && heldAtKill === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      heldAtKill = await countArticles(killed);
    }
    child.kill('SIGKILL');
    await exited;
    expect(heldAtKill).toBeGreaterThan(0);
    const afterKill = await countArticles(killed);
    expect(afterKill, 'the kill landed after the whole corpus was added').toBeLessThan(ARTICLES);

    const resumed = cli(['add', '--db', killed, folder]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`added ${ARTICLES - afterKill} articles`));

    const clean = join(work, 'clean.db');
    expect(cli(['add', '--db', clean, folder]).code).toBe(0);
    expect(summary(killed)).toEqual({ ...summary(clean), bytes: expect.any(Number) });
    const held = await contents(killed);
    expect(held).toHaveLength(ARTICLES);
    expect(held).toEqual(await contents(clean));
  }, 120_000);
});

/** The path of every article held, sorted. */
async function heldPaths(db: string): Promise<string[]> {
  const driver = await openSqlite(db);
  try {
    const rows = await driver.all<{ path: string }>('SELECT path FROM articles ORDER BY path');
    return rows.map((row) => row.path);
  } finally {
    await driver.close();
  }
}

/** Articles committed so far; 0 while the file or its tables are not there yet. The file is
 * left for `add` to create. */
async function countArticles(db: string): Promise<number> {
  if (!existsSync(db) || statSync(db).size === 0) return 0;
  const driver = await openSqlite(db).catch(() => null);
  if (!driver) return 0;
  try {
    const [row] = await driver.all<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
    return Number(row?.n ?? 0);
  } catch {
    return 0;
  } finally {
    await driver.close();
  }
}
