// The screens read a window of rows, never the whole timeline: an archive's half a million rows
// are browsed by reading the rows on screen. A fake paged timeline counts every row read and
// answers only for pages "read" after a timer, as an archive answers after its query.
import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App, type AppServices } from '../../src/ui/App.js';
import { emptyState } from '../../src/state/index.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import type { ArticleList, BrowseStory, RowsListener, TimelineList } from '../../src/browse.js';
import type { AnalyzedArticle, TimelineEvent } from '../../src/types.js';
import { createEventSearch } from '../../src/search/index.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());

const ROWS = 500_000;
const PER_DAY = 50;
const PAGE = 100;
const FIRST_DAY = Date.UTC(2000, 0, 1);
/** Every 1,000th row names Obama. */
const OBAMA_EVERY = 1000;

const dayOfRow = (row: number): string =>
  new Date(FIRST_DAY + Math.floor(row / PER_DAY) * 86_400_000).toISOString().slice(0, 10);

const article: AnalyzedArticle = {
  id: 'a0',
  path: '/news/wire.txt',
  date: '2000-01-01',
  dateSource: 'header',
  title: 'The wire',
  text: 'The wire reports.',
  sentences: [],
  entities: [],
  times: [],
  events: [],
};

function eventAt(row: number): TimelineEvent {
  return {
    id: `e${row}`,
    date: dayOfRow(row),
    precision: 'day',
    approximate: false,
    summary: `Event number ${row} happened.`,
    sources: [{ path: article.path, articleId: article.id, start: 0, end: 5 }],
    entities: row % OBAMA_EVERY === 0 ? ['Barack Obama'] : [],
  } as TimelineEvent;
}

