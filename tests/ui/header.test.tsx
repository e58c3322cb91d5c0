import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import { headerTitle } from '../../src/ui/Header.js';
import { articles, story, timeline } from '../fixtures/story.js';
import { frameShows } from './keys.js';

afterEach(() => cleanup());

// A story reaching back to 1934 (a background event), its articles fourteen years apart: the
// span "1934 – 2024-02-07" and a coverage cell of more than a hundred days.
const longStory = story({
  name: 'oil spill',
  articles: [{ ...articles[1]!, date: '2010-04-21' }, articles[0]!, articles[2]!],
  timeline: [{ ...timeline[0]!, date: '1934', precision: 'year', mod: undefined }, ...timeline.slice(1)],
});

/** The app's first two lines, the header, in a terminal `columns` wide. */
async function headerAt(columns: number): Promise<string[]> {
  const r = render(<App story={longStory} theme={MONOCHROME_THEME} />);
  Object.defineProperty(r.stdout, 'columns', { value: columns });
  Object.defineProperty(r.stdout, 'rows', { value: 15 });
  r.stdout.emit('resize');
  // The frame drawn at the new width: one drawn before the resize was seen is wider.
  const frame = await frameShows(
    r,
    (shown) => /Timeline \d/.test(shown) && shown.split('\n').every((line) => line.length <= columns),
  );
  return frame.split('\n').slice(0, 2);
}

describe('the header on a narrow terminal', () => {
  it('says the whole span on a wide terminal', async () => {
    const [title] = await headerAt(100);
    expect(title).toBe('news-tui · oil spill · 3 articles · 3 events · 1934 – 2024-02-07');
  });

  it('shows the span as years rather than cutting a date at 60 columns', async () => {
    const [title, coverage] = await headerAt(60);
    expect(title).toBe('news-tui · oil spill · 3 articles · 3 events · 1934 – 2024');
    // The unit is said whole: the line is narrowed to leave it room.
    expect(coverage).toMatch(/ per \d{3} days$/);
    expect(coverage!.length).toBeLessThanOrEqual(60);
  });

  it('leaves the span out, then the counts, rather than cut one', async () => {
    expect((await headerAt(50))[0]).toBe('news-tui · oil spill · 3 articles · 3 events');
    expect((await headerAt(40))[0]).toBe('news-tui · oil spill · 3 articles');
  });
});

describe('headerTitle', () => {
  it('drops whole parts, the least needed first, and keeps the name whatever the width', () => {
    const parts = ['story', '3 articles', '12 events'];
    const spans = ['2009-01 – 2009-06-11', '2009'];
    expect(headerTitle(parts, spans, 80)).toBe(' · story · 3 articles · 12 events · 2009-01 – 2009-06-11');
    expect(headerTitle(parts, spans, 40)).toBe(' · story · 3 articles · 12 events · 2009');
    expect(headerTitle(parts, spans, 33)).toBe(' · story · 3 articles · 12 events');
    expect(headerTitle(parts, spans, 21)).toBe(' · story · 3 articles');
    expect(headerTitle(parts, spans, 3)).toBe(' · story');
  });
});
