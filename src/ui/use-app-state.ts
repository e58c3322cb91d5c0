import { useMemo, useReducer, useRef, useState, useEffect } from 'react';
import { useApp } from 'ink';
import type { TimelineEvent } from '../types.js';
import type { BrowseStory, RowList, TimelineList } from '../browse.js';
import { timelineArray } from '../browse-memory.js';
import type { EventSearch, SearchResult } from '../search/index.js';
import type { KeyBinding, Mode } from './keymap.js';
import {
  initialNavigation,
  navigate,
  type ListName,
  type NavigationAction,
  type NavigationState,
} from './navigation.js';
import { layoutArticle, lineAt, type ReaderLine } from './reader-layout.js';
import { useTimeNavigation, type TimeNavigation } from './use-time-navigation.js';
import type { Theme } from './theme.js';
import { useTerminalSize } from './use-terminal-size.js';
import {
  bookmarksFor,
  emptyState,
  findBookmarkedEvent,
  isRead,
  toggleRead,
  type AppState,
  type Bookmark,
} from '../state/index.js';
import { helpLines } from './keymap.js';
import type { EntitySummary } from '../types.js';
import { filterEntities, indexEntities } from './entity-filter.js';
import { useRowsVersion } from './use-rows-version.js';

export { commonFolder } from '../browse-memory.js';

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
  /** What bookmarks made here are filed under (default: the story's name). */
  corpus?: string;
  /** Whether `path` can be written: new, an existing file (asked before overwriting), or why not. */
  exportTarget?(path: string): ExportTarget;
}

export type ExportTarget = { kind: 'new' } | { kind: 'exists' } | { kind: 'problem'; message: string };

export const NO_SERVICES: AppServices = {
  userState: emptyState(),
  saveUserState: () => undefined,
  openUrl: () => 'opening links is not available here',
  exportView: () => 'export is not available here',
  defaultExportPath: 'timeline.md',
};

export interface AppSettings {
  /** What is browsed: a story held whole (a folder, the seeds) or an archive read by windows. */
  story: BrowseStory;
  theme: Theme;
  keymap: readonly KeyBinding[];
  progress: Progress | null;
  notice: string | null;
  services: AppServices;
  /** Whether the wheel and clicks act (xterm mouse reporting is asked for). */
  mouse: boolean;
}

export const HEADER_ROWS = 2;
const STATUS_ROWS = 1;
const SEARCH_REBUILD_MS = 1000;
/** How long no key must come before the search index is prepared in idle time. */
const IDLE_PREPARE_MS = 500;
const NO_RESULT: SearchResult = { hits: [], total: 0, problems: [] };
/** The reader's longest line, as most readers and typographers keep it: centred beyond it. */
const READER_MEASURE = 100;
/** The bar that marks the event's lines, and a space. */
export const READER_GUTTER = 2;

/** A search that has been run: its rows in the timeline shown and its words to light. */
export interface ActiveSearch {
  query: string;
  search: EventSearch;
  positions: number[];
  matchesOf(event: TimelineEvent): Array<[number, number]>;
}

/**
 * Everything a screen's bindings and view read, and the operations they call: the app's state
 * hook. Built once per render from the navigation reducer and the data derived from it.
 */
