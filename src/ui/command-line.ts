// The command line `:` opens in the status line, as in vim and less: a date to go to, or a
// command. Reading what was typed is pure, so every form is tested without Ink; running it is
// the app's (use-time-navigation.ts).
import { parseDateQuery, type DateQuery } from '../search/index.js';

export type Command =
  | { kind: 'jump'; date: DateQuery }
  | { kind: 'sort' }
  | { kind: 'since'; date: DateQuery | null }
  | { kind: 'until'; date: DateQuery | null }
  | { kind: 'all' }
  | { kind: 'quit' }
  | { kind: 'nothing' }
  | { kind: 'problem'; message: string };

export interface CommandSpec {
  name: string;
  /** Shorter names that run it (vim's `:q`). */
  aliases: readonly string[];
  /** What follows the name, as the help writes it; absent: nothing does. */
  argument?: string;
  description: string;
  example: string;
}

/** Every command once: parsing, Tab completion and the help read this table. */
export const COMMANDS: readonly CommandSpec[] = [
  { name: 'sort', aliases: [], description: 'oldest or newest first', example: 'sort' },
  {
    name: 'since',
    aliases: [],
    argument: '[DATE]',
    description: 'show events from DATE on; without a date, from the first',
    example: 'since 2010-01-15',
  },
  {
    name: 'until',
    aliases: [],
    argument: '[DATE]',
    description: 'show events up to DATE; without a date, to the last',
    example: 'until jan 20',
  },
  { name: 'all', aliases: ['range'], description: 'show every date again (clears since and until)', example: 'all' },
  { name: 'quit', aliases: ['q'], description: 'quit', example: 'q' },
];

/** How the help and a wrong command name say what can be typed. */
export const COMMAND_SUMMARY = `:DATE (2010-01-20, jan 20, 20 jan 2010) or :${COMMANDS.map((c) => c.name).join(' :')}`;

function commandNamed(name: string): CommandSpec | undefined {
  const lower = name.toLowerCase();
  return COMMANDS.find((spec) => spec.name === lower || spec.aliases.includes(lower));
}

/** A date typed alone, in any form the search understands; the whole text must be the date. */
function dateOf(text: string): DateQuery | null {
  const { date, rest } = parseDateQuery(text);
  return date !== null && rest === '' ? date : null;
}

/** What a line typed after `:` asks for. */
export function parseCommand(line: string): Command {
  const text = line.trim().replace(/^:/, '').trim();
  if (text === '') return { kind: 'nothing' };
  const space = text.indexOf(' ');
  const name = space < 0 ? text : text.slice(0, space);
  const argument = space < 0 ? '' : text.slice(space + 1).trim();
  const spec = commandNamed(name);
  if (!spec) {
    const date = dateOf(text);
    if (date) return { kind: 'jump', date };
    // A line that starts with a digit or a month meant a date; anything else, a command.
    return /^\d/.test(text) || parseDateQuery(text).date
      ? { kind: 'problem', message: `not a date: '${text}' (try 2010-01-20, 2010-01, jan 20 or 20 jan 2010)` }
      : { kind: 'problem', message: `unknown command ':${name}': ${COMMAND_SUMMARY}` };
  }
  if (spec.name === 'since' || spec.name === 'until') {
    if (argument === '') return { kind: spec.name, date: null };
    const date = dateOf(argument);
    return date
      ? { kind: spec.name, date }
      : { kind: 'problem', message: `:${spec.name} needs a date, not '${argument}' (e.g. :${spec.example})` };
  }
  if (argument !== '') return { kind: 'problem', message: `:${spec.name} takes nothing after it` };
  return { kind: spec.name as 'sort' | 'all' | 'quit' };
}

/** What Tab does to the line: the completed text, and the command names it matched. */
export interface Completion {
  text: string;
  candidates: string[];
}

/**
 * Completes the command name being typed (the first word): one candidate is written out, with
 * a space when an argument may follow; several are completed to what they share and listed.
 */
export function completeCommand(line: string): Completion {
  if (line.includes(' ')) return { text: line, candidates: [] };
  const prefix = line.toLowerCase();
  const names = COMMANDS.map((spec) => spec.name).filter((name) => name.startsWith(prefix));
  if (names.length === 0) return { text: line, candidates: [] };
  if (names.length === 1) {
    const spec = commandNamed(names[0]!)!;
    return { text: spec.argument ? `${spec.name} ` : spec.name, candidates: names };
  }
  return { text: sharedStart(names), candidates: names };
}

function sharedStart(words: readonly string[]): string {
  let shared = words[0] ?? '';
  for (const word of words) {
    let i = 0;
    while (i < shared.length && i < word.length && shared[i] === word[i]) i++;
    shared = shared.slice(0, i);
  }
  return shared;
}

/** Lines run this session and before, oldest first, each once; at most this many are kept. */
export const HISTORY_LIMIT = 100;

/** The history with `line` run last. */
export function withCommand(history: readonly string[], line: string): string[] {
  const text = line.trim();
  if (text === '') return [...history];
  return [...history.filter((entry) => entry !== text), text].slice(-HISTORY_LIMIT);
}

/**
 * ↑ (older) or ↓ (newer) in the history from `at` (null: the line being typed): the entry to
 * show, or null for the empty line below the newest.
 */
export function recallCommand(history: readonly string[], at: number | null, older: boolean): number | null {
  if (history.length === 0) return null;
  const last = history.length - 1;
  if (at === null) return older ? last : null;
  const next = at + (older ? -1 : 1);
  return next > last ? null : Math.max(0, next);
}
