import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TmuxSession } from './tmux.js';

// The bundled Wikinews story (seeds/wikinews-stock): 30 real articles, 2007-2011.
const STORY = 'seeds/wikinews-stock';
const QUERY = 'markets fall';

let session: TmuxSession | null = null;
afterEach(() => {
  session?.kill();
  session = null;
});

interface CliHit {
  rank: number;
  event: { date: string; summary: string; sources: Array<{ path: string }> };
}

/** The same engine's ranked hits from the command line: what the screen must show. */
function cliSearch(query: string): { total: number; hits: CliHit[] } {
  const run = (...args: string[]): string =>
    execFileSync('node', ['bin/news-tui.js', 'search', '--no-cache', ...args, query, STORY], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
  const total = Number(/^(\d+) of [\d,]+ events? match/.exec(run())?.[1]);
  const hits = run('--json')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CliHit);
  return { total, hits };
}

/** The result rows on screen: date, then the summary as far as it fits. */
const resultRows = (screen: string): string[] => screen.split('\n').filter((line) => /^\d{4}-\d\d/.test(line));

describe('search in a real terminal (tmux)', () => {
  it('shows the right results for a query typed at 20 ms a key, and moves by them', async () => {
    const expected = cliSearch(QUERY);
    expect(expected.total).toBeGreaterThan(3);
    expect(expected.hits).toHaveLength(expected.total);

    session = new TmuxSession(`node bin/news-tui.js --no-cache ${STORY}`, { columns: 120, rows: 32 });
    await session.waitFor(/Timeline [1-9]\d*\/\d+/, 60_000);
    await session.key('/');
    await session.waitFor('type to search events');
    await session.typeAt(QUERY, 20);
    const status = new RegExp(`Search ${expected.total} hits`);
    let screen = await session.waitFor((text) => text.includes(`/ ${QUERY}`) && status.test(text));
    // Settled: a later frame shows the same results (no stale query drawn after the last).
    await new Promise((resolve) => setTimeout(resolve, 300));
    screen = session.capture();
    expect(screen).toMatch(new RegExp(`^/ ${QUERY}`, 'm'));
    expect(screen).toMatch(status);
    const rows = resultRows(screen);
    expect(rows).toHaveLength(expected.total);
    rows.forEach((row, i) => {
      const { date, summary } = expected.hits[i]!.event;
      expect(row.startsWith(date), row).toBe(true);
      expect(row.slice(20).trim().slice(0, 60)).toBe(summary.slice(0, 60));
    });
    // Every hit has both words: 'markets' (or 'market') and a word starting 'fall' (falls, fallen).
    for (const { event } of expected.hits) {
      expect(event.summary).toMatch(/\bmarkets?\b/i);
      expect(event.summary).toMatch(/\bfall/i);
    }

    // Enter opens the first hit; Esc lands on its row of the timeline.
    await session.key('Enter');
    const reader = await session.waitFor(/lines \d+/);
    expect(reader).toContain(expected.hits[0]!.event.sources[0]!.path.split('/').pop()!.slice(0, 30));
    await session.key('Escape');
    const timeline = await session.waitFor(new RegExp(`Timeline \\d+/\\d+ · /${QUERY}: ${expected.total} matches`));
    const at = (text: string): number => Number(/Timeline (\d+)\//.exec(text)?.[1]);
    const hitRow = at(timeline);
    // n goes to another matching row and says which of them.
    await session.key('n');
    const next = await session.waitFor(new RegExp(`match \\d+/${expected.total} for '${QUERY}'`));
    expect(at(next)).not.toBe(hitRow);
    await session.key('N');
    await session.waitFor((text) => at(text) === hitRow);
    await session.key('q');
  });
});
