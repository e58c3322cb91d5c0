import React, { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Box, Text, useApp, useInput, useStdin, useStdout } from 'ink';
import type { Story, TimelineEvent } from '../types.js';
import { createEventSearch, sourceNamesFromArticles, type EventSearch, type SearchResult } from '../search/index.js';
import { coverageSparkline, type Sparkline } from '../timeline/index.js';
import {
  actionFor,
  KEYMAP,
  keyName,
  statusHints,
  type Action,
  type KeyBinding,
  type KeyState,
  type ScreenName,
} from './keymap.js';
import { initialNavigation, navigate, type ListName, type NavigationState } from './navigation.js';
import { layoutArticle, lineAt } from './reader-layout.js';
import { filterByEntity } from './timeline-rows.js';
import { DEFAULT_THEME, type Theme } from './theme.js';
import { useTerminalSize } from './use-terminal-size.js';
import { timelineSpan } from './date-label.js';
import { Styled } from './styled.js';
import { TimelineScreen } from './screens/TimelineScreen.js';
import { ArticlesScreen } from './screens/ArticlesScreen.js';
import { ReaderScreen } from './screens/ReaderScreen.js';
import { SearchScreen } from './screens/SearchScreen.js';
import { EntitiesScreen } from './screens/EntitiesScreen.js';
import { KeyDatesScreen } from './screens/KeyDatesScreen.js';
import { HelpOverlay } from './screens/HelpOverlay.js';
import { BookmarksScreen } from './screens/BookmarksScreen.js';
import {
  emptyState,
  findBookmarkedEvent,
  isBookmarked,
  isRead,
  toggleBookmark,
  toggleRead,
  type AppState,
} from '../state/index.js';
import { formatCount } from './count.js';
import {
  DISABLE_BRACKETED_PASTE,
  ENABLE_BRACKETED_PASTE,
  isPrintable,
  pastedText,
  pasteMarker,
  splitKeys,
  type KeyPress,
} from './input-keys.js';

/** A key waiting its turn, or a bracketed paste. */
type PendingInput = KeyPress | { pasted: string };

export interface Progress {
  done: number;
  total: number;
  /** Articles per second so far. */
  rate: number;
}

/** What the app asks of the world outside the terminal; the CLI provides it, tests fake it. */
export interface AppServices {
  /** What the reader has read and bookmarked, as loaded at start. */
  userState: AppState;
  saveUserState(state: AppState): void;
  /** Opens a URL in the browser; returns a one-line message for the status line. */
  openUrl(url: string): string;
  /** Writes the events shown to a file; returns a one-line message for the status line. */
  exportView(events: readonly TimelineEvent[], path: string): string;
  /** The file name offered when exporting. */
  defaultExportPath: string;
}

const NO_SERVICES: AppServices = {
  userState: emptyState(),
  saveUserState: () => undefined,
  openUrl: () => 'opening links is not available here',
  exportView: () => 'export is not available here',
  defaultExportPath: 'timeline.md',
};

export interface AppProps {
  services?: AppServices;
  story: Story;
  theme?: Theme;
  keymap?: readonly KeyBinding[];
  /** Analysis still running: shown in the status line. */
  progress?: Progress | null;
  /** A message for the status line at start (e.g. files that could not be read). */
  notice?: string | null;
}

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 8;
const HEADER_ROWS = 2;
const STATUS_ROWS = 1;
const SEARCH_LIMIT = 500;
const SEARCH_REBUILD_MS = 1000;
const NO_RESULT: SearchResult = { hits: [], total: 0, problems: [] };

const SCREEN_TITLES: Record<ScreenName, string> = {
  timeline: 'Timeline',
  articles: 'Articles',
  reader: 'Reader',
  search: 'Search',
  bookmarks: 'Bookmarks',
  prompt: 'Export',
  entities: 'Entities',
  keydates: 'Key dates',
};

