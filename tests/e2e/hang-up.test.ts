import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux.js';

const scratch = mkdtempSync(join(tmpdir(), 'news-tui-e2e-hangup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('closing the terminal under the app (tmux kill-server: SIGHUP, then EIO)', () => {
  it('ends the app quietly: no write EIO, no native assertion on stderr', async () => {
    const stderr = join(scratch, 'stderr.txt');
    const pidFile = join(scratch, 'pid');
    // exec: the pid written is the app's; its stderr goes to a file that outlives the terminal.
    const session = new TmuxSession(
      `sh -c 'echo $$ > ${pidFile}; exec node bin/news-tui.js tests/fixtures/obama 2> ${stderr}'`,
    );
    await session.waitFor(/Timeline 1\/\d+/);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    // The home stays until the app has ended: closing, it may still be writing its cache there.
    session.kill(true);
    const deadline = Date.now() + 10_000;
    while (running(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    session.removeHome();
    expect(running(pid)).toBe(false);
    expect(readFileSync(stderr, 'utf8')).toBe('');
  });
});
