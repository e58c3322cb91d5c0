import React from 'react';
import { stripVTControlCharacters as plain } from 'node:util';
import chalk from 'chalk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { DEFAULT_THEME, MONOCHROME_THEME } from '../../src/ui/theme.js';
import type { Story, TimelineEvent } from '../../src/types.js';
import { article, story } from '../fixtures/story.js';
import { frameShows, KEY, press } from './keys.js';
import { paint } from './frame-expected.js';
import { styledFrame } from './frame-styles.js';

afterEach(() => cleanup());
// Frames with colour, as a terminal shows them: a dropped highlight must fail.
const level = chalk.level;
beforeAll(() => {
  chalk.level = 3;
});
afterAll(() => {
  chalk.level = level;
});

const DAM = 'Paragraph 30: the dam burst at noon.';
const VALLEY = 'Paragraph 12: water reached the valley.';

/** One short paragraph a line, so line n of the reader is paragraph n. */
const paragraphs = (count: number, special: number, sentence: string): string =>
  Array.from({ length: count }, (_, i) =>
    i + 1 === special ? sentence : `Paragraph ${String(i + 1).padStart(2, '0')}: a quiet day on the river.`,
  ).join('\n');

/** One event told by two long articles: on line 30 of the first, line 12 of the second. */
function riverStory(): Story {
  const dam = article('r1', 'news/dam.txt', '2024-03-01', paragraphs(60, 30, DAM), []);
  const valley = article('r2', 'news/valley.txt', '2024-03-01', paragraphs(30, 12, VALLEY), []);
  const source = (a: typeof dam, sentence: string) => {
    const start = a.text.indexOf(sentence);
    return { path: a.path, articleId: a.id, start, end: start + sentence.length };
  };
  const event: TimelineEvent = {
    id: 'burst',
    date: '2024-03-01',
    precision: 'day',
    approximate: false,
    summary: 'The dam burst at noon.',
    sources: [source(dam, DAM), source(valley, VALLEY)],
    entities: [],
  };
  return { ...story(), name: 'river', articles: [dam, valley], timeline: [event], entities: [], keyDates: [] };
}

/** The reader's first text line (the frame's fourth: two header lines and the title above it). */
const firstTextLine = (frame: string): string => frame.split('\n')[3]!;

