import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadStdin, parseFile } from '../../src/corpus/index.js';
import type { Article } from '../../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));
// Real feeds and exports, copied with their sources and licences in fixtures/formats/SOURCES.md.
const formats = join(here, '../fixtures/formats');
const fixtures = join(here, '../fixtures/corpus');

function itemsOf(articles: Article[], file: string): Article[] {
  return articles.filter((a) => a.path.startsWith(`${join(formats, file)}#`));
}

describe('real feed and export samples', async () => {
  const { articles, problems } = await loadCorpus([formats]);

  it.each([
    ['guardian.rss', 55, '2018-01-31', 'The Guardian'],
    ['heise.atom', 15, '2016-02-01', 'heise developer neueste Meldungen'],
    ['encoding.rss', 40, '2018-01-03', 'Jornal de Notícias - Últimas Notícias'],
    ['uolNoticias.rss', 15, '2018-09-24', 'UOL Noticias'],
    ['rss-1.rss', 69, '2017-06-15', 'Science twis'],
    ['content-encoded.rss', 7, '2018-04-09', 'Food in Invironment on Medium'],
    ['reddit-atom.rss', 24, '2016-01-23', 'reddit: the front page of the internet'],
  ])('loads every item of %s with its date and feed title', (file, count, firstDate, source) => {
    const items = itemsOf(articles, file);
    expect(items).toHaveLength(count);
    expect(items.every((a) => a.date !== null && a.dateSource === 'metadata')).toBe(true);
    expect(items.find((a) => a.path.endsWith('#1'))).toMatchObject({ date: firstDate, source });
    expect(items.every((a) => a.title !== '' && a.text !== '' && a.url?.startsWith('http'))).toBe(true);
  });

  it('decodes ISO-8859-1 and undeclared Latin-1 feeds into proper accents', () => {
    const jn = itemsOf(articles, 'encoding.rss').find((a) => a.path.endsWith('#1'))!;
    expect(jn.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
    const uol = itemsOf(articles, 'uolNoticias.rss').find((a) => a.path.endsWith('#1'))!;
    expect(uol.title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    const all = [...itemsOf(articles, 'encoding.rss'), ...itemsOf(articles, 'uolNoticias.rss')];
    expect(all.some((a) => /\uFFFD|Ã[£©§]/.test(a.title + a.text))).toBe(false);
  });

  it('reduces content:encoded HTML to paragraphs without tags or entities', () => {
    const medium = itemsOf(articles, 'content-encoded.rss')[0]!;
    expect(medium.text).toContain('\n\n');
    expect(medium.text).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i);
  });

  it('keeps the calendar day of the offset an item states', () => {
    // heise: "2016-02-01T17:22:00+01:00" stays the 1st whatever the machine's zone.
    expect(itemsOf(articles, 'heise.atom').find((a) => a.path.endsWith('#1'))!.date).toBe('2016-02-01');
  });

  it('loads the news-please and NewsAPI exports', () => {
    const rt = articles.find((a) => a.path.startsWith(join(formats, 'news-please-sample.json')))!;
    expect(rt).toMatchObject({
      date: '2017-07-17',
      source: 'www.rt.com',
      url: 'https://www.rt.com/news/203203-ukraine-russia-troops-border/',
    });
    expect(rt.title).toBe('Moscow to Kiev: Stick to Minsk ceasefire, stop making false ‘invasion’ claims');
    const wire = articles.find((a) => a.path === `${join(formats, 'newsapi-response.json')}#1`)!;
    expect(wire).toMatchObject({
      date: '2023-11-29',
      source: 'Example Wire',
      title: 'Ferry with forty passengers runs aground off northern coast',
      url: 'https://news.example.com/world/ferry-aground-4471',
    });
    expect(wire.text).toContain('ran aground off the northern coast');
    expect(wire.text).not.toContain('[+743 chars]');
  });

  it('names the HTML page saved as .rss as not a feed, and entries without text as empty', () => {
    expect(problems).toContainEqual({ path: join(formats, 'unrecognized.rss'), reason: 'not a feed (HTML page)' });
    expect(problems).toContainEqual({
      path: `${join(formats, 'missing-fields.atom')}#1`,
      reason: 'empty item (no title or text)',
    });
    expect(problems).toHaveLength(3);
  });

  it("skips the folder's SOURCES.md, which has no front matter, rather than calling it an article", () => {
    expect(articles.some((a) => a.path.endsWith('SOURCES.md'))).toBe(false);
  });
});

describe('JSON Lines', () => {
  it('loads good records, names bad lines and wrong field types, and reads dates in their own offset', async () => {
    const file = join(fixtures, 'scraper.jsonl');
    const { articles, problems } = await loadCorpus([file]);
    expect(articles.map((a) => [a.path.slice(file.length), a.date, a.title])).toEqual([
      ['#1', '2024-03-05', 'Dam breaks after heavy rain'],
      ['#2', '2024-03-06', 'The river crested on Wednesday.'],
      ['#5', '2024-03-07', 'Only a title'],
      ['#6', null, 'Bad date'],
    ]);
    expect(articles[0]).toMatchObject({
      source: 'Example Wire',
      url: 'https://example.com/dam',
      text: 'A dam broke on Tuesday night.\n\nResidents were evacuated.',
    });
    expect(articles[2]!.text).toBe('Only a title');
    expect(articles[3]!.text).toBe('Cleanup began.\n\nRoads reopened & schools too.');
    expect(problems.map((p) => [p.path.slice(file.length), p.reason.replace(/:.*/, '')])).toEqual([
      ['#2', 'field "title" should be text, not a number'],
      ['#4', 'invalid JSON'],
      ['#6', 'field "date"'],
    ]);
  });

  it('reads a JSON Lines stream from stdin', async () => {
    const { articles } = await loadStdin('{"title":"A","text":"One."}\n{"title":"B","text":"Two."}\n');
    expect(articles.map((a) => a.path)).toEqual(['-#1', '-#2']);
  });

  it('reads a plain article from stdin', async () => {
    const { articles } = await loadStdin(' date 2024-01-02 Piped story.');
    expect(articles[0]).toMatchObject({ path: '-', date: '2024-01-02', text: 'Piped story.' });
  });
});

describe('large exports', () => {
  it('reads a JSON Lines export over the 20 MB an article file may have', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-tui-export-'));
    const body = 'The council met again and the vote was delayed. '.repeat(150);
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ title: `Story ${i}`, date: '2024-02-07', text: `${i}: ${body}` }),
    );
    await writeFile(join(dir, 'export.jsonl'), lines.join('\n'));
    const { articles, problems } = await loadCorpus([join(dir, 'export.jsonl')]);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(3000);
  });
});

