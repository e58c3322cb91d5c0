import React from 'react';
import chalk from 'chalk';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App, type AppServices } from '../../src/ui/App.js';
import { DEFAULT_THEME } from '../../src/ui/theme.js';
import { NO_SERVICES } from '../../src/ui/use-app-state.js';
import { emptyState, placeIn, withCommands, withPlace, type AppState } from '../../src/state/index.js';
import { backgroundStory, backgroundTimeline } from '../fixtures/background-story.js';
import { frameShows, KEY, press } from './keys.js';

// The selected row is drawn inverse: colour is on, so the tests can tell which row it is.
const level = chalk.level;
beforeAll(() => {
  chalk.level = 3;
});
afterAll(() => {
  chalk.level = level;
});
afterEach(() => cleanup());

const INVERSE = '\u001B[7m';

/** The frame as seen, and the text of its selected row. */
const plain = (frame: string): string => stripVTControlCharacters(frame);
const selectedRow = (frame: string): string =>
  plain(
    frame
      .split('\n')
      .slice(2, -1)
      .find((line) => line.includes(INVERSE)) ?? '',
  ).trim();
const bodyLines = (frame: string): string[] => plain(frame).split('\n').slice(2, -1);

function app(userState: AppState = emptyState()) {
  const saved: AppState[] = [];
  const services: AppServices = {
    ...NO_SERVICES,
    userState,
    corpus: 'haiti',
    saveUserState: (state) => void saved.push(state),
  };
  const r = render(<App story={backgroundStory()} theme={DEFAULT_THEME} services={services} />);
  return { r, saved };
}

/** Types a command line and runs it. */
async function command(r: ReturnType<typeof render>, line: string, expected: string | RegExp): Promise<string> {
  await press(r, ':', /:█/);
  r.stdin.write(line);
  await frameShows(r, `:${line}█`);
  return press(r, KEY.enter, expected);
}

describe('the timeline opens at the story', () => {
  it('folds the background into one row and starts on the first row of the story proper', async () => {
    const { r } = app();
    const frame = await frameShows(r, 'Timeline 4/8');
    const body = bodyLines(frame);
    expect(body[0]).toBe('▸ before 2010-01-12 · 3 events of background · ↑ opens it');
    expect(body[1]).toBe('2010-01-12');
    expect(plain(frame)).not.toContain('12th century English village church');
    expect(selectedRow(frame)).toContain('An earthquake struck Haiti on Tuesday.');
  });

  it('opens the fold when the cursor moves into it, and closes it when it leaves', async () => {
    const { r } = app();
    await frameShows(r, 'Timeline 4/8');
    const open = await press(r, 'k', 'Timeline 3/8');
    expect(bodyLines(open)[0]).toBe('▾ before 2010-01-12 · 3 events of background');
    expect(plain(open)).toContain('The Gold Reserve Act was passed in 1934.');
    expect(selectedRow(open)).toContain('The fund was first proposed in June 2009.');
    await press(r, 'g', 'Timeline 1/8');
    expect(selectedRow(r.lastFrame()!)).toContain('12th century English village church');
    const closed = await press(r, 'G', 'Timeline 8/8');
    expect(bodyLines(closed).join('\n')).not.toContain('1934');
  });
});

