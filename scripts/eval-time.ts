// Quick evaluator for src/nlp/time: rebuilds the documents exactly as shared/tools/score.mjs
// (tempeval mode) does, calls findTimeExpressions directly, and prints strict/relaxed/value/type
// F1 for TimeBank, AQUAINT, both, and MEANTIME-stock (Wikinews, scored apart), plus throughput.
//   npx tsx scripts/eval-time.ts [GOLD_ROOT] [--errors] [--categories] [--phrases] [--speed] [--exact] [--save=FILE] [--against=FILE]
// --errors lists every miss, extra, span and value mismatch; --categories counts value
// mismatches, misses and extras by kind of expression; --phrases tallies matched and
// unmatched predictions per phrase (digits folded); --speed prints words per CPU-second.
// --save=FILE writes the error list; --against=FILE prints the errors a change fixed (<) and
// made (>) relative to a saved list, set by set, which is how a rule is judged leave-one-out.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/nlp/sentences.js';
import { findTimeExpressions } from '../src/nlp/time/index.js';
import type { TimeExpression } from '../src/types.js';

interface GoldTimex {
  s: number;
  e: number;
  type: string;
  value: string;
}

interface GoldDoc {
  file: string;
  date: string;
  text: string;
  ents: GoldTimex[];
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function stripTags(s: string): string {
  return s.replace(/<[^<>]+>/g, '');
}

/** Mirrors score.mjs tempeval(): tag-free TEXT, trimmed, TIMEX3 offsets shifted by the trim. */
function loadDocs(dir: string): GoldDoc[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort();
  return files.map((f) => {
    const xml = readFileSync(join(dir, f), 'utf8');
    const dct = /<DCT>.*?value="([^"]+)"/s.exec(xml)![1]!.slice(0, 10);
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)![1]!;
    let text = '';
    const timexes: GoldTimex[] = [];
    let i = 0;
    const re = /<TIMEX3([^<>]*)>([\s\S]*?)<\/TIMEX3>|<[^<>]+>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      text += unescape(body.slice(i, m.index));
      if (m[1] !== undefined) {
        const attrs = Object.fromEntries([...m[1].matchAll(/\b(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
        const inner = unescape(stripTags(m[2]!));
        timexes.push({
          s: text.length,
          e: text.length + inner.length,
          type: attrs.type ?? '',
          value: attrs.value ?? '',
        });
        text += inner;
      }
      i = re.lastIndex;
    }
    text += unescape(body.slice(i));
    const lead = text.length - text.trimStart().length;
    return {
      file: f,
      date: dct,
      text: text.trim(),
      ents: timexes.map((t) => ({ ...t, s: t.s - lead, e: t.e - lead })),
    };
  });
}

interface Counts {
  ng: number;
  np: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

/** Per predicted phrase (digits folded): how often it matched gold and how often not. */
const phrases = new Map<string, { tp: number; fp: number }>();

function score(docs: GoldDoc[], preds: TimeExpression[][], errors: string[]): Counts {
  const c: Counts = { ng: 0, np: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
  docs.forEach((g, i) => {
    const p = preds[i]!;
    c.ng += g.ents.length;
    c.np += p.length;
    const used = new Set<number>();
    for (const x of g.ents) {
      const j = p.findIndex((q, k) => !used.has(k) && q.start < x.e && x.s < q.end);
      if (j < 0) {
        errors.push(`MISS  ${g.file} [${g.text.slice(x.s, x.e)}] ${x.type} ${x.value} | ${context(g.text, x.s, x.e)}`);
        continue;
      }
      used.add(j);
      c.relaxed++;
      const q = p[j]!;
      if (q.start === x.s && q.end === x.e) c.strict++;
      else errors.push(`SPAN  ${g.file} [${q.text}] vs [${g.text.slice(x.s, x.e)}]`);
      if (q.value === x.value) c.value++;
      else
        errors.push(
          `VALUE ${g.file} [${q.text}] ${q.type} ${q.value} vs ${x.type} ${x.value} (dct ${g.date}) | ${context(g.text, x.s, x.e)}`,
        );
      if (q.type === x.type) c.type++;
    }
    p.forEach((q, k) => {
      const key = q.text.toLowerCase().replace(/\d/g, '9');
      const tally = phrases.get(key) ?? { tp: 0, fp: 0 };
      if (used.has(k)) tally.tp++;
      else tally.fp++;
      phrases.set(key, tally);
      if (!used.has(k))
        errors.push(`EXTRA ${g.file} [${q.text}] ${q.type} ${q.value} | ${context(g.text, q.start, q.end)}`);
    });
  });
  return c;
}

function context(text: string, s: number, e: number): string {
  return (text.slice(Math.max(0, s - 60), s) + '[[' + text.slice(s, e) + ']]' + text.slice(e, e + 40)).replace(
    /\s+/g,
    ' ',
  );
}

function f1(tp: number, np: number, ng: number): number {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function report(name: string, c: Counts): void {
  const relaxed = f1(c.relaxed, c.np, c.ng);
  const pct = (x: number): string => (100 * x).toFixed(digits);
  const valueF1 = c.relaxed ? relaxed * (c.value / c.relaxed) : 0;
  const typeF1 = c.relaxed ? relaxed * (c.type / c.relaxed) : 0;
  console.log(
    `${name.padEnd(9)} gold ${c.ng} predicted ${c.np}  strict F1 ${pct(f1(c.strict, c.np, c.ng))}  relaxed F1 ${pct(relaxed)}` +
      ` (P ${pct(c.np ? c.relaxed / c.np : 0)} R ${pct(c.ng ? c.relaxed / c.ng : 0)})  value F1 ${pct(valueF1)}  type F1 ${pct(typeF1)}` +
      // MEANTIME marks only some expressions: its recall and value recall are the figures to read.
      `  value R ${pct(c.ng ? c.value / c.ng : 0)}`,
  );
}

function add(a: Counts, b: Counts): Counts {
  return {
    ng: a.ng + b.ng,
    np: a.np + b.np,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    value: a.value + b.value,
    type: a.type + b.type,
  };
}

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? join('..', 'shared', 'data', 'gold', 'tempeval3', 'TBAQ-cleaned');
const showErrors = args.includes('--errors');
// --exact prints two decimals: one more error on AQUAINT moves its value F1 by about 0.06.
const digits = args.includes('--exact') ? 2 : 1;
// MEANTIME-stock (Wikinews, another house style) is scored beside TBAQ but not summed into it:
// a rule is kept only when it helps, or does not hurt, each of the three sets.
const meantime = join(root, '..', '..', 'meantime-stock', 'timeml');
const sets = [
  ...['TimeBank', 'AQUAINT'].map((name) => ({ name, docs: loadDocs(join(root, name)) })),
  ...(existsSync(meantime) && !args.includes('--tbaq') ? [{ name: 'MEANTIME', docs: loadDocs(meantime) }] : []),
];
let total: Counts = { ng: 0, np: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
const errors: string[] = [];
for (const { name, docs } of sets) {
  const preds = docs.map((d) => findTimeExpressions(d.text, d.date, splitSentences(d.text)));
  const c = score(docs, preds, errors);
  if (name === 'MEANTIME') {
    report('TBAQ', total);
    report(name, c);
  } else total = add(total, c);
  if (name !== 'MEANTIME') report(name, c);
}
if (!sets.some((s) => s.name === 'MEANTIME')) report('TBAQ', total);
if (showErrors) for (const e of errors) console.log(e);
const saveTo = args.find((a) => a.startsWith('--save='))?.slice('--save='.length);
if (saveTo) writeFileSync(saveTo, errors.join('\n') + '\n');
const against = args.find((a) => a.startsWith('--against='))?.slice('--against='.length);
if (against) {
  const before = new Set(readFileSync(against, 'utf8').split('\n').filter(Boolean));
  const now = new Set(errors);
  for (const e of before) if (!now.has(e)) console.log(`< ${e}`);
  for (const e of errors) if (!before.has(e)) console.log(`> ${e}`);
}
if (args.includes('--categories')) {
  // Value mismatches, misses and extras counted by the kind of expression, so a change can be
  // judged by the categories it moves rather than by the total alone.
  const categories: [string, RegExp][] = [
    ['weekday + part of day', /\[[a-z]{2,}day (?:morning|afternoon|evening|night)\]/i],
    ['weekday', /\[(?:early |late |last |next |this )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\]/i],
    ['this/last/next week', /\[[^[\]]*\b(?:this|last|next|the) week\b[^\]]*\]/i],
    [
      'year ago/earlier, last/this year',
      /\[[^[\]]*\b(?:year ago|year earlier|year-ago|year-earlier|last year|this year|year-end)/i,
    ],
    ['quarter/half/period', /\[[^[\]]*\b(?:quarter|period|half)\b/i],
    ['decade/century', /\[[^[\]]*\b(?:\d0s|'\d0s|decade|century)\b/i],
    ['bare year', /\[(?:in )?\d{4}\] /],
    ['month', /\[[^[\]]*\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\]/],
    [
      'month and day',
      /\[[^[\]]*\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.? \d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d/,
    ],
    ['clock time', /\[[^[\]]*(?:a\.m|p\.m|noon|midnight)/i],
    [
      'PRESENT/PAST/FUTURE_REF words',
      /\[[^[\]]*\b(?:now|current|currently|recent|recently|soon|future|past|former|formerly|previously|once|already|earlier|today)\]/i,
    ],
    ['N units ago', /ago\]/],
    ['vague units', /\[[^[\]]*\b(?:days|weeks|months|years|few|several|recent)\b/i],
    ['other duration', /DURATION/],
    ['other set', /SET/],
  ];
  const tally = new Map<string, { VALUE: number; MISS: number; EXTRA: number }>();
  for (const e of errors) {
    const kind = e.slice(0, 5).trim();
    if (kind !== 'VALUE' && kind !== 'MISS' && kind !== 'EXTRA') continue;
    const name = categories.find(([, re]) => re.test(e))?.[0] ?? 'other';
    const t = tally.get(name) ?? { VALUE: 0, MISS: 0, EXTRA: 0 };
    t[kind]++;
    tally.set(name, t);
  }
  const total = (t: { VALUE: number; MISS: number; EXTRA: number }): number => t.VALUE + t.MISS + t.EXTRA;
  console.log('category                          value  miss extra');
  for (const [name, t] of [...tally].sort((a, b) => total(b[1]) - total(a[1]))) {
    console.log(
      `${name.padEnd(32)} ${String(t.VALUE).padStart(6)} ${String(t.MISS).padStart(5)} ${String(t.EXTRA).padStart(5)}`,
    );
  }
}
if (args.includes('--phrases')) {
  const rows = [...phrases].filter(([, t]) => t.fp >= 1).sort((a, b) => b[1].fp - b[1].tp - (a[1].fp - a[1].tp));
  for (const [phrase, t] of rows) console.log(`${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)}  ${phrase}`);
}

if (args.includes('--speed')) {
  const docs = sets.flatMap((s) => s.docs);
  const prepared = docs.map((d) => ({ d, sentences: splitSentences(d.text) }));
  const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  // Warm up, then time several passes over the whole corpus (sentence splitting excluded).
  for (const { d, sentences } of prepared) findTimeExpressions(d.text, d.date, sentences);
  const rounds = 5;
  // CPU time of this process, not wall time: the machine is shared, and the target is per core.
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++)
    for (const { d, sentences } of prepared) findTimeExpressions(d.text, d.date, sentences);
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `speed: ${words} words x ${rounds}: ${Math.round((words * rounds) / cpuSeconds)} words/s of CPU time` +
      ` (${cpuSeconds.toFixed(3)} s CPU, ${wallSeconds.toFixed(3)} s wall)`,
  );
}
