import { expect, vi } from 'vitest';
import type { render } from 'ink-testing-library';

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  enter: '\r',
  escape: '\u001B',
  backspace: '\u007F',
  tab: '\t',
} as const;

type Rendered = ReturnType<typeof render>;

/** Waits until the frame shows `expected` (Ink commits asynchronously; see research notes). */
const FRAME_WAIT_MS = 10_000;

export async function frameShows(
  r: Rendered,
  expected: string | RegExp | ((frame: string) => boolean),
): Promise<string> {
  await vi.waitFor(
    () => {
      const frame = r.lastFrame() ?? '';
      if (typeof expected === 'string') expect(frame).toContain(expected);
      else if (expected instanceof RegExp) expect(frame).toMatch(expected);
      else expect(expected(frame), frame).toBe(true);
    },
    // A guard against a frame that never comes, not a measure of speed: a 2-core CI machine
    // running every test file at once has taken over 3 s to filter half a million rows.
    { timeout: FRAME_WAIT_MS, interval: 5 },
  );
  // A component mounted by that frame attaches its input handler in a passive effect.
  await new Promise((resolve) => setTimeout(resolve, 5));
  return r.lastFrame() ?? '';
}

/** Types one key and waits for the frame to show `expected`. */
export async function press(r: Rendered, key: string, expected: string | RegExp): Promise<string> {
  r.stdin.write(key);
  return frameShows(r, expected);
}