describe('the command line', () => {
  it('goes to a date typed as 2010-01-20, jan 20 or 20 jan 2010', async () => {
    const { r } = app();
    await frameShows(r, 'Timeline 4/8');
    const jumped = await command(r, '2010-01-20', 'Timeline 7/8');
    expect(selectedRow(jumped)).toContain('An aftershock shook the capital on Wednesday.');
    await command(r, 'jan 15', 'Timeline 5/8');
    await command(r, '24 jan 2010', 'Timeline 8/8');
    // A month goes to its first row; the background's too, opening the fold.
    const june = await command(r, '2009-06', 'Timeline 3/8');
    expect(selectedRow(june)).toContain('The fund was first proposed in June 2009.');
  });

  it('goes to the nearest day with events, and says so; says what it cannot read', async () => {
    const { r } = app();
    await frameShows(r, 'Timeline 4/8');
    const near = await command(r, '2010-01-19', 'Timeline 7/8');
    expect(plain(near)).toContain('no events on 2010-01-19: nearest 2010-01-20');
    const wrong = await command(r, 'frobnicate', "unknown command ':frobnicate'");
    expect(plain(wrong)).toContain('Timeline 7/8');
    await command(r, '2010-14-01', 'not a date');
    // The message lasts until the next key.
    const next = await press(r, 'j', 'Timeline 8/8');
    expect(plain(next)).not.toContain('not a date');
  });

  it(':sort shows the newest day first, says so in the status, and :sort again the oldest', async () => {
    const { r } = app();
    await frameShows(r, 'Timeline 4/8');
    const newest = await command(r, 'sort', 'newest first');
    expect(bodyLines(newest)[0]).toBe('2010-01-24');
    expect(bodyLines(newest)[1]).toContain('Rescuers pulled a man from the rubble on Sunday.');
    // The event selected stays selected, on its row in the new order.
    expect(plain(newest)).toMatch(/Timeline 5\/8 · newest first/);
    expect(selectedRow(newest)).toContain('An earthquake struck Haiti on Tuesday.');
    const headings = bodyLines(newest).filter((line) => /^\S/.test(line));
    expect(headings).toEqual([
      '2010-01-24',
      '2010-01-20',
      '2010-01-15',
      '2010-01-12',
      expect.stringMatching(/^▸ before 2010-01-12/),
    ]);
    const oldest = await command(r, 'sort', 'oldest first');
    expect(plain(oldest)).not.toContain('newest first ');
    expect(plain(oldest)).toContain('Timeline 4/8');
    expect(selectedRow(oldest)).toContain('An earthquake struck Haiti on Tuesday.');
    expect(bodyLines(oldest)[0]).toMatch(/^▸ before 2010-01-12/);
  });

  it(':since and :until keep a range of dates, shown in the status; alone they clear it, :all clears both', async () => {
    const { r } = app();
    await frameShows(r, 'Timeline 4/8');
    const since = await command(r, 'since 2010-01-15', 'Timeline 1/4 · since 2010-01-15');
    expect(plain(since)).not.toContain('An earthquake struck Haiti');
    const both = await command(r, 'until jan 20', 'Timeline 1/3 · since 2010-01-15 · until 2010-01-20');
    expect(plain(both)).not.toContain('Rescuers pulled');
    // The event selected stays selected as the range changes.
    await command(r, 'since', 'Timeline 5/7 · until 2010-01-20');
    await command(r, 'since 2010-01-15', 'Timeline 1/3 · since 2010-01-15 · until 2010-01-20');
    const all = await command(r, 'all', 'Timeline 5/8 · every date shown');
    expect(selectedRow(all)).toContain('Aid flights landed at Port-au-Prince on Friday.');
    expect(plain(all)).not.toContain('since 2010');
    const empty = await command(r, 'since 2011', 'Timeline 0/0 · since 2011');
    expect(plain(empty)).toContain('no events · since 2011: :all shows every date');
    // From an empty timeline, :all opens at the story, past the background.
    await command(r, 'all', 'Timeline 4/8 · every date shown');
  });

  it('completes command names with Tab and lists the names a prefix could be', async () => {
    const { r } = app();
    await frameShows(r, 'Timeline 4/8');
    await press(r, ':', /:█/);
    r.stdin.write('s');
    await frameShows(r, ':s█');
    const both = await press(r, KEY.tab, ':sort  :since');
    expect(plain(both)).toContain(':s█');
    r.stdin.write('o');
    await frameShows(r, ':so█');
    await press(r, KEY.tab, ':sort█');
    await press(r, KEY.enter, 'newest first');
  });

  it('recalls earlier lines with ↑ and ↓, this session and the last', async () => {
    const { r, saved } = app(withCommands(emptyState(), ['2010-01-15']));
    await frameShows(r, 'Timeline 4/8');
    await command(r, 'sort', 'newest first');
    await press(r, ':', /:█/);
    await press(r, KEY.up, ':sort█');
    await press(r, KEY.up, ':2010-01-15█');
    await press(r, KEY.up, ':2010-01-15█');
    await press(r, KEY.down, ':sort█');
    await press(r, KEY.down, /:█/);
    await press(r, KEY.up, ':sort█');
    await press(r, KEY.enter, 'oldest first');
    // The history is kept in the state, newest last.
    expect(saved.at(-1)?.commands).toEqual(['2010-01-15', 'sort']);
    // Esc leaves the line without running it.
    await press(r, ':', /:█/);
    r.stdin.write('sort');
    await frameShows(r, ':sort█');
    const left = await press(r, KEY.escape, 'Timeline 4/8');
    expect(plain(left)).not.toContain('newest first');
  });

  it(':q quits, and the place is saved as it quits', async () => {
    const { r, saved } = app();
    await frameShows(r, 'Timeline 4/8');
    await press(r, 'j', 'Timeline 5/8');
    await press(r, ':', /:█/);
    r.stdin.write('q');
    await frameShows(r, ':q█');
    r.stdin.write(KEY.enter);
    await expect.poll(() => saved.length).toBeGreaterThan(0);
    expect(placeIn(saved.at(-1)!, 'haiti')?.eventId).toBe('s2');
    // Quit: keys no longer reach the app, whose last frame stays.
    const last = r.lastFrame();
    r.stdin.write('j');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(r.lastFrame()).toBe(last);
  });

  it('runs from the article list and the reader too, showing the timeline it changed', async () => {
    const { r } = app();
    await frameShows(r, 'Timeline 4/8');
    await press(r, KEY.tab, 'Articles 1/3');
    const sorted = await command(r, 'sort', 'newest first');
    expect(plain(sorted)).toContain('Timeline 5/8 · newest first');
    await press(r, 'g', 'Timeline 1/8');
    await press(r, KEY.enter, 'haiti/later.txt');
    // Newest first, the day's first row is its last told.
    const jumped = await command(r, '2010-01-15', 'Timeline 3/8');
    expect(selectedRow(jumped)).toContain('The United Nations appealed for funds on Friday.');
  });

  it('hints the command line on the timeline, from the bindings', async () => {
    const { r } = app();
    const frame = await frameShows(r, 'Timeline 4/8');
    expect(plain(frame)).toContain(': date…');
    const line = await press(r, ':', /:█/);
    expect(plain(line).split('\n').at(-1)).toMatch(/:█ +│ {2}Enter run {2}Tab complete {2}↑ history {2}Esc cancel/);
  });
});