describe('the reader', () => {
  // ink-testing-library's terminal is 100×24: a title line, 20 lines of text, a page of 18.
  const open = async () => {
    const r = render(<App story={riverStory()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/1');
    await press(r, KEY.enter, 'news/dam.txt');
    return r;
  };

  it("opens on the event's sentence, two lines of context above it", async () => {
    const r = await open();
    const frame = await frameShows(r, 'lines 28-47/60');
    expect(firstTextLine(frame)).toContain('Paragraph 28:');
    expect(frame.split('\n')[5]).toContain(DAM);
  });

  it('scrolls down with j and ↓, up with k and ↑, a line at a time', async () => {
    const r = await open();
    await press(r, 'j', 'lines 29-48/60');
    expect(firstTextLine(r.lastFrame()!)).toContain('Paragraph 29:');
    await press(r, KEY.down, 'lines 30-49/60');
    await press(r, 'k', 'lines 29-48/60');
    await press(r, KEY.up, 'lines 28-47/60');
    expect(firstTextLine(r.lastFrame()!)).toContain('Paragraph 28:');
  });

  it('pages by a screen less two lines, so the last two lines stay in sight', async () => {
    const r = await open();
    await press(r, 'g', 'lines 1-20/60');
    const paged = await press(r, ' ', 'lines 19-38/60');
    expect(firstTextLine(paged)).toContain('Paragraph 19:');
    await press(r, '\u0002', 'lines 1-20/60'); // Ctrl-B
    await press(r, 'G', 'lines 41-60/60');
    const back = await press(r, '\u001B[5~', 'lines 23-42/60'); // PgUp
    expect(firstTextLine(back)).toContain('Paragraph 23:');
  });

  it('goes to the next and previous article telling the event with ] and [, and with n', async () => {
    const r = await open();
    await frameShows(r, 'source 1/2');
    const second = await press(r, ']', 'source 2/2');
    expect(second).toContain('news/valley.txt');
    expect(second).toContain('lines 10-29/30');
    expect(firstTextLine(second)).toContain('Paragraph 10:');
    await press(r, '[', 'source 1/2');
    expect(r.lastFrame()).toContain('news/dam.txt');
    await press(r, 'n', 'source 2/2');
    await press(r, 'n', 'source 1/2');
  });
});

describe('the reader, as drawn in colour', () => {
  it("is the whole frame: header, title line, the measure centred, the event's sentence reversed with a bar, status", async () => {
    const theme = DEFAULT_THEME;
    const r = render(<App story={riverStory()} theme={theme} />);
    await frameShows(r, 'Timeline 1/1');
    const frame = await press(r, KEY.enter, 'news/dam.txt');
    // The 96-column measure centred in 100 columns: one space, then the margin for the event's bar.
    const text = (n: number): string =>
      n === 30
        ? ` ${paint(theme.accent, '▌')} ${paint(theme.event, DAM)}`
        : `   Paragraph ${String(n).padStart(2, '0')}: a quiet day on the river.`;
    const status = `2024-03-01 news/dam.txt · lines 28-47/60 · source 1/2  │  ↓ scroll  ] next source  Esc back  ? help`;
    const expected = [
      `${paint(theme.accent, 'news-tui')} · river · 2 articles · 1 event · 2024-03-01`,
      `${paint(theme.dim, 'coverage ')}${paint(theme.accent, '')}${paint(theme.selection, '█')}${paint(theme.accent, '')}${paint(theme.dim, ' per day')}`,
      `   ${paint(theme.heading, 'dam.txt · 2024-03-01')}`,
      ...Array.from({ length: 20 }, (_, i) => text(28 + i)),
      // Ink truncates the line at the terminal's 100 columns with an ellipsis.
      paint(theme.status, status.length > 100 ? `${status.slice(0, 99)}…` : status.padEnd(100)),
    ].join('\n');
    expect(styledFrame(frame)).toEqual(styledFrame(expected));
  });
});

describe('the reader on a wide terminal', () => {
  it('keeps lines to a measure of 100 columns, centred', async () => {
    const long = article('w1', 'news/wide.txt', '2024-03-01', `${'word '.repeat(120)}end.`, []);
    const base = riverStory();
    const event = { ...base.timeline[0]!, sources: [{ path: long.path, articleId: long.id, start: 0, end: 4 }] };
    const r = render(<App story={{ ...base, articles: [long], timeline: [event] }} theme={MONOCHROME_THEME} />);
    Object.defineProperty(r.stdout, 'columns', { value: 200 });
    r.stdout.emit('resize');
    await frameShows(r, 'Timeline 1/1');
    const frame = await press(r, KEY.enter, 'news/wide.txt');
    const text = plain(frame).split('\n').slice(3, 5);
    for (const line of text) {
      // (200 - 100 - 2) / 2 = 49 spaces, the bar's margin, then at most 100 columns of text.
      expect(line.slice(0, 49).trim()).toBe('');
      expect(line.slice(51).trimEnd().length).toBeLessThanOrEqual(100);
      expect(line.slice(51).trimEnd().length).toBeGreaterThan(90);
    }
  });
});

describe('opening an article', () => {
  it('marks it read, from the timeline and from the article list; m still toggles', async () => {
    const r = render(<App story={story()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/3');
    await press(r, KEY.enter, 'news/jordan.txt');
    await press(r, KEY.escape, 'Timeline 1/3');
    const list = plain(await press(r, KEY.tab, 'Articles 1/3'));
    expect(list).toMatch(/^ {2}2024-01-29 +A drone strike/m);
    expect(list).toMatch(/^● 2024-02-07 +The Houthi/m);
    await press(r, 'G', 'Articles 3/3');
    await press(r, KEY.enter, 'news/yemen.txt');
    await press(r, 'm', 'marked unread');
    await press(r, KEY.escape, 'Articles 3/3');
    expect(plain(r.lastFrame()!)).toMatch(/^● 2024-02-07 +The Houthi/m);
  });
});

describe('a scraped article whose headline runs into its lead', () => {
  const HEADLINE = "Officials Fear Disease Outbreak In Haiti's Quake Camps";
  const LEAD = 'Health officials in Haiti fear an outbreak of disease in the crowded camps, aid agencies said.';
  const scraped = (): Story => {
    const text = `${HEADLINE} ${LEAD}\nA second paragraph follows.`;
    const haiti = { ...article('h1', 'news/haiti.txt', '2010-01-21', text, []), title: HEADLINE };
    const event: TimelineEvent = {
      id: 'camps',
      date: '2010-01-21',
      precision: 'day',
      approximate: false,
      summary: LEAD,
      sources: [{ path: haiti.path, articleId: haiti.id, start: HEADLINE.length + 1, end: text.indexOf('\n') }],
      entities: [],
    };
    return { ...story(), name: 'haiti', articles: [haiti], timeline: [event], entities: [], keyDates: [] };
  };

  it('shows the headline as the title line and the text from the lead, the headline not read twice', async () => {
    const r = render(<App story={scraped()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/1');
    const frame = await press(r, KEY.enter, 'news/haiti.txt');
    const lines = plain(frame).split('\n');
    expect(lines[2]).toContain(HEADLINE);
    expect(firstTextLine(plain(frame)).replace('▌', '').trim()).toMatch(/^Health officials in Haiti/);
    expect(plain(frame).split(HEADLINE).length - 1).toBe(1);
  });
});

describe('a short article in the reader', () => {
  /** One event on line 7 of an 8-line article: the whole article fits the reader's 20 lines. */
  function brookStory(): Story {
    const brook = article('b1', 'news/brook.txt', '2024-03-01', paragraphs(8, 7, DAM), []);
    const start = brook.text.indexOf(DAM);
    const event: TimelineEvent = {
      id: 'flood',
      date: '2024-03-01',
      precision: 'day',
      approximate: false,
      summary: 'Flood: the dam burst at noon.',
      sources: [{ path: brook.path, articleId: brook.id, start, end: start + DAM.length }],
      entities: [],
    };
    return { ...story(), name: 'brook', articles: [brook], timeline: [event], entities: [], keyDates: [] };
  }

  it('opens at its top when it fits, ↓ does not move it, and no scroll is hinted', async () => {
    const r = render(<App story={brookStory()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/1');
    const opened = await press(r, KEY.enter, 'news/brook.txt');
    expect(opened).toContain('lines 1-8/8');
    expect(firstTextLine(opened)).toContain('Paragraph 01:');
    expect(opened).not.toContain('scroll');
    const down = await press(r, KEY.down, 'lines 1-8/8');
    expect(firstTextLine(down)).toContain('Paragraph 01:');
  });

  it('hints n next match only when the article has a match', async () => {
    const r = render(<App story={brookStory()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/1');
    r.stdin.write('/flood');
    await frameShows(r, 'Search 1 hit');
    const opened = await press(r, KEY.enter, 'news/brook.txt');
    expect(opened).not.toContain('next match');
    await press(r, KEY.escape, 'Timeline 1/1');
    r.stdin.write('/noon');
    await frameShows(r, 'Search 1 hit');
    const matching = await press(r, KEY.enter, 'news/brook.txt');
    expect(matching).toContain('next match');
  });
});
