// Ink's Output.get(), the last step of every frame, row by row and remembering rows across
// frames. Ink's own builds a grid of one object per screen cell (4,800 at 120×40), splits every
// line drawn into one style object per character and joins each row back into a string: on
// t17_bpoil a third of a keystroke's CPU, for a frame that differs from the last in two rows.
// Here a row is composed the same way only when the writes that fall on it (their columns and
// text) were not composed before; a row with one write and no escape codes is that text after
// its column, as Ink's grid would give it. The output is byte for byte Ink's
// (tests/ui/ink-output.test.ts compares them on screens and random writes); scripts/bundle.mjs
// puts this function in Ink's Output class, which checks that class is the one written for.

import { ansiCodesToString, diffAnsiCodes, type AnsiCode } from '@alcalzone/ansi-tokenize';

/** Ink's styled character (@alcalzone/ansi-tokenize). */
export interface StyledChar {
  type: 'char';
  value: string;
  fullWidth: boolean;
  styles: AnsiCode[];
}

interface Clip {
  x1: number | undefined;
  x2: number | undefined;
  y1: number | undefined;
  y2: number | undefined;
}

type Operation =
  | { type: 'write'; x: number; y: number; text: string; transformers: ((line: string, index: number) => string)[] }
  | { type: 'clip'; clip: Clip }
  | { type: 'unclip' };

/** What get() reads of Ink's Output (its fields are private to TypeScript, not at run time). */
export interface InkOutput {
  width: number;
  height: number;
  operations: Operation[];
  caches: {
    getStyledChars(line: string): StyledChar[];
    getStringWidth(text: string): number;
    getWidestLine(text: string): number;
  };
}

/** Functions of Ink's dependencies that output.js imports (a row is joined here, see charsToString). */
export interface InkOutputHelpers {
  sliceAnsi(text: string, from: number, to?: number): string;
  styledCharsToString(chars: StyledChar[]): string;
}

// Rows composed before, by their writes; a screen holds 40 and scrolling re-shows them.
const ROW_CACHE_LIMIT = 4096;
const rows = new Map<string, string>();
// Ink's caches last one frame; these measures and cuts of clipped text last while they are few.
const MEASURE_CACHE_LIMIT = 16384;
const widths = new Map<string, number>();
const widestLines = new Map<string, number>();
const slices = new Map<string, string>();

function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MEASURE_CACHE_LIMIT) cache.clear();
    cache.set(key, (value = compute()));
  }
  return value;
}
/**
 * Ink's renderNodeToOutput measures every text node's widest line on every frame (to decide
 * whether to wrap it): 40 rows of text re-measured grapheme by grapheme for each key. The bundle
 * gives it this remembered measure instead (scripts/bundle.mjs, ink-render-widths).
 */
export function rememberedWidestLine(text: string, measure: (text: string) => number): number {
  return remembered(widestLines, text, () => measure(text));
}

const BLANK: StyledChar = { type: 'char', value: ' ', fullWidth: false, styles: [] };

/** Whether `line` holds a C0 or C1 control other than ESC (which opens its escape sequences). */
function hasControl(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if ((unit < 0x20 && unit !== 0x1b) || (unit >= 0x7f && unit <= 0x9f)) return true;
  }
  return false;
}

const hasEscape = (line: string): boolean => line.includes('\u001B') || line.includes('\u009B');

