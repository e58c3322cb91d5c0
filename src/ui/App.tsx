import React from 'react';
import { Box, Text } from 'ink';
import type { BrowseStory } from '../browse.js';
import type { Story } from '../types.js';
import { asBrowseStory } from '../browse-memory.js';
import { KEYMAP, statusHints, type KeyBinding } from './keymap.js';
import { DEFAULT_THEME, type Theme } from './theme.js';
import { formatCount } from './count.js';
import { NO_SERVICES, useAppState, type AppServices, type Progress } from './use-app-state.js';
import { useAppInput } from './use-app-input.js';
import { useIdleWarmUp } from './use-idle-warm-up.js';
import { useIdleCollection } from './use-idle-collection.js';
import { SCREEN_VIEWS } from './views.js';
import { Header } from './Header.js';

export type { AppServices, Progress } from './use-app-state.js';
export type { NavigationState } from './navigation.js';

export interface AppProps {
  services?: AppServices;
  /** What is browsed: a story held whole (wrapped by storyBrowse), or an archive read by windows. */
  story: Story | BrowseStory;
  theme?: Theme;
  keymap?: readonly KeyBinding[];
  /** Analysis still running: shown in the status line. */
  progress?: Progress | null;
  /** A message for the status line at start (e.g. files that could not be read). */
  notice?: string | null;
  /** The wheel scrolls and a click selects (off: `--no-mouse`, `"mouse": false`). */
  mouse?: boolean;
}

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 8;

/**
 * The whole app, ink-ui's way: a state hook (useAppState), an input hook that runs the current
 * screen's bindings (useAppInput), and a view per screen (SCREEN_VIEWS). App only composes them.
 */
export function App({
  story,
  theme = DEFAULT_THEME,
  keymap = KEYMAP,
  progress = null,
  notice = null,
  services = NO_SERVICES,
  mouse = true,
}: AppProps): React.JSX.Element {
  const app = useAppState({ story: asBrowseStory(story), theme, keymap, progress, notice, services, mouse });
  useAppInput(app);
  useIdleWarmUp(app);
  useIdleCollection(progress === null);
  const { columns, rows, bodyHeight, mode } = app;

  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    return (
      <Text>
        Terminal too small ({columns}×{rows}): news-tui needs at least {MIN_COLUMNS}×{MIN_ROWS}. Enlarge it or press q.
      </Text>
    );
  }

  const view = SCREEN_VIEWS[mode](app);
  const progressText = progress && progress.done < progress.total ? progressLine(progress) : null;
  const status = (view.question ? [app.message, view.status] : [view.status, progressText, app.message])
    .filter(Boolean)
    .join(' · ');
  const hints = statusHints(mode, keymap, app);

  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Header app={app} />
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        {view.body}
      </Box>
      <Box width={columns}>
        <Text {...theme.status} wrap="truncate">
          {`${status}  │  ${hints}`.padEnd(columns)}
        </Text>
      </Box>
    </Box>
  );
}

/** "analysing 1,200/10,000 ▕████░░░░▏ 850/s, 10 s left" */
export function progressLine({ done, total, rate }: Progress): string {
  const width = 10;
  const filled = total ? Math.round((done / total) * width) : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
  return `analysing ${formatCount(done)}/${formatCount(total)} ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${Math.round(rate)}/s${left !== null ? `, ${left} s left` : ''}`;
}
