// Each screen's keys, lazygit-style (pkg/gui/controllers/*: GetKeybindings): a record per
// binding names the command, runs it, says whether and how it shows in the status hints, and why
// it cannot run right now. One dispatcher, the help and the hints all read these records, so a
// new command is a line in ACTIONS (keymap.ts) and a record here, and nothing else.
import type { Action, Mode } from './keymap.js';
import type { ListName } from './navigation.js';
import type { AppContext } from './use-app-state.js';
import { corpusLabel, isBookmarked, isRead, toggleBookmark, toggleRead } from '../state/index.js';
import type { TimelineEvent } from '../types.js';
import { timelineArray } from '../browse-memory.js';
import { formatCount } from './count.js';

export interface Binding {
  action: Action;
  /** Runs the command; the context is the render's state and its operations. */
  run(app: AppContext): void;
  /** The word shown after the key in the status hints; no hint: only in the help. */
  hint?: string;
  /** Why the command cannot run now (shown instead of running it), or null. */
  disabled?(app: AppContext): string | null;
  /** Whether the hint shows now (default: whenever the command can run). */
  showHint?(app: AppContext): boolean;
  /** The hint as it reads now, when what the key does depends on the state (default: `hint`). */
  hintNow?(app: AppContext): string;
}

export interface ScreenBindings {
  /** Printable keys type text here; only named keys reach the bindings. */
  textEntry?: boolean;
  bindings: readonly Binding[];
}

const moves = (list: ListName): Binding[] => [
  { action: 'up', run: (app) => app.moveList(list, -1) },
  { action: 'down', run: (app) => app.moveList(list, 1) },
  { action: 'pageUp', run: (app) => app.moveList(list, -app.page) },
  { action: 'pageDown', run: (app) => app.moveList(list, app.page) },
  { action: 'top', run: (app) => app.moveList(list, -Infinity) },
  { action: 'bottom', run: (app) => app.moveList(list, Infinity) },
];

const go = (action: Action, screen: 'entities' | 'keydates' | 'search' | 'bookmarks', hint?: string): Binding => ({
  action,
  run: (app) => app.dispatch({ type: 'go', screen }),
  ...(hint ? { hint } : {}),
});

const back: Binding = { action: 'back', hint: 'back', run: (app) => app.dispatch({ type: 'back' }) };
const help = (hint?: string): Binding => ({
  action: 'help',
  run: (app) => app.dispatch({ type: 'toggleHelp' }),
  ...(hint ? { hint } : {}),
});
const quit = (hint?: string): Binding => ({ action: 'quit', run: (app) => app.exit(), ...(hint ? { hint } : {}) });

/** The screens every browsing screen reaches, and the help and quit. */
const elsewhere = (hints: { search?: boolean; lists?: boolean; help?: boolean; quit?: boolean }): Binding[] => [
  go('entities', 'entities', hints.lists ? 'entities' : undefined),
  go('keyDates', 'keydates', hints.lists ? 'key dates' : undefined),
  go('search', 'search', hints.search ? 'search' : undefined),
  {
    action: 'commandLine',
    ...(hints.search ? { hint: 'date…' } : {}),
    run: (app) => app.dispatch({ type: 'openCommand' }),
  },
  go('bookmarks', 'bookmarks'),
  help(hints.help ? 'help' : undefined),
  quit(hints.quit ? 'quit' : undefined),
];

const toggleReadBinding: Binding = {
  action: 'toggleRead',
  disabled: (app) => (app.selectedArticleIndex() === undefined ? 'no article here' : null),
  run: (app) => {
    const article = app.story.articles.at(app.selectedArticleIndex()!);
    // A row not read yet: its mark is set once it is drawn.
    if (!article) return;
    const read = !isRead(app.userState, article.id);
    app.updateUserState((state) => toggleRead(state, article.id, read));
    app.setMessage(read ? 'marked read' : 'marked unread');
  },
};

const bookmarkEvent: Binding = {
  action: 'bookmark',
  disabled: (app) => (app.selectedEvent() ? null : 'no event here'),
  run: (app) => {
    const event = app.selectedEvent()!;
    const had = isBookmarked(app.userState, event.id);
    app.updateUserState((state) => toggleBookmark(state, event, new Date(), app.corpus));
    app.setMessage(had ? 'bookmark removed' : 'bookmarked');
  },
};

