import { describe, expect, it } from 'vitest';
import { initialNavigation, navigate, placeCursor } from '../../src/ui/navigation.js';

describe('navigation', () => {
  it('keeps the cursor inside the list and the window around the cursor', () => {
    expect(placeCursor(-3, 0, 10, 4)).toEqual({ cursor: 0, top: 0 });
    expect(placeCursor(12, 0, 10, 4)).toEqual({ cursor: 9, top: 6 });
    expect(placeCursor(5, 0, 10, 4)).toEqual({ cursor: 5, top: 2 });
    expect(placeCursor(3, 2, 10, 4)).toEqual({ cursor: 3, top: 2 });
    expect(placeCursor(0, 0, 0, 4)).toEqual({ cursor: 0, top: 0 });
  });

  it('moves down a list and scrolls the window when the cursor leaves it', () => {
    let state = initialNavigation();
    for (let i = 0; i < 5; i++)
      state = navigate(state, { type: 'move', list: 'timeline', delta: 1, count: 20, height: 3 });
    expect(state.lists.timeline).toEqual({ cursor: 5, top: 3 });
  });

  it('goes back to the screen it came from, and to the list from the reader', () => {
    let state = initialNavigation();
    state = navigate(state, { type: 'go', screen: 'search' });
    state = navigate(state, {
      type: 'openArticle',
      articleIndex: 1,
      topOffset: 0,
      highlight: null,
      eventIndex: 0,
      sourceIndex: 0,
    });
    expect(state.screen).toBe('reader');
    state = navigate(state, { type: 'back' });
    expect(state.screen).toBe('search');
    state = navigate(state, { type: 'back' });
    expect(state.screen).toBe('timeline');
    state = navigate(state, { type: 'back' });
    expect(state.screen).toBe('timeline');
  });

  it('toggles between timeline and articles with Tab and remembers each cursor', () => {
    let state = navigate(initialNavigation(), { type: 'move', list: 'timeline', delta: 2, count: 5, height: 10 });
    state = navigate(state, { type: 'switchList' });
    expect(state.screen).toBe('articles');
    state = navigate(state, { type: 'switchList' });
    expect(state.screen).toBe('timeline');
    expect(state.lists.timeline.cursor).toBe(2);
  });

  it('filters the timeline by an entity until the filter is cleared', () => {
    let state = navigate(initialNavigation(), { type: 'go', screen: 'entities' });
    state = navigate(state, { type: 'filterEntity', name: 'Baghdad' });
    expect(state.screen).toBe('timeline');
    expect(state.entityFilter).toBe('Baghdad');
    state = navigate(state, { type: 'clearFilter' });
    expect(state.entityFilter).toBeNull();
  });

  it('closes help before going back', () => {
    let state = navigate(initialNavigation(), { type: 'go', screen: 'keydates' });
    state = navigate(state, { type: 'toggleHelp' });
    state = navigate(state, { type: 'back' });
    expect(state.help).toBe(false);
    expect(state.screen).toBe('keydates');
  });
});