const plural = (n: number, word: string): string => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/** The whole app: owns navigation state, dispatches keys through the keymap, composes screens. */
export function App({
  story,
  theme = DEFAULT_THEME,
  keymap = KEYMAP,
  progress = null,
  notice = null,
  services = NO_SERVICES,
}: AppProps): React.JSX.Element {
  const { exit } = useApp();
  const [userState, setUserState] = useState(services.userState);
  // What the last key did ("bookmarked"); the notice prop says what the app is doing.
  const [message, setMessage] = useState<string | null>(null);
  const updateUserState = (change: (state: AppState) => AppState): void => {
    setUserState((state) => {
      const next = change(state);
      services.saveUserState(next);
      return next;
    });
  };
  const rawInput = useStdin().isRawModeSupported === true;
  const { columns, rows } = useTerminalSize();
  const [nav, dispatch] = useReducer(navigate, undefined, initialNavigation);
  const bodyHeight = Math.max(1, rows - HEADER_ROWS - STATUS_ROWS);

  const events = useMemo(() => filterByEntity(story.timeline, nav.entityFilter), [story.timeline, nav.entityFilter]);
  const span = useMemo(() => timelineSpan(story.timeline), [story.timeline]);
  // The entities view is for following people, organisations and places; other names stay lit
  // in the reader.
  const namedEntities = useMemo(() => story.entities.filter((e) => e.type !== 'MISC'), [story.entities]);
  const articleIndexById = useMemo(() => new Map(story.articles.map((a, i) => [a.id, i])), [story.articles]);
  const eventIndexById = useMemo(() => new Map(story.timeline.map((e, i) => [e.id, i])), [story.timeline]);

  // The search index is built when search opens, not at start-up. While analysis streams in,
  // it is rebuilt at most once a second, and hits always index the snapshot they came from.
  const searchRef = useRef<{ timeline: readonly TimelineEvent[]; search: EventSearch; builtAt: number } | null>(null);
  const currentSearch = (): { timeline: readonly TimelineEvent[]; search: EventSearch } => {
    const built = searchRef.current;
    const stale =
      built?.timeline !== story.timeline &&
      (!progress || performance.now() - (built?.builtAt ?? 0) > SEARCH_REBUILD_MS);
    if (!built || stale) {
      searchRef.current = {
        timeline: story.timeline,
        search: createEventSearch(story.timeline, { sourceNames: sourceNamesFromArticles(story.articles) }),
        builtAt: performance.now(),
      };
    }
    return searchRef.current!;
  };
  const searching = nav.screen === 'search';
  const prepared = useRef<EventSearch | null>(null);
  useEffect(() => {
    if (!searching) return;
    // Warm the index and its code before the first keystroke arrives: once per index, not each
    // time search opens (the warming queries cost ~40 ms of CPU at 10,000 articles).
    const timer = setTimeout(() => {
      const { search } = currentSearch();
      if (prepared.current === search) return;
      prepared.current = search;
      search.prepare();
    }, 0);
    return () => clearTimeout(timer);
  }, [searching, story.timeline]);
  // The results are searched in the render of the keystroke itself, so they are drawn in its
  // frame: one frame per key, not an echo and then, a throttle's wait later, the results. Keys
  // that arrive together are typed as one text (see handlePendingInput): one search for all.
  // The current entity filter scopes the search; the count is every match, however many are drawn.
  const { result, searchedTimeline } = useMemo(() => {
    if (!searching || !nav.query.trim()) return { result: NO_RESULT, searchedTimeline: story.timeline };
    const { timeline, search } = currentSearch();
    return {
      result: search.find(nav.query, { limit: SEARCH_LIMIT, entity: nav.entityFilter }),
      searchedTimeline: timeline,
    };
  }, [searching, nav.query, nav.entityFilter, story.timeline]);
  const hits = result.hits;
  /** Where each event of the timeline shown sits in it, to land on a hit's row. */
  const positionById = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  // After a search, its matches are rows for n/N and words lit in the timeline and the reader.
  const activeSearch = useMemo(() => {
    const query = nav.activeQuery;
    if (!query) return null;
    const { timeline, search } = currentSearch();
    const found = search.find(query, { limit: timeline.length, entity: nav.entityFilter }).hits;
    const ids = new Set(found.map((hit) => timeline[hit.index]!.id));
    const positions = events.flatMap((event, i) => (ids.has(event.id) ? [i] : []));
    const ranges = new Map<string, Array<[number, number]>>();
    const matchesOf = (event: TimelineEvent): Array<[number, number]> => {
      if (!ids.has(event.id)) return [];
      let found = ranges.get(event.id);
      if (!found) ranges.set(event.id, (found = search.matchRanges(event.summary, query)));
      return found;
    };
    return { query, search, positions, matchesOf };
  }, [nav.activeQuery, nav.entityFilter, events, story.timeline]);

  const readerArticle = nav.reader ? story.articles[nav.reader.articleIndex] : undefined;
  const readerWidth = Math.max(20, columns - 2);
  const readerMatches = useMemo(
    () =>
      readerArticle && activeSearch ? activeSearch.search.matchRanges(readerArticle.text, activeSearch.query) : [],
    [readerArticle, activeSearch],
  );
  const readerLines = useMemo(
    () =>
      readerArticle
        ? layoutArticle(
            readerArticle,
            readerWidth,
            nav.reader?.highlight ?? null,
            readerMatches,
            nav.reader?.match ?? -1,
          )
        : [],
    [readerArticle, readerWidth, nav.reader?.highlight, readerMatches, nav.reader?.match],
  );
  const readerFirstLine = nav.reader ? lineAt(readerLines, nav.reader.topOffset) : 0;

  const listCount = (list: ListName): number => {
    switch (list) {
      case 'timeline':
        return events.length;
      case 'articles':
        return story.articles.length;
      case 'keydates':
        return story.keyDates.length;
      case 'search':
        return hits.length;
      case 'help':
        return keymap.length;
      case 'bookmarks':
        return userState.bookmarks.length;
      default:
        return namedEntities.length;
    }
  };
  const listHeight = (list: ListName): number => (list === 'search' || list === 'help' ? bodyHeight - 1 : bodyHeight);

  /** Opens the timeline event at `eventIndex` (in story.timeline), at its `sourceIndex`th source. */
  const openEvent = (eventIndex: number, sourceIndex = 0): void => {
    const event = story.timeline[eventIndex];
    if (!event || event.sources.length === 0) return;
    const source = event.sources[sourceIndex % event.sources.length]!;
    const articleIndex = articleIndexById.get(source.articleId);
    if (articleIndex === undefined) return;
    const article = story.articles[articleIndex]!;
    const lines = layoutArticle(article, readerWidth, null);
    // Land on the event's sentence with two lines of context above it.
    const line = Math.max(0, lineAt(lines, source.start) - 2);
    dispatch({
      type: 'openArticle',
      articleIndex,
      topOffset: lines[line]?.start ?? 0,
      highlight: { start: source.start, end: source.end },
      eventIndex,
      sourceIndex: sourceIndex % event.sources.length,
    });
  };

  const scrollReader = (deltaLines: number): void => {
    const maxFirst = Math.max(0, readerLines.length - bodyHeight);
    const target = Math.max(0, Math.min(maxFirst, readerFirstLine + deltaLines));
    dispatch({ type: 'scrollReader', topOffset: readerLines[target]?.start ?? 0 });
  };

  const currentList = (): ListName | null => {
    if (nav.help) return 'help';
    switch (nav.screen) {
      case 'timeline':
      case 'articles':
      case 'keydates':
      case 'search':
      case 'bookmarks':
      case 'entities':
        return nav.screen;
      default:
        return null;
    }
  };

  /** The event under the cursor, or being read. */
  const selectedEvent = (): TimelineEvent | undefined => {
    if (nav.screen === 'reader')
      return nav.reader?.eventIndex != null ? story.timeline[nav.reader.eventIndex] : undefined;
    if (nav.screen === 'bookmarks') {
      const bookmark = userState.bookmarks[nav.lists.bookmarks.cursor];
      return bookmark ? findBookmarkedEvent(bookmark, story.timeline) : undefined;
    }
    return events[nav.lists.timeline.cursor];
  };
  /** The article under the cursor, being read, or first telling the selected event. */
  const selectedArticleIndex = (): number | undefined => {
    if (nav.screen === 'reader') return nav.reader?.articleIndex;
    if (nav.screen === 'articles')
      return story.articles[nav.lists.articles.cursor] ? nav.lists.articles.cursor : undefined;
    const source = selectedEvent()?.sources[0];
    return source ? articleIndexById.get(source.articleId) : undefined;
  };

  /** The event under the cursor of the search results. */
  const hitEvent = (): TimelineEvent | undefined => {
    const hit = hits[nav.lists.search.cursor];
    return hit ? searchedTimeline[hit.index] : undefined;
  };
  /** Puts the timeline's cursor on `event`'s row. */
  const selectInTimeline = (event: TimelineEvent): void => {
    const index = positionById.get(event.id);
    if (index !== undefined)
      dispatch({ type: 'jump', list: 'timeline', index, count: events.length, height: bodyHeight });
  };
  /** n/N: the next or previous row matching the last search, or match in the article read. */
  const goToMatch = (forward: boolean): void => {
    if (!activeSearch) {
      setMessage('no search yet: / searches');
      return;
    }
    const { query } = activeSearch;
    const step = (count: number, at: number): number => (at + (forward ? 1 : -1) + count) % count;
    if (nav.screen === 'reader' && nav.reader) {
      const count = readerMatches.length;
      if (count === 0) {
        setMessage(`no match for '${query}' in this article`);
        return;
      }
      // The first n goes to the first match from the top of the screen on.
      const topStart = readerLines[readerFirstLine]?.start ?? 0;
      const below = readerMatches.findIndex(([from]) => from >= topStart);
      const match = nav.reader.match !== null ? step(count, nav.reader.match) : beside(below, count, forward);
      const maxFirst = Math.max(0, readerLines.length - bodyHeight);
      const line = Math.max(0, Math.min(maxFirst, lineAt(readerLines, readerMatches[match]![0]) - 2));
      dispatch({ type: 'readerMatch', match, topOffset: readerLines[line]?.start ?? 0 });
      setMessage(`match ${match + 1}/${count} for '${query}'`);
      return;
    }
    const { positions } = activeSearch;
    if (positions.length === 0) {
      setMessage(`no event matches '${query}'`);
      return;
    }
    const cursor = nav.lists.timeline.cursor;
    const after = positions.findIndex((position) => position > cursor);
    const at = positions.indexOf(cursor);
    const next = at >= 0 ? step(positions.length, at) : beside(after, positions.length, forward);
    dispatch({ type: 'jump', list: 'timeline', index: positions[next]!, count: events.length, height: bodyHeight });
    setMessage(`match ${next + 1}/${positions.length} for '${query}'`);
  };

  const perform = (action: Action): void => {
    if (nav.prompt) {
      if (action === 'open') {
        const path = nav.prompt.text.trim();
        dispatch({ type: 'answer' });
        if (path) setMessage(services.exportView(events, path));
      } else if (action === 'back') {
        dispatch({ type: 'answer' });
        setMessage('export cancelled');
      }
      return;
    }
    if (action === 'quit') {
      exit();
      return;
    }
    if (action === 'help') {
      dispatch({ type: 'toggleHelp' });
      return;
    }
    if (nav.help && (action === 'back' || action === 'clearFilter')) {
      dispatch({ type: 'toggleHelp' });
      return;
    }
    // ↑ above the first result recalls earlier queries while the field is empty or recalled.
    const recalling =
      nav.screen === 'search' && nav.lists.search.cursor === 0 && (nav.query === '' || nav.recall !== null);
    if (!nav.help && (action === 'olderQuery' || action === 'newerQuery' || (action === 'up' && recalling))) {
      if (nav.screen === 'search') dispatch({ type: 'recallQuery', older: action !== 'newerQuery' });
      return;
    }
    const list = currentList();
    const page = Math.max(1, bodyHeight - 2);
    const moves: Partial<Record<Action, number>> = {
      up: -1,
      down: 1,
      pageUp: -page,
      pageDown: page,
      top: -Infinity,
      bottom: Infinity,
    };
    const delta = moves[action];
    if (delta !== undefined) {
      if (nav.screen === 'reader' && !nav.help) {
        scrollReader(Number.isFinite(delta) ? delta : delta < 0 ? -readerLines.length : readerLines.length);
      } else if (list) {
        const count = listCount(list);
        const step = Number.isFinite(delta) ? delta : delta < 0 ? -count : count;
        dispatch({ type: 'move', list, delta: step, count, height: listHeight(list) });
      }
      return;
    }
    if (nav.help) return;
    switch (action) {
      case 'open': {
        if (nav.screen === 'timeline') {
          const event = events[nav.lists.timeline.cursor];
          if (event) openEvent(eventIndexById.get(event.id) ?? -1);
        } else if (nav.screen === 'search') {
          // The hit opens from its row of the timeline, so Esc from the reader lands there.
          const event = hitEvent();
          dispatch({ type: 'searchDone', leave: event !== undefined });
          if (event) {
            selectInTimeline(event);
            openEvent(eventIndexById.get(event.id) ?? -1);
          }
        } else if (nav.screen === 'articles') {
          const articleIndex = nav.lists.articles.cursor;
          if (story.articles[articleIndex]) {
            dispatch({
              type: 'openArticle',
              articleIndex,
              topOffset: 0,
              highlight: null,
              eventIndex: null,
              sourceIndex: 0,
            });
          }
        } else if (nav.screen === 'bookmarks') {
          const event = selectedEvent();
          if (event) openEvent(eventIndexById.get(event.id) ?? -1);
          else setMessage('that event is not in these articles');
        } else if (nav.screen === 'entities') {
          const entity = namedEntities[nav.lists.entities.cursor];
          if (entity) dispatch({ type: 'filterEntity', name: entity.name });
        } else if (nav.screen === 'keydates') {
          const day = story.keyDates[nav.lists.keydates.cursor];
          if (!day) return;
          const index = story.timeline.findIndex((e) => e.date.startsWith(day.date));
          dispatch({ type: 'showTimeline' });
          if (index >= 0)
            dispatch({ type: 'jump', list: 'timeline', index, count: story.timeline.length, height: bodyHeight });
        }
        return;
      }
      case 'nextMatch':
      case 'previousMatch':
        // Without a search, n in the reader still goes to the next source, as it used to.
        if (!activeSearch && action === 'nextMatch' && nav.screen === 'reader') perform('nextSource');
        else goToMatch(action === 'nextMatch');
        return;
      case 'nextSource':
      case 'previousSource': {
        const eventIndex = nav.reader?.eventIndex;
        const sources = eventIndex == null ? 0 : (story.timeline[eventIndex]?.sources.length ?? 0);
        if (eventIndex != null && sources > 0)
          openEvent(eventIndex, nav.reader!.sourceIndex + (action === 'nextSource' ? 1 : sources - 1));
        return;
      }
      case 'back':
        if (nav.screen === 'search') {
          // Leaving the results keeps the event that was selected in them.
          const event = hitEvent();
          dispatch({ type: 'searchDone', leave: false });
          if (event) selectInTimeline(event);
        }
        dispatch({ type: 'back' });
        return;
      case 'switchList':
        dispatch({ type: 'switchList' });
        return;
      case 'entities':
        dispatch({ type: 'go', screen: 'entities' });
        return;
      case 'keyDates':
        dispatch({ type: 'go', screen: 'keydates' });
        return;
      case 'search':
        dispatch({ type: 'go', screen: 'search' });
        return;
      case 'clearFilter':
        dispatch({ type: 'clearFilter' });
        return;
      case 'toggleRead': {
        const index = selectedArticleIndex();
        const article = index === undefined ? undefined : story.articles[index];
        if (!article) return;
        const read = !isRead(userState, article.id);
        updateUserState((state) => toggleRead(state, article.id, read));
        setMessage(read ? 'marked read' : 'marked unread');
        return;
      }
      case 'bookmark': {
        if (nav.screen === 'bookmarks') {
          const bookmark = userState.bookmarks[nav.lists.bookmarks.cursor];
          if (!bookmark) return;
          updateUserState((state) =>
            toggleBookmark(state, { id: bookmark.eventId, date: bookmark.date, summary: bookmark.summary }),
          );
          dispatch({
            type: 'move',
            list: 'bookmarks',
            delta: 0,
            count: userState.bookmarks.length - 1,
            height: bodyHeight,
          });
          setMessage('bookmark removed');
          return;
        }
        const event = selectedEvent();
        if (!event) return;
        const had = isBookmarked(userState, event.id);
        updateUserState((state) => toggleBookmark(state, event));
        setMessage(had ? 'bookmark removed' : 'bookmarked');
        return;
      }
      case 'bookmarks':
        dispatch({ type: 'go', screen: 'bookmarks' });
        return;
      case 'openUrl': {
        const index = selectedArticleIndex();
        const url = index === undefined ? undefined : story.articles[index]?.url;
        setMessage(url ? services.openUrl(url) : 'this article has no URL');
        return;
      }
      case 'exportView':
        dispatch({ type: 'ask', purpose: 'export', text: services.defaultExportPath });
        return;
      default:
        return;
    }
  };

  // Every key of a chunk is handled, in order: the first at once, the rest one per render,
  // each against the state the key before it left (the handlers read the render's state).
  const pendingInput = useRef<PendingInput[]>([]);
  const paste = useRef<string | null>(null);
  const [inputTurn, setInputTurn] = useState(0);
  const textEntry = (nav.prompt !== null || nav.screen === 'search') && !nav.help;

  const handleKey = ({ input, key }: KeyPress): void => {
    const screen: ScreenName = nav.prompt ? 'prompt' : nav.screen;
    const name = keyName(input, key);
    if (textEntry) {
      if (name === 'backspace' || name === 'ctrl+w') {
        dispatch({ type: 'eraseQuery', word: name === 'ctrl+w' });
        return;
      }
      if (isPrintable({ input, key })) {
        dispatch({ type: 'typeQuery', text: input });
        return;
      }
    }
    if (!name) return;
    const action = actionFor(name, nav.help ? 'timeline' : screen, keymap);
    if (!action) return;
    perform(action);
  };

  const handlePendingInput = (): void => {
    const queue = pendingInput.current;
    const next = queue.shift();
    if (!next) return;
    if ('pasted' in next) {
      // A paste is text for a prompt, never a run of commands.
      if (textEntry) dispatch({ type: 'typeQuery', text: pastedText(next.pasted) });
    } else if (textEntry && isPrintable(next)) {
      let text = next.input;
      for (let head = queue[0]; head && !('pasted' in head) && isPrintable(head); head = queue[0]) {
        text += head.input;
        queue.shift();
      }
      dispatch({ type: 'typeQuery', text });
    } else {
      handleKey(next);
    }
    if (queue.length > 0) setInputTurn((turn) => turn + 1);
  };
  useEffect(handlePendingInput, [inputTurn]);

  const receiveInput = (input: string, key: KeyState): void => {
    const marker = pasteMarker(input);
    let arrived: PendingInput[];
    if (marker === 'start') {
      paste.current = '';
      return;
    } else if (paste.current !== null) {
      if (marker !== 'end') {
        paste.current += key.return ? '\n' : input;
        return;
      }
      arrived = [{ pasted: paste.current }];
      paste.current = null;
    } else {
      arrived = splitKeys(input, key);
    }
    const idle = pendingInput.current.length === 0;
    pendingInput.current.push(...arrived);
    if (idle) handlePendingInput();
  };
  // Ink calls one handler for the app's life, which calls this render's: a key that arrives
  // before effects have run still meets the state the last key left.
  const latestInput = useRef(receiveInput);
  useLayoutEffect(() => {
    latestInput.current = receiveInput;
  });
  const onInput = useCallback((input: string, key: KeyState) => latestInput.current(input, key), []);
  useInput(onInput, { isActive: rawInput });

  // Pastes arrive bracketed, so pasted text is never taken for keys.
  const { stdout } = useStdout();
  useEffect(() => {
    if (!rawInput || !stdout.isTTY) return;
    const disable = (): void => void stdout.write(DISABLE_BRACKETED_PASTE);
    stdout.write(ENABLE_BRACKETED_PASTE);
    process.once('exit', disable);
    return () => {
      process.off('exit', disable);
      disable();
    };
  }, [rawInput, stdout]);

  const markDate =
    nav.screen === 'reader' && nav.reader?.eventIndex != null
      ? story.timeline[nav.reader.eventIndex]?.date
      : events[nav.lists.timeline.cursor]?.date;
  const sparklineWidth = Math.max(10, columns - SPARKLINE_LABEL.length - 12);
  // The line depends on the corpus and the width only; a move just places the mark on it.
  const coverage = useMemo(() => coverageSparkline(story.articles, sparklineWidth), [story.articles, sparklineWidth]);
  const markDay = markDate?.slice(0, 10);
  const sparkline = useMemo(() => ({ ...coverage, markIndex: sparklineCell(coverage, markDay) }), [coverage, markDay]);

  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    return (
      <Text>
        Terminal too small ({columns}×{rows}): news-tui needs at least {MIN_COLUMNS}×{MIN_ROWS}. Enlarge it or press q.
      </Text>
    );
  }

  const header = (
    <Box width={columns} flexDirection="column">
      <Text wrap="truncate">
        <Text {...theme.accent}>news-tui</Text>
        {` · ${story.name} · ${plural(story.articles.length, 'article')} · ${plural(story.timeline.length, 'event')} · ${span}`}
        {story.problems.length ? (
          <Text {...theme.warning}>{` · ${plural(story.problems.length, 'file')} skipped`}</Text>
        ) : null}
      </Text>
      <CoverageLine sparkline={sparkline} theme={theme} />
    </Box>
  );

  let body: React.JSX.Element;
  const position = (list: ListName): string => {
    const count = listCount(list);
    return count ? `${nav.lists[list].cursor + 1}/${count}` : '0/0';
  };
  let where: string = SCREEN_TITLES[nav.screen];
  if (nav.help) {
    body = <HelpOverlay keymap={keymap} top={nav.lists.help.top} height={bodyHeight} theme={theme} />;
    where = 'Help';
  } else {
    switch (nav.screen) {
      case 'articles':
        body = (
          <ArticlesScreen
            articles={story.articles}
            isRead={(id) => isRead(userState, id)}
            {...nav.lists.articles}
            height={bodyHeight}
            width={columns}
            theme={theme}
          />
        );
        where += ` ${position('articles')}`;
        break;
      case 'reader': {
        body = (
          <ReaderScreen
            lines={readerLines}
            firstLine={readerFirstLine}
            height={bodyHeight}
            theme={theme}
            title={readerArticle && !titleOpensText(readerArticle) ? readerArticle.title : null}
          />
        );
        const last = Math.min(readerLines.length, readerFirstLine + bodyHeight);
        where = `${readerArticle?.date ?? 'undated'} ${readerArticle?.path ?? ''} · lines ${readerFirstLine + 1}-${last}/${readerLines.length}`;
        const event = nav.reader?.eventIndex !== null && nav.reader ? story.timeline[nav.reader.eventIndex] : undefined;
        if (event && event.sources.length > 1)
          where += ` · source ${nav.reader!.sourceIndex + 1}/${event.sources.length}`;
        break;
      }
      case 'search':
        body = (
          <SearchScreen
            query={nav.query}
            hits={hits}
            events={searchedTimeline}
            {...nav.lists.search}
            height={bodyHeight}
            theme={theme}
          />
        );
        if (nav.query.trim()) {
          const { total, problems } = result;
          where += ` ${hits.length < total ? `${formatCount(hits.length)} of ${plural(total, 'hit')}` : plural(total, 'hit')}`;
          if (problems.length) where += ` · ${problems.join('; ')}`;
        }
        break;
      case 'entities':
        body = <EntitiesScreen entities={namedEntities} {...nav.lists.entities} height={bodyHeight} theme={theme} />;
        where += ` ${namedEntities.length}`;
        break;
      case 'keydates':
        body = <KeyDatesScreen keyDates={story.keyDates} {...nav.lists.keydates} height={bodyHeight} theme={theme} />;
        where += ` ${position('keydates')}`;
        break;
      case 'bookmarks':
        body = (
          <BookmarksScreen
            bookmarks={userState.bookmarks}
            present={userState.bookmarks.map((b) => findBookmarkedEvent(b, story.timeline) !== undefined)}
            {...nav.lists.bookmarks}
            height={bodyHeight}
            theme={theme}
          />
        );
        where += ` ${position('bookmarks')}`;
        break;
      default: {
        const n = story.articles.length;
        const empty =
          n === 0
            ? 'no articles loaded'
            : `no events dated in ${n === 1 ? 'this article' : `these ${plural(n, 'article')}`}`;
        body = (
          <TimelineScreen
            events={events}
            isBookmarked={(id) => isBookmarked(userState, id)}
            {...nav.lists.timeline}
            height={bodyHeight}
            width={columns}
            theme={theme}
            emptyMessage={nav.entityFilter ? `no events mention ${nav.entityFilter}` : empty}
            matchesOf={activeSearch?.matchesOf ?? null}
          />
        );
        where += ` ${position('timeline')}`;
        if (activeSearch) {
          const matches = activeSearch.positions.length;
          where += ` · /${activeSearch.query}: ${formatCount(matches)} ${matches === 1 ? 'match' : 'matches'}`;
        }
      }
    }
  }
  if (nav.entityFilter && (nav.screen === 'timeline' || nav.screen === 'reader'))
    where += ` · filter: ${nav.entityFilter} (c clears)`;
  const progressText = progress && progress.done < progress.total ? progressLine(progress) : null;
  const status = nav.prompt
    ? `Export the ${plural(events.length, 'event')} shown to (.md .csv .ics .json .jsonl): ${nav.prompt.text}█`
    : [where, progressText, notice, message].filter(Boolean).join(' · ');
  const hints = statusHints(nav.prompt ? 'prompt' : nav.help ? 'timeline' : nav.screen, keymap);

  return (
    <Box flexDirection="column" width={columns} height={rows}>
      {header}
      <Box flexDirection="column" height={bodyHeight} overflow="hidden">
        {body}
      </Box>
      <Box width={columns}>
        <Text {...theme.status} wrap="truncate">
          {`${status}  │  ${hints}`.padEnd(columns)}
        </Text>
      </Box>
    </Box>
  );
}

