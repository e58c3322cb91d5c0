// bench:archive on PostgreSQL: the same articles added by one `add` process alone into one
// database and by two at once into another (the second walking the folders in reverse, so the two
// meet on every article), on a throwaway cluster run as a server runs (fsync on). What must hold:
// both databases end with the same articles and events; the figures are the times.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openPostgres } from '../src/archive/postgres.js';
import { startPostgresCluster } from '../tests/support/postgres-cluster.js';
import type { ArchiveSummary } from '../src/archive/store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Timed {
  seconds: number;
  peakRssKb: number;
  cpuSeconds: number;
  status: number | null;
  stderr: string;
}

export interface BenchIo {
  row: (figure: string, value: string, target?: string) => void;
  note: (text: string) => void;
  timedCli: (args: string[]) => Promise<Timed>;
  appEnv: () => NodeJS.ProcessEnv;
  /** The UI's first frame on an archive, as a figure ('… ms') or why there was none. */
  firstFrame: (db: string) => Promise<string>;
}

type Summary = ArchiveSummary;

function summaryOf(url: string, env: NodeJS.ProcessEnv): Summary | string {
  const run = spawnSync(process.execPath, ['bin/news-tui.js', 'archive', '--json', '--db', url], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (run.status !== 0) return run.stderr.trim().split('\n')[0] ?? `exit ${run.status}`;
  return JSON.parse(run.stdout) as Summary;
}

// Each table's rows as text, without what differs by who wrote first (row numbers, times added):
// two archives hold the same articles and events when the hashes of these match.
const CONTENTS: Record<string, string> = {
  articles:
    "SELECT concat_ws('|', key, id, date, title, source, path, bytes, md5(body), md5(record), analyzer) AS r FROM articles",
  events:
    "SELECT concat_ws('|', a.key, e.n, e.day, e.value, e.summary) AS r FROM events e JOIN articles a ON a.no = e.article",
};

async function tableHashes(url: string): Promise<string[]> {
  const db = await openPostgres(url);
  try {
    const hashes: string[] = [];
    for (const [table, rows] of Object.entries(CONTENTS)) {
      const [row] = await db.all<{ n: string; hash: string }>(
        `SELECT count(*) AS n, md5(string_agg(r, E'\\n' ORDER BY r)) AS hash FROM (${rows}) AS s`,
      );
      hashes.push(`${table} ${row!.n} rows ${row!.hash.slice(0, 12)}`);
    }
    return hashes;
  } finally {
    await db.close();
  }
}

const failed = (run: Timed): string => `failed (exit ${run.status}): ${run.stderr.trim().split('\n').at(-1) ?? ''}`;

export async function postgresIngest(folders: string[], articles: number, io: BenchIo): Promise<void> {
  const { row, note, timedCli, appEnv } = io;
  let cluster;
  try {
    cluster = await startPostgresCluster({ durable: true });
  } catch (error) {
    row('PostgreSQL', `skipped: ${(error as Error).message.split('\n')[0]}`);
    return;
  }
  try {
    const alone = await cluster.createDatabase('alone');
    const pair = await cluster.createDatabase('pair');
    const one = await timedCli(['add', '--db', alone, ...folders]);
    if (one.status !== 0) return row(`PostgreSQL: ${articles} articles, one add`, failed(one));
    row(
      `PostgreSQL: ${articles.toLocaleString('en-US')} articles, one add alone`,
      `${one.seconds.toFixed(1)} s (${Math.round(articles / one.seconds)}/s)`,
    );
    const started = performance.now();
    const [a, b] = await Promise.all([
      timedCli(['add', '--db', pair, ...folders]),
      timedCli(['add', '--db', pair, ...[...folders].reverse()]),
    ]);
    const both = (performance.now() - started) / 1000;
    if (a.status !== 0 || b.status !== 0) return row('PostgreSQL: two adds at once', failed(a.status !== 0 ? a : b));
    row(
      'PostgreSQL: the same, two adds at once (one reversed)',
      `${both.toFixed(1)} s (${a.seconds.toFixed(1)} s and ${b.seconds.toFixed(1)} s)`,
    );
    const env = appEnv();
    const [x, y] = [summaryOf(alone, env), summaryOf(pair, env)];
    if (typeof x === 'string' || typeof y === 'string') {
      row('PostgreSQL: archive --json', `failed: ${typeof x === 'string' ? x : y}`);
      return;
    }
    const same = x.articles === y.articles && x.events === y.events && x.first === y.first && x.last === y.last;
    row(
      'PostgreSQL: articles / events, alone vs two at once',
      `${x.articles}/${x.events} vs ${y.articles}/${y.events}${same ? '' : ' DIFFERENT'}`,
      'the same, every article once',
    );
    note(`alone ${JSON.stringify(x)}; two at once ${JSON.stringify(y)}`);
    try {
      const [p, q] = [await tableHashes(alone), await tableHashes(pair)];
      row(
        'PostgreSQL: table contents, alone vs two at once',
        p.join(', ') === q.join(', ') ? 'identical' : 'DIFFERENT',
      );
      note(`alone: ${p.join(', ')}; two at once: ${q.join(', ')}`);
    } catch (error) {
      note(`table contents not compared: ${(error as Error).message.split('\n')[0]}`);
    }
    const ui = await io.firstFrame(pair);
    row('PostgreSQL: UI on the shared archive from another process → first frame', ui);
  } finally {
    await cluster.stop();
  }
}
