import type { ScreenName } from './keymap.js';
import { recallCommand, withCommand, withoutLastGrapheme } from './command-line.js';

// Where the reader is: a pure reducer owns it, tested without Ink. Lists keep their cursor and
// the first visible row (`top`) as state, so scrolling never depends on rendering tricks.

export type ListName = 'timeline' | 'articles' | 'entities' | 'keydates' | 'search' | 'help' | 'bookmarks';

export interface ListPosition {
  cursor: number;
  top: number;
}

export interface ReaderPosition {
  articleIndex: number;
  /** Offset of the first visible character: survives re-wrapping on resize. */
  topOffset: number;
  /** The event's span in the article, marked while reading it. */
  highlight: { start: number; end: number } | null;
  /** The timeline event being read (for `n`, the next source), if opened from one. */
  eventIndex: number | null;
  sourceIndex: number;
  /** Which match of the active query `n`/`N` last went to, or null before the first. */
  match: number | null;
}

export interface NavigationState {
  screen: ScreenName;
  /** The list Tab toggles and the reader returns to. */
  listScreen: 'timeline' | 'articles';
  history: ScreenName[];
  help: boolean;
  lists: Record<ListName, ListPosition>;
  reader: ReaderPosition | null;
  query: string;
  /** The last query searched (Enter or Esc on the results): `n`/`N` and highlights follow it. */
  activeQuery: string;
  /** Queries searched this session, oldest first, for ↑/↓ after `/`. */
  queries: string[];
  /** Which of `queries` the field shows while ↑/↓ recall them; null once the text is edited. */
  recall: number | null;
  entityFilter: string | null;
  /** The entities screen's filter as typed, and the type of name it lists. */
  entityQuery: string;
  entityType: EntityTypeFilter;
  /**
   * A one-line question in the status line: the file name to export to, or whether to overwrite
   * the file of that name (`text` is kept, so 'no' returns to the name).
   */
  prompt: { purpose: PromptPurpose; text: string } | null;
  /** The timeline newest first (`:sort`), and the dates it shows (`:since`, `:until`). */
  newestFirst: boolean;
  range: { since: string | null; until: string | null };
  /**
   * The command line (`:`) being typed, which of `commands` ↑/↓ show (null: none), and what was
   * typed before the first ↑ (shown again by ↓ past the newest).
   */
  command: { text: string; recall: number | null; draft?: string } | null;
  /** Command lines run, oldest first (kept across runs by the state). */
  commands: string[];
  /** The reader has moved in the timeline: the app no longer places its cursor, and saves it. */
  timelineMoved: boolean;
}

export type PromptPurpose = 'export' | 'overwrite';

/** The kinds of names the entities screen lists, in the order Tab cycles them. */
export const ENTITY_TYPE_FILTERS = ['all', 'PERSON', 'ORG', 'PLACE'] as const;
export type EntityTypeFilter = (typeof ENTITY_TYPE_FILTERS)[number];

export type NavigationAction =
  | { type: 'move'; list: ListName; delta: number; count: number; height: number }
  | { type: 'jump'; list: ListName; index: number; count: number; height: number }
  /** As jump, by the app itself (the place it opens at), not the reader. */
  | { type: 'place'; list: 'timeline'; index: number; count: number; height: number }
  | { type: 'scroll'; list: ListName; delta: number; count: number; height: number }
  | { type: 'go'; screen: ScreenName }
  | { type: 'back' }
  | { type: 'showTimeline' }
  | { type: 'switchList' }
  | {
      type: 'openArticle';
      articleIndex: number;
      topOffset: number;
      highlight: { start: number; end: number } | null;
      eventIndex: number | null;
      sourceIndex: number;
    }
  | { type: 'scrollReader'; topOffset: number }
  | { type: 'readerMatch'; match: number; topOffset: number }
  | { type: 'searchDone'; leave: boolean }
  | { type: 'recallQuery'; older: boolean }
  | { type: 'typeQuery'; text: string }
  | { type: 'eraseQuery'; word: boolean }
  | { type: 'filterEntity'; name: string }
  | { type: 'clearFilter' }
  | { type: 'clearEntityQuery' }
  | { type: 'cycleEntityType' }
  | { type: 'toggleHelp' }
  | { type: 'ask'; purpose: PromptPurpose; text: string }
  | { type: 'openCommand' }
  | { type: 'closeCommand'; ran: boolean }
  | { type: 'recallCommand'; older: boolean }
  | { type: 'completeCommand'; text: string }
  | { type: 'sortTimeline' }
  | { type: 'setRange'; since?: string | null; until?: string | null }
  | { type: 'answer' };

const START: ListPosition = { cursor: 0, top: 0 };

