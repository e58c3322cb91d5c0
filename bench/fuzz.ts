// `npm run bench:fuzz` — the analyser on generated text of the kinds that break rules: runs of
// one punctuation mark or separator inside a sentence, dash/quote/dot mixes, paragraphs with no
// period, digit soups, ALL-CAPS lines, mixed scripts, month-name runs, a million short lines.
// Each generator is run at growing lengths (1, 4, 16, 64, 256 KB; the short lines up to a
// million of them); per generator it prints the worst time per KB and the growth exponent,
// and exits non-zero, loudly, when any generator is past the limits:
//
// - 1 ms per KB, at 16 KB and more (the issue's limit): a 256 KB page then analyses in a
//   quarter of a second, and the 3 s article budget (src/pipeline/budget.ts) is reached only
//   past 3 MB. The first row, ordinary prose (the seed article repeated), is judged too and
//   shows what the machine at hand makes of that limit: on a loaded machine it fails first,
//   and the other rows are then best read as multiples of it. Sizes under 16 KB are printed but
//   not judged: an article's fixed cost is most of what they measure.
// - A growth exponent of 1.3: the least-squares slope of log time over log length, at 16 KB and
//   more. Linear work measures 0.9–1.15 here (allocation and GC grow a little faster than the
//   text); a quadratic rule measures 1.7–2 and an exponential one times out; 1.3 sits between,
//   clear of both, and a rule whose time grows as n^1.3 is slow enough at 10 MB to be named.
//
// Every analysis runs in a worker thread under a timeout (BENCH_FUZZ_TIMEOUT_MS, 20 s), so a
// rule that backtracks for minutes costs 20 s and is named, and the bench never hangs; an
// analysis that times out or runs out of memory skips the generator's larger lengths.
// BENCH_FUZZ_ONLY=name,name runs some generators only.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { analyzeArticle } from '../src/nlp/index.js';
import { recognizeEntities } from '../src/nlp/entities/index.js';
import { extractEvents } from '../src/nlp/events.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { findTimeExpressions } from '../src/nlp/time/index.js';

const TSX_API = import.meta.resolve('tsx/esm/api');
const KB = 1024;
const SIZES = [1, 4, 16, 64, 256].map((k) => k * KB);
const JUDGED_FROM = 16 * KB;
const MAX_MS_PER_KB = 1;
const MAX_EXPONENT = 1.3;
const TIMEOUT_MS = Number(process.env.BENCH_FUZZ_TIMEOUT_MS ?? 20_000);
const DATE = '2024-02-07';

interface Measure {
  ms: number;
  /** Bytes of the analysis as JSON, per byte of input: output that grows with the square of the
   * input shows here before it shows in time. */
  outputRatio: number;
  events: number;
}
type Reply = ({ ok: true } & Measure) | { ok: false; error: string };
/** Milliseconds per stage of analyzeArticle, to say whose rules a slow generator hits. */
type Stages = Record<'sentences' | 'entities' | 'times' | 'events', number>;

function stageTimes(text: string): Stages {
  let at = performance.now();
  const lap = (): number => -at + (at = performance.now());
  const sentences = splitSentences(text);
  const s = lap();
  const entities = recognizeEntities(text, sentences);
  const e = lap();
  const times = findTimeExpressions(text, DATE, sentences);
  const t = lap();
  extractEvents(text, DATE, sentences, entities, times);
  return { sentences: s, entities: e, times: t, events: lap() };
}

// ---- the worker: analyses what it is sent, and says how long it took --------------------------

if (!isMainThread) {
  parentPort!.on('message', ({ text, stages }: { text: string; stages: boolean }) => {
    try {
      if (stages) return parentPort!.postMessage({ ok: true, stages: stageTimes(text) });
      const started = performance.now();
      const analysed = analyzeArticle({ id: '', path: '', date: DATE, dateSource: 'header', title: '', text });
      const ms = performance.now() - started;
      const { sentences, entities, times, events } = analysed;
      const output = JSON.stringify({ sentences, entities, times, events }).length;
      parentPort!.postMessage({ ok: true, ms, outputRatio: output / Math.max(1, text.length), events: events.length });
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      parentPort!.postMessage({ ok: false, error: message.split('\n', 1)[0] } satisfies Reply);
    }
  });
}

// ---- generators: (length in characters) → text of about that length ------------------------------

/** `unit` repeated to `length` characters. */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** A sentence with `run` inside it and text after: the shape that made DANGLING_END exponential. */
const inSentence =
  (unit: string) =>
  (length: number): string =>
    `On Monday the army moved into Mosul ${fill(unit, Math.max(1, length - 60))} officials said on Tuesday.`;

