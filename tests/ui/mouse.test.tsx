import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import { isLegacyMouseStart, mouseReport } from '../../src/ui/input-keys.js';
import type { EntitySummary } from '../../src/types.js';
import { article, story } from '../fixtures/story.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());

/** What an xterm in SGR mouse mode sends: `ESC [ < button ; column ; row M` (m: released). */
const sgr = (button: number, column: number, row: number, final: 'M' | 'm' = 'M'): string =>
  `\u001B[<${button};${column};${row}${final}`;
const click = (column: number, row: number): string => sgr(0, column, row) + sgr(0, column, row, 'm');
const WHEEL_UP = 64;
const WHEEL_DOWN = 65;

describe('mouseReport', () => {
  it('reads a left click and the wheel, with or without the escape Ink cuts off', () => {
    expect(mouseReport('\u001B[<0;12;5M')).toEqual({ kind: 'click', column: 12, row: 5 });
    expect(mouseReport('[<0;12;5M')).toEqual({ kind: 'click', column: 12, row: 5 });
    expect(mouseReport('[<64;3;4M')).toEqual({ kind: 'wheel', delta: -1, column: 3, row: 4 });
    expect(mouseReport('[<65;300;200M')).toEqual({ kind: 'wheel', delta: 1, column: 300, row: 200 });
    // Ctrl held (16) is still a click.
    expect(mouseReport('[<16;1;1M')).toEqual({ kind: 'click', column: 1, row: 1 });
  });

  it('knows every other report (a release, the right button, a drag, a sideways wheel) to ignore it', () => {
    for (const report of ['[<0;1;1m', '[<2;1;1M', '[<1;1;1M', '[<32;4;4M', '[<66;1;1M', '[<65;1;1m'])
      expect(mouseReport(report), report).toEqual({ kind: 'ignored' });
  });

  it('is not fooled by keys and other sequences', () => {
    for (const input of ['j', '[A', '[200~', '[<0;1M', '[<a;1;1M', '[<0;1;1;1M', '[<;1;1M', '<0;1;1M', '[<0;1;1X'])
      expect(mouseReport(input), input).toBeNull();
    expect(isLegacyMouseStart('[M')).toBe(true);
    expect(isLegacyMouseStart('M')).toBe(false);
  });
});

/** Thirty articles: a list longer than the 21 body rows of a 24-row screen. */
function longStory() {
  const base = story();
  const articles = Array.from({ length: 30 }, (_, i) =>
    article(
      `x${i}`,
      `news/a${i}.txt`,
      `2024-03-${String(i + 1).padStart(2, '0')}`,
      `Article number ${i + 1} opens.`,
      [],
    ),
  );
  return { ...base, articles };
}

describe('the mouse in the app', () => {
  it('selects the timeline row clicked, and opens it with a click on the selected row', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    // Rows 1-2 are the header; row 3 the 2024-01 heading, 4 its event, 5 the 2024-02-07 heading.
    await press(r, click(30, 7), 'Timeline 3/3');
    await press(r, click(30, 6), 'Timeline 2/3');
    // A heading selects the event below it.
    await press(r, click(5, 3), 'Timeline 1/3');
    await press(r, click(30, 4), 'news/jordan.txt');
  });

  it('moves the list with the wheel, three rows a notch, and never types the report', async () => {
    const r = render(<App story={longStory()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    await press(r, KEY.tab, 'Articles 1/30');
    await press(r, sgr(WHEEL_DOWN, 10, 10), 'Articles 4/30');
    await press(r, sgr(WHEEL_DOWN, 10, 10) + sgr(WHEEL_DOWN, 10, 10), 'Articles 10/30');
    await press(r, sgr(WHEEL_UP, 10, 10), 'Articles 7/30');
    // A click on the fifth row of the list (terminal row 7) selects the fifth article shown.
    const frame = await press(r, click(20, 7), 'Articles 5/30');
    expect(frame).toContain('Article number 5 opens');
    // Nothing of the reports was taken as keys: '[' , 'M', 'm', digits would have acted.
    expect(frame).not.toContain('Key dates');
  });

  it('scrolls the reader with the wheel', async () => {
    const long = article(
      'r1',
      'news/long.txt',
      '2024-03-01',
      Array.from({ length: 60 }, (_, i) => `Line ${i + 1}.`).join('\n\n'),
      [],
    );
    const base = story();
    const r = render(<App story={{ ...base, articles: [long] }} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    await press(r, KEY.tab, 'Articles 1/1');
    await press(r, KEY.enter, /lines 1-\d+\/\d+/);
    await press(r, sgr(WHEEL_DOWN, 10, 10), /lines 4-\d+\/\d+/);
    await press(r, sgr(WHEEL_UP, 10, 10), /lines 1-\d+\/\d+/);
  });

  it('keeps mouse reports out of the entities filter, and a click selects a name below it', async () => {
    const entities: EntitySummary[] = [
      { name: 'Barack Obama', type: 'PERSON', mentions: 3, articles: 2, aliases: [] },
      { name: 'Michelle Obama', type: 'PERSON', mentions: 2, articles: 1, aliases: [] },
      { name: 'Haiti', type: 'PLACE', mentions: 1, articles: 1, aliases: [] },
    ];
    const r = render(<App story={story({ entities })} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'e', 'Entities 1/3');
    r.stdin.write('obama');
    await frameShows(r, 'Entities 1/2 of 3');
    // Row 3 is the filter line, 4 the first name, 5 the second.
    const frame = await press(r, click(10, 5), /❯ person +2 Michelle Obama/);
    expect(frame).toContain('> obama ');
    await press(r, sgr(WHEEL_UP, 10, 5), /❯ person +3 Barack Obama/);
    expect(r.lastFrame()).toContain('> obama ');
  });

  it('swallows the old X10 form of a report (ESC [ M and three bytes): its bytes are no keys', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    // A press at column 1, row 1: ' ' (Space) would page down, were it taken for a key.
    r.stdin.write('\u001B[M !!');
    await press(r, 'j', 'Timeline 2/3');
  });

  it('does nothing with --no-mouse, and still types nothing', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} mouse={false} />);
    await frameShows(r, 'Timeline 1/3');
    r.stdin.write(click(30, 7));
    await press(r, 'j', 'Timeline 2/3');
  });
});
