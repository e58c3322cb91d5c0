import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux.js';

const corpus = mkdtempSync(join(tmpdir(), 'news-tui-e2e-bad-'));
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

let session: TmuxSession | null = null;
afterEach(() => {
  session?.kill();
  session = null;
});

describe('a corpus of bad files in a real terminal (tmux)', () => {
  it('opens the good article, counts the skipped files, and lets no escape sequence through', async () => {
    mkdirSync(join(corpus, 'loop'));
    symlinkSync(join(corpus, 'loop'), join(corpus, 'loop', 'again'));
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 1]));
    writeFileSync(join(corpus, 'bad-date.txt'), ' date 2024-02-30 Nothing here.');
    writeFileSync(join(corpus, 'broken.rss'), '<?xml version="1.0"?><rss><channel><item><title>x</title>');
    writeFileSync(
      join(corpus, 'good.txt'),
      ' date 2024-03-04 Floods hit Valencia on Sunday \u001b]0;pwned\u0007after heavy rain.',
    );

    session = new TmuxSession(`node bin/news-tui.js ${corpus}`);
    const screen = await session.waitFor(/Timeline 1\/\d+/);
    expect(screen).toMatch(/[2-9] files skipped/);
    expect(screen).toContain('Floods hit Valencia on Sunday after heavy rain.');
    expect(session.capture(true)).not.toContain('pwned');
    await session.key('q');
  });
});
