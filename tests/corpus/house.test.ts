import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { parseHouse } from '../../src/corpus/house.js';

describe('house format', () => {
  it('reads the header date and keeps the body after the header unchanged', () => {
    const body = 'A strike hit Baghdad. Three were killed.\n\nMore followed.';
    const { articles, problems } = parseHouse(` date 2024-02-07 ${body}`, 'a.txt');
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      date: '2024-02-07',
      dateSource: 'header',
      text: body,
      title: 'A strike hit Baghdad.',
    });
    expect(articles[0]!.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('dates a headerless file from a date in its file name', () => {
    const { articles } = parseHouse('Body text here.', '/x/2023-05-01-story.txt');
    expect(articles[0]).toMatchObject({ date: '2023-05-01', dateSource: 'filename', text: 'Body text here.' });
  });

  it('leaves a file with neither header nor dated name undated', () => {
    const { articles } = parseHouse('Body text here.', '/x/story.txt');
    expect(articles[0]).toMatchObject({ date: null, dateSource: 'none' });
  });

  it.each([
    [' date 2024-02-30 Body.', 'malformed date header " date 2024-02-30 ": no such day'],
    [' date 2024-13-01 Body.', 'malformed date header " date 2024-13-01 ": no such month'],
    [' date soon Body.', 'malformed date header " date soon ": not a YYYY-MM-DD date'],
  ])('names an impossible header date %j as a problem and still loads the article undated', (raw, reason) => {
    const { articles, problems } = parseHouse(raw, 'bad.txt');
    expect(problems).toEqual([{ path: 'bad.txt', reason }]);
    expect(articles[0]).toMatchObject({ date: null, dateSource: 'none', text: 'Body.' });
  });

  it('falls back to the file name date when the header date is impossible', () => {
    const { articles, problems } = parseHouse(' date 2024-02-30 Body.', '2024-02-28-x.txt');
    expect(problems).toHaveLength(1);
    expect(articles[0]).toMatchObject({ date: '2024-02-28', dateSource: 'filename' });
  });

  it('accepts a header missing its leading space, but only before a digit', () => {
    expect(parseHouse('date 2024-02-07 Body.', 'a.txt').articles[0]).toMatchObject({
      date: '2024-02-07',
      text: 'Body.',
    });
    const prose = parseHouse('date palms grow here.', 'a.txt');
    expect(prose.problems).toEqual([]);
    expect(prose.articles[0]).toMatchObject({ date: null, text: 'date palms grow here.' });
  });

  it('reads the header as scrapers and editors vary it: blank lines or tabs before, tabs around, capitals', () => {
    for (const raw of [
      '\n\n date 2024-02-07 Body.',
      '\tdate\t2024-02-07\tBody.',
      ' DATE 2024-02-07 Body.',
      'DATE 2024-02-07\nBody.',
    ])
      expect(parseHouse(raw, 'a.txt').articles[0], JSON.stringify(raw)).toMatchObject({
        date: '2024-02-07',
        text: 'Body.',
      });
    // Capitals before a word are prose, as before a digit only is the bare form a header.
    const prose = parseHouse('Date palms grow here.', 'a.txt');
    expect(prose.problems).toEqual([]);
    expect(prose.articles[0]).toMatchObject({ date: null, text: 'Date palms grow here.' });
  });

  it('cuts a long lead sentence to about 200 characters for the title', () => {
    const { articles } = parseHouse(` date 2024-01-01 ${'word '.repeat(100)}end.`, 'a.txt');
    expect(articles[0]!.title.length).toBeLessThanOrEqual(201);
    expect(articles[0]!.title.endsWith('…')).toBe(true);
  });
});

describe('loadCorpus over folders', () => {
  it('loads folders recursively, sorted by date then path, and the same article once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-tui-house-'));
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'b.txt'), ' date 2024-02-01 Second story. Body.');
    await writeFile(join(dir, 'sub', 'a.txt'), ' date 2024-01-01 First story. Body.');
    await writeFile(join(dir, 'sub', 'copy.txt'), ' date 2024-02-01 Second story. Body.');
    await writeFile(join(dir, 'notes.png'), 'not an article');
    const { articles, problems } = await loadCorpus([dir, join(dir, 'missing.txt')]);
    expect(articles.map((a) => a.path)).toEqual([join(dir, 'sub', 'a.txt'), join(dir, 'b.txt')]);
    expect(problems).toEqual([{ path: join(dir, 'missing.txt'), reason: 'no such file or directory' }]);
  });

  it('keeps the same text published on another day as a report of its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-tui-refiled-'));
    await writeFile(join(dir, 'monday.txt'), ' date 2024-02-05 Talks resumed on Monday.');
    await writeFile(join(dir, 'tuesday.txt'), ' date 2024-02-06 Talks resumed on Monday.');
    const { articles } = await loadCorpus([dir]);
    expect(articles.map((a) => a.date)).toEqual(['2024-02-05', '2024-02-06']);
  });
});

describe('loadCorpus and stdin', () => {
  it('reads "-" through the stdin reader it is given, alongside files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-tui-stdin-'));
    await writeFile(join(dir, 'a.txt'), ' date 2024-01-01 From a file.');
    const stdin = new TextEncoder().encode(' date 2024-01-02 From a pipe.');
    const { articles, problems } = await loadCorpus([join(dir, 'a.txt'), '-'], { readStdin: async () => stdin });
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.path, a.text])).toEqual([
      [join(dir, 'a.txt'), 'From a file.'],
      ['-', 'From a pipe.'],
    ]);
  });

  it('names empty stdin as a problem', async () => {
    const { articles, problems } = await loadCorpus(['-'], { readStdin: async () => new Uint8Array() });
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ path: '-', reason: 'empty file' }]);
  });
});

describe('loadCorpus progress', () => {
  it('counts files done out of files found', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-tui-progress-'));
    for (const name of ['a.txt', 'b.txt', 'c.txt']) await writeFile(join(dir, name), ` date 2024-01-01 Story ${name}.`);
    const seen: Array<[number, number]> = [];
    await loadCorpus([dir], { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});
