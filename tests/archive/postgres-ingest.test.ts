// The team archive on a real PostgreSQL server (issue 15): several `news-tui add` processes ingest
// into one database at once without duplicating or losing an article, and another process opens
// what they wrote. No mocks: a throwaway cluster (tests/support/postgres-cluster.ts) and the
// built binary.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/archive/postgres.js';
import { PROJECT_ROOT, type RunResult } from '../cli/run.js';
import { writeHouseCorpus, type GeneratedArticle } from '../support/house-corpus.js';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.js';
import type { ArchiveSummary } from '../../src/archive/store.js';

const ARTICLES = 400;

type Summary = ArchiveSummary;

/** Runs the built binary without waiting for it, so two can run at once; `started` is handed
 * the child process (to kill it). */
function runCliAsync(args: string[], home: string, started?: (child: ChildProcess) => void): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/news-tui.js', ...args], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_STATE_HOME: join(home, 'state'),
        XDG_CACHE_HOME: join(home, 'cache'),
        XDG_DATA_HOME: join(home, 'data'),
        NEWS_TUI_DB: '',
        NO_COLOR: '1',
        // What is tested is the archive, not the analysis budget: a busy machine must not skip.
        NEWS_TUI_ARTICLE_BUDGET_MS: '60000',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : null), stdout, stderr }));
    started?.(child);
  });
}

/** What an archive holds, row by row, in an order and form that do not depend on which process
 * wrote what first: the row numbers the server hands out and the time of writing are left out,
 * and each event is named by its article's content key. */
async function heldRows(url: string): Promise<{ articles: string[]; events: string[]; holdings: string[] }> {
  const db = await openPostgres(url);
  try {
    const text = async (sql: string): Promise<string[]> => (await db.all<{ row: string }>(sql)).map((row) => row.row);
    return {
      articles: await text(
        'SELECT (key, id, date, title, source, path, bytes, body, record, analyzer)::text AS row FROM articles ORDER BY key',
      ),
      events: await text(
        'SELECT (a.key, e.n, e.day, e.value, e.summary)::text AS row FROM events e JOIN articles a ON a.no = e.article ORDER BY a.key, e.n',
      ),
      holdings: await text('SELECT (file, key)::text AS row FROM holdings ORDER BY file, key'),
    };
  } finally {
    await db.close();
  }
}

