// Per-keystroke search latency on synthetic timelines of 10,000 and 100,000 events whose
// summaries are real news sentences (TempEval-3 TimeML articles) and whose entities are real
// names (CoNLL-2003). Run alone with `npx tsx bench/search.ts`; the perf benchmark imports
// `benchSearch`.

import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createEventSearch, DEFAULT_LIMIT } from '../src/search/index.js';
import type { Precision, TimelineEvent } from '../src/types.js';

const GOLD = fileURLToPath(new URL('../../shared/data/gold/', import.meta.url));
const TIMEML_DIRS = ['tempeval3/TBAQ-cleaned/AQUAINT', 'tempeval3/TBAQ-cleaned/TimeBank'];
const CONLL = 'conll2003/eng.testa';

const SIZES = [10_000, 100_000];
// Typed one character at a time, as a person would: a half-remembered phrase, a name,
// a transposition typo, a month and year, a two-word query.
const QUERIES = ['embassy bomb', 'Yeltsin', 'earthqauke', 'august 1998', 'stock market fell'];
// fzf operators and field filters, typed the same way (a separate figure, so the figures for
// QUERIES stay comparable with earlier runs).
const EXTENDED_QUERIES = [
  "'market !stock",
  'bomb since:1998-01 until:1998-12',
  'yeltsin | clinton',
  'entity:smith oil',
];
// Hits highlighted per keystroke: what a 40-row terminal draws.
const SCREEN_ROWS = 40;
// The default, and what the app's search screen asks for.
const LIMITS = [DEFAULT_LIMIT, 500];
const TYPO_QUERY = 'earthqauke';
const TYPO_TARGET = 'earthquake';
// One event in this many retells a real earthquake sentence, so the typo has something to find.
const EARTHQUAKE_EVERY = 250;

const ENTITIES_OF_XML: ReadonlyArray<[RegExp, string]> = [
  [/&amp;/g, '&'],
  [/&lt;/g, '<'],
  [/&gt;/g, '>'],
  [/&quot;/g, '"'],
  [/&apos;/g, "'"],
];

/** The text between XML tags: one pass, where a `<[^>]+>` regex rescans a run of '<'. */
function withoutTags(xml: string): string {
  let out = '';
  let from = 0;
  for (let open = xml.indexOf('<'); open >= 0; open = xml.indexOf('<', from)) {
    const close = xml.indexOf('>', open + 1);
    if (close < 0) break;
    out += xml.slice(from, open);
    from = close + 1;
  }
  return out + xml.slice(from);
}

function timemlSentences(): string[] {
  const sentences: string[] = [];
  for (const dir of TIMEML_DIRS) {
    const path = join(GOLD, dir);
    for (const file of readdirSync(path).filter((name) => name.endsWith('.tml'))) {
      const xml = readFileSync(join(path, file), 'utf8');
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
      if (body === undefined) continue;
      let text = withoutTags(body);
      for (const [pattern, replacement] of ENTITIES_OF_XML) text = text.replace(pattern, replacement);
      text = text.replace(/``|''/g, '"').replace(/\s+/g, ' ');
      for (const sentence of text.split(/(?<=[.!?]"?)\s+(?=[A-Z"])/)) {
        const words = sentence.trim().split(' ').length;
        if (words >= 8 && words <= 60) sentences.push(sentence.trim());
      }
    }
  }
  return sentences;
}

function conllNames(): string[] {
  const names = new Set<string>();
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) names.add(current.join(' '));
    current = [];
  };
  for (const line of readFileSync(join(GOLD, CONLL), 'utf8').split('\n')) {
    const columns = line.split(' ');
    const tag = columns[3];
    if (tag === undefined || tag === 'O' || tag.endsWith('MISC')) flush();
    else if (tag.startsWith('B-')) {
      flush();
      current.push(columns[0]!);
    } else current.push(columns[0]!);
  }
  flush();
  return [...names].filter((name) => /[a-z]/.test(name));
}