// Deterministic pseudo-random numbers, so every run feeds the same text.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function soup(length: number, pieces: readonly string[], seed: number): string {
  const next = random(seed);
  let text = '';
  while (text.length < length) text += pieces[Math.floor(next() * pieces.length)]!;
  return text.slice(0, length);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
const MARKS: Array<[string, string]> = [
  ['comma', ','],
  ['semicolon', ';'],
  ['colon', ':'],
  ['hyphen', '-'],
  ['em dash', '—'],
  ['period', '.'],
  ['apostrophe', "'"],
  ['double quote', '"'],
  ['hash', '#'],
  ['asterisk', '*'],
  ['equals', '='],
  ['underscore', '_'],
  ['bar', '|'],
  ['space', ' '],
  ['tab', '\t'],
];

// Ordinary news prose (the bundled seed article, repeated), for comparison: what the limits
// leave room for on this machine.
const SEED = readFileSync(new URL('../seeds/2024-02-07-baghdad-drone-strike.txt', import.meta.url), 'utf8').replace(
  /^ date \S+ /,
  '',
);

export const GENERATORS: Array<{ name: string; make: (length: number) => string; sizes?: number[] }> = [
  { name: 'ordinary prose (control)', make: (n) => fill(`${SEED}\n\n`, n) },
  ...MARKS.map(([name, mark]) => ({ name: `run of ${name}`, make: inSentence(mark) })),
  { name: 'run of ", "', make: inSentence(', ') },
  { name: 'run of " -- "', make: inSentence(' --') },
  { name: 'run of newlines', make: inSentence('\n') },
  {
    name: 'dash/dot mix (". -- --,")',
    make: (n) => fill('. -- -- -- --, -- -- --. -- -- -- -- --, ', n),
  },
  { name: 'dash/quote/dot soup', make: (n) => soup(n, ['-', '—', '–', "'", '"', '.', ' ', ',', '“', '”'], 1) },
  {
    name: 'paragraph with no period',
    make: (n) => fill('the army moved into Mosul on Monday and officials said that Smith met Jones ', n),
  },
  {
    name: 'digit soup',
    make: (n) => soup(n, ['1600', ' ', '2000', '19', '1130', '(4)', ', ', '1850–1855', '0', '/', ':', '-', '.'], 2),
  },
  { name: 'ALL-CAPS lines', make: (n) => fill('BREAKING NEWS MONDAY 19 JANUARY 1130 GMT UNITED NATIONS UPDATE\n', n) },
  {
    name: 'mixed scripts',
    make: (n) => soup(n, ['Москва ', 'القاهرة ', '北京 ', 'Zürich ', 'e\u0301 ', '😀 ', 'Monday ', '2024 ', '. '], 3),
  },
  { name: 'month-name run', make: (n) => `${fill('January ', n - 6)}2024.` },
  { name: 'month soup', make: (n) => soup(n, [...MONTHS.map((m) => `${m} `), '2024 ', '19 ', 'on '], 4) },
  {
    name: 'Markdown heading of #',
    make: (n) => `${fill('#', n - 40)} On Monday officials said so.\n`,
  },
  {
    name: 'short lines (to a million)',
    make: (n) => fill('Mon 19.\n', n),
    sizes: [...SIZES, 1024 * KB, 8 * 1024 * KB],
  },
];

// ---- the runner -------------------------------------------------------------------------------------

interface Analyser {
  analyse(text: string): Promise<Reply>;
  stages(text: string): Promise<Stages | null>;
  close(): Promise<void>;
}

function analyser(): Analyser {
  let worker: Worker | null = null;
  const start = (): Worker =>
    // tsx's loader serves this thread only: the worker registers its own, then loads this file.
    new Worker(
      `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`,
      { eval: true, resourceLimits: { maxOldGenerationSizeMb: 2048 } },
    );
  const ask = (text: string, stages: boolean): Promise<unknown> => {
    worker ??= start();
    const current = worker;
    return new Promise((resolve) => {
      const done = (reply: unknown): void => {
        clearTimeout(timer);
        current.off('message', done);
        current.off('error', failed);
        resolve(reply);
      };
      const failed = (error: Error): void => {
        worker = null;
        done({
          ok: false,
          error: `${(error as NodeJS.ErrnoException).code ?? 'error'}: ${error.message.split('\n', 1)[0]}`,
        });
      };
      const timer = setTimeout(() => {
        worker = null;
        void current.terminate();
        done({ ok: false, error: 'timeout' });
      }, TIMEOUT_MS);
      current.on('message', done);
      current.on('error', failed);
      current.postMessage({ text, stages });
    });
  };
  return {
    analyse: (text) => ask(text, false) as Promise<Reply>,
    async stages(text) {
      const reply = (await ask(text, true)) as { ok: boolean; stages?: Stages };
      return reply.ok && reply.stages ? reply.stages : null;
    },
    async close() {
      await worker?.terminate();
    },
  };
}