const SPARKLINE_LABEL = 'coverage ';

/**
 * Of `count` matches in reading order, the one to go to from a place that is not a match:
 * `after` is the first one after it (-1: none); backwards, the one before it; both wrap around.
 */
function beside(after: number, count: number, forward: boolean): number {
  if (forward) return Math.max(0, after);
  return after <= 0 ? count - 1 : after - 1;
}

const MS_PER_DAY = 86_400_000;

/** The sparkline cell holding a day (YYYY-MM-DD), or -1: what coverageSparkline marks. */
function sparklineCell({ firstDay, daysPerCell, line }: Sparkline, day: string | undefined): number {
  if (!firstDay || !day || day.length !== 10) return -1;
  const days = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${firstDay}T00:00:00Z`)) / MS_PER_DAY;
  if (!Number.isFinite(days) || days < 0) return -1;
  const cell = Math.floor(days / daysPerCell);
  return cell < line.length ? cell : -1;
}

/** House-format articles open with their lead, which is their title; feed items do not. */
function titleOpensText(article: { title: string; text: string }): boolean {
  return article.text.trimStart().startsWith(article.title.slice(0, 40));
}

/** The story's shape: articles per day or week across the corpus, the selected date marked. */
function CoverageLine({ sparkline, theme }: { sparkline: Sparkline; theme: Theme }): React.JSX.Element {
  if (!sparkline.line)
    return (
      <Styled theme={theme} as="dim">
        {SPARKLINE_LABEL}no dated articles
      </Styled>
    );
  const { line, markIndex } = sparkline;
  const unit =
    sparkline.daysPerCell === 1 ? 'day' : sparkline.daysPerCell === 7 ? 'week' : `${sparkline.daysPerCell} days`;
  const before = markIndex >= 0 ? line.slice(0, markIndex) : line;
  const marked = markIndex >= 0 ? (line[markIndex] ?? '') : '';
  const after = markIndex >= 0 ? line.slice(markIndex + 1) : '';
  return (
    <Text wrap="truncate">
      <Text {...theme.dim}>{SPARKLINE_LABEL}</Text>
      <Text {...theme.accent}>{before}</Text>
      <Text {...theme.selection}>{marked === ' ' ? '·' : marked}</Text>
      <Text {...theme.accent}>{after}</Text>
      <Text {...theme.dim}>{` per ${unit}`}</Text>
    </Text>
  );
}

/** "analysing 1,200/10,000 ▕████░░░░▏ 850/s, 10 s left" */
export function progressLine({ done, total, rate }: Progress): string {
  const width = 10;
  const filled = total ? Math.round((done / total) * width) : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
  return `analysing ${formatCount(done)}/${formatCount(total)} ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${Math.round(rate)}/s${left !== null ? `, ${left} s left` : ''}`;
}

export type { NavigationState };
