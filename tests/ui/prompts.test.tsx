import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App, type AppServices } from '../../src/ui/App.js';
import type { ExportTarget } from '../../src/ui/use-app-state.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import { emptyState, toggleBookmark } from '../../src/state/index.js';
import { story } from '../fixtures/story.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());

function services(exported: string[], targets: Record<string, ExportTarget> = {}): AppServices {
  return {
    userState: emptyState(),
    saveUserState: () => undefined,
    openUrl: () => 'opened',
    exportView: (events, path) => {
      exported.push(path);
      return `exported ${events.length} events to ${path}`;
    },
    defaultExportPath: 'fixture.md',
    exportTarget: (path) => targets[path] ?? { kind: 'new' },
  };
}

const statusLine = (frame: string): string => frame.split('\n').at(-1)!;

describe('messages', () => {
  it('last until the next key', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} services={services([])} />);
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'b', 'bookmarked');
    const moved = await press(r, 'j', 'Timeline 2/3');
    expect(moved).not.toContain('bookmarked');
    await press(r, 'y', 'told by');
    await press(r, KEY.tab, 'Articles 1/3');
    expect(r.lastFrame()).not.toContain('told by');
  });
});

describe('the status hints', () => {
  it("name only the current screen's keys", async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} services={services([])} />);
    expect(statusLine(await frameShows(r, 'Timeline 1/3'))).toContain('Tab articles');
    const articles = statusLine(await press(r, KEY.tab, 'Articles 1/3'));
    expect(articles).toContain('Tab timeline');
    expect(articles).not.toContain('Tab articles');
    await press(r, KEY.tab, 'Timeline 1/3');
    const prompt = statusLine(await press(r, 'x', 'fixture.md█'));
    expect(prompt).toContain('Enter export  Esc cancel');
    expect(prompt).not.toContain('open');
  });
});

describe('export from the UI', () => {
  it('asks before overwriting a file: n returns to the name, y writes', async () => {
    const exported: string[] = [];
    const r = render(
      <App
        story={story()}
        theme={MONOCHROME_THEME}
        services={services(exported, { 'fixture.md': { kind: 'exists' } })}
      />,
    );
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'x', 'fixture.md█');
    const asked = statusLine(await press(r, KEY.enter, 'fixture.md exists: overwrite it?'));
    expect(asked).toContain('y overwrite  n another name');
    await press(r, 'n', 'fixture.md█');
    expect(exported).toEqual([]);
    await press(r, KEY.enter, 'overwrite it?');
    await press(r, 'y', 'exported 3 events to fixture.md');
    expect(exported).toEqual(['fixture.md']);
  });

  it('says in words that a folder is missing, and keeps the name to correct it', async () => {
    const exported: string[] = [];
    const targets = {
      'fixture.md': { kind: 'problem', message: 'no folder /nowhere: create it, or export elsewhere' },
    };
    const r = render(
      <App
        story={story()}
        theme={MONOCHROME_THEME}
        services={services(exported, targets as Record<string, ExportTarget>)}
      />,
    );
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'x', 'fixture.md█');
    const refused = statusLine(await press(r, KEY.enter, 'no folder /nowhere'));
    // The answer comes first, so a long name cannot push it off the line.
    expect(refused).toMatch(/^no folder \/nowhere: create it, or export elsewhere · Export the 3 events shown to/);
    expect(exported).toEqual([]);
    // Still asking: a key types into the name.
    await press(r, 'x', 'fixture.mdx█');
    await press(r, KEY.escape, 'export cancelled');
  });
});

describe('a binding that cannot run now', () => {
  it('is left out of the hints, and says why when pressed', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} services={services([])} />);
    await frameShows(r, 'Timeline 1/3');
    const reader = statusLine(await press(r, KEY.enter, 'news/jordan.txt'));
    expect(reader).not.toContain('next source');
    await press(r, ']', 'one article tells this event');
  });
});

describe('the help', () => {
  it('says how many keys are below the screen', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} services={services([])} />);
    await frameShows(r, 'Timeline 1/3');
    const help = await press(r, '?', /Keys {2}\(\? or Esc closes\) {2}↓ \d+ more/);
    const more = Number(/↓ (\d+) more/.exec(help)![1]);
    await press(r, 'G', /Keys {2}\(\? or Esc closes\) {2}↑ \d+ above\n/);
    expect(more).toBeGreaterThan(0);
    expect(r.lastFrame()).toContain('quit');
  });
});

describe('bookmarks made in another corpus', () => {
  it('are listed under it, dimmed, and not opened here', async () => {
    let userState = emptyState();
    userState = toggleBookmark(
      userState,
      { id: 'far', date: '2010-01-12', summary: 'A quake hit Haiti.' },
      new Date(0),
      'haiti',
    );
    const r = render(<App story={story()} theme={MONOCHROME_THEME} services={{ ...services([]), userState }} />);
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'b', 'bookmarked');
    const list = await press(r, 'B', 'Bookmarks 1/2');
    const rows = list.split('\n').slice(2, 4).join('\n');
    expect(rows).toMatch(/A drone strike killed three US troops[^\n]*\n[^\n]*A quake hit Haiti\.\s+\(made in haiti\)/);
    await press(r, 'j', 'Bookmarks 2/2');
    await press(r, KEY.enter, 'made in haiti: open that corpus to read it');
  });
});
