import { chmod, mkdir, mkdtemp, open, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import type { LoadResult } from '../../src/types.js';

// Any control character left in a field could drive the terminal.
// eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('loading a folder full of bad input', () => {
  let dir = '';
  let result: LoadResult = { articles: [], problems: [] };
  let reportedAsFound: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'news-tui-bad-'));
    const write = (name: string, data: string | Uint8Array): Promise<void> => writeFile(join(dir, name), data);
    await write('good.txt', ' date 2024-01-01 A good article. It loads.');
    await write('empty.txt', '');
    await write('blank.txt', '  \n\n ');
    await write('nul.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    await write('noise.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7) % 32 || 1)));
    await write('latin1.txt', Buffer.from(' date 2024-01-02 Caf\xe9 au lait.', 'latin1'));
    await write(
      'utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' date 2024-01-03 Ünïcode sixteen story.', 'utf16le')]),
    );
    await write(
      'utf16be.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(' date 2024-01-04 Big end story.', 'utf16le').swap16()]),
    );
    const huge = await open(join(dir, 'huge.txt'), 'w');
    await huge.truncate(100 * 1024 * 1024);
    await huge.close();
    await write('impossible.txt', ' date 2024-02-30 An impossible date. Still loads.');
    await write('month.txt', ' date 2024-13-01 A thirteenth month. Still loads.');
    await write('soon.txt', ' date soon A vague date. Still loads.');
    await write(
      'broken.rss',
      '<?xml version="1.0"?><rss><channel><title>X</title><item><title>Unclosed</item></channel></rss>',
    );
    await write('page.rss', '<!DOCTYPE html><html><body><p>Moved</p></body></html>');
    await write(
      'wrong.json',
      JSON.stringify([
        { title: 'Typed wrong', text: ['not', 'text'], description: 'Has a description.' },
        { title: 'Fine', text: 'Fine text.' },
      ]),
    );
    await write('garbage.json', '{"articles": [');
    await write(
      'escapes.txt',
      ' date 2024-01-05 Title \x1b]0;pwned\x07with \x1b[31mred\x1b[0m and \u009b2J csi. Body \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \x07bell\x7f.',
    );
    await write(
      'escapes.json',
      JSON.stringify([
        {
          title: 'Feed \u001b]0;pwned\u0007title',
          text: 'Text \u009b31m here.',
          url: 'http://x/\u001b[2J',
          source: { name: 'S\u001b[1mrc' },
        },
      ]),
    );
    await write(
      'escapes.rss',
      '<?xml version="1.0"?><rss><channel><title>Chan&#x1b;[31m</title><item><title>Item &#x9b;2J</title><description>Body &amp;#x1b;]0;pwned&amp;#x7; text.</description></item></channel></rss>',
    );
    await mkdir(join(dir, 'nested'));
    await write('nested/2024-01-06-dated-by-name.txt', 'No header here. Dated by its name.');
    await symlink(dir, join(dir, 'nested', 'loop'));
    await symlink(join(dir, 'self.txt'), join(dir, 'self.txt'));
    await write('evil\x1b]0;pwned\x07\nname.txt', '');
    await write('locked.txt', ' date 2024-01-07 A locked article.');
    await chmod(join(dir, 'locked.txt'), 0o000);

    reportedAsFound = [];
    result = await loadCorpus([dir, join(dir, 'missing.txt')], { onProblem: (p) => reportedAsFound.push(p.path) });
  });

  const reasonFor = (name: string): string[] =>
    result.problems.filter((p) => p.path === join(dir, name)).map((p) => p.reason);

  it.each([
    ['empty.txt', 'empty file'],
    ['blank.txt', 'empty file'],
    ['nul.txt', 'binary file (NUL bytes)'],
    ['noise.txt', 'binary file (mostly non-text)'],
    ['latin1.txt', 'not UTF-8 (byte 0xe9 at offset 20): read as Windows-1252'],
    ['huge.txt', 'too large (100 MB; the limit is 20 MB)'],
    ['impossible.txt', 'malformed date header " date 2024-02-30 ": no such day'],
    ['month.txt', 'malformed date header " date 2024-13-01 ": no such month'],
    ['soon.txt', 'malformed date header " date soon ": not a YYYY-MM-DD date'],
    ['page.rss', 'not a feed (HTML page)'],
    ['self.txt', 'symlink loop'],
    ['missing.txt', 'no such file or directory'],
  ])('names %s once, as %j', (name, reason) => {
    expect(reasonFor(name)).toEqual([reason]);
  });

  it('reads a file that is not UTF-8 as Windows-1252 and keeps its article', () => {
    expect(result.articles.find((a) => a.path === join(dir, 'latin1.txt'))?.text).toBe('Café au lait.');
  });

  it("names broken XML with the parser's reason", () => {
    const [reason] = reasonFor('broken.rss');
    expect(reason).toMatch(/^broken XML: .+ \(line \d+, column \d+\)$/);
  });

  it('names invalid JSON and a wrongly typed field, and loads the rest', () => {
    expect(reasonFor('garbage.json')).toHaveLength(1);
    expect(reasonFor('garbage.json')[0]).toMatch(/^invalid JSON: /);
    expect(result.problems.filter((p) => p.path === `${join(dir, 'wrong.json')}#1`).map((p) => p.reason)).toEqual([
      'field "text" should be text, not a list',
    ]);
    expect(result.articles.map((a) => a.title)).toEqual(expect.arrayContaining(['Typed wrong', 'Fine']));
  });

  it('names the symlink loop once and does not walk into it', () => {
    expect(reasonFor('nested/loop')).toEqual([`symlink loop (leads back to ${dir})`]);
    expect(result.articles.filter((a) => a.path.includes('loop'))).toEqual([]);
  });

  it('names an unreadable file, or loads it when running as root (who can read mode 000)', async () => {
    const canRead = await readFile(join(dir, 'locked.txt')).then(
      () => true,
      () => false,
    );
    expect(canRead).toBe(runningAsRoot);
    if (canRead) {
      expect(reasonFor('locked.txt')).toEqual([]);
      expect(result.articles.some((a) => a.path === join(dir, 'locked.txt'))).toBe(true);
    } else {
      expect(reasonFor('locked.txt')).toEqual(['unreadable (permission denied)']);
    }
  });

  it('loads every good article, the oddly dated ones undated, UTF-16 decoded', () => {
    const byName = new Map(result.articles.map((a) => [a.path.slice(dir.length + 1), a]));
    expect(byName.get('good.txt')).toMatchObject({ date: '2024-01-01', text: 'A good article. It loads.' });
    expect(byName.get('utf16.txt')).toMatchObject({ date: '2024-01-03', text: 'Ünïcode sixteen story.' });
    expect(byName.get('utf16be.txt')).toMatchObject({ date: '2024-01-04', text: 'Big end story.' });
    for (const name of ['impossible.txt', 'month.txt', 'soon.txt'])
      expect(byName.get(name)).toMatchObject({ date: null, dateSource: 'none' });
    expect(byName.get('nested/2024-01-06-dated-by-name.txt')).toMatchObject({
      date: '2024-01-06',
      dateSource: 'filename',
    });
    expect(byName.has('escapes.txt')).toBe(true);
    expect(byName.has('escapes.json#1')).toBe(true);
    expect(byName.has('escapes.rss#1')).toBe(true);
  });

  it('lets no control or escape sequence survive in any field of any article or problem', () => {
    for (const article of result.articles) {
      for (const [field, value] of Object.entries(article)) {
        expect(
          typeof value === 'string' && CONTROL.test(value),
          `${article.path} ${field}: ${JSON.stringify(value)}`,
        ).toBe(false);
      }
    }
    for (const problem of result.problems)
      expect(CONTROL.test(problem.path + problem.reason), problem.path).toBe(false);
    // Named in a visible form of its real name, not as another name that does not exist.
    expect(result.problems).toContainEqual({
      path: join(dir, 'evil\\u001b]0;pwned\\u0007\\nname.txt'),
      reason: 'empty file',
    });
    const escapes = result.articles.find((a) => a.path === join(dir, 'escapes.txt'))!;
    expect(escapes.text).toBe('Title with red and  csi. Body link bell.');
    expect(escapes.text).not.toContain('pwned');
  });

  it('reports each problem through onProblem as well as in the result', () => {
    expect([...reportedAsFound].sort()).toEqual(result.problems.map((p) => p.path).sort());
    expect(new Set(result.problems.map((p) => `${p.path} ${p.reason}`)).size).toBe(result.problems.length);
  });
});