export interface AppContext extends AppSettings, TimeNavigation {
  nav: NavigationState;
  dispatch(action: NavigationAction): void;
  /** What takes the keys now: the prompt, the help, or the screen. */
  mode: Mode;
  columns: number;
  rows: number;
  bodyHeight: number;
  userState: AppState;
  updateUserState(change: (state: AppState) => AppState): void;
  /** What bookmarks made here are filed under. */
  corpus: string;
  /** The bookmarks as listed here: this corpus's first, then the others under their corpus. */
  bookmarks: ReadonlyArray<{ bookmark: Bookmark; here: boolean }>;
  /** What the last key did ("bookmarked"); lasts until the next key. */
  message: string | null;
  setMessage(message: string | null): void;
  exit(): void;
  namedEntities: readonly EntitySummary[];
  /** The entities listed: those of the type chosen whose name or an alias holds the filter typed. */
  shownEntities: readonly EntitySummary[];
  result: SearchResult;
  /** The timeline the search's hits index (a snapshot while analysis streams in). */
  searchedTimeline: RowList<TimelineEvent>;
  activeSearch: ActiveSearch | null;
  /** The reader's measure (columns of text), its left margin to centre it, and its text rows. */
  readerWidth: number;
  readerIndent: number;
  readerHeight: number;
  /** Lines a page scrolls in the reader: its text rows less two kept in sight. */
  readerPage: number;
  readerLines: readonly ReaderLine[];
  /** An article's path inside the corpus opened (the folder all its articles share, left off). */
  corpusPath(path: string): string;
  readerFirstLine: number;
  readerMatches: ReadonlyArray<readonly [number, number]>;
  listCount(list: ListName): number;
  /** Moves a list's cursor; ±Infinity goes to its ends. */
  moveList(list: ListName, delta: number): void;
  /** Scrolls a list's window by rows, its cursor kept in sight; ±Infinity goes to its ends. */
  scrollList(list: ListName, delta: number): void;
  /** Scrolls the reader by lines; ±Infinity goes to its ends. */
  scrollReader(deltaLines: number): void;
  /** Rows a page moves. */
  page: number;
  /** Opens the timeline event at `eventIndex` (in story.timeline), at its `sourceIndex`th source. */
  openEvent(eventIndex: number, sourceIndex?: number): void;
  /** Opens an article at its top. Opening an article marks it read, as newsboat does. */
  openArticle(articleIndex: number): void;
  /** The event under the cursor, or being read. */
  selectedEvent(): TimelineEvent | undefined;
  /** The article under the cursor, being read, or first telling the selected event. */
  selectedArticleIndex(): number | undefined;
  /** The event under the cursor of the search results. */
  hitEvent(): TimelineEvent | undefined;
  /** Puts the timeline's cursor on `event`'s row. */
  selectInTimeline(event: TimelineEvent): void;
  /** n/N: the next or previous row matching the last search, or match in the article read. */
  goToMatch(forward: boolean): void;
}

