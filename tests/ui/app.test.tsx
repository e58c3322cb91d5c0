import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import { story } from '../fixtures/story.js';
import { emptyState, type AppState } from '../../src/state/index.js';
import type { AppServices } from '../../src/ui/App.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());

const app = (props: Partial<React.ComponentProps<typeof App>> = {}) =>
  render(<App story={story()} theme={MONOCHROME_THEME} {...props} />);

describe('App', () => {
  it('opens on the timeline: header counts, date headings, approximate dates marked', async () => {
    const r = app();
    const frame = await frameShows(r, 'Timeline 1/3');
    expect(frame).toContain('fixture · 3 articles · 3 events · 2024-01 – 2024-02-07');
    expect(frame).toMatch(/^2024-02-07$/m);
    expect(frame).toContain('~2024-01 late');
    expect(frame).toContain('A drone strike killed three US troops in Jordan');
  });

  it('walks the timeline with j and arrows and opens an event on its sentence', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'j', 'Timeline 2/3');
    await press(r, KEY.down, 'Timeline 3/3');
    await press(r, 'k', 'Timeline 2/3');
    const reader = await press(r, KEY.enter, 'news/baghdad.txt');
    expect(reader).toContain('Wissam al-Saadi');
    expect(reader).toMatch(/lines 1-\d+\/\d+/);
    await press(r, KEY.escape, 'Timeline 2/3');
  });

  it("shows a feed item's own title above its text in the reader", async () => {
    const base = story();
    const feedItem = { ...base.articles[2]!, title: 'Houthis report strikes on Hodeida', url: 'https://example.org/a' };
    const r = app({ story: { ...base, articles: [base.articles[0]!, base.articles[1]!, feedItem] } });
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'G', 'Timeline 3/3');
    const reader = await press(r, KEY.enter, 'news/yemen.txt');
    expect(reader.split('\n')[2]).toBe('Houthis report strikes on Hodeida');
  });

  it('switches to the article list with Tab and back', async () => {
    const r = app();
    await frameShows(r, 'Timeline');
    const list = await press(r, KEY.tab, 'Articles 1/3');
    expect(list).toContain('2024-01-29 A drone strike killed three US troops');
    await press(r, KEY.tab, 'Timeline 1/3');
  });

  it('shows every key of the keymap in the help overlay', async () => {
    const r = app();
    await frameShows(r, 'Timeline');
    const help = await press(r, '?', 'Keys  (? or Esc closes)');
    expect(help).toContain('fuzzy search over events');
    expect(help).toContain('people, organisations and places');
    await press(r, KEY.escape, 'Timeline 1/3');
  });

  it('searches events as you type, highlights, and opens the hit', async () => {
    const r = app();
    await frameShows(r, 'Timeline');
    await press(r, '/', 'type to search events');
    r.stdin.write('hou'); // a paste arrives as one chunk
    for (const ch of 'thi') r.stdin.write(ch);
    const results = await frameShows(r, /Search 1 hit/);
    expect(results).toContain('The Houthi rebels in Yemen');
    await press(r, KEY.enter, 'news/yemen.txt');
  });

  it('says when a search finds nothing', async () => {
    const r = app();
    await frameShows(r, 'Timeline');
    await press(r, '/', 'type to search');
    for (const ch of 'zqxjv') r.stdin.write(ch);
    await frameShows(r, "no match for 'zqxjv'");
    await press(r, KEY.escape, 'Timeline 1/3');
  });

  it('filters the timeline by an entity chosen in the entities view, until cleared', async () => {
    const r = app();
    await frameShows(r, 'Timeline');
    await press(r, 'e', 'Entities 4');
    await frameShows(r, /❯ org\s+2\s+Kataib Hezbollah/);
    await press(r, KEY.down, /❯ place\s+1\s+Baghdad/);
    const filtered = await press(r, KEY.enter, 'filter: Baghdad');
    expect(filtered).toContain('Timeline 1/1');
    await press(r, 'c', 'Timeline 1/3');
  });

  it('jumps from a key date to that day on the timeline', async () => {
    const r = app();
    await frameShows(r, 'Timeline');
    await press(r, 'd', 'Key dates 1/1');
    await press(r, KEY.enter, 'Timeline 2/3');
  });

  it('draws the coverage sparkline in the header, per day over the corpus span', async () => {
    const r = app();
    const frame = await frameShows(r, 'coverage ');
    // Articles on 2024-01-29 (one) and 2024-02-07 (two): ten day cells, busiest full height.
    expect(frame).toMatch(/coverage ▄ {8}█ per day/);
  });

  it('says what happened when no event is dated', async () => {
    const r = app({ story: story({ timeline: [] }) });
    await frameShows(r, 'no events dated in these 3 articles');
  });

  it('shows analysis progress in the status line', async () => {
    const r = app({ progress: { done: 120, total: 1000, rate: 400 } });
    await frameShows(r, 'analysing 120/1,000');
  });
});

describe("App with the reader's state", () => {
  function services(saved: AppState[], exported: string[] = []): AppServices {
    return {
      userState: emptyState(),
      saveUserState: (state) => saved.push(state),
      openUrl: (url) => `opened ${url}`,
      exportView: (events, path) => {
        exported.push(`${events.length} ${path}`);
        return `exported ${events.length} events to ${path}`;
      },
      defaultExportPath: 'fixture.md',
    };
  }

  it('bookmarks an event with b, lists it under B, and saves the state', async () => {
    const saved: AppState[] = [];
    const r = app({ services: services(saved) });
    await frameShows(r, 'Timeline 1/3');
    const marked = await press(r, 'b', 'bookmarked');
    expect(marked).toContain('★ ~2024-01 late');
    expect(saved.at(-1)?.bookmarks.map((b) => b.eventId)).toEqual(['e1']);
    const list = await press(r, 'B', 'Bookmarks 1/1');
    expect(list).toContain('A drone strike killed three US troops in Jordan');
    await press(r, KEY.enter, 'news/jordan.txt');
  });

  it('marks articles read with m and shows the unread', async () => {
    const saved: AppState[] = [];
    const r = app({ services: services(saved) });
    await frameShows(r, 'Timeline');
    const list = await press(r, KEY.tab, 'Articles 1/3');
    expect(list.match(/●/g)).toHaveLength(3);
    const after = await press(r, 'm', 'marked read');
    expect(after.match(/●/g)).toHaveLength(2);
    expect(saved.at(-1)?.read).toEqual(['a1']);
  });

  it('exports the filtered timeline to the file named at the prompt', async () => {
    const exported: string[] = [];
    const r = app({ services: services([], exported) });
    await frameShows(r, 'Timeline');
    await press(r, 'x', 'fixture.md█');
    for (let i = 0; i < 'md'.length; i++) await press(r, KEY.backspace, i === 0 ? 'fixture.m█' : 'fixture.█');
    await press(r, 'c', 'fixture.c█');
    await press(r, 's', 'fixture.cs█');
    await press(r, 'v', 'fixture.csv█');
    await press(r, KEY.enter, 'exported 3 events to fixture.csv');
    expect(exported).toEqual(['3 fixture.csv']);
  });
});
