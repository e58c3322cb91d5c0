import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emptyState,
  findBookmarkedEvent,
  isBookmarked,
  isRead,
  loadState,
  saveState,
  saveStateSync,
  stateDir,
  toggleBookmark,
  toggleRead,
} from '../../src/state/index.js';

const event = { id: 'ev1', date: '2024-02-07', summary: 'A drone strike hit Baghdad.' };

describe('state folder', () => {
  it('follows XDG_STATE_HOME, else ~/.local/state, ignoring a relative XDG_STATE_HOME', () => {
    expect(stateDir({ XDG_STATE_HOME: '/xdg' }, '/home/u')).toBe('/xdg/news-tui');
    expect(stateDir({}, '/home/u')).toBe('/home/u/.local/state/news-tui');
    expect(stateDir({ XDG_STATE_HOME: 'rel' }, '/home/u')).toBe('/home/u/.local/state/news-tui');
  });
});

describe('read and bookmark toggles', () => {
  it('flips an article between read and unread without touching the old state', () => {
    const before = emptyState();
    const after = toggleRead(before, 'a1');
    expect(isRead(after, 'a1')).toBe(true);
    expect(isRead(before, 'a1')).toBe(false);
    expect(isRead(toggleRead(after, 'a1'), 'a1')).toBe(false);
    expect(toggleRead(after, 'a1', true).read).toEqual(['a1']);
  });

  it('bookmarks an event with a copy of its date and summary, and unbookmarks it', () => {
    const marked = toggleBookmark(emptyState(), event, new Date('2024-03-01T00:00:00Z'));
    expect(marked.bookmarks).toEqual([
      {
        eventId: 'ev1',
        date: '2024-02-07',
        summary: 'A drone strike hit Baghdad.',
        createdAt: '2024-03-01T00:00:00.000Z',
      },
    ]);
    expect(isBookmarked(marked, 'ev1')).toBe(true);
    expect(toggleBookmark(marked, event).bookmarks).toEqual([]);
  });

  it('finds a bookmarked event again after re-analysis gave it a new id', () => {
    const [bookmark] = toggleBookmark(emptyState(), event).bookmarks;
    const reanalysed = [
      { id: 'other', date: '2024-02-06', summary: 'x' },
      { ...event, id: 'ev1-new' },
    ];
    expect(findBookmarkedEvent(bookmark!, reanalysed)?.id).toBe('ev1-new');
  });
});

describe('saving and loading', () => {
  it('starts empty when there is no state file, and round-trips what was saved', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'news-tui-state-')), 'nested', 'news-tui');
    expect(await loadState(dir)).toEqual({ state: emptyState() });
    const state = toggleBookmark(toggleRead(emptyState(), 'b'), event);
    expect(await saveState(state, dir)).toEqual({});
    expect((await loadState(dir)).state).toEqual(state);
    expect(saveStateSync(toggleRead(state, 'a'), dir)).toEqual({});
    expect((await loadState(dir)).state.read).toEqual(['a', 'b']);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['truncated JSON', '{"version": 1, "read": ['],
    ['the wrong shape', '{"version": 1, "read": "a1", "bookmarks": []}'],
  ])('moves a state file with %s aside, warns, and keeps the bad bytes', async (_kind, content) => {
    const dir = await mkdtemp(join(tmpdir(), 'news-tui-state-'));
    await writeFile(join(dir, 'state.json'), content);
    const { state, warning } = await loadState(dir);
    expect(state).toEqual(emptyState());
    expect(warning).toMatch(
      /state\.json was corrupt \(.+\); moved it to .*state\.json\.corrupt-\S+ and started afresh$/,
    );
    const files = await readdir(dir);
    const aside = files.find((f) => f.startsWith('state.json.corrupt-'))!;
    expect(await readFile(join(dir, aside), 'utf8')).toBe(content);
    expect(files).not.toContain('state.json');
  });

  it('reports a folder it cannot write as an error value', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-tui-state-'));
    await writeFile(join(dir, 'file'), '');
    expect((await saveState(emptyState(), join(dir, 'file', 'sub'))).error).toMatch(/^cannot save state in /);
  });
});
