// The mouse, as the keys' stand-in: the wheel moves what ↑/↓ move (the list's cursor, the
// reader's text, the help), a click selects the row under it, and a click on the row already
// selected opens it, as Enter does (lazygit's way). Rows are found from the screen's own window.
import { runBinding, SCREEN_BINDINGS } from './bindings.js';
import type { MouseInput } from './input-keys.js';
import type { ListName } from './navigation.js';
import { ENTITIES_LIST_TOP } from './screens/EntitiesScreen.js';
import { timelineWindow } from './screens/TimelineScreen.js';
import { HEADER_ROWS, type AppContext } from './use-app-state.js';

/** Rows one notch of the wheel moves. */
export const WHEEL_ROWS = 3;

/** The list a screen shows, and the rows drawn above it in its body. */
const LISTS: Partial<Record<AppContext['mode'], { list: ListName; above: number }>> = {
  timeline: { list: 'timeline', above: 0 },
  articles: { list: 'articles', above: 0 },
  keydates: { list: 'keydates', above: 0 },
  bookmarks: { list: 'bookmarks', above: 0 },
  entities: { list: 'entities', above: ENTITIES_LIST_TOP },
  // The query line.
  search: { list: 'search', above: 1 },
};

export function handleMouse(app: AppContext, event: MouseInput): void {
  if (event.kind === 'ignored') return;
  const { mode } = app;
  if (event.kind === 'wheel') {
    const rows = event.delta * WHEEL_ROWS;
    if (mode === 'reader') app.scrollReader(rows);
    else if (mode === 'help') app.scrollList('help', rows);
    else {
      const target = LISTS[mode];
      if (target) app.moveList(target.list, rows);
    }
    return;
  }
  const target = LISTS[mode];
  if (!target) return;
  // Terminal rows count from 1; the body starts below the header.
  const bodyRow = event.row - 1 - HEADER_ROWS;
  if (bodyRow < 0 || bodyRow >= app.bodyHeight) return;
  const index = mode === 'timeline' ? timelineRowAt(app, bodyRow) : rowAt(app, target.list, bodyRow - target.above);
  if (index === null) return;
  if (index === app.nav.lists[target.list].cursor) {
    const open = SCREEN_BINDINGS[mode].bindings.find((binding) => binding.action === 'open');
    if (open) runBinding(app, open);
    return;
  }
  app.dispatch({
    type: 'jump',
    list: target.list,
    index,
    count: app.listCount(target.list),
    height: app.bodyHeight - target.above,
  });
}

/** The item of a one-row-per-item list drawn at `listRow` of its window, or null. */
function rowAt(app: AppContext, list: ListName, listRow: number): number | null {
  if (listRow < 0) return null;
  const index = app.nav.lists[list].top + listRow;
  return index < app.listCount(list) ? index : null;
}

/**
 * The event of the timeline drawn at `bodyRow`: an event's row is its own; a heading's is the
 * event below it; a folded background's, its first event (which opens it).
 */
function timelineRowAt(app: AppContext, bodyRow: number): number | null {
  const { cursor, top } = app.nav.lists.timeline;
  const { rows, start } = timelineWindow(app.shown, cursor, top, app.bodyHeight, app.fold);
  for (let at = start + bodyRow; at < rows.length && at < start + app.bodyHeight; at++) {
    const row = rows[at]!;
    if (row.kind === 'event') return row.position;
    if (row.kind === 'fold') return app.fold?.from ?? null;
  }
  return null;
}
