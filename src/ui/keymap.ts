// One table names every command once; it drives both key dispatch (useInput) and the help
// overlay, so the help can never lie. A user's config overrides the key lists, never the dispatch.

export type ScreenName =
  'timeline' | 'articles' | 'reader' | 'search' | 'entities' | 'keydates' | 'bookmarks' | 'prompt';

export type Action =
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'top'
  | 'bottom'
  | 'open'
  | 'back'
  | 'switchList'
  | 'entities'
  | 'keyDates'
  | 'search'
  | 'clearFilter'
  | 'nextSource'
  | 'previousSource'
  | 'nextMatch'
  | 'previousMatch'
  | 'olderQuery'
  | 'newerQuery'
  | 'toggleRead'
  | 'bookmark'
  | 'bookmarks'
  | 'openUrl'
  | 'exportView'
  | 'help'
  | 'quit';

/** The subset of Ink's Key object the keymap matches on. */
export interface KeyState {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  meta?: boolean;
}

export type SpecialKey = Exclude<keyof KeyState, 'ctrl' | 'shift' | 'meta'>;

/** A key as written in the table and in config: 'j', 'G', 'down', 'ctrl+d', 'enter'. */
export type KeyName = string;

export interface KeyBinding {
  action: Action;
  keys: KeyName[];
  description: string;
  /** Screens where the binding applies; text-entry screens only take special keys. */
  screens: readonly ScreenName[] | 'all';
}

const LISTS: readonly ScreenName[] = ['timeline', 'articles', 'entities', 'keydates', 'bookmarks'];
const BROWSE: readonly ScreenName[] = ['timeline', 'articles', 'reader', 'entities', 'keydates', 'bookmarks'];

export const KEYMAP: readonly KeyBinding[] = [
  { action: 'up', keys: ['up', 'k'], description: 'move up (scroll in the reader)', screens: 'all' },
  { action: 'down', keys: ['down', 'j'], description: 'move down (scroll in the reader)', screens: 'all' },
  // ↑ on the first row of the results reaches this through 'up' while the field is empty or shows
  // a recalled query (App decides); Ctrl-P always does.
  {
    action: 'olderQuery',
    keys: ['ctrl+p', 'up'],
    description: 'earlier query of this session (↑ on the first row while the field is empty or recalled)',
    screens: ['search'],
  },
  { action: 'newerQuery', keys: ['ctrl+n'], description: 'later query of this session', screens: ['search'] },
  { action: 'pageUp', keys: ['pageup', 'ctrl+b', 'ctrl+u'], description: 'one page up', screens: 'all' },
  {
    action: 'pageDown',
    keys: ['pagedown', 'ctrl+f', 'ctrl+d', 'space'],
    description: 'one page down',
    screens: BROWSE,
  },
  { action: 'top', keys: ['g', 'home'], description: 'go to the first row', screens: BROWSE },
  { action: 'bottom', keys: ['G', 'end'], description: 'go to the last row', screens: BROWSE },
  {
    action: 'open',
    keys: ['enter'],
    description: 'open the selected row (confirm a prompt)',
    screens: [...LISTS, 'search', 'prompt'],
  },
  {
    action: 'nextMatch',
    keys: ['n'],
    description: 'next match of the last search (in the reader: in the text; with no search: next source)',
    screens: ['timeline', 'reader'],
  },
  {
    action: 'previousMatch',
    keys: ['N'],
    description: 'previous match of the last search',
    screens: ['timeline', 'reader'],
  },
  { action: 'nextSource', keys: [']'], description: 'next article telling this event', screens: ['reader'] },
  { action: 'previousSource', keys: ['['], description: 'previous article telling this event', screens: ['reader'] },
  {
    action: 'back',
    keys: ['escape', 'backspace', 'h', 'left'],
    description: 'back (from search results: to the selected event; Esc also cancels a prompt)',
    screens: ['reader', 'entities', 'keydates', 'bookmarks', 'search', 'prompt'],
  },
  { action: 'switchList', keys: ['tab'], description: 'switch timeline / articles', screens: ['timeline', 'articles'] },
  { action: 'entities', keys: ['e'], description: 'people, organisations and places', screens: BROWSE },
  { action: 'keyDates', keys: ['d'], description: 'key dates of the story', screens: BROWSE },
  { action: 'search', keys: ['/'], description: 'fuzzy search over events', screens: BROWSE },
  { action: 'clearFilter', keys: ['c', 'escape'], description: 'clear the entity filter', screens: ['timeline'] },
  {
    action: 'toggleRead',
    keys: ['m'],
    description: 'mark the article read or unread',
    screens: ['articles', 'reader'],
  },
  {
    action: 'bookmark',
    keys: ['b'],
    description: 'bookmark the event (again to remove)',
    screens: ['timeline', 'reader', 'bookmarks'],
  },
  { action: 'bookmarks', keys: ['B'], description: 'bookmarked events', screens: BROWSE },
  {
    action: 'openUrl',
    keys: ['o'],
    description: "open the article's URL in the browser",
    screens: ['timeline', 'articles', 'reader'],
  },
  { action: 'exportView', keys: ['x'], description: 'export the timeline as shown to a file', screens: ['timeline'] },
  { action: 'help', keys: ['?'], description: 'show or hide this help', screens: BROWSE },
  { action: 'quit', keys: ['q', 'ctrl+c'], description: 'quit', screens: BROWSE },
];

