// Validation of config.json, kept apart so zod loads only when a config file exists.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { printableLine } from '../corpus/sanitize.js';
// The UI's tables are the single list of theme keys and actions, so config cannot drift from them.
import { KEYMAP, type Action } from '../ui/keymap.js';
import { DEFAULT_THEME, type ThemeKey } from '../ui/theme.js';
import { DEFAULT_CONFIG, type Config } from './index.js';

const THEME_KEYS = Object.keys(DEFAULT_THEME) as [ThemeKey, ...ThemeKey[]];
const ACTIONS = [...new Set(KEYMAP.map((binding) => binding.action))] as [Action, ...Action[]];

// Colours Ink (chalk) understands: names, hex, rgb() and ansi256().
const COLOUR_NAMES = [
  'black',
  'red',
  'green',
  'yellow',
  'blue',
  'magenta',
  'cyan',
  'white',
  'gray',
  'grey',
  'blackBright',
  'redBright',
  'greenBright',
  'yellowBright',
  'blueBright',
  'magentaBright',
  'cyanBright',
  'whiteBright',
];
const colour = z
  .string()
  .refine(
    (value) =>
      COLOUR_NAMES.includes(value) ||
      /^#(?:[\da-f]{3}){1,2}$/i.test(value) ||
      /^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)$/.test(value) ||
      /^ansi256\(\s*\d{1,3}\s*\)$/.test(value),
    { message: `not a colour (use a name such as "cyan" or "redBright", "#rrggbb", "rgb(r, g, b)" or "ansi256(n)")` },
  );

const textStyle = z.preprocess(
  // "date": "yellow" is shorthand for {"color": "yellow"}.
  (value) => (typeof value === 'string' ? { color: value } : value),
  z.strictObject(
    {
      color: colour.optional(),
      backgroundColor: colour.optional(),
      bold: z.boolean().optional(),
      dimColor: z.boolean().optional(),
      inverse: z.boolean().optional(),
      underline: z.boolean().optional(),
    },
    { error: 'expected a colour or a style object' },
  ),
);

// Key names as the keymap writes them: one character, a named key, or ctrl+character.
const SPECIAL_KEYS = [
  'up',
  'down',
  'left',
  'right',
  'pageup',
  'pagedown',
  'home',
  'end',
  'enter',
  'escape',
  'tab',
  'shift+tab',
  'backspace',
  'delete',
  'space',
];
const keyName = z.string().refine(
  (key) =>
    SPECIAL_KEYS.includes(key) ||
    // One printable character: the help overlay draws it, so no control or bidi character.
    ([...key].length === 1 && key.trim() !== '' && printableLine(key) === key) ||
    /^ctrl\+[a-z0-9[\]\\/_^-]$/.test(key),
  { message: `not a key name (use one character, "ctrl+x", or one of ${SPECIAL_KEYS.join(', ')})` },
);

const configSchema = z.strictObject(
  {
    $schema: z.string().optional(),
    paths: z.array(z.string().min(1), { error: 'expected a list of paths' }).optional(),
    theme: z.partialRecord(z.enum(THEME_KEYS), textStyle, { error: 'expected an object of theme keys' }).optional(),
    keys: z
      .partialRecord(
        z.enum(ACTIONS),
        z.array(keyName, { error: 'expected a list of key names' }).min(1, { error: 'needs at least one key' }),
        { error: 'expected an object of actions' },
      )
      .optional(),
    noColor: z.boolean({ error: 'expected true or false' }).optional(),
    mouse: z.boolean({ error: 'expected true or false' }).optional(),
  },
  { error: 'expected a JSON object' },
);

function issuePath(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

function knownKeys(at: string): string {
  if (at === '') return 'paths, theme, keys, noColor, mouse';
  if (at === 'theme') return THEME_KEYS.join(', ');
  if (at === 'keys') return ACTIONS.join(', ');
  return '';
}

/**
 * One line per problem. Keys and values are the file's own text, so each line is made printable:
 * an unknown key "\u001b]0;X\u0007" is shown as that, and does not retitle the terminal.
 */
function describeIssues(error: z.ZodError): string[] {
  const lines = error.issues.flatMap((issue) => {
    const at = issuePath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(at);
      return issue.keys.map((key) => `unknown key "${at ? `${at}.` : ''}${key}"${known ? ` (known: ${known})` : ''}`);
    }
    return [`${at ? `"${at}": ` : ''}${issue.message}`];
  });
  return lines.map(printableLine);
}

/** Validates config text; `home` expands `~/` and `baseDir` anchors relative paths. */
export function parseConfig(
  text: string,
  options: { home?: string; baseDir?: string } = {},
): { config: Config; error?: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      config: DEFAULT_CONFIG,
      error: printableLine(`invalid JSON: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`),
    };
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) return { config: DEFAULT_CONFIG, error: describeIssues(parsed.error).join('\n') };
  const home = options.home ?? homedir();
  const baseDir = options.baseDir ?? process.cwd();
  const value = parsed.data;
  const config: Config = {
    paths: (value.paths ?? []).map((path) =>
      path === '~' ? home : path.startsWith('~/') ? join(home, path.slice(2)) : resolve(baseDir, path),
    ),
    theme: value.theme ?? {},
    keys: value.keys ?? {},
    noColor: value.noColor ?? false,
    mouse: value.mouse ?? true,
  };
  return { config };
}
