import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TmuxSession } from './tmux.js';

const STORY = join(PROJECT_ROOT, '..', 'shared', 'data', 'gold', 'timelines', 't17_h1n1');

let session: TmuxSession | null = null;
afterEach(() => {
  session?.kill();
  session = null;
});

describe('a real multi-article story in a real terminal (tmux)', () => {
  it('has the development story beside the project', () => {
    expect(existsSync(STORY)).toBe(true);
  });

  it('shows the coverage sparkline and the key dates view, and Enter jumps to that day', async () => {
    session = new TmuxSession(`node bin/news-tui.js --no-cache ${STORY}`, { columns: 120, rows: 30 });
    // The timeline shows while analysis streams in; wait for all of the story.
    await session.waitFor(/t17_h1n1 · 3\d\d articles/, 90_000);
    const timeline = await session.waitFor(
      (screen) => /Timeline 1\/\d+/.test(screen) && !screen.includes('analysing'),
      90_000,
    );
    expect(timeline).toMatch(/coverage [▁▂▃▄▅▆▇█ ]+ per (day|week|\d+ days)/);

    await session.key('d');
    const keyDates = await session.waitFor(/Key dates 1\/\d+/);
    const firstDay = /^(\d{4}-\d\d-\d\d)\s+\d+ ev/m.exec(keyDates)?.[1];
    expect(firstDay).toMatch(/^2009-/);

    await session.key('Enter');
    const jumped = await session.waitFor(/Timeline \d+\/\d+/);
    // The selected row is the key day: its date heads the rows shown.
    expect(jumped).toContain(firstDay!);
    await session.key('q');
  });
});
