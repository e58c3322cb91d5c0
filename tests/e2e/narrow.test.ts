import { afterEach, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux.js';

let session: TmuxSession | null = null;
afterEach(() => {
  session?.kill();
  session = null;
});

describe('a 60 × 15 terminal (tmux)', () => {
  it("keeps the timeline's dates to what the headings do not say, and the help says what is below", async () => {
    session = new TmuxSession('node bin/news-tui.js --no-cache tests/fixtures/obama', { columns: 60, rows: 15 });
    const screen = await session.waitFor(/Timeline 1\/3/);
    const body = screen.split('\n').slice(2, 14);
    const headings = body.filter((line) => /^\d{4}-\d{2}-\d{2}$/.test(line.trimEnd()));
    expect(headings.length).toBeGreaterThan(0);
    // Event rows: indented; none repeats a day, and the summary starts within 11 columns.
    const rows = body.filter((line) => line.startsWith('  ') && line.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).not.toMatch(/^\s+\d{4}-\d{2}-\d{2}/);
      expect(row.slice(11, 12)).not.toBe(' ');
    }
    await session.key('?');
    const help = await session.waitFor(/↓ \d+ more/);
    expect(help).toContain('↓ more  Esc close');
    await session.key('G');
    await session.waitFor(/↑ \d+ above\s*$/m);
  });
});