describe('JSON documents', () => {
  it('finds records under a wrapping key and names records that are not objects', async () => {
    const { loadStdin: load } = await import('../../src/corpus/index.js');
    const { articles, problems } = await load(JSON.stringify({ data: [{ title: 'T', description: 'D.' }, 'stray'] }));
    expect(articles).toHaveLength(1);
    expect(problems).toEqual([{ path: '-#2', reason: 'not an object (a string)' }]);
  });

  it('reads a Guardian API response, body nested under fields', async () => {
    const { articles } = await loadStdin(
      JSON.stringify({
        response: {
          status: 'ok',
          results: [
            {
              webTitle: 'Floods',
              webPublicationDate: '2024-03-05T06:00:00Z',
              webUrl: 'https://g/x',
              fields: { bodyText: 'Rivers rose.' },
            },
          ],
        },
      }),
    );
    expect(articles[0]).toMatchObject({
      title: 'Floods',
      date: '2024-03-05',
      url: 'https://g/x',
      text: 'Rivers rose.',
    });
  });

  it('reads epoch milliseconds and RFC 2822 dates', async () => {
    const { articles } = await loadStdin(
      JSON.stringify([
        { title: 'a', text: 'x', date: 1709683200000 },
        { title: 'b', text: 'y', pubDate: 'Tue, 05 Mar 2024 23:30:00 -0500' },
      ]),
    );
    expect(articles.map((a) => a.date)).toEqual(['2024-03-06', '2024-03-05']);
  });
});

describe('Markdown with front matter', () => {
  it('takes title, date, source and url from the front matter and keeps the body', async () => {
    const file = join(fixtures, '2024-03-08-flood-notes.md');
    const { articles, problems } = await loadCorpus([file]);
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({
      title: 'Flood recovery notes',
      date: '2024-03-09',
      dateSource: 'metadata',
      source: 'Local Gazette',
      url: 'https://example.com/notes',
      text: '# Flood recovery\n\nVolunteers cleared debris on Saturday.\n',
    });
    expect(await readFile(file, 'utf8')).toContain(articles[0]!.text);
  });
});

describe("news-tui's own timeline export beside the articles", () => {
  const events = [
    {
      id: 'a',
      date: '2024-01',
      precision: 'month',
      approximate: true,
      summary: 'Talks began.',
      sources: [],
      entities: [],
    },
    {
      id: 'b',
      date: '2024-02-07',
      precision: 'day',
      approximate: false,
      summary: 'A strike.',
      sources: [{ path: 'a.txt' }],
      entities: [],
    },
  ];

  it('is no articles: said when named, skipped without a word when found in a folder', async () => {
    const json = new TextEncoder().encode(JSON.stringify(events));
    const jsonl = new TextEncoder().encode(events.map((e) => JSON.stringify(e)).join('\n'));
    for (const [bytes, name] of [
      [json, 'timeline.json'],
      [jsonl, 'timeline.jsonl'],
    ] as const) {
      const named = await parseFile(bytes, name);
      expect(named.articles).toEqual([]);
      expect(named.problems.map((p) => p.reason)).toEqual([
        'no articles in JSON (a news-tui timeline: its records are events, not articles)',
      ]);
      expect(await parseFile(bytes, name, { walked: true })).toEqual({ articles: [], problems: [] });
    }
  });
});
