import { afterEach, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux.js';

// The bundled Wikinews story: 30 articles from 2007-02-27 to 2011-03-18, recalling 1934 and 1987.
const STORY = 'seeds/wikinews-stock';
const SIZE = { columns: 110, rows: 30 };

let session: TmuxSession | null = null;
afterEach(() => {
  session?.kill();
  session = null;
});

// tmux writes reverse video with the other attributes of the cell: ESC[7m, ESC[1;7m, ESC[0;4;7m.
// eslint-disable-next-line no-control-regex -- an SGR sequence begins with ESC: that is what is looked for
const INVERSE = /\u001B\[(?:\d+;)*7m/;

/** The selected row of the timeline: the body line drawn in reverse video. */
function selectedRow(session: TmuxSession): string {
  const lines = session.capture(true).split('\n');
  // The first two lines are the header and its sparkline (which marks the cursor too), the last the status.
  const row = lines.slice(2, -2).find((line) => INVERSE.test(line)) ?? '';
  // eslint-disable-next-line no-control-regex -- SGR sequences are what is taken out
  return row.replace(/\u001B\[[0-9;]*m/g, '').trim();
}

async function command(session: TmuxSession, line: string): Promise<void> {
  await session.key(':');
  await session.waitFor(/^:█/m);
  await session.keysAtOnce(line);
  await session.waitFor(`:${line}█`);
  await session.key('Enter');
}

async function quit(session: TmuxSession): Promise<void> {
  const deadline = Date.now() + 5000;
  while (session.alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(session.alive()).toBe(false);
}

describe('time navigation in a real terminal (tmux)', () => {
  it('opens at the story, goes to a date, sorts newest first, and reopens where it was left', async () => {
    session = new TmuxSession(`node bin/news-tui.js ${STORY}`, SIZE);
    const opened = await session.waitFor(
      (screen) =>
        screen.includes('30 articles') && /Timeline [1-9]\d*\/\d+/.test(screen) && !screen.includes('analysing'),
      60_000,
    );
    // The background before the first article (1934, 1987, 2006) is one row above the story.
    expect(opened.split('\n')[2]).toMatch(/^▸ before 2007-02-26 · \d+ events of background/);
    expect(selectedRow(session)).toMatch(/^2007-02-26 +Alan Greenspan/);

    await command(session, '2009-03-05');
    const jumped = await session.waitFor((screen) => !screen.includes(':2009-03-05█'));
    expect(selectedRow(session)).toMatch(/^2009-03-05 +US stock markets reach 12-year lows/);
    const at = /Timeline (\d+)\/(\d+)/.exec(jumped)!;

    await command(session, 'sort');
    const newest = await session.waitFor('newest first');
    // The event selected stays selected, the view scrolled to its row in the new order.
    expect(newest).not.toMatch(/Timeline 1\/\d+ · newest first/);
    expect(selectedRow(session)).toMatch(/^2009-03-05 +US stock markets reach 12-year lows/);
    await session.key('g');
    expect((await session.waitFor(/Timeline 1\/\d+ · newest first/)).split('\n')[2]).toBe('2011-03-18');
    await command(session, 'sort');
    await session.waitFor('oldest first');

    // A date with no year takes the year of the timeline's 21 January nearest the cursor.
    await command(session, 'jan 21');
    await session.waitFor((screen) => !screen.includes(':jan 21█'));
    expect(selectedRow(session)).toMatch(/^2008-01-21 /);

    await command(session, '2009-03-05');
    await session.waitFor(`Timeline ${at[1]}/${at[2]}`);
    await session.key('j');
    const moved = `Timeline ${Number(at[1]) + 1}/${at[2]}`;
    await session.waitFor(moved);
    const row = selectedRow(session);
    await session.key('q');
    await quit(session);
    const home = session.home;
    session.kill(true);

    session = new TmuxSession(`node bin/news-tui.js ${STORY}`, SIZE, home);
    await session.waitFor((screen) => screen.includes(moved) && !screen.includes('analysing'), 60_000);
    expect(selectedRow(session)).toBe(row);
    // :q quits too.
    await command(session, 'q');
    await quit(session);
  });
});
