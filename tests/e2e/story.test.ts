import { afterEach, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux.js';

// The bundled Wikinews story (seeds/wikinews-stock): 30 real articles, 2007-2011.
const STORY = 'seeds/wikinews-stock';

let session: TmuxSession | null = null;
afterEach(() => {
  session?.kill();
  session = null;
});

describe('a real multi-article story in a real terminal (tmux)', () => {
  it('shows the coverage sparkline and the key dates view, and Enter jumps to that day', async () => {
    session = new TmuxSession(`node bin/news-tui.js --no-cache ${STORY}`, { columns: 120, rows: 30 });
    const timeline = await session.waitFor(
      (screen) => /wikinews-stock · 30 articles/.test(screen) && /Timeline [1-9]\d*\/\d+/.test(screen),
      60_000,
    );
    expect(timeline).toMatch(/coverage [▁▂▃▄▅▆▇█ ]+ per (day|week|\d+ days)/);

    await session.key('d');
    const keyDates = await session.waitFor(/Key dates 1\/\d+/);
    const firstDay = /^(\d{4}-\d\d-\d\d)\s+\d+ ev/m.exec(keyDates)?.[1];
    expect(firstDay! >= '2007-02-01' && firstDay! <= '2011-03-18').toBe(true);

    await session.key('Enter');
    const jumped = await session.waitFor(/Timeline \d+\/\d+/);
    // The selected row is the key day: its date heads the rows shown.
    expect(jumped).toContain(firstDay!);
    await session.key('q');
  });

  it('opens an event two articles tell, and ] goes to the other article', async () => {
    session = new TmuxSession(`node bin/news-tui.js --no-cache ${STORY}`, { columns: 120, rows: 30 });
    await session.waitFor(/Timeline [1-9]\d*\/\d+/, 60_000);
    await session.key('/');
    await session.waitFor('type to search events');
    await session.type('nasdaq index fallen');
    // Events of 2008-09-17 and 2008-10-06 say so (vague ones marked ~); go down to the first's row.
    const hits = (
      await session.waitFor((screen) => screen.includes('/ nasdaq index fallen') && /Search \d+ hits?/.test(screen))
    )
      .split('\n')
      .filter((line) => /^~?\d{4}-\d\d/.test(line));
    const row = hits.findIndex((line) => line.startsWith('2008-09-17'));
    expect(row).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < row; i++) await session.key('Down');
    await session.key('Enter');
    // The two articles of 2008-09-17 that both report the markets at 16:08 UTC are one event.
    const first = await session.waitFor(/lines \d+/);
    expect(first).toContain('16:08 UTC');
    // The status names the article inside the corpus, shortened from the left when long
    // ('…-17-Russian_stock_markets_suspended_amid_market_turmoil.txt'): its name's end is kept.
    const articleOf = (screen: string): string | undefined => {
      const end = screen.indexOf('.txt · lines');
      if (end < 0) return undefined;
      const after = (mark: string): number => screen.lastIndexOf(mark, end) + 1;
      return screen.slice(Math.max(after('/'), after('…'), after(' ')), end);
    };
    const opened = articleOf(first);
    expect(opened).toMatch(/(Russian_stock_markets_suspended|Stock_markets_worldwide_fall)/);

    await session.key(']');
    const second = await session.waitFor((screen) => articleOf(screen) !== undefined && articleOf(screen) !== opened);
    expect(articleOf(second)).toMatch(/(Russian_stock_markets_suspended|Stock_markets_worldwide_fall)/);
    expect(second).toContain('2008-09-17 ');
    expect(second).toContain('16:08 UTC');
    await session.key('q');
  });
});