/** The app's state: navigation, the reader's marks, and everything derived from them. */
export function useAppState(settings: AppSettings): AppContext {
  const { story, progress, services, keymap } = settings;
  const { exit } = useApp();
  const [userState, setUserState] = useState(services.userState);
  const [message, setMessage] = useState<string | null>(null);
  // A notice (a file skipped, the state file's warning) is said once, as a message: the next key
  // clears it like any other (the header keeps the count of files skipped). A new notice is said
  // when it comes; one withdrawn leaves the status unless a message replaced it.
  const [noticeSaid, setNoticeSaid] = useState<string | null>(null);
  if (settings.notice !== noticeSaid) {
    setNoticeSaid(settings.notice);
    setMessage((shown) => settings.notice ?? (shown === noticeSaid ? null : shown));
  }
  const updateUserState = (change: (state: AppState) => AppState): void => {
    setUserState((state) => {
      const next = change(state);
      services.saveUserState(next);
      return next;
    });
  };
  const { columns, rows } = useTerminalSize();
  const [nav, dispatch] = useReducer(navigate, services.userState.commands ?? [], initialNavigation);
  const bodyHeight = Math.max(1, rows - HEADER_ROWS - STATUS_ROWS);
  const mode: Mode = nav.command
    ? 'command'
    : nav.prompt
      ? nav.prompt.purpose === 'overwrite'
        ? 'confirm'
        : 'prompt'
      : nav.help
        ? 'help'
        : nav.screen;

  const corpus = services.corpus ?? story.name;
  const time = useTimeNavigation({
    story,
    nav,
    dispatch,
    userState,
    updateUserState,
    saveUserState: services.saveUserState,
    corpus,
    bodyHeight,
    setMessage,
    exit,
  });
  const { shown } = time;
  // A paged list's rows arrive after they are asked for: the app draws again then.
  useRowsVersion(story.timeline);
  useRowsVersion(story.articles);
  // The entities view is for following people, organisations and places; other names stay lit
  // in the reader.
  const namedEntities = useMemo(() => story.entities.filter((e) => e.type !== 'MISC'), [story.entities]);
  // Indexed when the entities screen opens (once per list of names), not at each streamed story.
  const onEntities = nav.screen === 'entities';
  const shownEntities = useMemo(
    () => (onEntities ? filterEntities(indexEntities(namedEntities), nav.entityQuery, nav.entityType) : namedEntities),
    [onEntities, namedEntities, nav.entityQuery, nav.entityType],
  );
  const help = useMemo(() => helpLines(keymap), [keymap]);
  // A story held whole finds a bookmark made before an id changed by its date and summary too.
  const bookmarkedEvents = timelineArray(story.timeline) ?? story.timeline;
  const bookmarks = useMemo(
    () => bookmarksFor(userState, corpus, bookmarkedEvents),
    [userState, corpus, bookmarkedEvents],
  );

  // The search index is built when search opens, not at start-up. While analysis streams in,
  // it is rebuilt at most once a second, and hits always index the snapshot they came from.
  const searchRef = useRef<{ timeline: TimelineList; search: EventSearch; builtAt: number } | null>(null);
  const currentSearch = (): { timeline: TimelineList; search: EventSearch } => {
    const built = searchRef.current;
    const stale =
      built?.timeline !== story.timeline &&
      (!progress || performance.now() - (built?.builtAt ?? 0) > SEARCH_REBUILD_MS);
    if (!built || stale) {
      searchRef.current = { timeline: story.timeline, search: story.createSearch(), builtAt: performance.now() };
    }
    return searchRef.current!;
  };
  /** Where a hit (a position in the search's snapshot) is in the timeline shown, or -1. */
  const shownPositionOfHit = (snapshot: TimelineList, index: number): number => {
    if (snapshot === story.timeline) return shown.positionOf(index);
    const id = snapshot.at(index)?.id;
    return id === undefined ? -1 : shown.positionOf(story.timeline.indexOfId(id));
  };
  const searching = nav.screen === 'search';
  const prepared = useRef<EventSearch | null>(null);
  const complete = progress === null;
  useEffect(() => {
    if (!searching && !complete) return;
    // The index is built and its code warmed before the first keystroke of a search: in idle
    // time once the story is complete (no key for a moment: \`nav\` changes with every key), or
    // at once when search opens. Once per index: the warming costs ~40 ms of CPU at 10,000
    // articles, and the garbage of building it is collected then, not on a keystroke.
    const timer = setTimeout(
      () => {
        const { search } = currentSearch();
        if (prepared.current === search) return;
        prepared.current = search;
        search.prepare();
      },
      searching ? 0 : IDLE_PREPARE_MS,
    );
    return () => clearTimeout(timer);
  }, [searching, complete, story.timeline, nav]);
  // The results are searched in the render of the keystroke itself, so they are drawn in its
  // frame: one frame per key, not an echo and then, a throttle's wait later, the results. Keys
  // that arrive together are typed as one text (see useAppInput): one search for all.
  // The current entity filter scopes the search; the count is every match, however many are drawn.
  // The engine is asked for the rows the results can draw from where they are scrolled and a
  // screenful more, not for every hit; the cursor moves over the true count, and a move onto
  // the next screenful asks for it.
  const resultRows = Math.max(1, bodyHeight - 1);
  const searchLimit = (Math.floor(nav.lists.search.top / resultRows) + 2) * resultRows;
  // The dates shown (:since, :until) scope it too: only events the timeline shows are hits.
  const ranged = nav.range.since !== null || nav.range.until !== null;
  const { result, searchedTimeline } = useMemo((): { result: SearchResult; searchedTimeline: TimelineList } => {
    if (!searching || !nav.query.trim()) return { result: NO_RESULT, searchedTimeline: story.timeline };
    const { timeline, search } = currentSearch();
    if (!ranged)
      return {
        result: search.find(nav.query, { limit: searchLimit, entity: nav.entityFilter }),
        searchedTimeline: timeline,
      };
    const found = search.find(nav.query, { limit: timeline.length, entity: nav.entityFilter });
    const hits = found.hits.filter((hit) => shownPositionOfHit(timeline, hit.index) >= 0);
    return {
      result: { hits: hits.slice(0, searchLimit), total: hits.length, problems: found.problems },
      searchedTimeline: timeline,
    };
  }, [searching, nav.query, nav.entityFilter, story.timeline, searchLimit, ranged, shown]);
  const hits = result.hits;
  // After a search, its matches are rows for n/N and words lit in the timeline and the reader.
  const activeSearch = useMemo((): ActiveSearch | null => {
    const query = nav.activeQuery;
    if (!query) return null;
    const { timeline, search } = currentSearch();
    const found = search.find(query, { limit: timeline.length, entity: nav.entityFilter }).hits;
    const hitRows = new Set(found.map((hit) => hit.index));
    const positions = found
      .map((hit) => shownPositionOfHit(timeline, hit.index))
      .filter((position) => position >= 0)
      .sort((a, b) => a - b);
    const ranges = new Map<string, Array<[number, number]>>();
    const matchesOf = (event: TimelineEvent): Array<[number, number]> => {
      if (!hitRows.has(timeline.indexOfId(event.id))) return [];
      let found = ranges.get(event.id);
      if (!found) ranges.set(event.id, (found = search.matchRanges(event.summary, query)));
      return found;
    };
    return { query, search, positions, matchesOf };
  }, [nav.activeQuery, nav.entityFilter, shown, story.timeline]);

  // Undefined while a paged archive reads the article: the reader says so until it arrives.
  const readerArticle = nav.reader ? story.articles.analysed(nav.reader.articleIndex) : undefined;
  const readerWidth = Math.max(20, Math.min(READER_MEASURE, columns - READER_GUTTER - 2));
  const readerIndent = Math.max(0, Math.floor((columns - readerWidth - READER_GUTTER) / 2));
  // One row for the article's title line.
  const readerHeight = Math.max(1, bodyHeight - 1);
  const corpusRoot = story.commonFolder;
  const corpusPath = (path: string): string => (path.startsWith(corpusRoot) ? path.slice(corpusRoot.length) : path);
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
  // The top line is never past the last screenful: an article that fits starts at its top.
  const readerLastTop = Math.max(0, readerLines.length - readerHeight);
  const readerFirstLine = nav.reader ? Math.min(readerLastTop, lineAt(readerLines, nav.reader.topOffset)) : 0;

  const listCount = (list: ListName): number => {
    switch (list) {
      case 'timeline':
        return shown.length;
      case 'articles':
        return story.articles.length;
      case 'keydates':
        return story.keyDates.length;
      case 'search':
        return result.total;
      case 'help':
        return help.length;
      case 'bookmarks':
        return bookmarks.length;
      default:
        return shownEntities.length;
    }
  };
  // The search's query line, the help's title and the entities' filter line sit above their lists.
  const listHeight = (list: ListName): number =>
    list === 'search' || list === 'help' || list === 'entities' ? bodyHeight - 1 : bodyHeight;
  const moveList = (list: ListName, delta: number): void => {
    const count = listCount(list);
    const step = Number.isFinite(delta) ? delta : delta < 0 ? -count : count;
    dispatch({ type: 'move', list, delta: step, count, height: listHeight(list) });
  };

  const scrollList = (list: ListName, delta: number): void => {
    const count = listCount(list);
    const step = Number.isFinite(delta) ? delta : delta < 0 ? -count : count;
    dispatch({ type: 'scroll', list, delta: step, count, height: listHeight(list) });
  };

  const openEvent = (eventIndex: number, sourceIndex = 0): void => {
    const event = story.timeline.at(eventIndex);
    if (!event || event.sources.length === 0) return;
    const source = event.sources[sourceIndex % event.sources.length]!;
    const articleIndex = story.articles.indexOfId(source.articleId);
    if (articleIndex < 0) return;
    const article = story.articles.analysed(articleIndex);
    let topOffset = source.start;
    if (article) {
      const lines = layoutArticle(article, readerWidth, null);
      // Land on the event's sentence with two lines of context above it, the last screenful at most.
      const line = Math.max(0, Math.min(lines.length - readerHeight, lineAt(lines, source.start) - 2));
      topOffset = lines[line]?.start ?? 0;
    }
    // An article still being read opens at the event's sentence itself.
    markRead(articleIndex);
    dispatch({
      type: 'openArticle',
      articleIndex,
      topOffset,
      highlight: { start: source.start, end: source.end },
      eventIndex,
      sourceIndex: sourceIndex % event.sources.length,
    });
  };

  const markRead = (articleIndex: number): void => {
    const id = story.articles.at(articleIndex)?.id;
    if (id !== undefined && !isRead(userState, id)) updateUserState((state) => toggleRead(state, id, true));
  };
  const openArticle = (articleIndex: number): void => {
    if (articleIndex < 0 || articleIndex >= story.articles.length) return;
    markRead(articleIndex);
    dispatch({ type: 'openArticle', articleIndex, topOffset: 0, highlight: null, eventIndex: null, sourceIndex: 0 });
  };

  const scrollReader = (deltaLines: number): void => {
    const delta = Number.isFinite(deltaLines) ? deltaLines : deltaLines < 0 ? -readerLines.length : readerLines.length;
    const target = Math.max(0, Math.min(readerLastTop, readerFirstLine + delta));
    dispatch({ type: 'scrollReader', topOffset: readerLines[target]?.start ?? 0 });
  };

  const selectedEvent = (): TimelineEvent | undefined => {
    if (nav.screen === 'reader')
      return nav.reader?.eventIndex != null ? story.timeline.at(nav.reader.eventIndex) : undefined;
    if (nav.screen === 'bookmarks') {
      const entry = bookmarks[nav.lists.bookmarks.cursor];
      return entry?.here ? findBookmarkedEvent(entry.bookmark, bookmarkedEvents) : undefined;
    }
    const cursor = nav.lists.timeline.cursor;
    return cursor < shown.length ? shown.at(cursor) : undefined;
  };
  const selectedArticleIndex = (): number | undefined => {
    if (nav.screen === 'reader') return nav.reader?.articleIndex;
    if (nav.screen === 'articles')
      return nav.lists.articles.cursor < story.articles.length ? nav.lists.articles.cursor : undefined;
    const source = selectedEvent()?.sources[0];
    const index = source ? story.articles.indexOfId(source.articleId) : -1;
    return index >= 0 ? index : undefined;
  };

  const hitEvent = (): TimelineEvent | undefined => {
    const hit = hits[nav.lists.search.cursor];
    return hit ? searchedTimeline.at(hit.index) : undefined;
  };
  const selectInTimeline = (event: TimelineEvent): void => {
    const index = shown.positionOf(story.timeline.indexOfId(event.id));
    if (index >= 0) dispatch({ type: 'jump', list: 'timeline', index, count: shown.length, height: bodyHeight });
  };
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
      const line = Math.max(0, Math.min(readerLastTop, lineAt(readerLines, readerMatches[match]![0]) - 2));
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
    dispatch({ type: 'jump', list: 'timeline', index: positions[next]!, count: shown.length, height: bodyHeight });
    setMessage(`match ${next + 1}/${positions.length} for '${query}'`);
  };

  return {
    ...settings,
    nav,
    dispatch,
    mode,
    columns,
    rows,
    bodyHeight,
    userState,
    updateUserState,
    corpus,
    bookmarks,
    message,
    setMessage,
    exit,
    ...time,
    namedEntities,
    shownEntities,
    result,
    searchedTimeline,
    activeSearch,
    readerWidth,
    readerIndent,
    readerHeight,
    readerPage: Math.max(1, readerHeight - 2),
    readerLines,
    corpusPath,
    readerFirstLine,
    readerMatches,
    listCount,
    moveList,
    scrollList,
    scrollReader,
    page: Math.max(1, bodyHeight - 2),
    openEvent,
    openArticle,
    selectedEvent,
    selectedArticleIndex,
    hitEvent,
    selectInTimeline,
    goToMatch,
  };
}

/**
 * Of `count` matches in reading order, the one to go to from a place that is not a match:
 * `after` is the first one after it (-1: none); backwards, the one before it; both wrap around.
 */
function beside(after: number, count: number, forward: boolean): number {
  if (forward) return Math.max(0, after);
  return after <= 0 ? count - 1 : after - 1;
}
