import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { MONOCHROME_THEME } from '../../src/ui/theme.js';
import { story } from '../fixtures/story.js';
import { frameShows, press } from './keys.js';

afterEach(() => cleanup());

const app = () => render(<App story={story()} theme={MONOCHROME_THEME} />);

describe('input no byte sequence can break', () => {
  it('ignores Ctrl-F1 and a pasted colour escape, inside a bracketed paste too', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    expect(() => r.stdin.write('\u001B[1;5P')).not.toThrow();
    expect(() => r.stdin.write('\u001B[31m')).not.toThrow();
    await press(r, 'j', 'Timeline 2/3');
    await press(r, '/', 'type to search');
    expect(() => r.stdin.write('\u001B[200~obama\u001B[1;5Pxyz\u001B[31m\u001B[201~')).not.toThrow();
    await frameShows(r, /^\/ obamaxyz$/m);
  });

  it('takes Escape and the key read with it as two keys: the : line closes and the key runs', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    await press(r, ':', /:█/);
    r.stdin.write('\u001Bj');
    await frameShows(r, (frame) => frame.includes('Timeline 2/3') && !frame.includes(':█'));
    await press(r, ':', /:█/);
    r.stdin.write('\u001B\u001B');
    await frameShows(r, (frame) => !frame.includes(':█'));
  });

  it('types only printable characters into the : line: bidi and C1 controls, typed or pasted, are dropped', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    await press(r, ':', /:█/);
    r.stdin.write('\u202Ejan\u0085');
    await frameShows(r, /:jan█/);
    r.stdin.write('\u001B[200~ 2\u202E\u20660\u009B31m\u001B[201~');
    const frame = await frameShows(r, /:jan 20█/);
    expect(frame).not.toMatch(/[\u202E\u2066\u0085\u009B]/);
  });

  it('survives any bytes written to stdin (escape sequences, controls, pastes)', async () => {
    const r = app();
    await frameShows(r, 'Timeline 1/3');
    // q and Ctrl-C would end the run, and ':' + Enter could quit: the rest is fair game.
    const pieces = fc.oneof(
      fc.constantFrom(
        '\u001B',
        '\u001B[',
        '\u001B[1;5',
        '\u001B[1;',
        '\u001BO',
        '[',
        'O',
        ';',
        '~',
        '1',
        '5',
        '2',
        '0',
        '\u001B[200~',
        '\u001B[201~',
      ),
      fc.constantFrom('P', 'm', 'A', 'Z', 'M', '<', 'j', 'k', '/', '\r', '\t', '\u007F', '\u0000', '\u202E', '\u009B'),
      fc
        .string({ unit: 'binary', maxLength: 4 })
        .map((s) => [...s].filter((ch) => ch !== 'q' && ch !== ':' && ch !== '\u0003').join('')),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (chunks) => {
        expect(() => r.stdin.write(chunks.join(''))).not.toThrow();
      }),
      { numRuns: 300 },
    );
    // Whatever state that left, Escape twice comes back to a screen that still answers.
    r.stdin.write('\u001B[201~\u001B\u001B');
    await frameShows(r, (frame) => frame.length > 0);
  });
});
