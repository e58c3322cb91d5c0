// Expected frames built the way Ink draws them, from the theme's styles: what a whole-frame test
// compares with `styledFrame` (tests/ui/frame-styles.ts).
import chalk from 'chalk';
import type { TextStyle, Theme } from '../../src/ui/theme.js';
import { styledFrame } from './frame-styles.js';

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

/** ink-testing-library's screen: 100 columns; 24 rows less the two header lines and the status. */
export const FRAME_WIDTH = 100;
export const BODY_ROWS = 21;

/** The fixture story's two header lines (tests/fixtures/story.ts). */
function fixtureHeader(theme: Theme): string[] {
  return [
    `${paint(theme.accent, 'news-tui')} · fixture · 3 articles · 3 events · 2024-01 – 2024-02-07`,
    `${paint(theme.dim, 'coverage ')}${paint(theme.accent, '▄        █')}${paint(theme.dim, ' per day')}`,
  ];
}

/** The status line: where, then the screen's own hints, in the status style, cut at the width. */
function statusLine(theme: Theme, where: string, hints: string): string {
  const line = `${where}  │  ${hints}`;
  return paint(
    theme.status,
    line.length > FRAME_WIDTH ? `${line.slice(0, FRAME_WIDTH - 1)}…` : line.padEnd(FRAME_WIDTH),
  );
}

/** The fixture story's whole frame: header, the body padded to the screen's rows, the status line. */
export function fixtureFrame(theme: Theme, body: string[], where: string, hints: string): string[] {
  const padding = Array<string>(BODY_ROWS - body.length).fill('');
  return styledFrame([...fixtureHeader(theme), ...body, ...padding, statusLine(theme, where, hints)].join('\n'));
}
