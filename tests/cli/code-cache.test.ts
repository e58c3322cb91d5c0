import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

// bin/news-tui.js keeps V8's compiled code of the app between runs.
function freshCache(): { env: NodeJS.ProcessEnv; dir: string } {
  const home = mkdtempSync(join(tmpdir(), 'news-tui-code-cache-'));
  return { env: { XDG_CACHE_HOME: home }, dir: join(home, 'news-tui', 'code') };
}

describe('the code cache', () => {
  it('is written by the first run, once, and named for this build and Node version', () => {
    const { env, dir } = freshCache();
    const first = runCli(['events', '--json'], { env });
    expect(first.code).toBe(0);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(
      new RegExp(`^[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.cli\\.bin$`),
    );
    const written = readFileSync(join(dir, files[0]!));

    const second = runCli(['events', '--json'], { env });
    expect(second.stdout).toBe(first.stdout);
    // Accepted, so left as it was.
    expect(readFileSync(join(dir, files[0]!)).equals(written)).toBe(true);
  });

  it('survives a damaged cache file: the run is the same and the file is written anew', () => {
    const { env, dir } = freshCache();
    const clean = runCli(['events', '--json'], { env });
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'not a code cache'.repeat(100));

    const damaged = runCli(['events', '--json'], { env });
    expect(damaged.code).toBe(0);
    expect(damaged.stdout).toBe(clean.stdout);
    expect(damaged.stderr).toBe('');
    expect(readFileSync(join(dir, file!), 'utf8')).not.toContain('not a code cache');
    expect(readdirSync(dir)).toEqual([file]);
  });

  it('that cannot be written costs nothing but its time: a file where its folder should be', () => {
    const home = mkdtempSync(join(tmpdir(), 'news-tui-code-cache-'));
    const blocked = join(home, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const result = runCli(['events'], { env: { XDG_CACHE_HOME: blocked } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('seeds: 31 articles');
  });

  it('is left alone with NEWS_TUI_NO_CODE_CACHE=1', () => {
    const { env, dir } = freshCache();
    const result = runCli(['events'], { env: { ...env, NEWS_TUI_NO_CODE_CACHE: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('seeds: 31 articles');
    expect(existsSync(dir)).toBe(false);
  });
});
