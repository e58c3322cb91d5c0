import { mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyState, loadState, saveChanges, toggleRead } from '../../src/state/index.js';

// The file system misbehaves on request: a full disk while the lock's pid is written, a rename
// that fails. Everything else is the real node:fs/promises.
const trouble = vi.hoisted(() => ({ lockWriteFails: false, renameFails: false, openLocks: 0, closedLocks: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!String(args[0]).endsWith('.state.json.lock')) return handle;
      trouble.openLocks++;
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile' && trouble.lockWriteFails)
            return () =>
              Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
          if (key === 'close')
            return () => {
              trouble.closedLocks++;
              return target.close();
            };
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
    rename: (...args: Parameters<typeof real.rename>) =>
      trouble.renameFails
        ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
        : real.rename(...args),
  };
});

beforeEach(() => {
  Object.assign(trouble, { lockWriteFails: false, renameFails: false, openLocks: 0, closedLocks: 0 });
});

const fresh = (): Promise<string> => mkdtemp(join(tmpdir(), 'news-tui-trouble-'));

describe('state on a troubled disk', () => {
  it('closes the lock and leaves no empty lock behind when the disk is full', async () => {
    const dir = await fresh();
    trouble.lockWriteFails = true;
    const result = await saveChanges(emptyState(), toggleRead(emptyState(), 'a1'), dir);
    expect(trouble.openLocks).toBe(1);
    expect(trouble.closedLocks).toBe(1);
    expect(await readdir(dir)).not.toContain('.state.json.lock');
    // The save itself went ahead unlocked (here the disk had room for it).
    expect(result.error).toBeUndefined();
  });

  it('clears an empty lock a killed writer left, instead of waiting on it at every save', async () => {
    const dir = await fresh();
    const lock = join(dir, '.state.json.lock');
    await writeFile(lock, '');
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    await loadState(dir);
    expect(await readdir(dir)).not.toContain('.state.json.lock');
  });

  it('moves a state file it cannot read aside before a save replaces it', async () => {
    const dir = await fresh();
    // A folder where the file should be: reading it fails (EISDIR), as an unreadable file would.
    await mkdir(join(dir, 'state.json'));
    await writeFile(join(dir, 'state.json', 'inside'), 'precious');
    const loaded = await loadState(dir);
    expect(loaded.warning).toMatch(
      /state\.json was unreadable \(.+\); moved it to .*state\.json\.unreadable-\S+ and started afresh$/,
    );
    const aside = (await readdir(dir)).find((name) => name.startsWith('state.json.unreadable-'))!;
    expect(await readFile(join(dir, aside, 'inside'), 'utf8')).toBe('precious');
    await saveChanges(loaded.state, toggleRead(loaded.state, 'a1'), dir);
    expect((await loadState(dir)).state.read).toEqual(['a1']);
  });

  it('saves nothing over a state file it can neither read nor move aside', async () => {
    const dir = await fresh();
    await writeFile(join(dir, 'state.json'), '{"version": 1, "read": [');
    trouble.renameFails = true;
    const loaded = await loadState(dir);
    expect(loaded.keep).toBe(true);
    expect(loaded.warning).toMatch(/is corrupt .* could not be moved aside: EACCES.*will not be saved$/);
    const result = await saveChanges(loaded.state, toggleRead(loaded.state, 'a1'), dir);
    expect(result.error).toMatch(/could not be moved aside/);
    expect(await readFile(join(dir, 'state.json'), 'utf8')).toBe('{"version": 1, "read": [');
  });
});
