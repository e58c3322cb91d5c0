// Young-generation garbage collected while the keyboard is idle, not in the middle of a key.
// Each frame leaves garbage (React's elements and fibers, Ink's layout and output strings); every
// few seconds of browsing V8 scavenged it on whatever key came next, 10-30 ms at 10,000 articles
// or on t17_bpoil (the screens' caches and the story keep many objects alive across it), which
// made one move in twenty take two or three times as long as the rest. A scavenge right after
// a frame, once no key has come for a moment, finds little alive and takes 1-4 ms that no one
// waits for, as browsers collect in idle time between frames.
import { useEffect, useRef } from 'react';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { useStdout } from 'ink';

// After the last frame: a key typed at speed (one each 50-100 ms) waits for none.
const IDLE_MS = 40;
// Not in the first seconds: V8's flags are not changed before bin/news-tui.js has kept the code
// cache of start-up (a cache is checked against the flags it was made with).
const SETTLED_MS = 3000;

type Collector = (options: { type: 'minor' | 'major' }) => void;
let collector: Collector | null | undefined;

/** V8's collector, exposed once; null where the engine does not give it. */
function youngCollector(): Collector | null {
  if (collector !== undefined) return collector;
  try {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as Collector;
  } catch {
    collector = null;
  }
  return collector;
}

/**
 * After every frame of a complete story, the young generation is collected once no key has
 * come for a moment; only in a terminal (not in a test's frames).
 */
export function useIdleCollection(complete: boolean): void {
  const { stdout } = useStdout();
  const mountedAt = useRef(performance.now());
  const enabled = stdout.isTTY === true && complete;
  // After every render: a frame was drawn (or nothing changed, and a scavenge then costs ~nothing).
  useEffect(() => {
    if (!enabled || performance.now() - mountedAt.current < SETTLED_MS) return;
    const timer = setTimeout(() => youngCollector()?.({ type: 'minor' }), IDLE_MS);
    return () => clearTimeout(timer);
  });
}