const SPECIAL_NAMES: Record<string, SpecialKey> = {
  up: 'upArrow',
  down: 'downArrow',
  left: 'leftArrow',
  right: 'rightArrow',
  pageup: 'pageUp',
  pagedown: 'pageDown',
  home: 'home',
  end: 'end',
  enter: 'return',
  escape: 'escape',
  tab: 'tab',
  backspace: 'backspace',
  delete: 'delete',
};

/** Names the key pressed the way the table writes keys. */
export function keyName(input: string, key: KeyState): KeyName | null {
  for (const [name, special] of Object.entries(SPECIAL_NAMES)) {
    // Terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
    if (special === 'backspace' && (key.backspace || key.delete)) return 'backspace';
    if (key[special]) return key.shift && special === 'tab' ? 'shift+tab' : name;
  }
  if (input === ' ') return 'space';
  if (!input) return null;
  if (key.ctrl) return `ctrl+${input.toLowerCase()}`;
  return input;
}

function appliesTo(binding: KeyBinding, screen: ScreenName): boolean {
  return binding.screens === 'all' || binding.screens.includes(screen);
}

/** Text-entry screens keep printable keys for the text; only named keys act there. */
function isTextEntry(screen: ScreenName): boolean {
  return screen === 'search' || screen === 'prompt';
}

export function actionFor(name: KeyName, screen: ScreenName, keymap: readonly KeyBinding[] = KEYMAP): Action | null {
  if (
    isTextEntry(screen) &&
    (name.length === 1 || name === 'space' || name === 'backspace' || name === 'left' || name === 'right')
  ) {
    return null;
  }
  for (const binding of keymap) {
    if (appliesTo(binding, screen) && binding.keys.includes(name)) return binding.action;
  }
  return null;
}

/** Applies a user's overrides: action → key list. Unknown actions are reported by the config layer. */
export function withKeyOverrides(
  keymap: readonly KeyBinding[],
  overrides: Partial<Record<Action, KeyName[]>> | undefined,
): KeyBinding[] {
  return keymap.map((binding) => {
    const keys = overrides?.[binding.action];
    return keys ? { ...binding, keys } : binding;
  });
}

export interface HelpSection {
  title: string;
  rows: Array<{ keys: string; description: string }>;
}

const KEY_LABELS: Record<string, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  enter: 'Enter',
  escape: 'Esc',
  backspace: 'Backspace',
  tab: 'Tab',
  space: 'Space',
  home: 'Home',
  end: 'End',
};

export function keyLabel(name: KeyName): string {
  if (KEY_LABELS[name]) return KEY_LABELS[name];
  if (name.startsWith('ctrl+')) return `Ctrl-${name.slice(5).toUpperCase()}`;
  return name;
}

/** The help overlay's content, generated from the same table that dispatches keys. */
export function helpRows(
  keymap: readonly KeyBinding[] = KEYMAP,
): Array<{ keys: string; description: string; screens: string }> {
  return keymap.map((binding) => ({
    keys: binding.keys.map(keyLabel).join(' '),
    description: binding.description,
    screens: binding.screens === 'all' ? 'everywhere' : binding.screens.join(', '),
  }));
}

/** A short hint of the keys that matter on a screen, for the status line. */
export function statusHints(screen: ScreenName, keymap: readonly KeyBinding[] = KEYMAP): string {
  const wanted: Record<ScreenName, Action[]> = {
    timeline: ['open', 'search', 'nextMatch', 'entities', 'keyDates', 'switchList', 'help', 'quit'],
    articles: ['open', 'search', 'switchList', 'help', 'quit'],
    reader: ['down', 'nextMatch', 'nextSource', 'back', 'help'],
    search: ['open', 'back', 'olderQuery'],
    entities: ['open', 'back', 'help'],
    keydates: ['open', 'back', 'help'],
    bookmarks: ['open', 'bookmark', 'back'],
    prompt: ['open', 'back'],
  };
  const short: Partial<Record<Action, string>> = {
    open: 'open',
    search: 'search',
    entities: 'entities',
    keyDates: 'key dates',
    switchList: 'articles',
    help: 'help',
    quit: 'quit',
    down: 'scroll',
    back: 'back',
    nextSource: 'next source',
    nextMatch: 'next match',
    olderQuery: 'earlier query',
    bookmark: 'unbookmark',
  };
  return wanted[screen]
    .map((action) => {
      const binding = keymap.find((b) => b.action === action);
      const key = binding?.keys.find((k) => !(isTextEntry(screen) && k.length === 1)) ?? binding?.keys[0];
      return key ? `${keyLabel(key)} ${short[action] ?? action}` : '';
    })
    .filter(Boolean)
    .join('  ');
}
