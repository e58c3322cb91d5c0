import React from 'react';
import chalk from 'chalk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { DEFAULT_THEME as theme, type TextStyle } from '../../src/ui/theme.js';
import { story } from '../fixtures/story.js';
import { emptyState, toggleBookmark } from '../../src/state/index.js';
import { frameShows, press } from './keys.js';
import { styledFrame } from './frame-styles.js';
import { FRAME_WIDTH, fixtureFrame, paint } from './frame-expected.js';

// Each screen's whole frame, colour included, as ink-ui's tests compare them: a dropped style,
// a row out of place or a hint from another screen fails.
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

describe('whole frames in colour', () => {
  it('the timeline: headings, the selected row inverse, dates in the date style, a bookmark starred', async () => {
    let userState = emptyState();
    userState = toggleBookmark(userState, story().timeline[1]!);
    const r = render(
      <App
        story={story()}
        theme={theme}
        services={{
          userState,
          saveUserState: () => undefined,
          openUrl: () => '',
          exportView: () => '',
          defaultExportPath: 'x.md',
        }}
      />,
    );
    const shown = await frameShows(r, 'Timeline 1/3');
    const summaryWidth = WIDTH - 20 - 8;
    const row = (star: boolean, label: string, summary: string): string =>
      `${paint(theme.accent, star ? '★ ' : '  ')}${paint(theme.date, label.padEnd(18))} ${
        summary.length > summaryWidth ? `${summary.slice(0, summaryWidth - 1)}…` : summary.padEnd(summaryWidth)
      }${paint(theme.dim, '   ')}`;
    const t = story().timeline;
    expect(styledFrame(shown)).toEqual(
      expected(
        [
          paint(theme.heading, '2024-01'),
          paint(theme.selection, row(false, '~2024-01 late', t[0]!.summary)),
          paint(theme.heading, '2024-02-07'),
          row(true, '2024-02-07', t[1]!.summary),
          row(false, '2024-02-07', t[2]!.summary),
        ],
        'Timeline 1/3',
        'Enter open  Tab articles  e entities  d key dates  / search  : date…  ? help  q quit',
      ),
    );
  });

  it('the entities: the selected name marked and inverse, each name in its type colour', async () => {
    const r = render(<App story={story()} theme={theme} />);
    await frameShows(r, 'Timeline 1/3');
    const shown = await press(r, 'e', 'Entities 1/4');
    const row = (selected: boolean, type: string, mentions: number, name: string, style: TextStyle, n: number) => {
      const text = `${paint(theme.accent, selected ? '❯ ' : '  ')}${paint(theme.dim, `${type.padEnd(7)}${String(mentions).padStart(5)} `)}${paint(style, name)}${paint(theme.dim, `  ${n} article${n === 1 ? '' : 's'}`)}`;
      return selected ? paint(theme.selection, text) : text;
    };
    expect(styledFrame(shown)).toEqual(
      expected(
        [
          // The filter line: the field with its cursor, the count, the types with the current one lit.
          `${paint(theme.accent, '> ')}${chalk.inverse(' ')}${paint(theme.dim, ' type to filter names  4 of 4  ')}${paint(
            theme.selection,
            ' all ',
          )}${paint(theme.dim, ' people  organisations  places ')}`,
          row(true, 'org', 2, 'Kataib Hezbollah', theme['entity.org'], 2),
          row(false, 'place', 1, 'Baghdad', theme['entity.place'], 1),
          row(false, 'person', 1, 'Wissam al-Saadi', theme['entity.person'], 1),
          row(false, 'place', 1, 'Yemen', theme['entity.place'], 1),
        ],
        'Entities 1/4',
        'Ctrl-N next  Enter filter timeline  Tab type  Esc back',
      ),
    );
  });

  it('the key dates: the day in the date style, its count dim, the row inverse', async () => {
    const r = render(<App story={story()} theme={theme} />);
    await frameShows(r, 'Timeline 1/3');
    const shown = await press(r, 'd', 'Key dates 1/1');
    expect(styledFrame(shown)).toEqual(
      expected(
        [
          paint(
            theme.selection,
            `${paint(theme.date, '2024-02-07')}${paint(theme.dim, '    2 ev  ')}A US drone strike hit a car in Baghdad on Wednesday.`,
          ),
        ],
        'Key dates 1/1',
        'Enter open  Esc back  ? help',
      ),
    );
  });

  it('the search: the query with its cursor, the hit inverse with the matched word lit', async () => {
    const r = render(<App story={story()} theme={theme} />);
    await frameShows(r, 'Timeline 1/3');
    await press(r, '/', 'type to search');
    const shown = await press(r, 'houthi', 'Search 1 hit');
    const summary = story().timeline[2]!.summary;
    expect(styledFrame(shown)).toEqual(
      expected(
        [
          `${paint(theme.accent, '/ ')}houthi${chalk.inverse(' ')}`,
          paint(
            theme.selection,
            `${paint(theme.date, '2024-02-07'.padEnd(19))} ${`The ${paint(theme.match, 'Houthi')}${summary.slice(10)}`}`,
          ),
        ],
        'Search 1 hit',
        'Enter open  Esc back  Ctrl-P earlier query',
      ),
    );
  });
});