describe('the team archive on PostgreSQL', () => {
  let cluster: PostgresCluster;
  let work: string;
  let folder: string;
  let corpus: GeneratedArticle[];
  let aloneUrl: string;
  let alone: Awaited<ReturnType<typeof heldRows>>;

  const cli = (args: string[], home = 'home', started?: (child: ChildProcess) => void): Promise<RunResult> =>
    runCliAsync(args, join(work, home), started);

  const summaryOf = async (url: string): Promise<Summary> => {
    const run = await cli(['archive', '--json', '--db', url], 'home-reader');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as Summary;
  };

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    work = mkdtempSync(join(tmpdir(), 'news-tui-pg-ingest-'));
    folder = join(work, 'corpus');
    corpus = writeHouseCorpus(folder, ARTICLES);
    // One ingester alone: what every other way of ingesting must leave.
    aloneUrl = await cluster.createDatabase('alone');
    const run = await cli(['add', '--db', aloneUrl, folder], 'home-alone');
    expect(run.stderr).not.toMatch(/error|fail|skipped/i);
    expect(run.code).toBe(0);
    alone = await heldRows(aloneUrl);
  });

  afterAll(async () => {
    await cluster?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds every article of the folder once, with its events', async () => {
    const summary = await summaryOf(aloneUrl);
    expect(summary.articles).toBe(ARTICLES);
    expect(alone.articles).toHaveLength(ARTICLES);
    expect(summary.events).toBe(alone.events.length);
    expect(summary.events).toBeGreaterThan(ARTICLES);
    const dates = corpus.map((article) => article.date).sort();
    expect([summary.first, summary.last]).toEqual([dates[0], dates.at(-1)]);
    expect(summary.bytes).toBeGreaterThan(0);
  });

  it('two ingesters at once over the same folder leave exactly what one leaves alone', async () => {
    const sharedUrl = await cluster.createDatabase('shared');
    // Two machines adding the same folder into one new archive at the same moment.
    const pair = await Promise.all([
      cli(['add', '--db', sharedUrl, folder], 'home-a'),
      cli(['add', '--db', sharedUrl, folder], 'home-b'),
    ]);
    for (const run of pair) {
      expect(run.stderr).not.toMatch(/error|fail|skipped/i);
      expect(run.code).toBe(0);
    }
    const added = pair.map((run) => Number(/added (\d+) articles/.exec(run.stderr)?.[1]));
    expect(added[0]! + added[1]!).toBe(ARTICLES);

    // The room taken differs (the loser of each race leaves a dead row until VACUUM); the rest may not.
    const held = async (url: string): Promise<Omit<Summary, 'bytes'>> => {
      const summary: Partial<Summary> = await summaryOf(url);
      delete summary.bytes;
      return summary as Omit<Summary, 'bytes'>;
    };
    expect(await held(sharedUrl)).toEqual(await held(aloneUrl));
    const shared = await heldRows(sharedUrl);
    expect(shared.articles).toEqual(alone.articles);
    expect(shared.events).toEqual(alone.events);
    expect(shared.holdings).toEqual(alone.holdings);
  });

  it('a second process reads the story the ingester wrote: the same timeline as the files make', async () => {
    const fromArchive = await cli(['events', '--json', '--archive', '--db', aloneUrl], 'home-reader');
    expect(fromArchive.code).toBe(0);
    const fromFiles = await cli(['events', '--json', folder], 'home-reader');
    expect(fromFiles.code).toBe(0);
    const events = fromArchive.stdout.trim().split('\n');
    expect(events.length).toBeGreaterThan(ARTICLES);
    expect(events).toEqual(fromFiles.stdout.trim().split('\n'));
  });

  it("finds an article by a word of its text through the server's full-text index", async () => {
    const wanted = corpus[137]!;
    const run = await cli(['search', '--archive', '--json', '--db', aloneUrl, wanted.word], 'home-reader');
    expect(run.code).toBe(0);
    const hits = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { path: string; date: string; snippet: string });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ path: wanted.path, date: wanted.date });
    expect(hits[0]!.snippet).toContain(`«${wanted.word}»`);
    // Every word must match: a word of another article narrows to nothing.
    const none = await cli(
      ['search', '--archive', '--json', '--db', aloneUrl, `${wanted.word} ${corpus[138]!.word}`],
      'home-reader',
    );
    expect(none.stdout).toBe('');
  });

  it('adding the folder again writes nothing', async () => {
    const again = await cli(['add', '--db', aloneUrl, folder], 'home-alone');
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/added 0 articles/);
    expect(await heldRows(aloneUrl)).toEqual(alone);
  });

  it('an ingester killed with SIGKILL mid-way, then run again, loses nothing and writes nothing twice', async () => {
    const url = await cluster.createDatabase('killed');
    const db = await openPostgres(url);
    try {
      let killedAt = -1;
      const first = await cli(['add', '--db', url, folder], 'home-killed', (child) => {
        // Killed once its first batch is committed and before its last is.
        const poll = setInterval(() => {
          db.all<{ n: number }>("SELECT COUNT(*) AS n FROM articles WHERE to_regclass('articles') IS NOT NULL")
            .then(([row]) => {
              if (killedAt < 0 && row!.n > 0) {
                killedAt = row!.n;
                child.kill('SIGKILL');
              }
            })
            .catch(() => {});
        }, 20);
        child.on('close', () => clearInterval(poll));
      });
      expect(first.code).toBe(-1);
      expect(killedAt).toBeGreaterThan(0);
      expect(killedAt).toBeLessThan(ARTICLES);
      const second = await cli(['add', '--db', url, folder], 'home-killed');
      expect(second.code).toBe(0);
      expect(await heldRows(url)).toEqual(alone);
    } finally {
      await db.close();
    }
  });
});
