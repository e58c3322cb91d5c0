// A rule's cue (rules/shared.ts) lets candidates() skip the rule on a text where the cue is
// absent: it must hold wherever the rule's pattern matches, or matches are lost. Checked on every
// text the repository holds (the seed articles, the test fixtures) and on phrases of our own
// that reach the rarer branches of the patterns.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/nlp/time/rules/index.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const REPOSITORY_TEXTS = [...filesUnder('seeds'), ...filesUnder(join('tests', 'fixtures'))]
  .filter((path) => /\.(?:txt|md|json|xml|rss|atom|html|ts|csv)$/.test(path))
  .map((path) => readFileSync(path, 'utf8'));

// Branches that news seldom uses, written out so that each cue meets them.
const PHRASES = [
  'at 10:35 a.m. Thursday, at 5 p.m. EST, Nov. 6, at noon, by midnight, around midday',
  'as of 1700 BST, 0930 GMT, at 14:00 hours local time, 1130 local, 1600 hrs',
  'this morning, tonight, overnight, late Tuesday night, mid-afternoon yesterday, 10 in the morning',
  'in the early morning, during the afternoon, 2003-03-07, 3/7/2003, last fall, the summer of 1998',
  'the third quarter of 1989, Q3 2009, 2010 H1, the latest quarter, the first half of next year',
  "the 1990s, the '80s, the mid-1960's, the late nineteen-sixties, the sixties, the 20th century",
  'today, yesterday, the day after tomorrow, $5 a year, 10 flights per week, every other Tuesday',
  'daily, biweekly, annually, once a month, twice a year, three times a week, semiannually',
  'three days ago, a year or so earlier, two weeks from now, several months back, decades since',
  'year-earlier, the year-ago quarter, last year’s second half, the comparable nine months',
  'the 1988 period, the latest period, around year-end, at year end, the year’s end, the end of this year',
  'the following day, that same night, the previous week, the week of March 6, 2003',
  'the day before, the year earlier, the end of the day, later in the day, early in the day',
  'the day before the vote, the night after Obama’s speech, the day before last Tuesday, the night before Friday',
  'the 63rd day, the second straight week, the fifth consecutive day, in March of that year',
  'nineteen ninety-six, the year two thousand, since ’82, in ’58, October ’87, 1957 and ’58',
  'ruled 1957-1971, the 2008–2009 season, the 2007-09 recession, the 1999-00 season, in March of last year, Christmas Eve, New Year’s Eve',
  'Good Friday, Ash Wednesday, Bonfire Night, the Fourth of July, Black Monday, D-Day, V-E Day',
  'will one day, a quarter century, a decades-long battle, the worst single-day fall',
  'a day and a half, two and a half years, recent weeks, the coming months, the first quarters',
  'for days, the past years or decades, within minutes, in just hours, for a while, for quite some time',
  'on Tuesdays and Thursdays, Monday mornings, the following Monday, the previous Friday',
  'for a very long period, on 20 and 21 January 2018, on March 3rd and 4th, between 11 and 15 August',
  'stocks fell overnight, overnight losses in New York, down 2% on the day.',
];

describe('rule cues', () => {
  for (const rule of RULES.filter((r) => r.cue)) {
    it(`holds wherever the ${rule.name} rule matches`, () => {
      const cue = rule.cue!;
      let matched = 0;
      for (const text of [...REPOSITORY_TEXTS, ...PHRASES]) {
        const re = new RegExp(rule.pattern.source, rule.pattern.flags);
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) re.lastIndex++;
          matched++;
          // The cue is tested near the match (lookbehinds and lookaheads read around it), a
          // stronger test than on the whole text, which is all candidates() asks.
          const near = text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
          expect(cue.test(near), `${rule.name}: "${m[0]}"`).toBe(true);
        }
      }
      expect(matched, `${rule.name} never matched: add a phrase that reaches it`).toBeGreaterThan(0);
    });
  }
});