/** Least-squares slope of log(ms) over log(length). */
function exponent(points: Array<{ length: number; ms: number }>): number {
  const xs = points.map((p) => Math.log(p.length));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return den > 0 ? num / den : NaN;
}

const sizeLabel = (n: number): string => (n >= 1024 * KB ? `${n / 1024 / KB} MB` : `${n / KB} KB`);

async function main(): Promise<number> {
  const only = process.env.BENCH_FUZZ_ONLY?.split(',').map((s) => s.trim().toLowerCase());
  const generators = only ? GENERATORS.filter((g) => only.some((o) => g.name.toLowerCase().includes(o))) : GENERATORS;
  const worker = analyser();
  // Warm-up: the model is loaded and the rules compiled before anything is timed, and every
  // generator's kind of text is seen once at 4 KB: V8 compiles the rules' paths for non-ASCII or
  // digit-dense text on first sight, a once-per-process cost that the per-KB limit is not about
  // (without it, whichever script-mixing generator ran first paid it at 16 KB).
  for (let i = 0; i < 3; i++)
    await worker.analyse(fill('Officials said on Monday that Smith met Jones in Paris. ', 8 * KB));
  for (const { make } of generators) await worker.analyse(make(4 * KB));
  console.log(
    `news-tui bench:fuzz: ${generators.length} generators at ${SIZES.map(sizeLabel).join(', ')}; ` +
      `limits ${MAX_MS_PER_KB} ms/KB and growth exponent ${MAX_EXPONENT} (judged from ${sizeLabel(JUDGED_FROM)}); ` +
      `timeout ${TIMEOUT_MS / 1000} s per analysis\n`,
  );
  console.log(
    `${'generator'.padEnd(30)} ${'ms at each length'.padEnd(44)} ${'worst ms/KB'.padStart(11)} ${'exponent'.padStart(8)} ${'out/in'.padStart(7)}`,
  );
  const failures: string[] = [];
  for (const { name, make, sizes = SIZES } of generators) {
    const points: Array<{ length: number; ms: number }> = [];
    let trouble = '';
    let worstRatio = 0;
    for (const length of sizes) {
      const text = make(length);
      // The fastest of a few runs at small lengths, where a shared machine's noise is largest: at
      // 16 KB one preempted slice doubles a 10 ms analysis (seen in CI with another process busy).
      const runs = length <= 64 * KB ? 5 : length <= 256 * KB ? 3 : 1;
      let best: Measure | null = null;
      for (let r = 0; r < runs && !trouble; r++) {
        const reply = await worker.analyse(text);
        if (!reply.ok) trouble = `${reply.error} at ${sizeLabel(length)}`;
        else if (!best || reply.ms < best.ms) best = reply;
      }
      if (trouble || !best) break;
      points.push({ length, ms: best.ms });
      worstRatio = Math.max(worstRatio, best.outputRatio);
    }
    const judged = points.filter((p) => p.length >= JUDGED_FROM);
    const worst = Math.max(...judged.map((p) => p.ms / (p.length / KB)), 0);
    const slope = judged.length >= 2 ? exponent(judged) : NaN;
    const times = points.map((p) => (p.ms < 10 ? p.ms.toFixed(1) : Math.round(p.ms).toString())).join(' ');
    const reasons: string[] = [];
    if (trouble) reasons.push(trouble);
    if (worst > MAX_MS_PER_KB) reasons.push(`${worst.toFixed(2)} ms/KB`);
    if (slope > MAX_EXPONENT) reasons.push(`exponent ${slope.toFixed(2)}`);
    console.log(
      `${name.padEnd(30)} ${(times + (trouble ? ` ${trouble}` : '')).padEnd(44)} ${worst.toFixed(3).padStart(11)} ${(Number.isNaN(slope) ? '–' : slope.toFixed(2)).padStart(8)} ${worstRatio.toFixed(1).padStart(7)}${reasons.length ? '  ✗' : ''}`,
    );
    if (reasons.length) {
      // Where the time goes, at the largest length that finished: whose rules to look at.
      const largest = points.at(-1);
      const stages = largest ? await worker.stages(make(largest.length)) : null;
      const where = stages
        ? ` (at ${sizeLabel(largest!.length)}: ${Object.entries(stages)
            .map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`)
            .join(', ')})`
        : '';
      failures.push(`${name}: ${reasons.join(', ')}${where}`);
    }
  }
  await worker.close();
  if (failures.length) {
    console.error(`\n✗ bench:fuzz FAILED: ${failures.length} generator(s) past the limits`);
    for (const failure of failures) console.error(`  ✗ ${failure}`);
    return 1;
  }
  console.log('\n✓ every generator within the limits');
  return 0;
}

if (isMainThread) process.exitCode = await main();
