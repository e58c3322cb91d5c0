import React from 'react';
import { stripVTControlCharacters } from 'node:util';
import chalk from 'chalk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { DEFAULT_THEME, MONOCHROME_THEME } from '../../src/ui/theme.js';
import type { Story, TimelineEvent } from '../../src/types.js';
import { article, story } from '../fixtures/story.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());
// Frames with colour, as a terminal shows them: a dropped highlight must fail.
const level = chalk.level;
beforeAll(() => {
  chalk.level = 3;
});
afterAll(() => {
  chalk.level = level;
});

/** 30 events a day apart; those numbered 4, 11 and 25 mention the harbour. */
function harbourStory(): Story {
  const base = story();
  const timeline: TimelineEvent[] = Array.from({ length: 30 }, (_, i) => ({
    ...base.timeline[2]!,
    id: `day${i + 1}`,
    date: `2024-03-${String(i + 1).padStart(2, '0')}`,
    summary: [4, 11, 25].includes(i + 1)
      ? `Cranes reached the harbour on day ${i + 1}.`
      : `Nothing of note on day ${i + 1}.`,
    entities: [],
  }));
  return { ...base, timeline };
}

// Ink applies a Text's styles inside out: colour, then bold, then inverse.
const match = (text: string): string => chalk.bold.redBright(text);
const selectedMatch = (text: string): string => chalk.inverse.bold.redBright(text);

