// Expected frames built the way Ink draws them, from the theme's styles: what a whole-frame test
// compares with `styledFrame` (tests/ui/frame-styles.ts).
import chalk from 'chalk';
import type { TextStyle } from '../../src/ui/theme.js';

/** A style of the theme as Ink draws it: dim, colour, bold, underline, inverse (inside out). */
export function paint(style: TextStyle, text: string): string {
  let out = text;
  if (style.dimColor) out = chalk.dim(out);
  if (style.color) out = (chalk as unknown as Record<string, (s: string) => string>)[style.color]!(out);
  if (style.bold) out = chalk.bold(out);
  if (style.underline) out = chalk.underline(out);
  if (style.inverse) out = chalk.inverse(out);
  return out;
}

/** A line of runs, each in its style (null: plain), cut at `width` with '…' as Ink truncates. */
export function fitted(runs: ReadonlyArray<readonly [TextStyle | null, string]>, width: number): string {
  const total = runs.reduce((sum, [, text]) => sum + text.length, 0);
  if (total <= width) return runs.map(([style, text]) => (style ? paint(style, text) : text)).join('');
  let left = width - 1;
  let out = '';
  for (const [style, text] of runs) {
    if (left <= 0) break;
    const kept = text.length < left ? text : `${text.slice(0, left)}…`;
    left -= text.length;
    out += style ? paint(style, kept) : kept;
  }
  return out;
}
