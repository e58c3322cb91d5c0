import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import type { Story, TimelineEvent } from '../../src/types.js';
import { story } from '../fixtures/story.js';
import { createEventSearch } from '../../src/search/index.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());

const app = (s: Story = story()) => render(<App story={s} theme={MONOCHROME_THEME} />);

/** The fixture's story with `count` more events, `harbour` in those whose number `harbour(i)` says. */
function manyEvents(count: number, harbour: (i: number) => boolean): Story {
  const base = story();
  const template = base.timeline[2]!;
  const timeline: TimelineEvent[] = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `many${i}`,
    date: `20${String(10 + Math.floor(i / 300)).padStart(2, '0')}-0${1 + (Math.floor(i / 28) % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    summary: harbour(i) ? `Cranes number ${i} arrived at the harbour.` : `Ships number ${i} left the bay.`,
    entities: [],
  }));
  return { ...base, timeline };
}

describe('search results', () => {
  it('counts every event that matches, and the cursor goes on past the hits first drawn', async () => {
    const many = manyEvents(640, (i) => i % 8 !== 0);
    const r = app(many);
    await frameShows(r, 'Timeline 1/640');
    r.stdin.write('/harbour');
    const first = await frameShows(r, 'Search 560 hits');
    const ranked = createEventSearch(many.timeline).find('harbour', { limit: 100 }).hits;
    const summary = (rank: number): string => many.timeline[ranked[rank]!.index]!.summary;
    expect(first).toContain(summary(0));
    // Two and a half screenfuls down (the screen has 20 result rows): hits the first search of
    // the query did not ask the engine for.
    for (let i = 0; i < 50; i++) {
      r.stdin.write(KEY.down);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const moved = await frameShows(r, summary(50));
    expect(moved).not.toContain(summary(0));
    expect(moved).toContain('Search 560 hits');
  });

  it('draws the true count when it is all there is', async () => {
    const r = app(manyEvents(40, (i) => i % 4 === 0));
    await frameShows(r, 'Timeline 1/40');
    r.stdin.write('/harbour');
    const frame = await frameShows(r, 'Search 10 hits');
    expect(frame).not.toContain(' of ');
  });

  it("is scoped to the entity filter: only the filtered entity's events are searched", async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    r.stdin.write('/strike');
    await frameShows(r, 'Search 3 hits');
    await press(r, KEY.escape, 'Timeline');
    // The entities list opens on Kataib Hezbollah; Enter filters the timeline to its events.
    await press(r, 'e', 'Entities');
    await press(r, KEY.enter, 'filter: Kataib Hezbollah');
    r.stdin.write('/strike');
    const scoped = await frameShows(r, 'Search 1 hit');
    expect(scoped).toContain('A US drone strike hit a car in Baghdad');
    expect(scoped).not.toContain('Houthi');
  });

  it('is scoped to the dates shown (:since, :until): its count agrees with the timeline', async () => {
    // Ten harbour events, three of them in February 2010.
    const r = app(manyEvents(40, (i) => i % 4 === 0));
    await frameShows(r, 'Timeline 1/40');
    // The prompt's cursor, not a ':' the hints already show: keys typed before it opens are lost.
    await press(r, ':', /:█/);
    r.stdin.write('since 2010-02');
    await frameShows(r, ':since 2010-02');
    await press(r, KEY.enter, 'Timeline 1/12 · since 2010-02');
    r.stdin.write('/harbour');
    const scoped = await frameShows(r, 'Search 3 hits');
    expect(scoped).not.toContain('Cranes number 24 ');
    await press(r, KEY.enter, 'Cranes number 36');
    // The newest of equals first: Esc from the reader lands on its row.
    const timeline = await press(r, KEY.escape, 'Timeline 9/12');
    expect(timeline).toContain('/harbour: 3 matches');
  });

  it('finds an event by the name of the outlet that reported it', async () => {
    const base = story();
    const articles = base.articles.map((a) => (a.id === 'a3' ? { ...a, source: 'Saba News Agency' } : a));
    const r = app({ ...base, articles });
    await frameShows(r, 'Timeline 1/3');
    r.stdin.write('/saba');
    const frame = await frameShows(r, 'Search 1 hit');
    expect(frame).toContain('The Houthi rebels in Yemen');
  });

  it("opens the hit with Enter, and Esc from the reader lands on the hit's row of the timeline", async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    r.stdin.write('/houthi');
    await frameShows(r, 'Search 1 hit');
    const reader = await press(r, KEY.enter, 'news/yemen.txt');
    expect(reader).toContain('Ras Issa');
    const timeline = await press(r, KEY.escape, 'Timeline 3/3');
    expect(timeline).toContain('/houthi: 1 match');
  });

  it('keeps the cursor on the event selected in the results when Esc leaves them', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    r.stdin.write('/baghdad');
    await frameShows(r, 'Search 1 hit');
    await press(r, KEY.escape, 'Timeline 2/3');
  });

  it('keeps the row moved to in the results, not the first', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    r.stdin.write('/wednesday');
    const results = await frameShows(r, 'Search 2 hits');
    // The most recent first among equals: e3 (Houthi) then e2 (Baghdad), both of 2024-02-07.
    const rows = results.split('\n').filter((line) => line.includes('Wednesday'));
    expect(rows[0]).toContain('Houthi');
    await press(r, KEY.down, 'Search 2 hits');
    await frameShows(r, (frame) => frame.split('\n').some((l) => l.includes('Baghdad')));
    await press(r, KEY.escape, 'Timeline 2/3');
  });
});

describe('the timeline after a search', () => {
  it('hints n next match only when the search matched a row, and n says why it cannot go', async () => {
    const r = app(manyEvents(40, (i) => i % 4 === 0));
    await frameShows(r, 'Timeline 1/40');
    r.stdin.write('/harbour');
    await frameShows(r, 'Search 10 hits');
    await press(r, KEY.enter, 'lines');
    const matched = await press(r, KEY.escape, '/harbour: 10 matches');
    expect(matched).toContain('n next match');

    r.stdin.write('/');
    await frameShows(r, 'type to search events');
    r.stdin.write('zebra');
    await frameShows(r, 'Search 0 hits');
    await press(r, KEY.enter, 'Search 0 hits');
    const none = await press(r, KEY.escape, '/zebra: 0 matches');
    expect(none).not.toContain('next match');
    expect(await press(r, 'n', "no event matches 'zebra'")).toContain('Timeline');
  });
});