describe('n and N after a search', () => {
  it('jump to the next and previous matching row of the timeline, wrapping around', async () => {
    const r = render(<App story={harbourStory()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/30');
    r.stdin.write('/harbour');
    await frameShows(r, 'Search 3 hits');
    // Esc keeps the first hit, the most recent: day 25.
    await press(r, KEY.escape, 'Timeline 25/30 · /harbour: 3 matches');
    await press(r, 'g', 'Timeline 1/30');
    await press(r, 'n', 'Timeline 4/30');
    expect(r.lastFrame()).toContain("match 1/3 for 'harbour'");
    await press(r, 'n', 'Timeline 11/30');
    await press(r, 'n', 'Timeline 25/30');
    await press(r, 'n', 'Timeline 4/30');
    await press(r, 'N', 'Timeline 25/30');
    await press(r, 'N', 'Timeline 11/30');
    // From a row between matches, N goes to the one above.
    await press(r, 'j', 'Timeline 12/30');
    await press(r, 'N', 'Timeline 11/30');
  });

  it('draws the matched words of matching rows in the theme colour `match`', async () => {
    const r = render(<App story={harbourStory()} theme={DEFAULT_THEME} />);
    await frameShows(r, 'Timeline 1/30');
    r.stdin.write('/harbour');
    await frameShows(r, 'Search 3 hits');
    r.stdin.write(KEY.escape);
    await frameShows(r, '/harbour: 3 matches');
    await press(r, 'g', 'Timeline 1/30');
    const frame = r.lastFrame() ?? '';
    const row = frame.split('\n').find((line) => line.includes('day 4.'))!;
    expect(row).toContain(match('harbour'));
    // Rows that do not match have nothing lit.
    const other = frame.split('\n').find((line) => line.includes('day 5.'))!;
    expect(other).not.toContain(match('day'));
    expect(other).not.toContain('\u001B[91m');
  });

  it('says there is no search yet before the first', async () => {
    const r = render(<App story={harbourStory()} theme={MONOCHROME_THEME} />);
    await frameShows(r, 'Timeline 1/30');
    await press(r, 'n', 'no search yet');
    expect(r.lastFrame()).toContain('Timeline 1/30');
  });
});

describe('n and N in the reader', () => {
  // An article longer than the screen, 'harbour' in paragraphs 2, 6, 20 and 38.
  const paragraphs = Array.from({ length: 40 }, (_, i) =>
    [2, 6, 20, 38].includes(i + 1) ? `Paragraph ${i + 1}: the harbour was busy.` : `Paragraph ${i + 1}: a quiet day.`,
  );
  const text = paragraphs.join('\n\n');
  const long = article('long', 'news/harbour.txt', '2024-03-01', text, []);
  const readerStory = (): Story => {
    const base = story();
    const source = (part: string) => {
      const start = text.indexOf(part);
      return { path: long.path, articleId: long.id, start, end: start + part.length };
    };
    const timeline: TimelineEvent[] = [
      {
        ...base.timeline[2]!,
        id: 'h1',
        date: '2024-03-01',
        summary: 'The harbour was busy.',
        sources: [source('Paragraph 2:')],
        entities: [],
      },
    ];
    return { ...base, articles: [...base.articles, long], timeline };
  };

  const openHit = async (): Promise<ReturnType<typeof render>> => {
    const r = render(<App story={readerStory()} theme={DEFAULT_THEME} />);
    await frameShows(r, 'Timeline 1/1');
    r.stdin.write('/harbour');
    await frameShows(r, 'Search 1 hit');
    r.stdin.write(KEY.enter);
    await frameShows(r, 'news/harbour.txt');
    return r;
  };
  /** Paragraph `n`'s line as drawn, colours included ('' when it is not on screen); the margin
   * (and the event's bar in it) left out. */
  const paragraph = (frame: string, n: number): string =>
    frame.split('\n').find((line) =>
      stripVTControlCharacters(line)
        .replace(/^[\s▌]+/, '')
        .startsWith(`Paragraph ${n}:`),
    ) ?? '';
  const busy = (word: string): string => `the ${word} was busy.`;

  it('go to the next and previous match in the text, the current one marked, wrapping around', async () => {
    const r = await openHit();
    let frame = await press(r, 'n', "match 1/4 for 'harbour'");
    expect(paragraph(frame, 2)).toContain(busy(selectedMatch('harbour')));
    frame = await press(r, 'n', "match 2/4 for 'harbour'");
    expect(paragraph(frame, 6)).toContain(busy(selectedMatch('harbour')));
    frame = await press(r, 'n', "match 3/4 for 'harbour'");
    expect(paragraph(frame, 20)).toContain(busy(selectedMatch('harbour')));
    expect(frame).not.toContain('Paragraph 2:');
    frame = await press(r, 'n', "match 4/4 for 'harbour'");
    expect(paragraph(frame, 38)).toContain(busy(selectedMatch('harbour')));
    frame = await press(r, 'n', "match 1/4 for 'harbour'");
    expect(paragraph(frame, 2)).toContain(busy(selectedMatch('harbour')));
    frame = await press(r, 'N', "match 4/4 for 'harbour'");
    expect(paragraph(frame, 38)).toContain(busy(selectedMatch('harbour')));
    frame = await press(r, 'N', "match 3/4 for 'harbour'");
    expect(paragraph(frame, 20)).toContain(busy(selectedMatch('harbour')));
  });

  it('lights every match in the text, and only the current one as selected', async () => {
    const r = await openHit();
    let frame = r.lastFrame() ?? '';
    expect(paragraph(frame, 2)).toContain(busy(match('harbour')));
    expect(paragraph(frame, 6)).toContain(busy(match('harbour')));
    frame = await press(r, 'n', "match 1/4 for 'harbour'");
    expect(paragraph(frame, 2)).toContain(busy(selectedMatch('harbour')));
    expect(paragraph(frame, 6)).toContain(busy(match('harbour')));
    // Words that do not match are not lit.
    expect(frame).toContain('Paragraph 3: a quiet day.');
  });

  it('keep the next source on ] and [, and on n while nothing was searched', async () => {
    const base = story();
    const e2 = base.timeline[1]!;
    const twoSources = {
      ...e2,
      sources: [...e2.sources, { path: 'news/jordan.txt', articleId: 'a2', start: 0, end: 20 }],
    };
    const r = render(
      <App
        story={{ ...base, timeline: [base.timeline[0]!, twoSources, base.timeline[2]!] }}
        theme={MONOCHROME_THEME}
      />,
    );
    await frameShows(r, 'Timeline 1/3');
    await press(r, 'j', 'Timeline 2/3');
    await press(r, KEY.enter, 'source 1/2');
    await press(r, ']', 'source 2/2');
    expect(r.lastFrame()).toContain('news/jordan.txt');
    await press(r, '[', 'source 1/2');
    await press(r, 'n', 'source 2/2');
  });
});
