// One table names every command once (keys, description, help group); each screen's bindings
// (bindings.ts) say which commands it runs and how. Dispatch, the help and the status hints all
// read those two tables, so the help can never lie. A user's config overrides the key lists,
// never the dispatch.

import { SCREEN_BINDINGS, type Binding } from './bindings.js';
import type { AppContext } from './use-app-state.js';

export type ScreenName =
  'timeline' | 'articles' | 'reader' | 'search' | 'entities' | 'keydates' | 'bookmarks' | 'prompt';

/** What takes the keys: a screen, the help drawn over it, a yes/no question, or the command line. */
export type Mode = ScreenName | 'help' | 'confirm' | 'command';

export const SCREEN_NAMES: readonly Mode[] = [
  'timeline',
  'articles',
  'reader',
  'search',
  'entities',
  'keydates',
  'bookmarks',
  'prompt',
  'confirm',
  'command',
  'help',
];

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

/** Where a command is listed in the help: every command sits in exactly one group. */
export type HelpGroup = 'Move' | 'Open and go' | 'Search' | 'Marks and files' | 'App';

export const HELP_GROUPS: readonly HelpGroup[] = ['Open and go', 'Search', 'Marks and files', 'Move', 'App'];

/** What a command is, whatever screen runs it: its default keys, its help text and group. */
export interface ActionSpec {
  keys: KeyName[];
  description: string;
  group: HelpGroup;
}

/**
 * Every command once; `Action` is its keys, so a command exists only with its spec, and
 * `satisfies` makes the compiler reject one without keys, a description or a help group. Which
 * screens run it, and how, is their bindings' business (src/ui/bindings.ts).
 */
export const ACTIONS = {
  up: { keys: ['up', 'k'], description: 'move up (scroll in the reader)', group: 'Move' },
  down: { keys: ['down', 'j'], description: 'move down (scroll in the reader)', group: 'Move' },
  // ↑ on the first row of the results reaches this through 'up' while the field is empty or shows
  // a recalled query (the search screen's binding decides); Ctrl-P always does.
  olderQuery: {
    keys: ['ctrl+p', 'up'],
    description: 'earlier query of this session (↑ on the first row while the field is empty or recalled)',
    group: 'Search',
  },
  newerQuery: { keys: ['ctrl+n'], description: 'later query of this session', group: 'Search' },
  // While typing a filter letters are text: fzf's Ctrl-P and Ctrl-N move, as ↑ and ↓ do.
  previousRow: { keys: ['ctrl+p'], description: 'move up while typing a filter', group: 'Move' },
  nextRow: { keys: ['ctrl+n'], description: 'move down while typing a filter', group: 'Move' },
  pageUp: { keys: ['pageup', 'ctrl+b', 'ctrl+u'], description: 'one page up', group: 'Move' },
  pageDown: { keys: ['pagedown', 'ctrl+f', 'ctrl+d', 'space'], description: 'one page down', group: 'Move' },
  top: { keys: ['g', 'home'], description: 'go to the first row', group: 'Move' },
  bottom: { keys: ['G', 'end'], description: 'go to the last row', group: 'Move' },
  open: { keys: ['enter'], description: 'open the selected row (confirm a prompt)', group: 'Open and go' },
  nextMatch: {
    keys: ['n'],
    description: 'next match of the last search (in the reader: in the text; with no search: next source)',
    group: 'Search',
  },
  previousMatch: { keys: ['N'], description: 'previous match of the last search', group: 'Search' },
  nextSource: { keys: [']'], description: 'next article telling this event', group: 'Open and go' },
  previousSource: { keys: ['['], description: 'previous article telling this event', group: 'Open and go' },
  back: {
    keys: ['escape', 'backspace', 'h', 'left'],
    description: 'back (from search results: to the selected event; Esc also cancels a prompt)',
    group: 'Open and go',
  },
  switchList: { keys: ['tab'], description: 'switch timeline / articles', group: 'Open and go' },
  entities: { keys: ['e'], description: 'people, organisations and places', group: 'Open and go' },
  keyDates: { keys: ['d'], description: 'key dates of the story', group: 'Open and go' },
  search: { keys: ['/'], description: 'fuzzy search over events', group: 'Search' },
  commandLine: {
    keys: [':'],
    description: 'command line: a date to go to (:2010-01-20, :jan 20), :sort, :since, :until, :all, :q',
    group: 'Open and go',
  },
  clearFilter: { keys: ['c', 'escape'], description: 'clear the entity filter', group: 'Search' },
  entityType: {
    keys: ['tab'],
    description: 'list all names, or only people, organisations or places',
    group: 'Search',
  },
  toggleRead: { keys: ['m'], description: 'mark the article read or unread', group: 'Marks and files' },
  bookmark: { keys: ['b'], description: 'bookmark the event (again to remove)', group: 'Marks and files' },
  bookmarks: { keys: ['B'], description: 'bookmarked events', group: 'Open and go' },
  eventSources: {
    keys: ['y'],
    description: "show the event's date and the articles telling it in the status line",
    group: 'Marks and files',
  },
  openUrl: { keys: ['o'], description: "open the article's URL in the browser", group: 'Marks and files' },
  exportView: { keys: ['x'], description: 'export the timeline as shown to a file', group: 'Marks and files' },
  yes: { keys: ['y'], description: 'yes, to a question in the status line', group: 'App' },
  no: { keys: ['n', 'escape'], description: 'no, to a question in the status line', group: 'App' },
  complete: { keys: ['tab'], description: 'complete the command name typed after :', group: 'App' },
  help: { keys: ['?'], description: 'show or hide this help', group: 'App' },
  quit: { keys: ['q', 'ctrl+c'], description: 'quit', group: 'App' },
} satisfies Record<string, ActionSpec>;

