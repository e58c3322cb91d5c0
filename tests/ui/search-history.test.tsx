import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import { initialNavigation, navigate, type NavigationState } from '../../src/ui/navigation.js';
import { story } from '../fixtures/story.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());

const CTRL_N = '\u000E';
const CTRL_P = '\u0010';

/** Searches `query` from the timeline and leaves the results with Esc. */
async function search(r: ReturnType<typeof render>, query: string): Promise<void> {
  await press(r, '/', 'type to search events');
  r.stdin.write(query);
  await frameShows(r, new RegExp(`^/ ${query}`, 'm'));
  await press(r, KEY.escape, `/${query}:`);
}

describe('the queries of the session', () => {
  it('come back with ↑ after /, newest first, and ↓ (Ctrl-N) goes to later ones', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    await search(r, 'houthi');
    await search(r, 'drone');
    await press(r, '/', 'type to search events');
    let frame = await press(r, KEY.up, /^\/ drone/m);
    expect(frame).toContain('Search 2 hits');
    frame = await press(r, KEY.up, /^\/ houthi/m);
    expect(frame).toContain('Search 1 hit');
    // The oldest stays.
    await press(r, KEY.up, /^\/ houthi/m);
    await press(r, CTRL_N, /^\/ drone/m);
    // Past the newest, the field is empty again.
    await press(r, CTRL_N, 'type to search events');
    await press(r, CTRL_P, /^\/ drone/m);
  });

  it('are searched again as recalled, and Enter opens the hit', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    await search(r, 'houthi');
    await press(r, 'g', 'Timeline 1/3');
    await press(r, '/', 'type to search events');
    await press(r, KEY.up, /^\/ houthi/m);
    await press(r, KEY.enter, 'news/yemen.txt');
    await press(r, KEY.escape, 'Timeline 3/3');
  });

  it('give way to moving in the results once the query is typed', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    await search(r, 'houthi');
    await press(r, '/', 'type to search events');
    r.stdin.write('strike');
    await frameShows(r, 'Search 3 hits');
    await press(r, KEY.down, 'Search 3 hits');
    // ↑ on the second row moves to the first; on the first row of typed text it stays put.
    r.stdin.write(KEY.up);
    r.stdin.write(KEY.up);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const frame = await frameShows(r, 'Search 3 hits');
    expect(frame).toMatch(/^\/ strike/m);
    expect(frame).not.toContain('/ houthi');
  });

  it('are named in the help, with n/N and the keys for the next source', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    r.stdin.write('?');
    const help = await frameShows(r, 'Keys');
    expect(help).toMatch(/Ctrl-P ↑\s+earlier query of this session/);
    expect(help).toMatch(/\bn\s+next match of the last search/);
    expect(help).toMatch(/\bN\s+previous match of the last search/);
    expect(help).toMatch(/\]\s+next article telling this event/);
  });
});

describe('the search state', () => {
  const typed = (state: NavigationState, text: string): NavigationState => {
    const timeline = navigate(state, { type: 'go', screen: 'timeline' });
    return navigate(navigate(timeline, { type: 'go', screen: 'search' }), { type: 'typeQuery', text });
  };

  it('keeps a query searched once, the newest last, without repeats', () => {
    let state = initialNavigation();
    for (const query of ['houthi', 'drone', 'houthi ']) {
      state = navigate(typed(state, query), { type: 'searchDone', leave: false });
    }
    expect(state.queries).toEqual(['drone', 'houthi']);
    expect(state.activeQuery).toBe('houthi');
  });

  it('leaves the results for the timeline when a hit is opened, so back lands there', () => {
    let state = navigate(initialNavigation(), { type: 'switchList' });
    state = navigate(typed(state, 'houthi'), { type: 'searchDone', leave: true });
    expect(state.screen).toBe('timeline');
    state = navigate(state, {
      type: 'openArticle',
      articleIndex: 2,
      topOffset: 0,
      highlight: null,
      eventIndex: 2,
      sourceIndex: 0,
    });
    expect(navigate(state, { type: 'back' }).screen).toBe('timeline');
  });

  it('forgets which query is recalled once the text is edited', () => {
    let state = navigate(typed(initialNavigation(), 'houthi'), { type: 'searchDone', leave: false });
    state = navigate(navigate(state, { type: 'go', screen: 'timeline' }), { type: 'go', screen: 'search' });
    state = navigate(state, { type: 'recallQuery', older: true });
    expect(state).toMatchObject({ query: 'houthi', recall: 0 });
    state = navigate(state, { type: 'typeQuery', text: ' yemen' });
    expect(state).toMatchObject({ query: 'houthi yemen', recall: null });
  });
});