export function composeInkFrame(output: InkOutput, helpers: InkOutputHelpers): { output: string; height: number } {
  const { width, height, caches } = output;
  // Each row's writes as column, text, column, text… in the order Ink applies them.
  const writes: (number | string)[][] = [];
  for (let y = 0; y < height; y++) writes.push([]);
  const clips: Clip[] = [];
  for (const operation of output.operations) {
    if (operation.type === 'clip') clips.push(operation.clip);
    if (operation.type === 'unclip') clips.pop();
    if (operation.type !== 'write') continue;
    // From here to the loop over lines as Ink's get() does it, to the letter.
    const { text, transformers } = operation;
    let { x, y } = operation;
    let lines = text.split('\n');
    const clip = clips.at(-1);
    if (clip) {
      const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
      const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
      if (clipHorizontally) {
        const widest = remembered(widestLines, text, () => caches.getWidestLine(text));
        if (x + widest < clip.x1! || x > clip.x2!) continue;
      }
      if (clipVertically) {
        if (y + lines.length < clip.y1! || y > clip.y2!) continue;
      }
      if (clipHorizontally) {
        lines = lines.map((line) => {
          const from = x < clip.x1! ? clip.x1! - x : 0;
          const lineWidth = remembered(widths, line, () => caches.getStringWidth(line));
          const to = x + lineWidth > clip.x2! ? clip.x2! - x : lineWidth;
          // A line inside the clip is drawn whole: slicing it gives its characters and styles
          // back, but for controls (a tab measures 0 and is cut off), which take the slice.
          if (from === 0 && to === lineWidth && lineWidth > 0 && !hasControl(line)) return line;
          return remembered(slices, `${from}:${to}:${line}`, () => helpers.sliceAnsi(line, from, to));
        });
        if (x < clip.x1!) x = clip.x1!;
      }
      if (clipVertically) {
        const from = y < clip.y1! ? clip.y1! - y : 0;
        const to = y + lines.length > clip.y2! ? clip.y2! - y : lines.length;
        lines = lines.slice(from, to);
        if (y < clip.y1!) y = clip.y1!;
      }
    }
    // A line below the grid is dropped, and so (offsetY not advancing) is every line after it.
    let offsetY = 0;
    for (const [index, drawn] of lines.entries()) {
      const row = writes[y + offsetY];
      if (!row) continue;
      let line = drawn;
      for (const transformer of transformers) line = transformer(line, index);
      row.push(x, line);
      offsetY++;
    }
  }

  const frame: string[] = [];
  for (const row of writes) frame.push(composeRow(row, width, caches));
  if (rows.size > ROW_CACHE_LIMIT) rows.clear();
  return { output: frame.join('\n'), height };
}

function composeRow(row: (number | string)[], width: number, caches: InkOutput['caches']): string {
  if (row.length === 0) return '';
  if (row.length === 2) {
    const x = row[0] as number;
    const line = row[1] as string;
    // Blank cells, then one cell or two per character, each its own text: the line itself.
    if (Number.isInteger(x) && x >= 0 && x <= width && !hasEscape(line)) return (' '.repeat(x) + line).trimEnd();
  }
  let key = `${width}`;
  for (let i = 0; i < row.length; i += 2)
    key += `\u0000${row[i] as number}:${(row[i + 1] as string).length}:${row[i + 1] as string}`;
  const known = rows.get(key);
  if (known !== undefined) return known;
  // Ink's grid for this one row.
  const cells: StyledChar[] = [];
  for (let x = 0; x < width; x++) cells.push(BLANK);
  for (let i = 0; i < row.length; i += 2) {
    let offsetX = row[i] as number;
    for (const character of caches.getStyledChars(row[i + 1] as string)) {
      cells[offsetX] = character;
      const characterWidth = Math.max(
        1,
        remembered(widths, character.value, () => caches.getStringWidth(character.value)),
      );
      for (let index = 1; index < characterWidth; index++)
        cells[offsetX + index] = { type: 'char', value: '', fullWidth: false, styles: character.styles };
      offsetX += characterWidth;
    }
  }
  // Blank cells after the last character drawn add spaces that trimEnd takes off again.
  let end = cells.length;
  while (end > 0 && (cells[end - 1] === BLANK || cells[end - 1] === undefined)) end--;
  const composed = charsToString(cells.slice(0, end).filter((cell) => cell !== undefined)).trimEnd();
  rows.set(key, composed);
  return composed;
}

const sameCodes = (a: readonly AnsiCode[], b: readonly AnsiCode[]): boolean =>
  a === b ||
  (a.length === b.length && a.every((code, i) => code.code === b[i]!.code && code.endCode === b[i]!.endCode));

/**
 * ansi-tokenize's styledCharsToString, byte for byte, without its diff of styles between two
 * characters that carry the same codes (three Sets and three arrays per character drawn): that
 * diff is empty, and most neighbours in a line share their styles.
 */
function charsToString(chars: readonly StyledChar[]): string {
  let text = '';
  for (let i = 0; i < chars.length; i++) {
    const { styles, value } = chars[i]!;
    if (i === 0) text += ansiCodesToString(styles);
    else {
      const previous = chars[i - 1]!.styles;
      if (!sameCodes(previous, styles)) text += ansiCodesToString(diffAnsiCodes(previous, styles));
    }
    text += value;
    if (i === chars.length - 1) text += ansiCodesToString(diffAnsiCodes(styles, []));
  }
  return text;
}
