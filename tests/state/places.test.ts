import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  emptyState,
  loadState,
  mergeStates,
  parseState,
  placeIn,
  saveChanges,
  withCommands,
  withPlace,
} from '../../src/state/index.js';

const event = (id: string) => ({ id, date: '2010-01-20', summary: `event ${id}` });

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('the last place in each corpus', () => {
  it('is one per corpus: moving in one leaves the others where they were', () => {
    let state = withPlace(emptyState(), 'haiti', event('h1'));
    state = withPlace(state, 'bpoil', event('b1'));
    state = withPlace(state, 'haiti', event('h2'));
    expect(placeIn(state, 'haiti')).toEqual({
      corpus: 'haiti',
      eventId: 'h2',
      date: '2010-01-20',
      summary: 'event h2',
    });
    expect(placeIn(state, 'bpoil')?.eventId).toBe('b1');
    expect(placeIn(state, 'iraq')).toBeUndefined();
    expect(state.places).toHaveLength(2);
    // The same place again is no change at all (nothing to save).
    expect(withPlace(state, 'haiti', event('h2'))).toBe(state);
  });

  it('survives a save and load, with the command history', () => {
    const state = withCommands(withPlace(emptyState(), 'haiti', event('h1')), ['sort', '2010-01-20']);
    const loaded = parseState(JSON.stringify(state));
    expect('state' in loaded && loaded.state).toEqual(state);
  });

  it('reads files without places as before, and drops a malformed place rather than the file', () => {
    const old = parseState(JSON.stringify({ version: 1, read: ['a'], bookmarks: [] }));
    expect(old).toEqual({ state: { version: 1, read: ['a'], bookmarks: [] } });
    const odd = parseState(
      JSON.stringify({
        version: 1,
        read: [],
        bookmarks: [],
        places: [{ corpus: 'haiti', eventId: 3 }, { corpus: 'bpoil', eventId: 'b1', date: 'd', summary: 's' }, 'x'],
        commands: ['sort', 4],
      }),
    );
    expect(odd).toEqual({
      state: {
        version: 1,
        read: [],
        bookmarks: [],
        places: [{ corpus: 'bpoil', eventId: 'b1', date: 'd', summary: 's' }],
        commands: ['sort'],
      },
    });
  });

  it("merges with another instance's save: each corpus keeps the place last moved to in it", () => {
    const before = withPlace(emptyState(), 'haiti', event('h1'));
    // Meanwhile another instance moved in bpoil and in haiti.
    const current = withPlace(withPlace(before, 'bpoil', event('b1')), 'haiti', event('h9'));
    // This one moved in haiti only.
    const after = withPlace(before, 'haiti', event('h2'));
    const merged = mergeStates(current, before, after);
    expect(placeIn(merged, 'haiti')?.eventId).toBe('h2');
    expect(placeIn(merged, 'bpoil')?.eventId).toBe('b1');
    // This instance did not move in haiti: the other's place stands.
    expect(placeIn(mergeStates(current, before, before), 'haiti')?.eventId).toBe('h9');
  });

  it('is written to the state file atomically under the lock, as bookmarks are', async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-tui-places-'));
    const before = emptyState();
    const after = withCommands(withPlace(before, 'haiti', event('h1')), ['2010-01-20']);
    const { error } = await saveChanges(before, after, dir);
    expect(error).toBeUndefined();
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).places).toEqual([
      { corpus: 'haiti', eventId: 'h1', date: '2010-01-20', summary: 'event h1' },
    ]);
    const { state } = await loadState(dir);
    expect(placeIn(state, 'haiti')?.eventId).toBe('h1');
    expect(state.commands).toEqual(['2010-01-20']);
  });
});
