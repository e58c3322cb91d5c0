import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux.js';

const scratch = mkdtempSync(join(tmpdir(), 'news-tui-e2e-uicrash-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('an error nobody caught while the UI runs', () => {
  it('is reported as the interface failing, not as opening the corpus failing', async () => {
    const stderr = join(scratch, 'stderr.txt');
    const done = join(scratch, 'done');
    // Loaded before the app: throws from a timer once the UI is up, as a bug in a key handler would.
    const bomb = join(scratch, 'bomb.mjs');
    writeFileSync(bomb, "setTimeout(() => { throw new TypeError('boom'); }, 1500);\n");
    const session = new TmuxSession(
      `sh -c 'node --import ${bomb} bin/news-tui.js tests/fixtures/obama 2> ${stderr}; touch ${done}; sleep 30'`,
    );
    try {
      await session.waitFor(/Timeline 1\/\d+/);
      const deadline = Date.now() + 10_000;
      while (!existsSync(done) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      // (The cursor is shown again on stderr after it: Ink's restore-cursor.)
      expect(readFileSync(stderr, 'utf8').split('\n')[0]).toBe(
        'news-tui: the interface failed (open tests/fixtures/obama): TypeError: boom',
      );
    } finally {
      session.kill();
    }
  });
});