const eventSources: Binding = {
  action: 'eventSources',
  disabled: (app) => (app.selectedEvent() ? null : 'no event here'),
  run: (app) => {
    const { date, sources } = app.selectedEvent()!;
    const paths = [...new Set(sources.map((source) => app.corpusPath(source.path)))];
    app.setMessage(`${date} · told by ${paths.length === 1 ? '' : `${paths.length}: `}${paths.join(', ')}`);
  },
};

const openUrl: Binding = {
  action: 'openUrl',
  run: (app) => {
    const index = app.selectedArticleIndex();
    const url = index === undefined ? undefined : app.story.articles.at(index)?.url;
    app.setMessage(url ? app.services.openUrl(url) : 'this article has no URL');
  },
};

// An archive's timeline is read a window at a time: an export from the screen reads the rows
// shown, up to this many (an entity's or a month's events); more is the CLI's export.
const PAGED_EXPORT_ROWS = 20_000;

/**
 * Writes the events shown to `path` (an export is asked for by name and writes every row) and
 * says how it went. Rows a paged timeline has not read yet are asked for, and the export waits
 * for them: it is asked again once they have arrived.
 */
function exportShown(app: AppContext, path: string): string {
  const { shown } = app;
  const paged = timelineArray(app.story.timeline) === undefined;
  if (paged && shown.length > PAGED_EXPORT_ROWS)
    return `${formatCount(shown.length)} events are more than the screen exports from an archive: news-tui export --archive writes them`;
  const events: TimelineEvent[] = [];
  let unread = 0;
  for (let i = 0; i < shown.length; i++) {
    const event = shown.at(i);
    if (event) events.push(event);
    else unread++;
  }
  if (unread > 0) return `reading ${formatCount(unread)} of the events shown: export again in a moment`;
  return app.services.exportView(events, path);
}

const openEventAt = (app: AppContext, eventId: string): void => app.openEvent(app.story.timeline.indexOfId(eventId));

const matches = (forward: boolean): Binding => ({
  action: forward ? 'nextMatch' : 'previousMatch',
  ...(forward ? { hint: 'next match' } : {}),
  disabled: (app) => {
    if (!app.activeSearch) return 'no search yet: / searches';
    return app.activeSearch.positions.length ? null : `no event matches '${app.activeSearch.query}'`;
  },
  run: (app) => app.goToMatch(forward),
});

const source = (forward: boolean): Binding => ({
  action: forward ? 'nextSource' : 'previousSource',
  ...(forward ? { hint: 'next source' } : {}),
  disabled: (app) => {
    const eventIndex = app.nav.reader?.eventIndex;
    if (eventIndex == null) return 'this article was not opened from an event';
    return (app.story.timeline.at(eventIndex)?.sources.length ?? 0) > 1 ? null : 'one article tells this event';
  },
  run: (app) => {
    const { eventIndex, sourceIndex } = app.nav.reader!;
    const sources = app.story.timeline.at(eventIndex!)?.sources.length;
    if (!sources) return;
    app.openEvent(eventIndex!, sourceIndex + (forward ? 1 : sources - 1));
  },
});

