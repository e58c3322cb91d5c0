// The bundle's Ink draws frames with composeInkFrame (scripts/bundle.mjs); these check it gives
// Ink's own Output.get() byte for byte: on hand-picked writes, on random ones, and on the
// screens of the app in colour.
import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import sliceAnsi from 'slice-ansi';
import { styledCharsToString } from '@alcalzone/ansi-tokenize';
import chalk from 'chalk';
import Output from '../../node_modules/ink/build/output.js';
import { composeInkFrame, type InkOutput, type InkOutputHelpers } from '../../src/ui/ink-output.js';
import { App } from '../../src/ui/App.js';
import { DEFAULT_THEME } from '../../src/ui/theme.js';
import { story } from '../fixtures/story.js';
import { frameShows, KEY, press } from './keys.js';

afterEach(() => cleanup());

const helpers = { sliceAnsi, styledCharsToString } as InkOutputHelpers;
const compose = (output: Output) => composeInkFrame(output as unknown as InkOutput, helpers);

type Write = [x: number, y: number, text: string];
function output(
  width: number,
  height: number,
  ...steps: (Write | 'unclip' | { clip: [number?, number?, number?, number?] })[]
) {
  const out = new Output({ width, height });
  for (const step of steps) {
    if (step === 'unclip') out.unclip();
    else if ('clip' in step) {
      const [x1, x2, y1, y2] = step.clip;
      out.clip({ x1, x2, y1, y2 });
    } else out.write(step[0], step[1], step[2], { transformers: [] });
  }
  return out;
}

const level = chalk.level;
chalk.level = 3;
const red = chalk.red('red');
const boldBlue = chalk.bold.blue('bold blue');
const inverse = chalk.inverse('cursor row');
const link = '\u001B]8;;https://example.org\u0007link\u001B]8;;\u0007';
chalk.level = level;

describe('composeInkFrame', () => {
  it('gives what Ink gives for plain, coloured, wide and overlapping writes', () => {
    const cases = [
      output(10, 3),
      output(10, 3, [0, 0, 'hello'], [2, 1, 'indented  '], [0, 2, '   ']),
      output(10, 2, [0, 0, 'a line longer than the width'], [12, 1, 'far right']),
      output(10, 2, [0, 0, `${red} and ${boldBlue}`], [1, 1, inverse]),
      output(12, 2, [0, 0, '漢字 emoji 🇫🇷 👍🏽 e\u0301'], [3, 1, `${red}漢${red}`]),
      output(20, 1, [0, 0, `columns ${red}`], [4, 0, boldBlue], [15, 0, 'x'], [-2, 0, 'neg']),
      output(20, 2, [0, 0, 'first\nsecond\nthird beyond the height'], [0.5, 1, 'half']),
      output(20, 3, [0, -1, 'above\nrow0\nrow1']),
      output(20, 2, [0, 0, link], [2, 1, `\u001B[1;31mcompound\u001B[0m tail`]),
      output(20, 4, { clip: [2, 8, 1, 3] }, [0, 0, 'clipped\nclipped row 1\nclipped row 2\nrow 3'], 'unclip', [
        0,
        3,
        'free',
      ]),
      output(20, 4, { clip: [2, 8, undefined, undefined] }, [0, 1, `${red}${boldBlue}`], [30, 2, 'gone']),
    ];
    for (const out of cases) expect(compose(out)).toEqual(out.get());
  });

  it('gives what Ink gives for random writes, again when rows recur from earlier frames', () => {
    chalk.level = 3;
    const pieces = [
      'word',
      ' ',
      '漢字',
      '🇫🇷',
      'e\u0301',
      red,
      boldBlue,
      inverse,
      link,
      chalk.dim.underline('dim'),
      '\t',
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = (): string =>
      Array.from({ length: 1 + random(5) }, () => pieces[random(pieces.length)]!).join(random(4) === 0 ? '\n' : '');
    for (let frame = 0; frame < 300; frame++) {
      const width = 5 + random(20);
      const height = 1 + random(6);
      const steps: Parameters<typeof output> extends [number, number, ...infer S] ? S : never = [];
      for (let i = random(6); i > 0; i--) {
        if (random(5) === 0)
          steps.push({ clip: [random(width), random(2 * width), random(height), random(height + 2)] });
        steps.push([random(width + 6) - 1, random(height + 1) - 1, text()]);
        if (random(3) === 0) steps.push('unclip');
      }
      const out = output(width, height, ...steps);
      expect(compose(out), JSON.stringify(steps)).toEqual(out.get());
    }
    chalk.level = level;
  });

  it('gives what Ink gives on the screens of the app, colour included', async () => {
    chalk.level = 3;
    const frames: string[][] = [];
    const visit = async () => {
      const seen: string[] = [];
      const r = render(React.createElement(App, { story: story(), theme: DEFAULT_THEME }));
      seen.push(await frameShows(r, 'Timeline 1/3'));
      seen.push(await press(r, 'j', 'Timeline 2/3'));
      seen.push(await press(r, KEY.tab, 'Articles'));
      seen.push(await press(r, KEY.tab, 'Timeline'));
      seen.push(await press(r, '?', 'Keys'));
      seen.push(await press(r, KEY.escape, 'Timeline'));
      seen.push(await press(r, KEY.enter, 'news/'));
      r.unmount();
      frames.push(seen);
    };
    const original = Object.getOwnPropertyDescriptor(Output.prototype, 'get')!;
    try {
      await visit();
      Object.defineProperty(Output.prototype, 'get', {
        ...original,
        value(this: Output) {
          return compose(this);
        },
      });
      await visit();
    } finally {
      Object.defineProperty(Output.prototype, 'get', original);
      chalk.level = level;
    }
    expect(frames[0]!.join('\n')).toContain('\u001B[');
    expect(frames[1]).toEqual(frames[0]);
  });
});
