import { spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stateChildScript } from './child-script.js';
import { loadState } from '../../src/state/index.js';

const KILLS = 100;
// Children overlap in lanes: most of each run is process start-up and fsync waits, not CPU.
const LANES = 5;

// A child that saves ever-growing state in a loop, alternating the async and sync writers,
// and says "ready" once a first save has landed.
const CHILD = `
import { emptyState, saveState, saveStateSync, toggleRead, toggleBookmark } from './state.mjs';
const dir = process.argv[2];
let state = emptyState();
let n = 0;
const next = () => {
  n++;
  state = toggleRead(state, 'article-' + n);
  if (n % 3 === 0) state = toggleBookmark(state, { id: 'event-' + n, date: '2024-01-01', summary: 'Event number ' + n + ' '.repeat(n % 50) });
};
next();
saveStateSync(state, dir);
process.stdout.write('ready\\n');
for (;;) {
  next();
  if (n % 2 === 0) saveStateSync(state, dir);
  else await saveState(state, dir);
}
`;

let childScript = '';

beforeAll(async () => {
  childScript = await stateChildScript(CHILD);
});

function runAndKill(dir: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('error', reject);
    child.once('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended without being killed (${signal ?? _code})`)),
    );
  });
}

describe('state survives being killed mid-write', () => {
  it(`always loads after ${KILLS} SIGKILLs of a process saving in a loop`, async () => {
    const failures: string[] = [];
    const lane = async (laneIndex: number): Promise<void> => {
      const dir = await mkdtemp(join(tmpdir(), `news-tui-crash-lane${laneIndex}-`));
      let lastCount = 0;
      for (let i = laneIndex; i < KILLS; i += LANES) {
        // Kill points spread over the first few milliseconds of saving.
        await runAndKill(dir, i % 7);
        const { state, warning } = await loadState(dir);
        if (warning) failures.push(`kill ${i}: ${warning}`);
        if (state.read.length === 0) failures.push(`kill ${i}: state lost`);
        lastCount = state.read.length;
      }
      expect(lastCount).toBeGreaterThan(0);
      // Loading cleared the temp files the killed writers left behind.
      expect((await readdir(dir)).filter((name) => name !== 'state.json')).toEqual([]);
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    expect(failures).toEqual([]);
  }, 120_000);
});
