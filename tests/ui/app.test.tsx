import React from 'react';
import { stripVTControlCharacters } from 'node:util';
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
    expect(reader.split('\n')[2]!.trim()).toBe('Houthis report strikes on Hodeida');
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
    await press(r, 'e', 'Entities 1/4');
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

describe('App given several keys in one read', () => {
  const saadiStory = (): ReturnType<typeof story> => {
    const base = story();
    const saadi = {
      ...base.timeline[1]!,
      summary: 'Officials said one of the dead was Wissam al-Saadi.',
      entities: ['Wissam al-Saadi'],
    };
    return { ...base, timeline: [base.timeline[0]!, saadi, base.timeline[2]!] };
  };
  const longStory = (): ReturnType<typeof story> => {
    const base = story();
    const timeline = Array.from({ length: 30 }, (_, i) => ({
      ...base.timeline[2]!,
      id: `long${i}`,
      date: `2024-03-${String(i + 1).padStart(2, '0')}`,
      summary: `Event number ${i + 1} of the long story.`,
    }));
    return { ...base, timeline };
  };
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 15));

  it('moves and opens on one write of j and Enter', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    r.stdin.write('j\r');
    const reader = await frameShows(r, 'news/baghdad.txt');
    expect(reader).toContain('Wissam al-Saadi');
  });

  it('searches the whole query of one write of /saadi and Enter, and opens the hit', async () => {
    const r = app({ story: saadiStory() });
    await frameShows(r, 'Timeline 1/3');
    r.stdin.write('/saadi\r');
    const reader = await frameShows(r, 'news/baghdad.txt');
    expect(reader).not.toContain('Key dates');
    await press(r, KEY.escape, 'Timeline 2/3 · /saadi');
  });

  it('lands 40 keys written at once where 40 single writes land', async () => {
    const keys = [
      ...'jjjjj',
      KEY.down,
      ...'kkGkkkg j',
      '\u0004', // Ctrl-D, a page down
      ...'k\tjj\tjjj?jj?bkkkkkj',
      KEY.down,
      // A message lasts until the next key: the last key sets one, so the frame to wait for is the last.
      ...'kkkb',
    ];
    expect(keys).toHaveLength(40);
    const one = app({ story: longStory() });
    await frameShows(one, 'Timeline 1/30');
    for (const key of keys) {
      one.stdin.write(key);
      await settle();
    }
    const status = (frame: string): boolean => stripVTControlCharacters(frame).includes('Timeline 24/30 · bookmark');
    const expected = await frameShows(one, status);
    cleanup();
    const all = app({ story: longStory() });
    await frameShows(all, 'Timeline 1/30');
    all.stdin.write(keys.join(''));
    expect(await frameShows(all, status)).toBe(expected);
  });

  it('types a bracketed paste into the search prompt as text, and ignores one on a list', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    r.stdin.write('\u001B[200~jjq\u001B[201~');
    await settle();
    expect(r.lastFrame()).toContain('Timeline 1/3');
    await press(r, '/', 'type to search events');
    r.stdin.write('\u001B[200~houthi\r\u001B[201~');
    const results = await frameShows(r, /Search 1 hit/);
    expect(results).toMatch(/^\/ houthi/m);
  });
});

describe('y', () => {
  it("shows the event's date and the articles telling it, on the timeline and in the reader", async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'y', '2024-01 · told by news/jordan.txt');
    await press(r, 'j', 'Timeline 2/3');
    await press(r, KEY.enter, 'lines 1-');
    await press(r, 'y', '2024-02-07 · told by news/baghdad.txt');
  });
});
