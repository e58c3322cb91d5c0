import { describe, expect, it } from 'vitest';
import { corpusOf } from '../../src/cli/story-name.js';
import {
  bookmarksFor,
  corpusLabel,
  emptyState,
  placeIn,
  sameCorpus,
  toggleBookmark,
  withPlace,
} from '../../src/state/index.js';

const event = (id: string) => ({ id, date: '2024-02-07', summary: `event ${id}` });
const at = new Date('2024-03-01T00:00:00Z');

describe('a corpus is told by the paths it was opened from', () => {
  const mine = corpusOf(['/news/2010/haiti']);
  const other = corpusOf(['/archive/haiti']);

  it('two folders of one name are two corpora', () => {
    expect(mine).not.toBe(other);
    let state = toggleBookmark(emptyState(), event('h1'), at, mine);
    state = withPlace(state, mine, event('h1'));
    expect(bookmarksFor(state, other, [event('h1')]).filter((b) => b.here)).toEqual([]);
    expect(placeIn(state, other)).toBeUndefined();
    expect(placeIn(state, mine)?.eventId).toBe('h1');
  });

  it("state saved under a folder's name still finds its corpus, and a new place replaces the old", () => {
    let state = toggleBookmark(emptyState(), event('h1'), at, 'haiti');
    state = withPlace(state, 'haiti', event('h1'));
    expect(bookmarksFor(state, mine, []).map((b) => b.here)).toEqual([true]);
    expect(placeIn(state, mine)?.eventId).toBe('h1');
    state = withPlace(state, mine, event('h2'));
    expect(state.places?.map((place) => `${place.corpus}:${place.eventId}`)).toEqual([`${mine}:h2`]);
  });

  it('names of several folders, and a path never matches another path by its base name', () => {
    const two = corpusOf(['/a/haiti', '/b/chile']);
    expect(sameCorpus('haiti +1', two)).toBe(true);
    expect(sameCorpus('haiti', two)).toBe(false);
    expect(sameCorpus('/x/haiti', mine)).toBe(false);
    expect(sameCorpus('haiti', corpusOf(['/news/2010/haiti/']))).toBe(true);
    expect(sameCorpus('seeds', 'seeds')).toBe(true);
    expect(corpusLabel(two)).toBe('haiti +1');
    expect(corpusLabel(mine)).toBe('haiti');
  });
});