export function initialNavigation(commands: readonly string[] = []): NavigationState {
  return {
    screen: 'timeline',
    listScreen: 'timeline',
    history: [],
    help: false,
    lists: {
      timeline: START,
      articles: START,
      entities: START,
      keydates: START,
      search: START,
      help: START,
      bookmarks: START,
    },
    reader: null,
    query: '',
    activeQuery: '',
    queries: [],
    recall: null,
    entityFilter: null,
    entityQuery: '',
    entityType: 'all',
    prompt: null,
    newestFirst: false,
    range: { since: null, until: null },
    command: null,
    commands: [...commands],
    timelineMoved: false,
  };
}

const moved = (list: ListName): Partial<NavigationState> => (list === 'timeline' ? { timelineMoved: true } : {});

/** Keeps `cursor` within [0, count) and inside the window [top, top + height). */
export function placeCursor(cursor: number, top: number, count: number, height: number): ListPosition {
  if (count <= 0) return START;
  const rows = Math.max(1, height);
  const c = Math.max(0, Math.min(count - 1, cursor));
  let t = Math.max(0, Math.min(top, count - 1));
  if (c < t) t = c;
  if (c >= t + rows) t = c - rows + 1;
  t = Math.max(0, Math.min(t, Math.max(0, count - rows)));
  return { cursor: c, top: t };
}