/** A timeline of ROWS rows read a page at a time: `at` is undefined until its page has "arrived". */
function pagedTimeline() {
  const listeners = new Set<RowsListener>();
  const loaded = new Set<number>();
  const asked = new Set<number>();
  const read: number[] = [];
  const naming: string[] = [];
  const timeline: TimelineList = {
    length: ROWS,
    at(index) {
      read.push(index);
      if (index < 0 || index >= ROWS) return undefined;
      const page = Math.floor(index / PAGE);
      if (loaded.has(page)) return eventAt(index);
      if (!asked.has(page)) {
        asked.add(page);
        setTimeout(() => {
          loaded.add(page);
          for (const listener of listeners) listener();
        }, 20);
      }
      return undefined;
    },
    dateAt: (index) => dayOfRow(index),
    modAt: () => undefined,
    indexOfId: (id) => (/^e\d+$/.test(id) && Number(id.slice(1)) < ROWS ? Number(id.slice(1)) : -1),
    rowsNaming(entity) {
      naming.push(entity);
      if (entity !== 'Barack Obama') return [];
      return Array.from({ length: ROWS / OBAMA_EVERY }, (_, i) => i * OBAMA_EVERY);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { timeline, read, naming, loaded };
}

/** One article whose text is read only after it is asked for (after a timer), as an archive reads it. */
function pagedArticles(): ArticleList {
  const listeners = new Set<RowsListener>();
  let read = false;
  let asked = false;
  return {
    length: 1,
    at: (index) => (index === 0 ? article : undefined),
    analysed: (index) => {
      if (index !== 0) return undefined;
      if (!read && !asked) {
        asked = true;
        setTimeout(() => {
          read = true;
          for (const listener of listeners) listener();
        }, 50);
      }
      return read ? article : undefined;
    },
    indexOfId: (id) => (id === article.id ? 0 : -1),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function browseStory(timeline: TimelineList, articles: ArticleList = pagedArticles()): BrowseStory {
  return {
    name: 'archive',
    problems: [],
    timeline,
    articles,
    entities: [{ name: 'Barack Obama', type: 'PERSON', mentions: 500, articles: 1, aliases: [] }],
    keyDates: [],
    coverage: [{ day: '2000-01-01', articles: 1 }],
    commonFolder: '/news/',
    createSearch: () => createEventSearch([]),
  };
}

/** The rows read, outside the windows [from, to) drawn: none may be far from the screen. */
const readOutside = (read: readonly number[], windows: ReadonlyArray<readonly [number, number]>): number[] =>
  read.filter((row) => !windows.some(([from, to]) => row >= from && row < to));

describe('a paged timeline of half a million rows', () => {
  it('reads only the rows on screen as it opens and moves, placeholders first, then the rows', async () => {
    const paged = pagedTimeline();
    const r = render(<App story={browseStory(paged.timeline)} theme={MONOCHROME_THEME} />);
    // Nothing read yet: the rows are placeholders with their dates, known without reading them.
    const first = r.frames[0]!;
    expect(first).toContain('Timeline 1/500000');
    expect(first).toContain('2000-01-01         …');
    expect(first).not.toContain('Event number 0 happened.');
    // The rows arrive and are drawn.
    await frameShows(r, 'Event number 0 happened.');
    await press(r, 'j', 'Timeline 2/500000');
    await press(r, 'G', 'Timeline 500000/500000');
    await frameShows(r, 'Event number 499999 happened.');
    await press(r, 'g', 'Timeline 1/500000');
    expect(paged.read.length).toBeGreaterThan(0);
    expect(paged.read.length).toBeLessThan(2000);
    expect(
      readOutside(paged.read, [
        [0, 200],
        [ROWS - 200, ROWS],
      ]),
    ).toEqual([]);
  });

  it('shows the dates since a day by its dates alone, reading only the rows drawn', async () => {
    const paged = pagedTimeline();
    const r = render(<App story={browseStory(paged.timeline)} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/500000');
    r.stdin.write(':');
    // The prompt's cursor, not a ':' the hints already show: keys typed before it opens are lost.
    await frameShows(r, /:█/);
    r.stdin.write('since 2010-01-01');
    await frameShows(r, 'since 2010-01-01');
    // The first row of 2010-01-01 is row 182,650 (3,653 days of 50 rows before it).
    const firstRow = 3653 * PER_DAY;
    const shown = ROWS - firstRow;
    await press(r, KEY.enter, `Timeline 1/${shown} · since 2010-01-01`);
    const frame = await frameShows(r, `Event number ${firstRow} happened.`);
    expect(frame).toContain('2010-01-01');
    expect(frame).not.toContain(`Event number ${firstRow - 1} happened.`);
    expect(paged.read.length).toBeLessThan(2000);
    expect(
      readOutside(paged.read, [
        [0, 200],
        [firstRow - 2, firstRow + 200],
      ]),
    ).toEqual([]);
  });

  it('filters by an entity from the rows naming it, reading only the rows drawn', async () => {
    const paged = pagedTimeline();
    const r = render(<App story={browseStory(paged.timeline)} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/500000');
    await press(r, 'e', 'Barack Obama');
    await press(r, KEY.enter, 'Timeline 1/500 · filter: Barack Obama');
    expect(paged.naming).toEqual(['Barack Obama']);
    await frameShows(r, 'Event number 1000 happened.');
    const frame = await press(r, 'G', 'Timeline 500/500');
    expect(frame).toContain('filter: Barack Obama');
    await frameShows(r, 'Event number 499000 happened.');
    // Only rows naming the entity are read once the filter is on, and only near the screen.
    expect(paged.read.length).toBeLessThan(2000);
    const named = paged.read.slice(paged.read.indexOf(1000));
    expect(named.every((row) => row % OBAMA_EVERY === 0)).toBe(true);
  });
});

describe('an article read on demand', () => {
  it('says reading… in the reader until its text arrives, then shows it', async () => {
    const paged = pagedTimeline();
    const r = render(<App story={browseStory(paged.timeline)} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Event number 0 happened.');
    await press(r, KEY.enter, 'reading…');
    await frameShows(r, 'The wire reports.');
  });
});

describe('export from a paged timeline', () => {
  it('reads the rows shown before writing them, and leaves more than an archive export to the CLI', async () => {
    const paged = pagedTimeline();
    const written: number[] = [];
    const services: AppServices = {
      userState: emptyState(),
      saveUserState: () => undefined,
      openUrl: () => 'opened',
      exportView: (events, path) => {
        written.push(events.length);
        expect(events.every((event) => event.entities.includes('Barack Obama'))).toBe(true);
        return `exported ${events.length} events to ${path}`;
      },
      defaultExportPath: 'obama.md',
    };
    const r = render(<App story={browseStory(paged.timeline)} theme={MONOCHROME_THEME} services={services} />);
    await frameShows(r, 'Timeline 1/500000');
    await press(r, 'x', 'obama.md█');
    await press(r, KEY.enter, 'more than the screen exports from an archive');
    expect(written).toEqual([]);
    await press(r, 'e', 'Barack Obama');
    await press(r, KEY.enter, 'Timeline 1/500 · filter: Barack Obama');
    await press(r, 'x', 'obama.md█');
    await press(r, KEY.enter, /reading \d+ of the events shown: export again/);
    expect(written).toEqual([]);
    // The rows asked for arrive; the export asked again writes all 500.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await press(r, 'x', 'obama.md█');
    await press(r, KEY.enter, 'exported 500 events to obama.md');
    expect(written).toEqual([500]);
    // The rows read are the filter's: 500 of them, not the timeline's half a million.
    expect(paged.read.length).toBeLessThan(2000);
  });
});
