import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import { story } from '../fixtures/story.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());

const SKIPPED = 'news/0741.txt: empty article (no text after the header)';
const statusLine = (frame: string): string => frame.split('\n').at(-1)!;

describe('status messages', () => {
  it('says a load problem once: the next key clears it, and a story streamed in later does not bring it back', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} notice={SKIPPED} />);
    const first = await frameShows(r, 'Timeline 1/3');
    expect(statusLine(first)).toContain(SKIPPED);
    const moved = await press(r, 'j', 'Timeline 2/3');
    expect(moved).not.toContain(SKIPPED);
    r.rerender(<App story={story()} theme={MONOCHROME_THEME} notice={SKIPPED} />);
    const entities = await press(r, 'e', 'Entities');
    expect(entities).not.toContain(SKIPPED);
  });

  it('says a problem that comes later when it comes', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    r.rerender(<App story={story()} theme={MONOCHROME_THEME} notice={SKIPPED} />);
    await frameShows(r, SKIPPED);
    const moved = await press(r, 'j', 'Timeline 2/3');
    expect(moved).not.toContain(SKIPPED);
  });

  it("does not carry a command's message into the reader", async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    await press(r, ':', ':');
    r.stdin.write('all');
    await frameShows(r, ':all');
    await press(r, KEY.enter, 'every date shown');
    const reader = await press(r, KEY.enter, 'lines ');
    expect(reader).not.toContain('every date shown');
  });
});

describe('a story still being read', () => {
  const none = () => ({ ...story(), articles: [], timeline: [], entities: [], keyDates: [] });
  const reading = 'reading 120/10,000 files…';

  it('says the articles are coming while the files are read, and that none were loaded once done', async () => {
    const r = render(
      <App story={none()} theme={MONOCHROME_THEME} notice={reading} progress={{ done: 0, total: 0, rate: 0 }} />,
    );
    const first = await frameShows(r, 'reading the articles…');
    expect(first).toContain(reading);
    expect(first).not.toContain('no articles loaded');
    const articles = await press(r, KEY.tab, 'Articles');
    expect(articles).toContain('reading the articles…');
    r.rerender(<App story={none()} theme={MONOCHROME_THEME} progress={null} />);
    const done = await frameShows(r, 'no articles loaded');
    expect(done).not.toContain('reading the articles…');
  });
});
