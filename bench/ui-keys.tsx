// What a keystroke and the first frame cost the UI itself on a large story held in memory: the
// App rendered in-process (ink-testing-library, no terminal) on N synthetic events; per key, the
// wall time until the frame changes and the CPU time of the process meanwhile; and the time to the
// first frame. No terminal, no tmux: it compares the UI's own work between two versions of it
// (copy this file into a checkout of the other), where npm run bench:keys measures what a person
// feels and wants a quiet machine.
//
// Usage: npx tsx bench/ui-keys.tsx [N=100000]
import React from 'react';
import { render } from 'ink-testing-library';
import { App } from '../src/ui/App.js';
import { compareEvents } from '../src/timeline/index.js';
import type { AnalyzedArticle, Story, TimelineEvent } from '../src/types.js';

const N = Number(process.argv[2] ?? 100_000);
const ARTICLES = 500;
const FIRST_DAY = Date.UTC(2000, 0, 1);
const ROUNDS = 5;
const dayString = (day: number): string => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

// Days spread over N/10 days, every 13th event of a month, every 7th naming one person.
const timeline: TimelineEvent[] = Array.from({ length: N }, (_, i): TimelineEvent => {
  const day = dayString(Math.floor((i * 7919) % (N / 10)));
  const month = i % 13 === 0;
  return {
    id: `e${i}`,
    date: month ? day.slice(0, 7) : day,
    precision: month ? 'month' : 'day',
    approximate: false,
    summary: `Event ${i} says something about the story of the day at some length, words words.`,
    sources: [{ path: `/news/a${i % ARTICLES}.txt`, articleId: `a${i % ARTICLES}`, start: 0, end: 5 }],
    entities: i % 7 === 0 ? ['Barack Obama'] : ['Haiti'],
  };
}).sort(compareEvents);
const articles: AnalyzedArticle[] = Array.from({ length: ARTICLES }, (_, i) => ({
  id: `a${i}`,
  path: `/news/a${i}.txt`,
  date: dayString(i * 10),
  dateSource: 'header',
  title: `Article ${i}`,
  text: 'Text of the article.',
  sentences: [],
  entities: [],
  times: [],
  events: [],
}));
const story: Story = {
  name: 'bench',
  articles,
  problems: [],
  timeline,
  entities: [{ name: 'Barack Obama', type: 'PERSON', mentions: 9, articles: 9, aliases: [] }],
  keyDates: [],
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const opening = performance.now();
const r = render(<App story={story} />);
/** Until the frame differs from `before` (Ink commits asynchronously). */
const changed = async (before: string): Promise<void> => {
  const t0 = performance.now();
  while (r.lastFrame() === before && performance.now() - t0 < 5000)
    await new Promise((resolve) => setImmediate(resolve));
};
await changed('');
const firstFrame = performance.now() - opening;
await sleep(300);
const keys = [...Array<string>(40).fill('j'), 'G', 'g', ...Array<string>(40).fill('j'), 'G', 'g', 'G', 'g'];
const walls: number[] = [];
const cpus: number[] = [];
for (let round = 0; round < ROUNDS; round++)
  for (const key of keys) {
    const before = r.lastFrame() ?? '';
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    r.stdin.write(key);
    await changed(before);
    walls.push(performance.now() - t0);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
    await sleep(5);
  }
const at = (values: number[], p: number): string =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!.toFixed(1);
console.log(
  `${N.toLocaleString('en-US')} events: first frame ${firstFrame.toFixed(0)} ms; ${walls.length} keys (j, G, g): ` +
    `wall median ${at(walls, 0.5)} p95 ${at(walls, 0.95)} ms, CPU median ${at(cpus, 0.5)} p95 ${at(cpus, 0.95)} ms`,
);
r.unmount();
process.exit(0);