export type Action = keyof typeof ACTIONS;

/** A command's keys as the user has them (config overrides the defaults). */
export interface KeyBinding {
  action: Action;
  keys: KeyName[];
  description: string;
}

/** The default keys of every command, in the table's order. */
export const KEYMAP: readonly KeyBinding[] = (Object.entries(ACTIONS) as Array<[Action, ActionSpec]>).map(
  ([action, { keys, description }]) => ({ action, keys, description }),
);

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

/** Text-entry screens keep printable keys for the text; only named keys act there. */
export function isTextEntryKey(name: KeyName): boolean {
  return name.length === 1 || name === 'space' || name === 'backspace' || name === 'left' || name === 'right';
}

/** The action a key runs on a screen: the first of the screen's bindings whose keys hold it. */
export function actionFor(name: KeyName, screen: Mode, keymap: readonly KeyBinding[] = KEYMAP): Action | null {
  const binding = bindingFor(name, screen, keymap);
  return binding ? binding.action : null;
}

/** The binding of `screen` a key runs, or null. */
export function bindingFor(name: KeyName, screen: Mode, keymap: readonly KeyBinding[] = KEYMAP): Binding | null {
  const { textEntry, bindings } = SCREEN_BINDINGS[screen];
  if (textEntry && isTextEntryKey(name)) return null;
  for (const binding of bindings) if (keysOf(binding.action, keymap).includes(name)) return binding;
  return null;
}

/** The keys an action has in `keymap`. */
export function keysOf(action: Action, keymap: readonly KeyBinding[] = KEYMAP): KeyName[] {
  return keymap.find((binding) => binding.action === action)?.keys ?? [];
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

/** The screens that run an action, named for the help. */
function screensOf(action: Action): string {
  const screens = SCREEN_NAMES.filter((screen) => SCREEN_BINDINGS[screen].bindings.some((b) => b.action === action));
  return screens.length === SCREEN_NAMES.length ? 'everywhere' : screens.join(', ');
}

/** The help overlay's content, generated from the same tables that dispatch keys. */
export function helpRows(
  keymap: readonly KeyBinding[] = KEYMAP,
): Array<{ keys: string; description: string; screens: string; group: HelpGroup }> {
  return HELP_GROUPS.flatMap((group) =>
    keymap
      .filter((binding) => ACTIONS[binding.action].group === group)
      .map((binding) => ({
        keys: binding.keys.map(keyLabel).join(' '),
        description: binding.description,
        screens: screensOf(binding.action),
        group,
      })),
  );
}

/** The help as drawn: a title line before each group's rows. */
export type HelpLine = { title: HelpGroup } | { keys: string; description: string; screens: string };

export function helpLines(keymap: readonly KeyBinding[] = KEYMAP): HelpLine[] {
  const lines: HelpLine[] = [];
  let group: HelpGroup | null = null;
  for (const { group: rowGroup, ...row } of helpRows(keymap)) {
    if (rowGroup !== group) lines.push({ title: (group = rowGroup) });
    lines.push(row);
  }
  return lines;
}

/**
 * A short hint of the keys that matter on a screen, for the status line: its bindings with a
 * hint, less those that cannot run right now (given the app's state).
 */
export function statusHints(screen: Mode, keymap: readonly KeyBinding[] = KEYMAP, app?: AppContext): string {
  const { textEntry, bindings } = SCREEN_BINDINGS[screen];
  return bindings
    .filter((binding) => binding.hint && !(app && (binding.disabled?.(app) || binding.showHint?.(app) === false)))
    .map((binding) => {
      const keys = keysOf(binding.action, keymap);
      const key = keys.find((k) => !(textEntry && isTextEntryKey(k))) ?? keys[0];
      return key ? `${keyLabel(key)} ${(app && binding.hintNow?.(app)) ?? binding.hint}` : '';
    })
    .filter(Boolean)
    .join('  ');
}

/** The README's key table: the help's rows, by group, as Markdown. */
export function keysMarkdown(keymap: readonly KeyBinding[] = KEYMAP): string {
  const lines = ['| keys | what they do | where |', '|---|---|---|'];
  let group: HelpGroup | null = null;
  for (const row of helpRows(keymap)) {
    if (row.group !== group) lines.push(`| **${(group = row.group)}** | | |`);
    const keys = row.keys
      .split(' ')
      .map((key) => `\`${key}\``)
      .join(' ');
    lines.push(`| ${keys} | ${row.description} | ${row.screens} |`);
  }
  return lines.join('\n');
}
