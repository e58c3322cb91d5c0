// The first Tab, e, d, ?, G or g of a session drew a screen nothing had drawn before: React,
// Yoga and Ink's output ran code V8 had not compiled yet, Ink measured and cut each new row
// (its caches of measures, wraps and composed rows are per process), ICU's grapheme rules were
// loaded for the first row that needed them. On 10,000 articles that made those keys take 70-100
// ms against 15-25 ms the second time. So once the story is complete and no key has come for a
// moment, each screen one key away is drawn once, off screen: into an Ink instance of its own
// writing to nowhere, at the terminal's size, one screen per idle turn. A key resets the wait.
import React, { useEffect, useRef } from 'react';
import { Writable, Readable } from 'node:stream';
import { Box, render, useStdout } from 'ink';
import type { Mode } from './keymap.js';
import { navigate, type NavigationState } from './navigation.js';
import { filterEntities, indexEntities } from './entity-filter.js';
import { SCREEN_VIEWS } from './views.js';
import type { AppContext } from './use-app-state.js';
import { HEADER_ROWS } from './use-app-state.js';

// No key for this long: the person is reading, and a screen drawn now costs them nothing.
const IDLE_MS = 700;
// Between two screens drawn: a key that comes meanwhile waits for one screen at most.
const STEP_MS = 60;

/** A screen one key away: how the navigation would stand after the key. */
interface WarmStep {
  mode: Mode;
  nav(app: AppContext): NavigationState;
}

const timelineEnd = (app: AppContext, delta: number): NavigationState =>
  navigate(app.nav, {
    type: 'move',
    list: 'timeline',
    delta,
    count: app.shown.length,
    height: app.bodyHeight,
  });

const STEPS: readonly WarmStep[] = [
  { mode: 'articles', nav: (app) => ({ ...app.nav, screen: 'articles' }) },
  { mode: 'entities', nav: (app) => ({ ...app.nav, screen: 'entities' }) },
  { mode: 'keydates', nav: (app) => ({ ...app.nav, screen: 'keydates' }) },
  { mode: 'help', nav: (app) => ({ ...app.nav, help: true }) },
  { mode: 'timeline', nav: (app) => timelineEnd(app, app.shown.length) },
  { mode: 'timeline', nav: (app) => timelineEnd(app, -app.shown.length) },
];

let drawnOffScreen = 0;
/** How many screens this process has drawn off screen (for tests: a warming that throws draws none). */
export const screensDrawnOffScreen = (): number => drawnOffScreen;

/** A terminal of the app's size that keeps nothing written to it. */
function nowhere(columns: number, rows: number): NodeJS.WriteStream {
  const stream = new Writable({ write: (_chunk, _encoding, done) => done() }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { columns, rows, isTTY: false });
  return stream;
}

/** Draws `app`'s screen `step` once, laid out as App lays it out, where no one sees it. */
function drawOffScreen(app: AppContext, step: WarmStep): void {
  const nav = step.nav(app);
  const shownEntities =
    step.mode === 'entities'
      ? filterEntities(indexEntities(app.namedEntities), nav.entityQuery, nav.entityType)
      : app.shownEntities;
  const view = SCREEN_VIEWS[step.mode]({ ...app, nav, mode: step.mode, shownEntities });
  const stdout = nowhere(app.columns, app.rows);
  const stdin = new Readable({ read: () => undefined }) as unknown as NodeJS.ReadStream;
  const instance = render(
    <Box flexDirection="column" width={app.columns} height={app.rows}>
      <Box height={HEADER_ROWS} />
      <Box flexDirection="column" height={app.bodyHeight} overflow="hidden">
        {view.body}
      </Box>
    </Box>,
    { stdout, stdin, stderr: stdout, patchConsole: false, exitOnCtrlC: false, incrementalRendering: true },
  );
  instance.unmount();
  instance.cleanup();
  drawnOffScreen++;
}

/**
 * Draws each screen one key away off screen, once per story and terminal size, when the story is
 * complete and the keyboard idle; only in a terminal (a test's frames are not warmed).
 */
export function useIdleWarmUp(app: AppContext): void {
  const { stdout } = useStdout();
  const enabled = stdout.isTTY === true && app.progress === null;
  // Which story and size the screens were drawn for, and how many of them so far.
  const done = useRef<{ story: unknown; size: string; steps: number }>({ story: null, size: '', steps: 0 });
  const appRef = useRef(app);
  appRef.current = app;
  const { story, columns, rows, nav } = app;
  useEffect(() => {
    if (!enabled) return;
    const size = `${columns}x${rows}`;
    if (done.current.story !== story || done.current.size !== size) done.current = { story, size, steps: 0 };
    let timer: NodeJS.Timeout | undefined;
    const next = (): void => {
      if (done.current.steps >= STEPS.length) return;
      const step = STEPS[done.current.steps++]!;
      try {
        drawOffScreen(appRef.current, step);
      } catch {
        // Warming is an optimisation: a screen that cannot be drawn here is drawn when asked for.
      }
      timer = setTimeout(next, STEP_MS);
    };
    timer = setTimeout(next, IDLE_MS);
    return () => clearTimeout(timer);
  }, [enabled, story, columns, rows, nav]);
}