describe('the place left in a corpus', () => {
  it('reopens on the row the cursor rested on', async () => {
    const first = app();
    await frameShows(first.r, 'Timeline 4/8');
    await press(first.r, 'j', 'Timeline 5/8');
    await press(first.r, 'j', 'Timeline 6/8');
    // Resting on a row saves it as the place (a held key saves once).
    await expect.poll(() => first.saved.length, { timeout: 3000 }).toBeGreaterThan(0);
    const state = first.saved.at(-1)!;
    expect(placeIn(state, 'haiti')?.eventId).toBe('s3');
    first.r.unmount();
    const again = app(state);
    const frame = await frameShows(again.r, 'Timeline 6/8');
    expect(selectedRow(frame)).toContain('The United Nations appealed for funds on Friday.');
  });

  it("is this corpus's: a place left in another corpus does not move this one", async () => {
    const elsewhere = withPlace(emptyState(), 'bpoil', { ...backgroundTimeline[6]!, id: 's4' });
    const { r } = app(elsewhere);
    await frameShows(r, 'Timeline 4/8');
    const here = withPlace(emptyState(), 'haiti', backgroundTimeline[1]!);
    cleanup();
    const inFold = app(here);
    const frame = await frameShows(inFold.r, 'Timeline 2/8');
    expect(selectedRow(frame)).toContain('The Gold Reserve Act was passed in 1934.');
  });
});

describe('the event selected, as the timeline shown changes', () => {
  const loading = { done: 1, total: 3, rate: 10 };
  /** The story as it streams in: the 1934 and 12th-century background arrives last. */
  function streaming() {
    const saved: AppState[] = [];
    const services: AppServices = {
      ...NO_SERVICES,
      corpus: 'haiti',
      saveUserState: (state) => void saved.push(state),
    };
    const early = backgroundStory({ timeline: backgroundTimeline.slice(2) });
    const r = render(<App story={early} theme={DEFAULT_THEME} services={services} progress={loading} />);
    const arrive = (): void =>
      r.rerender(<App story={backgroundStory()} theme={DEFAULT_THEME} services={services} progress={null} />);
    return { r, saved, arrive };
  }

  it('stays on the event moved to while events arrive above it, and saves that event as the place', async () => {
    const { r, saved, arrive } = streaming();
    await frameShows(r, 'Timeline 2/6');
    await press(r, 'j', 'Timeline 3/6');
    arrive();
    const frame = await frameShows(r, 'Timeline 5/8');
    expect(selectedRow(frame)).toContain('Aid flights landed at Port-au-Prince on Friday.');
    expect(plain(frame)).not.toContain('The Gold Reserve Act');
    await expect.poll(() => saved.length, { timeout: 3000 }).toBeGreaterThan(0);
    expect(placeIn(saved.at(-1)!, 'haiti')?.eventId).toBe('s2');
  });

  it('stays on the day gone to with the command line while events arrive', async () => {
    const { r, arrive } = streaming();
    await frameShows(r, 'Timeline 2/6');
    await command(r, '2010-01-20', 'Timeline 5/6');
    arrive();
    const frame = await frameShows(r, 'Timeline 7/8');
    expect(selectedRow(frame)).toContain('An aftershock shook the capital on Wednesday.');
  });

  it('stays where it is when the command changes nothing shown (:all with every date shown)', async () => {
    const { r } = app();
    await frameShows(r, 'Timeline 4/8');
    await command(r, 'all', 'Timeline 4/8 · every date shown');
    await press(r, 'j', 'Timeline 5/8');
    const all = await command(r, 'all', 'Timeline 5/8 · every date shown');
    expect(selectedRow(all)).toContain('Aid flights landed at Port-au-Prince on Friday.');
  });

  it('goes to the nearest row by date when the range hides it, and back to it when shown again', async () => {
    const { r } = app();
    await frameShows(r, 'Timeline 4/8');
    await press(r, 'j', 'Timeline 5/8');
    const hidden = await command(r, 'until 2010-01-12', 'Timeline 4/4 · until 2010-01-12');
    expect(selectedRow(hidden)).toContain('An earthquake struck Haiti on Tuesday.');
    await press(r, 'k', 'Timeline 3/4');
    const all = await command(r, 'all', 'Timeline 3/8');
    expect(selectedRow(all)).toContain('The fund was first proposed in June 2009.');
  });
});
