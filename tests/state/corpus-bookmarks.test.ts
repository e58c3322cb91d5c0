import { describe, expect, it } from 'vitest';
import {
  bookmarksFor,
  emptyState,
  findBookmarkedEvent,
  holdsBookmarkedEvent,
  parseState,
  toggleBookmark,
} from '../../src/state/index.js';

const event = (id: string) => ({ id, date: '2024-02-07', summary: `event ${id}` });
const at = new Date('2024-03-01T00:00:00Z');

describe('bookmarks by corpus', () => {
  it('list this corpus first, then the others under theirs; old ones where their event is', () => {
    let state = emptyState();
    state = toggleBookmark(state, event('old'), at); // saved before corpora were told apart
    state = toggleBookmark(state, event('b1'), at, 'bpoil');
    state = toggleBookmark(state, event('h1'), at, 'haiti');
    const listed = bookmarksFor(state, 'haiti', [event('h1'), event('old')]);
    expect(listed.map(({ bookmark, here }) => `${bookmark.eventId}:${here}`)).toEqual([
      'h1:true',
      'old:true',
      'b1:false',
    ]);
    // Elsewhere, the old bookmark's event is missing: it is not offered there.
    expect(
      bookmarksFor(state, 'bpoil', [event('b1')])
        .filter((b) => b.here)
        .map((b) => b.bookmark.eventId),
    ).toEqual(['b1']);
  });

  it('keep their corpus through a save and load, and old files load as they are', () => {
    const state = toggleBookmark(emptyState(), event('h1'), at, 'haiti');
    const loaded = parseState(JSON.stringify(state));
    expect('state' in loaded && loaded.state.bookmarks[0]!.corpus).toBe('haiti');
    const old = parseState(
      JSON.stringify({ version: 1, read: [], bookmarks: [{ eventId: 'x', date: 'd', summary: 's', createdAt: 't' }] }),
    );
    expect('state' in old && old.state.bookmarks[0]).toEqual({ eventId: 'x', date: 'd', summary: 's', createdAt: 't' });
    expect(parseState(JSON.stringify({ ...state, bookmarks: [{ ...state.bookmarks[0], corpus: 3 }] }))).toEqual({
      reason: 'bookmark 1 is malformed',
    });
  });
});

describe('bookmarks in a timeline read by position (an archive)', () => {
  // Rows are found by id through the list's index; a row not read yet is still held.
  const paged = (ids: string[], read: boolean) => ({
    indexOfId: (id: string) => ids.indexOf(id),
    at: (index: number) => (read ? event(ids[index]!) : undefined),
  });

  it('finds the event by its id alone and holds it whether or not its row is read', () => {
    let state = emptyState();
    state = toggleBookmark(state, event('old'), at); // saved before corpora were told apart
    state = toggleBookmark(state, event('gone'), at);
    const [old] = state.bookmarks.filter((b) => b.eventId === 'old');
    expect(findBookmarkedEvent(old!, paged(['x', 'old'], true))?.id).toBe('old');
    expect(findBookmarkedEvent(old!, paged(['x', 'old'], false))).toBeUndefined();
    expect(holdsBookmarkedEvent(old!, paged(['x', 'old'], false))).toBe(true);
    const here = bookmarksFor(state, 'archive', paged(['old'], false)).filter((b) => b.here);
    expect(here.map((b) => b.bookmark.eventId)).toEqual(['old']);
  });
});
