import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import { helpLines } from '../../src/ui/keymap.js';
import { story } from '../fixtures/story.js';
import { frameShows, press } from './keys.js';

afterEach(() => cleanup());

/** The app in a terminal of `columns` × `rows`. */
function sized(columns: number, rows: number) {
  const r = render(<App story={story()} theme={MONOCHROME_THEME} />);
  Object.defineProperty(r.stdout, 'columns', { value: columns });
  Object.defineProperty(r.stdout, 'rows', { value: rows });
  r.stdout.emit('resize');
  return r;
}

const lines = (frame: string): string[] => frame.split('\n');

describe('a 60 × 15 terminal', () => {
  it("gives the timeline's dates 8 columns and says there only what the day's heading does not", async () => {
    const r = sized(60, 15);
    const frame = await frameShows(r, 'Timeline 1/3');
    const body = lines(frame).slice(2, 7);
    expect(body[0]).toBe('2024-01');
    // "~2024-01 late" under the 2024-01 heading: the "~" and the "late" are what it adds.
    expect(body[1]).toMatch(/^ {2}~ late {3}A drone strike killed three US troops in/);
    expect(body[2]).toBe('2024-02-07');
    // The day itself is the heading's: the row starts with the summary after 11 columns.
    expect(body[3]).toMatch(/^ {11}A US drone strike hit a car in Baghdad/);
    expect(body[3]).not.toContain('2024-02-07');
    for (const line of lines(frame)) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('keeps the whole date in 18 columns on a terminal of 80', async () => {
    const r = sized(80, 15);
    const frame = await frameShows(r, 'Timeline 1/3');
    expect(lines(frame)[3]).toMatch(/^ {2}~2024-01 late {6}A drone strike/);
    expect(lines(frame)[5]).toMatch(/^ {2}2024-02-07 {9}A US drone strike/);
  });

  it('keeps the entities filter line to the width: the type listed alone, the count in sight', async () => {
    const r = sized(60, 15);
    await frameShows(r, 'Timeline 1/3');
    const all = await press(r, 'e', 'Entities 1/4');
    expect(lines(all)[2]).toBe('>   type to filter names  4 of 4   all');
    r.stdin.write('\t\t\t');
    const places = await frameShows(r, 'Entities 1/2 of 4');
    expect(lines(places)[2]).toBe('>   type to filter names  2 of 4   places');
    const wide = sized(100, 15);
    await frameShows(wide, 'Timeline 1/3');
    const full = await press(wide, 'e', 'Entities 1/4');
    expect(full).toContain('4 of 4   all  people  organisations  places');
  });

  it('scrolls the help a line a key, saying how many lines are above and below', async () => {
    const r = sized(60, 15);
    await frameShows(r, 'Timeline 1/3');
    const total = helpLines().length;
    // 12 rows of body: the title and 11 lines of keys.
    const first = await press(r, '?', `↓ ${total - 11} more`);
    expect(first).not.toContain('above');
    expect(first).toContain('↓ more  Esc close');
    const next = await press(r, 'j', `↑ 1 above  ↓ ${total - 12} more`);
    expect(lines(next)[3]).toBe(lines(first)[4]);
    const last = await press(r, 'G', `↑ ${total - 11} above`);
    expect(last).not.toContain('more');
    expect(last).not.toContain('↓ more');
    expect(last).toContain('quit');
    await press(r, 'k', `↑ ${total - 12} above  ↓ 1 more`);
    // The keys column is a third of the width at most: descriptions keep room.
    for (const line of lines(last).slice(3, 14)) expect(line.length).toBeLessThanOrEqual(60);
    expect(last).toMatch(/^q Ctrl-C {12}quit/m);
  });
});
