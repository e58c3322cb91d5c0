import { spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stateChildScript } from './child-script.js';
import { emptyState, loadState, mergeStates, saveChanges, toggleBookmark, toggleRead } from '../../src/state/index.js';

const event = (n: string) => ({ id: `event-${n}`, date: '2024-02-07', summary: `Event ${n}` });

describe('two instances saving the same state', () => {
  it('merges: what either marked is kept, what one unmarked is dropped', () => {
    const base = toggleBookmark(toggleRead(emptyState(), 'old'), event('old'), new Date('2024-01-01T00:00:00Z'));
    const fromA = toggleBookmark(toggleRead(base, 'a'), event('old'));
    const fromB = toggleBookmark(toggleRead(base, 'old', false), event('b'), new Date('2024-03-01T00:00:00Z'));
    // B saved first; then A's changes go into what B left.
    const merged = mergeStates(fromB, base, fromA);
    expect(merged.read).toEqual(['a']);
    expect(merged.bookmarks.map((b) => b.eventId)).toEqual(['event-b']);
  });

  it("keeps each instance's saves when both save one after the other from the same start", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-tui-two-'));
    const { state: start } = await loadState(dir);
    const a = toggleRead(start, 'read-in-a');
    const b = toggleBookmark(start, event('bookmarked-in-b'));
    await saveChanges(start, a, dir);
    await saveChanges(start, b, dir);
    const { state } = await loadState(dir);
    expect(state.read).toEqual(['read-in-a']);
    expect(state.bookmarks.map((x) => x.eventId)).toEqual(['event-bookmarked-in-b']);
    expect(await readdir(dir)).toEqual(['state.json']);
  });
});

// Two processes at once, each saving its own marks one at a time as the app does.
const CHILD = `
import { emptyState, saveChanges, toggleBookmark, toggleRead } from './state.mjs';
const [dir, who, count] = process.argv.slice(2);
let saved = emptyState();
for (let n = 0; n < Number(count); n++) {
  const next = toggleBookmark(toggleRead(saved, who + '-' + n), { id: who + '-event-' + n, date: '2024-01-01', summary: who + ' ' + n });
  const { error } = await saveChanges(saved, next, dir);
  if (error) throw new Error(error);
  saved = next;
}
`;

let childScript = '';
beforeAll(async () => {
  childScript = await stateChildScript(CHILD);
});

function run(dir: string, who: string, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dir, who, String(count)], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${who} exited with ${code}`))));
  });
}

describe('two processes saving at once', () => {
  it("loses none of either one's reads or bookmarks", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-tui-race-'));
    const COUNT = 25;
    await Promise.all([run(dir, 'left', COUNT), run(dir, 'right', COUNT)]);
    const { state, warning } = await loadState(dir);
    expect(warning).toBeUndefined();
    expect(state.read).toHaveLength(2 * COUNT);
    expect(state.bookmarks).toHaveLength(2 * COUNT);
    expect(await readdir(dir)).toEqual(['state.json']);
  }, 60_000);
});
