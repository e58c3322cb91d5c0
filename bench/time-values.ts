// `npm run bench:time-values` — the TIMEX3 half of bench:nlp alone, in a few seconds: TimeBank,
// AQUAINT, both as TBAQ, and MEANTIME-stock scored by shared/tools/score.mjs through the built
// CLI (run `node scripts/bundle.mjs` first; the npm script does). Prints value F1 per set and,
// for MEANTIME (which marks only some expressions), the value recall. With TIME_ERRORS=1 it also
// lists every wrong value and missed expression, grouped by kind, to choose what to fix next.
//
//   npm run bench:time-values            figures only
//   TIME_ERRORS=1 npm run bench:time-values
//   TIME_PROJECT=DIR npx tsx bench/time-values.ts   scores another built checkout
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'tools', 'score.mjs');
const tempeval = join(shared, 'data', 'gold', 'tempeval3', 'TBAQ-cleaned');
const showErrors = process.env.TIME_ERRORS === '1';
const project = process.env.TIME_PROJECT ?? root;

/** Kinds of error, first match wins: what the gold says against what we said, and the words. */
const KINDS: ReadonlyArray<readonly [string, (gold: string, ours: string, words: string) => boolean]> = [
  ['missed', (_g, ours) => ours === ''],
  ['gold with X placeholders (1994-XX, 199X, 2000-W7, 1989-WXX)', (g) => /-XX$|\dX$|-W\d$|-WXX$|-QX$/.test(g)],
  ['weeks and weekends', (_g, _o, w) => /week/i.test(w)],
  [
    'quarters, periods, a year ago',
    (_g, _o, w) => /quarter|period|year.(?:earlier|ago)|last year|this year|fiscal/i.test(w),
  ],
  ['parts of day', (g, _o, w) => /night|evening|morning|afternoon|T(?:NI|EV|MO|AF)/.test(w + g)],
  ['weekdays', (_g, _o, w) => /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(w)],
  ['PRESENT_REF / PAST_REF / FUTURE_REF', (g, ours) => /REF/.test(g + ours)],
  ['duration against date', (g, ours) => g.startsWith('P') !== ours.startsWith('P')],
  ['other', () => true],
];

function score(label: string, dir: string): void {
  const out = execFileSync(process.execPath, [scorer, 'tempeval', project, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, SCORE_SHOW: showErrors ? '1' : '' },
  });
  const lines = out.trim().split('\n');
  const find = (re: RegExp): number => Number(re.exec(lines.find((l) => re.test(l)) ?? '')?.[1] ?? NaN);
  const relaxedR = find(/^relaxed P [\d.]+ R ([\d.]+)/);
  const accuracy = find(/value accuracy ([\d.]+)/);
  const valueF1 = find(/value F1 ([\d.]+)/);
  console.log(
    `  ${label.padEnd(9)} value F1 ${valueF1.toFixed(1)}  relaxed F1 ${find(/^relaxed .*F1 ([\d.]+)/).toFixed(1)}  value accuracy ${accuracy.toFixed(1)}  value R ${((relaxedR * accuracy) / 100).toFixed(1)}`,
  );
  if (!showErrors) return;
  const groups = new Map<string, string[]>();
  for (const line of lines) {
    const value = /^VALUE {2}gold (\S+) ours (\S+) {2}"(.*)"$/.exec(line);
    const missed = /^MISSED gold (\S+) "(.*)"$/.exec(line);
    if (!value && !missed) continue;
    const [gold, ours, words] = value ? [value[1]!, value[2]!, value[3]!] : [missed![1]!, '', missed![2]!];
    const kind = KINDS.find(([, test]) => test(gold, ours, words))![0];
    groups.set(kind, [...(groups.get(kind) ?? []), `${words}: ${gold} / ${ours || '-'}`]);
  }
  for (const [kind] of KINDS) {
    const errors = groups.get(kind) ?? [];
    if (errors.length) console.log(`    ${errors.length} ${kind}: ${errors.join('; ')}`);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'news-tui-bench-time-'));
try {
  const tbaq = join(scratch, 'TBAQ');
  mkdirSync(tbaq);
  for (const part of ['TimeBank', 'AQUAINT'])
    for (const f of readdirSync(join(tempeval, part)).filter((n) => n.endsWith('.tml')))
      symlinkSync(join(tempeval, part, f), join(tbaq, `${part}-${f}`));
  console.log('news-tui bench:time-values — TIMEX3 values on the development gold data (target: TBAQ value F1 ≥ 84)');
  for (const [label, dir] of [
    ['TimeBank', join(tempeval, 'TimeBank')],
    ['AQUAINT', join(tempeval, 'AQUAINT')],
    ['TBAQ', tbaq],
    ['MEANTIME', join(shared, 'data', 'gold', 'meantime-stock', 'timeml')],
  ] as const)
    score(label, dir);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
