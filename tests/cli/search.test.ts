import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './run.js';

interface HitLine {
  rank: number;
  score: number;
  event: { id: string; date: string; summary: string; sources: Array<{ path: string }>; entities: string[] };
  matches: Array<{ field: string; text: string; ranges: Array<[number, number]> }>;
}

// Three small house-format articles, written here so the test needs nothing outside the repository.
const story = mkdtempSync(join(tmpdir(), 'news-tui-search-'));
afterAll(() => rmSync(story, { recursive: true, force: true }));
writeFileSync(
  join(story, 'quake.txt'),
  ' date 2010-01-13 A powerful earthquake struck Haiti on Tuesday, killing thousands. ' +
    'President Rene Preval said on Wednesday that the parliament building had collapsed.',
);
writeFileSync(
  join(story, 'aid.txt'),
  ' date 2010-01-16 Barack Obama pledged aid to Haiti on Friday. ' +
    'Aid flights landed in Port-au-Prince on Saturday as the airport reopened.',
);
writeFileSync(join(story, 'ohio.txt'), ' date 2010-01-20 Barack Obama spoke about jobs in Ohio on Tuesday.');

describe('news-tui search', () => {
  it('prints ranked hits as JSON lines: rank, score, the event as events --json, matches', () => {
    const result = runCli(['search', '--json', 'earthqauke', story]);
    expect(result.code).toBe(0);
    const hits = jsonLines<HitLine>(result.stdout);
    expect(hits.length).toBeGreaterThan(0);
    expect(Object.keys(hits[0]!)).toEqual(['rank', 'score', 'event', 'matches']);
    expect(hits.map((hit) => hit.rank)).toEqual(hits.map((_, i) => i + 1));
    for (const hit of hits) expect(hit.event.summary).toMatch(/earthquake/i);
    const [summary] = hits[0]!.matches.filter((match) => match.field === 'summary');
    const [start, end] = summary!.ranges[0]!;
    expect(summary!.text.slice(start, end)).toBe('earthquake');
  });

  it('gives the event the same fields as events --json', () => {
    const [hit] = jsonLines<HitLine>(runCli(['search', '--json', 'ohio', story]).stdout);
    const events = jsonLines<HitLine['event']>(runCli(['events', '--json', story]).stdout);
    expect(events).toContainEqual(hit!.event);
  });

  it('needs every term and honours operators and filters', () => {
    const summaries = (query: string): string[] =>
      jsonLines<HitLine>(runCli(['search', '--json', query, story]).stdout).map((hit) => hit.event.summary);
    expect(summaries('obama haiti')).toEqual(['Barack Obama pledged aid to Haiti on Friday.']);
    expect(summaries('obama !haiti')).toEqual(['Barack Obama spoke about jobs in Ohio on Tuesday.']);
    expect(summaries('entity:obama since:2010-01-18')).toEqual(['Barack Obama spoke about jobs in Ohio on Tuesday.']);
    expect(summaries('xylophone')).toEqual([]);
  });

  it('prints the true count and numbered hits as text, and obeys --limit', () => {
    const result = runCli(['search', '-n', '1', 'obama', story]);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^2 of \d+ events match "obama", the best 1 shown$/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^ {3}1 {2}2010-01-\d\d +Barack Obama/);
  });

  it('names a filter it cannot read on stderr and still searches', () => {
    const result = runCli(['search', 'obama since:2010-13', story]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('since:2010-13 is not a date');
    expect(result.stdout).toMatch(/^2 of/);
  });

  it('is a usage error without a query, and is listed in --help', () => {
    expect(runCli(['search']).code).toBe(2);
    expect(runCli(['--help']).stdout).toContain('news-tui search   [--json] QUERY PATH...');
  });
});
