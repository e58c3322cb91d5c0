import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux.js';

const corpus = mkdtempSync(join(tmpdir(), 'news-tui-e2e-keys-'));
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

let session: TmuxSession | null = null;
afterEach(() => {
  session?.kill();
  session = null;
});

describe('keys that arrive together in a real terminal (tmux)', () => {
  it('searches a query typed with Enter in one send-keys and opens the hit, no letter taken for a command', async () => {
    writeFileSync(
      join(corpus, 'harbour.txt'),
      ' date 2024-03-04 The Lisbon harbour works opened on Monday, officials said.\n\nCranes arrive in May.\n',
    );
    writeFileSync(
      join(corpus, 'floods.txt'),
      ' date 2024-03-05 Floods hit Valencia on Tuesday after heavy rain.\n\nSchools closed on Wednesday.\n',
    );
    session = new TmuxSession(`node bin/news-tui.js --no-cache ${corpus}`);
    await session.waitFor(/Timeline 1\/\d+/);
    // 'd' would open key dates and 'e' the entities, were the letters taken one by one as commands.
    await session.keysAtOnce('/floods\r');
    const reader = await session.waitFor('floods.txt');
    expect(reader).toContain('Floods hit Valencia on Tuesday after heavy rain.');
    expect(reader).not.toContain('Key dates');
    // Esc from the hit returns to its row of the timeline.
    await session.key('Escape');
    await session.waitFor(/Timeline 3\/4 · \/floods: 1 match/);
    await session.key('g');
    await session.waitFor(/Timeline 1\/\d+/);
    // A move and quit in one read: both happen.
    await session.keysAtOnce('jq');
    const deadline = Date.now() + 5_000;
    while (session.alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.alive()).toBe(false);
  });
});