// mulberry32: a seeded generator, so every run measures the same timeline.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function syntheticEvents(count: number, seed = 1): TimelineEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentences = timemlSentences();
  const earthquakes = sentences.filter((sentence) => sentence.toLowerCase().includes(TYPO_TARGET));
  const names = conllNames();
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const year = 1990 + Math.floor(random() * 35);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const roll = random();
    const precision: Precision = roll < 0.8 ? 'day' : roll < 0.95 ? 'month' : 'year';
    const date =
      precision === 'day'
        ? `${year}-${pad2(month)}-${pad2(day)}`
        : precision === 'month'
          ? `${year}-${pad2(month)}`
          : String(year);
    const summary = i % EARTHQUAKE_EVERY === 7 && earthquakes.length > 0 ? pick(earthquakes) : pick(sentences);
    const entities = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(names));
    events.push({
      id: `e${i}`,
      date,
      precision,
      approximate: precision !== 'day',
      summary,
      sources: [{ path: `synthetic/${i % 500}.txt`, articleId: `a${i % 500}`, start: 0, end: summary.length }],
      entities: [...new Set(entities)],
    });
  }
  return events;
}

function percentile(sorted: readonly number[], p: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at]!;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return round((used.user + used.system) / 1000);
}

export async function benchSearch(): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {
    queries: QUERIES.join(' | '),
    load_average_1m: round(loadavg()[0]!),
  };
  for (const size of SIZES) {
    const events = syntheticEvents(size);
    // What the index is: every event's folded fields, the inverted word index, the parsed
    // dates and the recency order, built by the first query that needs them.
    const buildStart = performance.now();
    const buildCpu = process.cpuUsage();
    createEventSearch(events).find('zz');
    figures[`search_index_build_ms_${size}`] = round(performance.now() - buildStart);
    figures[`search_index_build_cpu_ms_${size}`] = cpuMs(buildCpu);

    // What the UI calls when the user presses '/' or the app is idle: the build above plus
    // one word typed through the search to compile its code before real keystrokes.
    const search = createEventSearch(events);
    const prepareStart = performance.now();
    const prepareCpu = process.cpuUsage();
    search.prepare();
    figures[`search_prepare_ms_${size}`] = round(performance.now() - prepareStart);
    figures[`search_prepare_cpu_ms_${size}`] = cpuMs(prepareCpu);

    const typeThrough = (queries: readonly string[], limit: number, suffix: string): void => {
      const latencies: number[] = [];
      // CPU time as well as wall time: on a shared machine the wall clock also counts the
      // time other processes held the cores.
      const cpuTimes: number[] = [];
      for (const query of queries) {
        for (let typed = 1; typed <= query.length; typed++) {
          const start = performance.now();
          const cpuStart = process.cpuUsage();
          // Highlights are found when read: read those a screen draws.
          for (const hit of search.search(query.slice(0, typed), limit).slice(0, SCREEN_ROWS)) void hit.matches;
          latencies.push(performance.now() - start);
          cpuTimes.push(cpuMs(cpuStart));
        }
        // Clearing the box between queries, as the UI does.
        search.search('');
      }
      latencies.sort((a, b) => a - b);
      cpuTimes.sort((a, b) => a - b);
      figures[`search_keystrokes_${suffix}`] = latencies.length;
      figures[`search_p50_ms_${suffix}`] = round(percentile(latencies, 50));
      figures[`search_p95_ms_${suffix}`] = round(percentile(latencies, 95));
      figures[`search_max_ms_${suffix}`] = round(latencies[latencies.length - 1]!);
      figures[`search_cpu_p50_ms_${suffix}`] = round(percentile(cpuTimes, 50));
      figures[`search_cpu_p95_ms_${suffix}`] = round(percentile(cpuTimes, 95));
    };
    for (const limit of LIMITS) {
      typeThrough(QUERIES, limit, limit === DEFAULT_LIMIT ? `${size}` : `${size}_limit${limit}`);
    }
    typeThrough(EXTENDED_QUERIES, 500, `${size}_extended`);

    const typoHits = search.search(TYPO_QUERY, 1000);
    // The count is every match, not the hits drawn.
    figures[`search_total_${TYPO_TARGET}_${size}`] = search.find(TYPO_TARGET, { limit: 1 }).total;
    const withTarget = events.filter((event) => event.summary.toLowerCase().includes(TYPO_TARGET)).length;
    figures[`search_typo_hits_${size}`] = typoHits.length;
    figures[`search_typo_hits_with_target_${size}`] = typoHits.filter((hit) =>
      events[hit.index]!.summary.toLowerCase().includes(TYPO_TARGET),
    ).length;
    figures[`search_events_with_target_${size}`] = withTarget;
  }
  return figures;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await benchSearch();
  for (const [name, value] of Object.entries(figures)) console.log(`${name}\t${value}`);
}
