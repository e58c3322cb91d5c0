import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { PROJECT_ROOT, runCli } from './run.js';

const scratch = mkdtempSync(join(tmpdir(), 'news-tui-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('news-tui export', () => {
  it('writes iCalendar that a real parser reads, one all-day event per timeline event', () => {
    const out = join(scratch, 'seeds.ics');
    const result = runCli(['export', '--format', 'ics', '-o', out]);
    expect(result.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    const timeline = runCli(['events', '--json']).stdout.trim().split('\n');
    expect(events).toHaveLength(timeline.length);
    expect(events.map((e) => String(e.getFirstPropertyValue('summary'))).join('\n')).toContain('Ras Issa');
  });

  it('writes CSV that round-trips through a CSV parser', () => {
    const result = runCli(['export', '--format', 'csv']);
    const rows = parseCsv(result.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.some((row) => row.date === '2024-01' && row.summary!.includes('Jordan'))).toBe(true);
  });

  it('writes TimelineJS JSON with events carrying start_date and text', () => {
    const doc = JSON.parse(
      runCli(['export', '--format', 'timelinejs', 'seeds/2024-02-07-baghdad-drone-strike.txt']).stdout,
    ) as {
      events: Array<{ start_date: { year: number | string }; text: { headline?: string; text?: string } }>;
    };
    expect(doc.events.length).toBeGreaterThanOrEqual(4);
    for (const event of doc.events) {
      expect(Number(event.start_date.year)).toBe(2024);
      expect(`${event.text.headline ?? ''}${event.text.text ?? ''}`.length).toBeGreaterThan(0);
    }
  });

  it('refuses an unknown format with a usage error', () => {
    const result = runCli(['export', '--format', 'docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown export format 'docx'");
  });
});

describe('news-tui with a config file', () => {
  it('names an invalid key instead of ignoring it, and still runs', () => {
    const home = join(scratch, 'config-home');
    mkdirSync(join(home, 'news-tui'), { recursive: true });
    writeFileSync(join(home, 'news-tui', 'config.json'), JSON.stringify({ colour: 'red' }));
    const result = runCli(['events', '--json'], { env: { XDG_CONFIG_HOME: home } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('colour');
    expect(result.stdout).toContain('"date"');
  });

  it('opens the default paths from the config when none are given', () => {
    const home = join(scratch, 'paths-home');
    const corpus = join(scratch, 'corpus');
    mkdirSync(join(home, 'news-tui'), { recursive: true });
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'a.txt'), ' date 2023-05-02 Volcano erupts in Iceland on Monday, officials said.');
    writeFileSync(join(home, 'news-tui', 'config.json'), JSON.stringify({ paths: [corpus] }));
    const result = runCli(['events', '--json'], { env: { XDG_CONFIG_HOME: home } });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Volcano erupts');
  });
});

describe('news-tui export never replaces what the user has unasked', () => {
  const seed = 'seeds/2024-02-07-baghdad-drone-strike.txt';

  it('refuses a file that exists, before reading the corpus, and replaces it with --force', () => {
    const out = join(scratch, 'kept.md');
    writeFileSync(out, 'precious');
    const refused = runCli(['export', '-o', out, seed]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('exists: add --force to replace it');
    expect(readFileSync(out, 'utf8')).toBe('precious');
    const forced = runCli(['export', '-o', out, '--force', seed]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Ras Issa');
  });

  it('never writes over an article it reads, even with --force', () => {
    const folder = join(scratch, 'corpus');
    mkdirSync(folder, { recursive: true });
    const article = join(folder, 'a.txt');
    const text = readFileSync(join(PROJECT_ROOT, seed), 'utf8');
    writeFileSync(article, text);
    for (const args of [
      ['export', '-o', article, '--force', folder],
      ['export', '-o', article, '--force', article],
    ]) {
      const result = runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('one of the articles read');
    }
    expect(readFileSync(article, 'utf8')).toBe(text);
  });

  it('writes into a pipe in place, unasked, never renaming over it', () => {
    const fifo = join(scratch, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // A reader holds the pipe open, so the export's write goes through (a seed's export fits
    // in the pipe's buffer); renamed over, the reader would get nothing and the pipe be a file.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const result = runCli(['export', '-o', fifo, seed]);
      expect(result.code).toBe(0);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      const buffer = Buffer.alloc(64 * 1024);
      const read = readSync(reader, buffer);
      expect(buffer.subarray(0, read).toString('utf8')).toContain('Ras Issa');
    } finally {
      closeSync(reader);
    }
    expect(runCli(['export', '-o', '/dev/stdout', seed]).stdout).toContain('Ras Issa');
  });

  it('writes through a link with --force, leaving the link a link', () => {
    const target = join(scratch, 'target.md');
    const link = join(scratch, 'link.md');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    expect(runCli(['export', '-o', link, '--force', seed]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('Ras Issa');
  });

  it('says plainly when the folder is missing or the name is a folder, and takes - as standard output', () => {
    const missing = runCli(['export', '-o', join(scratch, 'nowhere', 'x.md'), seed]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/the folder .*nowhere does not exist/);
    expect(missing.stderr).not.toContain('.tmp');
    const folder = runCli(['export', '-o', scratch, seed]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('it is a folder');
    const dash = runCli(['export', '-o', '-', seed], {});
    expect(dash.code).toBe(0);
    expect(dash.stdout).toContain('Ras Issa');
    expect(existsSync(join(PROJECT_ROOT, '-'))).toBe(false);
  });
});
