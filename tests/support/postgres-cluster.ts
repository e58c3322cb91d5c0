// A real, throwaway PostgreSQL cluster for the team-archive tests and bench:archive: initdb into a
// temporary folder, a server on a free local port (its unix socket in that folder too), stopped
// and deleted by stop(). No mocks: the archive's queries run on the engine a newsroom runs.
//
// The binaries are found on PATH or where Debian's `postgresql` package puts them
// (/usr/lib/postgresql/<version>/bin); .ci/run installs that package. initdb and postgres refuse
// to run as root, and CI runs as root: the cluster then belongs to an unprivileged user (the
// `postgres` account Debian's package creates, else `nobody`), and its commands run as that user.
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

export interface PostgresCluster {
  /** The server's port on 127.0.0.1. */
  readonly port: number;
  /** The folder holding the cluster's data, socket and log. */
  readonly dir: string;
  /** Creates an empty database and returns its `postgres://` URL. */
  createDatabase(name: string): Promise<string>;
  /** The `postgres://` URL of a database of this cluster. */
  url(database: string): string;
  /** Stops the server and deletes the folder. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Keep fsync and synchronous commit on, as a real server runs (for measurements); tests
   * turn them off, since a throwaway cluster never needs to survive a power cut. */
  durable?: boolean;
}

const INSTALL_HINT =
  'PostgreSQL is not installed: the team-archive tests start a real server with initdb and pg_ctl ' +
  '(Debian/Ubuntu: apt-get install -y postgresql; elsewhere put its bin folder on PATH)';

/** The folder holding initdb, pg_ctl and postgres: PATH first, then the newest of
 * /usr/lib/postgresql/<version>/bin. Throws one line saying what to install when none has them. */
export function findPostgresBin(path: string = process.env.PATH ?? '', debian: string = '/usr/lib/postgresql'): string {
  const wanted = ['initdb', 'pg_ctl', 'postgres'];
  const onPath = path.split(delimiter).filter((dir) => dir !== '');
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join(debian, version, 'bin'))
    : [];
  for (const dir of [...onPath, ...versions]) {
    if (wanted.every((name) => isExecutable(join(dir, name)))) return dir;
  }
  throw new Error(INSTALL_HINT);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

interface RunAs {
  uid: number;
  gid: number;
}

/** Who runs the server: this process unless it is root, whom initdb and postgres refuse. */
function serverUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
      if (uid > 0) return { uid, gid };
    } catch {
      // no such account: try the next
    }
  }
  throw new Error('running as root and neither a postgres nor a nobody account exists to run PostgreSQL as');
}

/** Runs one PostgreSQL command as the server's user; rejects with its output when it fails. */
function runCommand(bin: string, name: string, args: string[], as: RunAs | undefined, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(bin, name), args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      ...(as ?? {}),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${name} ${args.join(' ')} exited with ${code}:\n${output.trim()}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a fresh cluster; call stop() when done (a test's afterAll). */
export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const as = serverUser();
  // Under /tmp when run as root: the server's user must be able to reach the folder, and root's
  // TMPDIR may be private to root.
  const dir = mkdtempSync(join(as ? '/tmp' : tmpdir(), 'news-tui-pg-'));
  if (as) chownSync(dir, as.uid, as.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  let running = false;

  const stopServer = async (): Promise<void> => {
    if (!running) return;
    running = false;
    await runCommand(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], as, dir).catch(() => {});
  };
  // A test run that ends without its afterAll (a crash, Ctrl-C) must not leave a server behind.
  const stopOnExit = (): void => {
    if (!running) return;
    try {
      execFileSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], {
        cwd: dir,
        stdio: 'ignore',
        ...(as ?? {}),
      });
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);

  try {
    await runCommand(
      bin,
      'initdb',
      ['-D', data, '-U', 'postgres', '--auth=trust', '--no-locale', '--encoding=UTF8', '--no-sync'],
      as,
      dir,
    );
    const settings = [
      '-c listen_addresses=127.0.0.1',
      `-k ${dir}`,
      ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ];
    let port = 0;
    // The free port may be taken between asking and listening: try another.
    for (let attempt = 0; ; attempt++) {
      port = await freePort();
      try {
        await runCommand(
          bin,
          'pg_ctl',
          ['-D', data, '-l', log, '-w', '-t', '60', '-o', [`-p ${port}`, ...settings].join(' '), 'start'],
          as,
          dir,
        );
        break;
      } catch (error) {
        if (attempt >= 2) {
          const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '';
          throw new Error(`${(error as Error).message}\n${tail}`);
        }
      }
    }
    running = true;
    const url = (database: string): string => `postgres://postgres@127.0.0.1:${port}/${database}`;
    return {
      port,
      dir,
      url,
      async createDatabase(name: string): Promise<string> {
        const client = new pg.Client({ connectionString: url('postgres') });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
        } finally {
          await client.end();
        }
        return url(name);
      },
      async stop(): Promise<void> {
        await stopServer();
        process.removeListener('exit', stopOnExit);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopServer();
    process.removeListener('exit', stopOnExit);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
