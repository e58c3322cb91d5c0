// In a terminal, the screens one key away are drawn off screen once the keyboard is idle: what
// the person sees is not touched, and each screen then shows as it would have without.
import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { DEFAULT_THEME } from '../../src/ui/theme.js';
import { screensDrawnOffScreen } from '../../src/ui/use-idle-warm-up.js';
import { story } from '../fixtures/story.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());

const visit = async (r: ReturnType<typeof render>): Promise<string[]> => [
  await press(r, KEY.tab, 'Articles'),
  await press(r, KEY.tab, 'Timeline'),
  await press(r, 'e', 'Entities'),
  await press(r, KEY.escape, 'Timeline'),
  await press(r, 'd', 'Key dates'),
  await press(r, KEY.escape, 'Timeline'),
  await press(r, '?', 'Keys'),
  await press(r, KEY.escape, 'Timeline'),
  await press(r, 'G', 'Timeline 3/3'),
  await press(r, 'g', 'Timeline 1/3'),
];

describe('idle warm-up', () => {
  it('draws the screens one key away off screen, leaving the terminal as it was', async () => {
    const plain = render(<App story={story()} theme={DEFAULT_THEME} />);
    await frameShows(plain, 'Timeline 1/3');
    const expected = await visit(plain);
    plain.unmount();

    const r = render(<App story={story()} theme={DEFAULT_THEME} />);
    // ink-testing-library's stdout is no terminal; this one says it is, as a real one does.
    Object.assign(r.stdout, { isTTY: true });
    const moved = await press(r, 'j', 'Timeline 2/3');
    const shown = await press(r, 'k', 'Timeline 1/3');
    const before = screensDrawnOffScreen();
    const framesBefore = r.frames.length;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(screensDrawnOffScreen() - before).toBe(6);
    // Frames written meanwhile (the place saved re-renders the app) show what was shown.
    expect(new Set(r.frames.slice(framesBefore))).toEqual(new Set(r.frames.slice(framesBefore).length ? [shown] : []));
    expect(r.lastFrame()).toBe(shown);
    expect(moved).not.toBe(shown);
    expect(await visit(r)).toEqual(expected);
  });
});
