import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './run.js';
import { parseArguments, UsageError } from '../../src/cli/args.js';

interface EventLine {
  date: string;
  precision: string;
  mod: string | null;
  approximate: boolean;
  summary: string;
  sources: Array<{ path: string; start: number; end: number }>;
  entities: string[];
}

const scratch = mkdtempSync(join(tmpdir(), 'news-tui-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('news-tui events --json on the bundled seeds', () => {
  const result = runCli(['events', '--json']);
  const events = jsonLines<EventLine>(result.stdout);
  const find = (pattern: RegExp): EventLine | undefined => events.find((e) => pattern.test(e.summary));

  it('exits 0 and prints one JSON object per line', () => {
    expect(result.code).toBe(0);
    expect(events.length).toBeGreaterThanOrEqual(4);
  });

  it('dates the lead, the Baghdad drone strike, to the publication day', () => {
    const strike = find(/drone strike has hit a car/);
    expect(strike?.date).toBe('2024-02-07');
  });

  it('dates the strike that killed three US troops in Jordan to late January', () => {
    const jordan = find(/three US troops in Jordan/);
    expect(jordan).toMatchObject({ date: '2024-01', mod: 'END' });
  });

  it('puts the air assault on Iraq and Syria some days before the strike, approximately', () => {
    const assault = find(/air assault/);
    const strike = find(/drone strike has hit a car/)!;
    expect(assault?.approximate).toBe(true);
    expect(assault!.date <= '2024-02-07').toBe(true);
    expect(events.indexOf(assault!)).toBeLessThan(events.indexOf(strike));
  });

  it('dates the Houthi-reported strikes in Ras Issa to the same Wednesday', () => {
    expect(find(/Ras Issa/)?.date).toBe('2024-02-07');
  });
});

describe('news-tui on bad input', () => {
  const folder = join(scratch, 'mixed');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));
  writeFileSync(join(folder, 'bad-date.txt'), ' date 2024-02-30 Something happened on Monday in Paris.');
  writeFileSync(join(folder, 'good.txt'), ' date 2024-03-04 Floods hit Valencia on Sunday, officials said.');

  it('loads the good article, names each bad file with its reason, and exits 0', () => {
    const result = runCli(['events', '--json', folder]);
    expect(result.code).toBe(0);
    const events = jsonLines<EventLine>(result.stdout);
    expect(events.some((e) => e.sources.some((s) => s.path.endsWith('good.txt')))).toBe(true);
    const lines = result.stderr.trim().split('\n');
    for (const name of ['empty.txt', 'binary.txt', 'bad-date.txt']) {
      expect(lines.filter((line) => line.includes(name))).toHaveLength(1);
    }
  });

  it('exits 1 when nothing at all can be loaded', () => {
    const result = runCli(['events', join(scratch, 'no-such-folder')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no-such-folder');
  });
});

describe('news-tui as a command', () => {
  it('prints the timeline as text when stdout is not a terminal', () => {
    const result = runCli([]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^seeds: 31 articles, \d+ events, .* – 2024-02-07$/m);
    expect(result.stdout).toContain('2024-02-07');
  });

  it('prints help and version, and exits 2 on bad usage', () => {
    expect(runCli(['--help']).stdout).toContain('news-tui events');
    expect(runCli(['--version']).stdout).toMatch(/^news-tui \d+\.\d+\.\d+/);
    const bad = runCli(['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('frobnicate');
  });

  it('names an unknown command as a usage error with the list of commands, not a path that is missing', () => {
    const bad = runCli(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown command 'frobnicate'");
    expect(bad.stderr).toContain('events');
    expect(bad.stdout).toBe('');
  });

  it('leaves the mouse to the terminal with --no-mouse, and takes it otherwise', () => {
    expect(parseArguments([], {}).mouse).toBe(true);
    expect(parseArguments(['--no-mouse'], {}).mouse).toBe(false);
    expect(parseArguments(['--no-mouse', 'seeds'], {}, () => true)).toMatchObject({ mouse: false, paths: ['seeds'] });
    expect(runCli(['--help']).stdout).toContain('--no-mouse');
  });

  it('still opens a file or folder whose name looks like a command word', () => {
    const options = parseArguments(['notes'], {}, (path) => path === 'notes');
    expect(options).toMatchObject({ command: 'open', paths: ['notes'] });
    expect(() => parseArguments(['notes'], {}, () => false)).toThrow(UsageError);
  });

  it('analyze --json gives offsets into the article text', () => {
    const result = runCli(['analyze', '--json']);
    const [article] = jsonLines<{
      text: string;
      entities: Array<{ start: number; end: number; text: string }>;
      times: Array<{ start: number; end: number; text: string }>;
    }>(result.stdout);
    expect(article!.entities.length).toBeGreaterThan(5);
    for (const span of [...article!.entities, ...article!.times])
      expect(article!.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('dates --json ranks days with a summary', () => {
    const [first] = jsonLines<{ date: string; score: number; events: number; summary: string }>(
      runCli(['dates', '--json', 'seeds/2024-02-07-baghdad-drone-strike.txt']).stdout,
    );
    expect(first).toMatchObject({ date: '2024-02-07' });
    expect(first!.summary.length).toBeGreaterThan(10);
  });
});
