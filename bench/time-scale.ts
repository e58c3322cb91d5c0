// `npm run bench:time-scale` — findTimeExpressions on the shapes that once made it super-linear:
// a paragraph without a period (20, 40, 100 KB; every span used to rescan the sentence to each
// tense cue after it) and many short lines (100,000 to a million). Prints wall and CPU time and
// microseconds per byte; linear work keeps µs/byte flat as the input grows.
//
//   npx tsx bench/time-scale.ts [p20 p40 p100 l100000 l300000 l1000000]   (default: all)
import { splitSentences } from '../src/nlp/sentences.js';
import { findTimeExpressions } from '../src/nlp/time/index.js';

const WORDS =
  'The minister said on Friday talks would resume next week and officials met in March, markets fell Tuesday and the board will meet on Thursday as analysts expected in April'.split(
    ' ',
  );
const LINES = [
  'Markets fell on Monday.',
  'Talks resume next week',
  '2024-01-05 12:00',
  'He said he would go in March 2021.',
  'nothing here',
  '',
  'By Friday, 1600 GMT',
];

/** Words of news with tense cues and dates, `bytes` long, with no period anywhere. */
function paragraph(bytes: number): string {
  const out: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const word = WORDS[i % WORDS.length]!;
    out.push(word);
    n += word.length + 1;
  }
  return out.join(' ');
}

function lines(count: number): string {
  return Array.from({ length: count }, (_, i) => `${LINES[i % LINES.length]} ${i % 97}`).join('\n');
}

function measure(label: string, text: string): void {
  const sentences = splitSentences(text);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const found = findTimeExpressions(text, '2024-02-07', sentences);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.log(
    `${label.padEnd(20)} ${(text.length / 1024).toFixed(0).padStart(6)} KB ${String(found.length).padStart(7)} expressions` +
      `  ${ms.toFixed(0).padStart(6)} ms  cpu ${((used.user + used.system) / 1000).toFixed(0).padStart(6)} ms` +
      `  ${((ms * 1000) / text.length).toFixed(2)} µs/byte`,
  );
}

const CASES: Record<string, () => void> = {
  p20: () => measure('paragraph 20 KB', paragraph(20 * 1024)),
  p40: () => measure('paragraph 40 KB', paragraph(40 * 1024)),
  p100: () => measure('paragraph 100 KB', paragraph(100 * 1024)),
  l100000: () => measure('100,000 lines', lines(100_000)),
  l300000: () => measure('300,000 lines', lines(300_000)),
  l1000000: () => measure('1,000,000 lines', lines(1_000_000)),
};
const asked = process.argv.slice(2);
for (const name of asked.length > 0 ? asked : Object.keys(CASES)) {
  const run = CASES[name];
  if (!run) throw new Error(`unknown case ${name}; one of ${Object.keys(CASES).join(' ')}`);
  run();
}
