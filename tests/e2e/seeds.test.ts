import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux.js';

let session: TmuxSession | null = null;
afterEach(() => {
  session?.kill();
  session = null;
});

describe('news-tui in a real terminal (tmux)', () => {
  it('opens the seeds, searches saadi, opens the hit and shows the name highlighted', async () => {
    session = new TmuxSession('node bin/news-tui.js');
    // It opens at the story, past the background (1934, 1987, …) folded above it.
    const timeline = await session.waitFor(/Timeline [1-9]\d*\//);
    // The seed article and the Wikinews story (seeds/wikinews-stock), 2007 to 2024.
    expect(timeline).toMatch(/news-tui · seeds · 31 articles · \d+ events · .* – 2024-02-07/);

    await session.key('/');
    await session.waitFor('type to search events');
    await session.type('saadi');
    const results = await session.waitFor('/ saadi');
    expect(results).toMatch(/Search \d+ hits?/);

    await session.key('Enter');
    const reader = await session.waitFor(/lines \d+-\d+\/\d+/);
    expect(reader).toContain('al-Saadi');
    // The name is lit up: an SGR colour/attribute sequence opens right before it (the measure may
    // wrap it after 'Wissam').
    const styled = session.capture(true);
    // eslint-disable-next-line no-control-regex -- an SGR sequence begins with ESC: that is what is looked for
    expect(styled).toMatch(/\u001B\[[0-9;]*m(Wissam|al-Saadi)\b/);

    await session.key('Escape');
    await session.waitFor(/Search|Timeline/);
    await session.key('Escape');
    await session.key('q');
    const deadline = Date.now() + 5000;
    while (session.alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(session.alive()).toBe(false);
  });

  it('walks the timeline by keys and shows help from the keymap', async () => {
    session = new TmuxSession('node bin/news-tui.js');
    const start = Number(/Timeline (\d+)\//.exec(await session.waitFor(/Timeline [1-9]\d*\//))![1]);
    await session.key('j');
    await session.waitFor(`Timeline ${start + 1}/`);
    await session.key('G');
    const bottom = await session.waitFor(/Timeline (\d+)\/\1/);
    expect(bottom).toMatch(/Timeline \d+\/\d+/);
    await session.key('?');
    const help = await session.waitFor('Keys  (? or Esc closes)');
    expect(help).toContain('fuzzy search over events');
    await session.key('Escape');
    await session.key('Tab');
    await session.waitFor('Articles 1/31');
    await session.key('q');
  });

  it('remembers a bookmark across runs', async () => {
    session = new TmuxSession('node bin/news-tui.js');
    await session.waitFor(/Timeline [1-9]\d*\//);
    // The last event: the seed article's, the latest of the seeds.
    await session.key('G');
    await session.waitFor(/Timeline (\d+)\/\1/);
    await session.key('b');
    await session.waitFor('bookmarked');
    await session.key('q');
    const home = session.home;
    const deadline = Date.now() + 5000;
    while (session.alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    session.kill(true);
    // The interactive run kept its compiled code for the next start (bin/news-tui.js).
    expect(
      readdirSync(join(home, 'cache', 'news-tui', 'code')).filter((name) => name.endsWith('.ui.bin')),
    ).toHaveLength(1);

    session = new TmuxSession('node bin/news-tui.js', undefined, home);
    await session.waitFor(/Timeline [1-9]\d*\//);
    await session.key('B');
    const bookmarks = await session.waitFor('Bookmarks 1/1');
    expect(bookmarks).toContain('the Houthi rebels in Yemen');
    await session.key('q');
  });

  it("does not offer one corpus's bookmarks in another: they are listed under the corpus they were made in", async () => {
    session = new TmuxSession('node bin/news-tui.js tests/fixtures/obama');
    await session.waitFor(/Timeline [1-9]\d*\//);
    await session.key('b');
    await session.waitFor('bookmarked');
    await session.key('B');
    await session.waitFor('Bookmarks 1/1');
    await session.key('q');
    const home = session.home;
    const deadline = Date.now() + 5000;
    while (session.alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    session.kill(true);

    session = new TmuxSession('node bin/news-tui.js', undefined, home);
    await session.waitFor(/Timeline [1-9]\d*\//);
    await session.key('B');
    const elsewhere = await session.waitFor('Bookmarks 1/1');
    expect(elsewhere).toContain('(made in obama)');
    await session.key('Enter');
    await session.waitFor('open that corpus to read it');
    await session.key('q');
  });
});