export const SCREEN_BINDINGS: Record<Mode, ScreenBindings> = {
  timeline: {
    bindings: [
      ...moves('timeline'),
      {
        action: 'open',
        hint: 'open',
        disabled: (app) => (app.nav.lists.timeline.cursor < app.shown.length ? null : 'no event here'),
        run: (app) => app.openEvent(app.shown.baseIndex(app.nav.lists.timeline.cursor)),
      },
      matches(true),
      matches(false),
      { action: 'switchList', hint: 'articles', run: (app) => app.dispatch({ type: 'switchList' }) },
      {
        action: 'clearFilter',
        disabled: (app) => (app.nav.entityFilter ? null : 'no entity filter to clear'),
        run: (app) => app.dispatch({ type: 'clearFilter' }),
      },
      bookmarkEvent,
      eventSources,
      openUrl,
      {
        action: 'exportView',
        run: (app) => app.dispatch({ type: 'ask', purpose: 'export', text: app.services.defaultExportPath }),
      },
      ...elsewhere({ search: true, lists: true, help: true, quit: true }),
    ],
  },
  articles: {
    bindings: [
      ...moves('articles'),
      {
        action: 'open',
        hint: 'open',
        disabled: (app) => (app.nav.lists.articles.cursor < app.story.articles.length ? null : 'no article here'),
        run: (app) => app.openArticle(app.nav.lists.articles.cursor),
      },
      { action: 'switchList', hint: 'timeline', run: (app) => app.dispatch({ type: 'switchList' }) },
      toggleReadBinding,
      openUrl,
      ...elsewhere({ search: true, help: true, quit: true }),
    ],
  },
  reader: {
    bindings: [
      { action: 'up', run: (app) => app.scrollReader(-1) },
      {
        action: 'down',
        hint: 'scroll',
        showHint: (app) => app.readerFirstLine + app.readerHeight < app.readerLines.length,
        run: (app) => app.scrollReader(1),
      },
      { action: 'pageUp', run: (app) => app.scrollReader(-app.readerPage) },
      { action: 'pageDown', run: (app) => app.scrollReader(app.readerPage) },
      { action: 'top', run: (app) => app.scrollReader(-Infinity) },
      { action: 'bottom', run: (app) => app.scrollReader(Infinity) },
      {
        // Without a search, n in the reader still goes to the next source, as it used to.
        action: 'nextMatch',
        hint: 'next match',
        showHint: (app) => app.readerMatches.length > 0,
        run: (app) => (app.activeSearch ? app.goToMatch(true) : runBinding(app, source(true))),
      },
      matches(false),
      source(true),
      source(false),
      back,
      toggleReadBinding,
      bookmarkEvent,
      eventSources,
      openUrl,
      ...elsewhere({ help: true }),
    ],
  },
  search: {
    textEntry: true,
    bindings: [
      {
        // ↑ above the first result recalls earlier queries while the field is empty or recalled.
        action: 'up',
        run: (app) => {
          const { nav } = app;
          if (nav.lists.search.cursor === 0 && (nav.query === '' || nav.recall !== null))
            app.dispatch({ type: 'recallQuery', older: true });
          else app.moveList('search', -1);
        },
      },
      { action: 'down', run: (app) => app.moveList('search', 1) },
      { action: 'pageUp', run: (app) => app.moveList('search', -app.page) },
      {
        action: 'open',
        hint: 'open',
        run: (app) => {
          // The hit opens from its row of the timeline, so Esc from the reader lands there.
          const event = app.hitEvent();
          app.dispatch({ type: 'searchDone', leave: event !== undefined });
          if (!event) return;
          app.selectInTimeline(event);
          openEventAt(app, event.id);
        },
      },
      {
        action: 'back',
        hint: 'back',
        run: (app) => {
          // Leaving the results keeps the event that was selected in them.
          const event = app.hitEvent();
          app.dispatch({ type: 'searchDone', leave: false });
          if (event) app.selectInTimeline(event);
          app.dispatch({ type: 'back' });
        },
      },
      { action: 'olderQuery', hint: 'earlier query', run: (app) => app.dispatch({ type: 'recallQuery', older: true }) },
      { action: 'newerQuery', run: (app) => app.dispatch({ type: 'recallQuery', older: false }) },
    ],
  },
  // fzf-like: letters filter the names as they are typed, so only named keys act here.
  entities: {
    textEntry: true,
    bindings: [
      ...moves('entities'),
      { action: 'previousRow', run: (app) => app.moveList('entities', -1) },
      { action: 'nextRow', hint: 'next', run: (app) => app.moveList('entities', 1) },
      {
        action: 'open',
        hint: 'filter timeline',
        disabled: (app) => (app.shownEntities[app.nav.lists.entities.cursor] ? null : 'no name here'),
        run: (app) => {
          const entity = app.shownEntities[app.nav.lists.entities.cursor]!;
          app.dispatch({ type: 'filterEntity', name: entity.name });
        },
      },
      { action: 'entityType', hint: 'type', run: (app) => app.dispatch({ type: 'cycleEntityType' }) },
      {
        // Esc clears the filter typed first, and goes back only from an empty one.
        action: 'back',
        hint: 'back',
        hintNow: (app) => (app.nav.entityQuery ? 'clear' : 'back'),
        run: (app) => app.dispatch({ type: app.nav.entityQuery ? 'clearEntityQuery' : 'back' }),
      },
      quit(),
    ],
  },
  keydates: {
    bindings: [
      ...moves('keydates'),
      {
        action: 'open',
        hint: 'open',
        disabled: (app) => (app.story.keyDates[app.nav.lists.keydates.cursor] ? null : 'no key date here'),
        run: (app) => {
          const day = app.story.keyDates[app.nav.lists.keydates.cursor];
          if (day) app.jumpToDate(day.date, { clearFilter: true });
        },
      },
      back,
      ...elsewhere({ help: true }),
    ],
  },
  bookmarks: {
    bindings: [
      ...moves('bookmarks'),
      {
        action: 'open',
        hint: 'open',
        disabled: (app) => (app.bookmarks[app.nav.lists.bookmarks.cursor] ? null : 'no bookmark here'),
        run: (app) => {
          const entry = app.bookmarks[app.nav.lists.bookmarks.cursor];
          const event = app.selectedEvent();
          if (event) openEventAt(app, event.id);
          else if (entry && !entry.here && entry.bookmark.corpus)
            app.setMessage(`made in ${corpusLabel(entry.bookmark.corpus)}: open that corpus to read it`);
          else if (entry) app.setMessage('that event is not in these articles');
        },
      },
      {
        action: 'bookmark',
        hint: 'unbookmark',
        disabled: (app) => (app.bookmarks[app.nav.lists.bookmarks.cursor] ? null : 'no bookmark here'),
        run: (app) => {
          const { bookmark } = app.bookmarks[app.nav.lists.bookmarks.cursor]!;
          app.updateUserState((state) =>
            toggleBookmark(state, { id: bookmark.eventId, date: bookmark.date, summary: bookmark.summary }),
          );
          app.dispatch({
            type: 'move',
            list: 'bookmarks',
            delta: 0,
            count: app.bookmarks.length - 1,
            height: app.bodyHeight,
          });
          app.setMessage('bookmark removed');
        },
      },
      eventSources,
      back,
      ...elsewhere({}),
    ],
  },
  prompt: {
    textEntry: true,
    bindings: [
      {
        action: 'open',
        hint: 'export',
        disabled: (app) => (app.nav.prompt!.text.trim() ? null : 'type a file name to export to'),
        run: (app) => {
          const path = app.nav.prompt!.text.trim();
          const target = app.services.exportTarget?.(path) ?? { kind: 'new' };
          // A path that cannot be written keeps the question open, to be corrected.
          if (target.kind === 'problem') return app.setMessage(target.message);
          if (target.kind === 'exists') return app.dispatch({ type: 'ask', purpose: 'overwrite', text: path });
          app.dispatch({ type: 'answer' });
          app.setMessage(exportShown(app, path));
        },
      },
      {
        action: 'back',
        hint: 'cancel',
        run: (app) => {
          app.dispatch({ type: 'answer' });
          app.setMessage('export cancelled');
        },
      },
    ],
  },
  // The command line (`:`): what it runs is read in command-line.ts and run by the state hook.
  command: {
    textEntry: true,
    bindings: [
      { action: 'open', hint: 'run', run: (app) => app.runCommandLine() },
      { action: 'complete', hint: 'complete', run: (app) => app.completeCommandLine() },
      { action: 'up', hint: 'history', run: (app) => app.dispatch({ type: 'recallCommand', older: true }) },
      { action: 'down', run: (app) => app.dispatch({ type: 'recallCommand', older: false }) },
      { action: 'back', hint: 'cancel', run: (app) => app.dispatch({ type: 'closeCommand', ran: false }) },
    ],
  },
  confirm: {
    bindings: [
      {
        action: 'yes',
        hint: 'overwrite',
        run: (app) => {
          const path = app.nav.prompt!.text;
          app.dispatch({ type: 'answer' });
          app.setMessage(exportShown(app, path));
        },
      },
      {
        action: 'no',
        hint: 'another name',
        run: (app) => app.dispatch({ type: 'ask', purpose: 'export', text: app.nav.prompt!.text }),
      },
    ],
  },
  // The help has no cursor: its keys scroll it, and ↓ is hinted while lines are below.
  help: {
    bindings: [
      { action: 'up', run: (app) => app.scrollList('help', -1) },
      {
        action: 'down',
        hint: 'more',
        showHint: (app) => app.nav.lists.help.top + app.bodyHeight - 1 < app.listCount('help'),
        run: (app) => app.scrollList('help', 1),
      },
      { action: 'pageUp', run: (app) => app.scrollList('help', -app.page) },
      { action: 'pageDown', run: (app) => app.scrollList('help', app.page) },
      { action: 'top', run: (app) => app.scrollList('help', -Infinity) },
      { action: 'bottom', run: (app) => app.scrollList('help', Infinity) },
      { action: 'back', hint: 'close', run: (app) => app.dispatch({ type: 'toggleHelp' }) },
      help(),
      quit('quit'),
    ],
  },
};

/** Runs a binding, or says why it cannot run now. */
export function runBinding(app: AppContext, binding: Binding): void {
  const reason = binding.disabled?.(app) ?? null;
  if (reason) app.setMessage(reason);
  else binding.run(app);
}
