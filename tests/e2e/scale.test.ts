import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TmuxSession } from './tmux.js';

const ARTICLES = 10_000;
const QUERY = 'harbour';
const TOWNS = ['Lisbon', 'Nairobi', 'Quito', 'Oslo', 'Hanoi', 'Perth', 'Accra', 'Lima'];
const NAMES = ['Maria Lopez', 'John Carter', 'Ayesha Khan', 'Pavel Novak', 'Grace Mensah', 'Ken Ito'];

let corpus = '';
let session: TmuxSession | null = null;

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'news-tui-scale-'));
  // Short house-format articles, each different (its number is in it), a few days apart.
  for (let i = 0; i < ARTICLES; i++) {
    const folder = join(corpus, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(folder);
    const day = new Date(Date.UTC(2023, 0, 1) + (i % 400) * 86_400_000).toISOString().slice(0, 10);
    const town = TOWNS[i % TOWNS.length]!;
    const name = NAMES[i % NAMES.length]!;
    writeFileSync(
      join(folder, `${i}.txt`),
      ` date ${day} ${name} opened the ${town} ${QUERY} works, contract ${i}, on Monday.\n\nThe next stage starts in March, officials said.\n`,
    );
  }
}, 60_000);
afterEach(() => {
  session?.kill();
  session = null;
});
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

async function waitUntil(check: (screen: string) => boolean, what: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < deadline) {
    screen = session!.capture();
    if (check(screen)) return screen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`screen never showed ${what}; last screen:\n${screen}`);
}

describe('ten thousand articles in a real terminal (tmux)', () => {
  it('takes every key of a search typed while analysis runs, then completes the timeline', async () => {
    session = new TmuxSession(`node bin/news-tui.js --no-cache ${corpus}`, { columns: 120, rows: 30 });
    // The first frame comes while most articles are still being analysed.
    const analysing = await session.waitFor(/analysing [\d,]+\/10,000/, 30_000);
    expect(analysing).toContain('Timeline');

    await session.key('/');
    const typingStarts = await session.waitFor('type to search events');
    expect(typingStarts).toMatch(/analysing [\d,]+\/10,000/);
    await session.type(QUERY);
    const typed = await session.waitFor(`/ ${QUERY}`);
    expect(typed).toMatch(new RegExp(`/ ${QUERY}\\s`));

    await session.key('Escape');
    const complete = await waitUntil(
      (screen) => screen.includes('10,000 articles') && !screen.includes('analysing') && !screen.includes('assembling'),
      'the complete timeline of 10,000 articles',
      120_000,
    );
    expect(complete).toMatch(/Timeline \d+\/[\d,]+/);
    await session.key('q');
  }, 180_000);
});
