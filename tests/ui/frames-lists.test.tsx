import React from 'react';
import chalk from 'chalk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import type { AppServices } from '../../src/ui/App.js';
import { helpLines } from '../../src/ui/keymap.js';
import { DEFAULT_THEME as theme } from '../../src/ui/theme.js';
import { emptyState, toggleBookmark, toggleRead, type AppState } from '../../src/state/index.js';
import type { AnalyzedArticle, ArticleEvent } from '../../src/types.js';
import { story } from '../fixtures/story.js';
import { frameShows, KEY, press } from './keys.js';
import { styledFrame } from './frame-styles.js';
import { BODY_ROWS, FRAME_WIDTH, fitted, fixtureFrame, paint } from './frame-expected.js';

// The articles, the bookmarks and the help, each compared whole, colour included: a dropped
// style, a row out of place, a mark or a note lost, or a hint from another screen fails.
afterEach(() => cleanup());
const level = chalk.level;
beforeAll(() => {
  chalk.level = 3;
});
afterAll(() => {
  chalk.level = level;
});

const WIDTH = FRAME_WIDTH;
const expected = (body: string[], where: string, hints: string): string[] => fixtureFrame(theme, body, where, hints);

function services(userState: AppState): AppServices {
  return {
    userState,
    saveUserState: () => undefined,
    openUrl: () => '',
    exportView: () => '',
    defaultExportPath: 'x.md',
  };
}

/** The fixture's articles with titles of one line, and 2, 1 and 0 events. */
function titled(): ReturnType<typeof story> {
  const base = story();
  const titles = ['Drone strike in Baghdad', 'Three US troops killed in Jordan', 'Houthis report two air strikes'];
  const event = (date: string): ArticleEvent => ({
    start: 0,
    end: 5,
    date,
    precision: 'day',
    approximate: false,
    text: 'A US drone strike',
    entities: [],
    lead: true,
  });
  const events = [[event('2024-02-07'), event('2024-02-06')], [event('2024-01-28')], []];
  const articles = base.articles.map((a, i): AnalyzedArticle => ({ ...a, title: titles[i]!, events: events[i]! }));
  return { ...base, articles };
}

describe('whole frames in colour: lists and the help', () => {
  it('the articles: unread marked ●, the date in its style, the count dim, the selected row inverse', async () => {
    const userState = toggleRead(emptyState(), 'a2', true);
    const r = render(<App story={titled()} theme={theme} services={services(userState)} />);
    await frameShows(r, 'Timeline 1/3');
    const shown = await press(r, KEY.tab, 'Articles 1/3');
    const row = (read: boolean, date: string, title: string, events: number): string =>
      `${paint(theme.accent, read ? '  ' : '● ')}${paint(theme.date, date.padEnd(11))}${title}${paint(
        theme.dim,
        `  ${events} event${events === 1 ? '' : 's'}`,
      )}`;
    expect(styledFrame(shown)).toEqual(
      expected(
        [
          paint(theme.selection, row(false, '2024-02-07', 'Drone strike in Baghdad', 2)),
          row(true, '2024-01-29', 'Three US troops killed in Jordan', 1),
          row(false, '2024-02-07', 'Houthis report two air strikes', 0),
        ],
        'Articles 1/3',
        'Enter open  Tab timeline  / search  : date…  ? help  q quit',
      ),
    );
  });

  it("the bookmarks: this corpus's first, another corpus's dimmed with where it was made", async () => {
    const t = story().timeline;
    let userState = emptyState();
    userState = toggleBookmark(
      userState,
      { id: 'far', date: '2010-01-12', summary: 'A quake hit Haiti.' },
      new Date(0),
      'haiti',
    );
    userState = toggleBookmark(userState, t[2]!, new Date(1), 'fixture');
    const r = render(<App story={story()} theme={theme} services={services(userState)} />);
    await frameShows(r, 'Timeline 1/3');
    const shown = await press(r, 'B', 'Bookmarks 1/2');
    expect(styledFrame(shown)).toEqual(
      expected(
        [
          paint(theme.selection, `${paint(theme.date, '2024-02-07'.padEnd(12))}${t[2]!.summary}`),
          paint(theme.dim, `${paint(theme.date, '2010-01-12'.padEnd(12))}A quake hit Haiti.  (made in haiti)`),
        ],
        'Bookmarks 1/2',
        'Enter open  b unbookmark  Esc back',
      ),
    );
  });

  it('the help: the title with what is below, groups as headings, keys in the accent, where dim', async () => {
    const r = render(<App story={story()} theme={theme} />);
    await frameShows(r, 'Timeline 1/3');
    const shown = await press(r, '?', 'Help');
    const lines = helpLines();
    const keysWidth = Math.min(28, Math.max(...lines.map((line) => ('keys' in line ? line.keys.length : 0))) + 2);
    const body = [
      `${paint(theme.heading, 'Keys')}${paint(theme.dim, '  (? or Esc closes)')}${paint(
        theme.accent,
        `  ↓ ${lines.length - (BODY_ROWS - 1)} more`,
      )}`,
      ...lines.slice(0, BODY_ROWS - 1).map((line) =>
        'title' in line
          ? paint(theme.heading, line.title)
          : fitted(
              [
                [theme.accent, line.keys.padEnd(keysWidth)],
                [null, line.description],
                [theme.dim, `  (${line.screens})`],
              ],
              WIDTH,
            ),
      ),
    ];
    expect(styledFrame(shown)).toEqual(expected(body, 'Help', '↓ more  Esc close  q quit'));
  });
});