export function navigate(state: NavigationState, action: NavigationAction): NavigationState {
  switch (action.type) {
    case 'move': {
      const at = state.lists[action.list];
      const next = placeCursor(at.cursor + action.delta, at.top, action.count, action.height);
      return { ...state, lists: { ...state.lists, [action.list]: next }, ...moved(action.list) };
    }
    case 'scroll': {
      // The window moves and the cursor stays in it, as a wheel or the help's j scroll.
      const at = state.lists[action.list];
      const rows = Math.max(1, action.height);
      const top = Math.max(0, Math.min(at.top + action.delta, action.count - rows));
      const next = placeCursor(Math.max(top, Math.min(at.cursor, top + rows - 1)), top, action.count, rows);
      return { ...state, lists: { ...state.lists, [action.list]: next }, ...moved(action.list) };
    }
    case 'jump':
    case 'place': {
      const at = state.lists[action.list];
      // A target outside the window lands a third of the way down, with context above it.
      const visible = action.index >= at.top && action.index < at.top + action.height;
      const top = visible ? at.top : action.index - Math.floor(action.height / 3);
      const next = placeCursor(action.index, top, action.count, action.height);
      return {
        ...state,
        lists: { ...state.lists, [action.list]: next },
        ...(action.type === 'jump' ? moved(action.list) : {}),
      };
    }
    case 'go': {
      if (action.screen === state.screen) return state;
      const lists = action.screen === 'search' ? { ...state.lists, search: START } : state.lists;
      const query = action.screen === 'search' ? '' : state.query;
      const recall = action.screen === 'search' ? null : state.recall;
      const listScreen =
        action.screen === 'timeline' || action.screen === 'articles' ? action.screen : state.listScreen;
      return {
        ...state,
        screen: action.screen,
        listScreen,
        lists,
        query,
        recall,
        history: [...state.history, state.screen],
        help: false,
      };
    }
    case 'back': {
      if (state.help) return { ...state, help: false };
      const history = state.history.slice(0, -1);
      const previous = state.history[state.history.length - 1] ?? state.listScreen;
      return { ...state, screen: previous === state.screen ? state.listScreen : previous, history };
    }
    case 'showTimeline':
      return { ...state, screen: 'timeline', listScreen: 'timeline', history: [], help: false, entityFilter: null };
    case 'switchList': {
      const listScreen = state.listScreen === 'timeline' ? 'articles' : 'timeline';
      return { ...state, screen: listScreen, listScreen, history: [] };
    }
    case 'openArticle':
      return {
        ...state,
        screen: 'reader',
        history: state.screen === 'reader' ? state.history : [...state.history, state.screen],
        reader: {
          articleIndex: action.articleIndex,
          topOffset: action.topOffset,
          highlight: action.highlight,
          eventIndex: action.eventIndex,
          sourceIndex: action.sourceIndex,
          match: null,
        },
      };
    case 'scrollReader':
      return state.reader ? { ...state, reader: { ...state.reader, topOffset: action.topOffset } } : state;
    case 'readerMatch':
      return state.reader
        ? { ...state, reader: { ...state.reader, topOffset: action.topOffset, match: action.match } }
        : state;
    case 'searchDone': {
      // A query searched becomes the active one and the newest of the session's queries; opening
      // a hit leaves the results for the timeline, so Esc from the reader lands on the hit's row.
      const query = state.query.trim();
      const queries = query ? [...state.queries.filter((q) => q !== query), query] : state.queries;
      const searched = { ...state, activeQuery: query || state.activeQuery, queries, recall: null };
      return action.leave
        ? { ...searched, screen: 'timeline', listScreen: 'timeline', history: [], help: false }
        : searched;
    }
    case 'recallQuery': {
      if (state.queries.length === 0) return state;
      const last = state.queries.length - 1;
      const at = state.recall === null ? (action.older ? last : null) : state.recall + (action.older ? -1 : 1);
      const recall = at === null || at > last ? null : Math.max(0, at);
      const query = recall === null ? '' : state.queries[recall]!;
      return { ...state, recall, query, lists: { ...state.lists, search: START } };
    }
    // Typed text is appended inside the reducer, never from a render's stale copy of the
    // query, so keys typed faster than frames are drawn are all kept.
    case 'typeQuery':
      if (state.command) return { ...state, command: { text: state.command.text + action.text, recall: null } };
      if (state.prompt) return { ...state, prompt: { ...state.prompt, text: state.prompt.text + action.text } };
      if (state.screen === 'entities')
        return { ...state, entityQuery: state.entityQuery + action.text, lists: { ...state.lists, entities: START } };
      return { ...state, query: state.query + action.text, recall: null, lists: { ...state.lists, search: START } };
    case 'eraseQuery': {
      const erase = (text: string): string => (action.word ? withoutLastWord(text) : withoutLastGrapheme(text));
      // Backspace on an empty command line closes it, as in vim and less.
      if (state.command)
        return state.command.text === ''
          ? { ...state, command: null }
          : { ...state, command: { text: erase(state.command.text), recall: null } };
      if (state.prompt) return { ...state, prompt: { ...state.prompt, text: erase(state.prompt.text) } };
      if (state.screen === 'entities')
        return { ...state, entityQuery: erase(state.entityQuery), lists: { ...state.lists, entities: START } };
      return { ...state, query: erase(state.query), recall: null, lists: { ...state.lists, search: START } };
    }
    case 'filterEntity':
      return {
        ...state,
        entityFilter: action.name,
        screen: 'timeline',
        listScreen: 'timeline',
        history: [],
        lists: { ...state.lists, timeline: START },
        timelineMoved: true,
      };
    case 'clearFilter':
      return state.entityFilter === null
        ? state
        : { ...state, entityFilter: null, lists: { ...state.lists, timeline: START }, timelineMoved: true };
    case 'clearEntityQuery':
      return { ...state, entityQuery: '', lists: { ...state.lists, entities: START } };
    case 'cycleEntityType': {
      const next = (ENTITY_TYPE_FILTERS.indexOf(state.entityType) + 1) % ENTITY_TYPE_FILTERS.length;
      return { ...state, entityType: ENTITY_TYPE_FILTERS[next]!, lists: { ...state.lists, entities: START } };
    }
    case 'ask':
      return { ...state, prompt: { purpose: action.purpose, text: action.text } };
    case 'answer':
      return { ...state, prompt: null };
    case 'openCommand':
      return { ...state, command: { text: '', recall: null }, help: false };
    case 'closeCommand':
      return {
        ...state,
        command: null,
        commands: action.ran && state.command ? withCommand(state.commands, state.command.text) : state.commands,
      };
    case 'recallCommand': {
      if (!state.command) return state;
      const recall = recallCommand(state.commands, state.command.recall, action.older);
      // What was typed before the first ↑ comes back below the newest entry.
      const draft = state.command.recall === null ? state.command.text : (state.command.draft ?? '');
      return { ...state, command: { text: recall === null ? draft : state.commands[recall]!, recall, draft } };
    }
    case 'completeCommand':
      return state.command ? { ...state, command: { text: action.text, recall: null } } : state;
    // Changing the order or the dates shown shows the timeline; the app then puts the cursor
    // back on the event that was selected (useTimeNavigation).
    case 'sortTimeline':
      return { ...timelineShown(state), newestFirst: !state.newestFirst };
    case 'setRange':
      return {
        ...timelineShown(state),
        range: {
          since: action.since === undefined ? state.range.since : action.since,
          until: action.until === undefined ? state.range.until : action.until,
        },
      };
    case 'toggleHelp':
      return { ...state, help: !state.help, lists: { ...state.lists, help: START } };
  }
}

/**
 * The timeline on screen, from wherever the command was typed; its cursor is left where it was
 * for the app to put back on the event selected (the rows may have changed under it).
 */
function timelineShown(state: NavigationState): NavigationState {
  const history = state.screen === 'timeline' ? state.history : [...state.history, state.screen];
  return { ...state, screen: 'timeline', listScreen: 'timeline', history, help: false, timelineMoved: true };
}

/** Ctrl-W: the text without its last word and the blanks after it. */
function withoutLastWord(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text[end - 1]!)) end--;
  while (end > 0 && !isBlank(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function isBlank(ch: string): boolean {
  return ch.trim() === '';
}
