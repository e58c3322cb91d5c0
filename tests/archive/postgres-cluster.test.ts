import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPostgresBin } from '../support/postgres-cluster.js';

describe('finding PostgreSQL for the team-archive tests', () => {
  const root = mkdtempSync(join(tmpdir(), 'news-tui-pgbin-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const fakeBin = (dir: string, names: string[]): string => {
    mkdirSync(dir, { recursive: true });
    for (const name of names) {
      writeFileSync(join(dir, name), '#!/bin/sh\n');
      chmodSync(join(dir, name), 0o755);
    }
    return dir;
  };

  it('fails with one line saying what to install when no folder has the binaries', () => {
    const half = fakeBin(join(root, 'half'), ['initdb']);
    expect(() => findPostgresBin(half, join(root, 'no-debian'))).toThrow(
      /^PostgreSQL is not installed: .*apt-get install -y postgresql[^\n]*$/,
    );
  });

  it("takes PATH first, then the newest of Debian's versioned folders", () => {
    const all = ['initdb', 'pg_ctl', 'postgres'];
    const debian = join(root, 'usr-lib-postgresql');
    fakeBin(join(debian, '9', 'bin'), all);
    fakeBin(join(debian, '15', 'bin'), all);
    fakeBin(join(debian, '13', 'bin'), all);
    expect(findPostgresBin('', debian)).toBe(join(debian, '15', 'bin'));
    const onPath = fakeBin(join(root, 'local'), all);
    expect(findPostgresBin(`${join(root, 'half')}${delimiter}${onPath}`, debian)).toBe(onPath);
  });
});
