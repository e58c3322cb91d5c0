import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { parseText } from '../../src/corpus/parse.js';
import { readWrittenDate } from '../../src/corpus/written-date.js';

// Self-written feeds in the shapes of real ones; see fixtures/feeds/SOURCES.md.
const feeds = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/feeds');

describe('dates as feeds write them', () => {
  it('dates every item whose date names a day, in any of the written forms, and none from "2 hours ago"', async () => {
    const file = join(feeds, 'written-dates.rss');
    const { articles, problems } = await loadCorpus([file]);
    const byTitle = Object.fromEntries(articles.map((a) => [a.title, a.date]));
    expect(byTitle).toEqual({
      Slashes: '2020-01-10',
      Dotted: '2020-01-11',
      'Prose with time': '2020-01-12',
      'JavaScript toString': '2020-01-13',
      'RFC 850': '2020-01-14',
      'US numeric': '2020-01-15',
      French: '2020-01-16',
      German: '2020-01-17',
      Portuguese: '2020-01-18',
      Japanese: '2020-01-19',
      // The day as written in its own zone, not the next UTC day.
      'RFC 822 with zone name': '2020-01-20',
      Relative: null,
    });
    expect(articles.filter((a) => a.date !== null).every((a) => a.dateSource === 'metadata')).toBe(true);
    expect(problems).toEqual([{ path: `${file}#12`, reason: 'date: unrecognised date "2 hours ago"' }]);
  });

  it('names unreadable dates once per file with a count, not once per item', async () => {
    const file = join(feeds, 'unreadable-dates.rss');
    const { articles, problems } = await loadCorpus([file]);
    expect(articles.map((a) => a.date)).toEqual(['2024-03-07', null, null, null, null]);
    expect(problems).toEqual([
      {
        path: file,
        reason: '4 items with unreadable dates, loaded undated (the first, #1: date: unrecognised date "soon")',
      },
    ]);
  });

  it.each([
    ['2020/1/10 14:33:00', '2020-01-10'],
    ['Friday, 10 January 2020', '2020-01-10'],
    ['10 de enero de 2020', '2020-01-10'],
    ['yesterday', null],
    ['Jan 10', null],
    ['soon', null],
  ])('the second reader reads %j as %j', (text, day) => {
    expect(readWrittenDate(text)).toBe(day);
  });
});

describe('JSON Feed and single-item API responses', () => {
  it('reads JSON Feed 1.1 items: date_published, content_html reduced to text, content_text, the feed title as source', async () => {
    const file = join(feeds, 'jsonfeed-1.1.json');
    const { articles, problems } = await loadCorpus([file]);
    expect(problems).toEqual([]);
    expect(articles).toMatchObject([
      {
        path: `${file}#1`,
        date: '2021-05-03',
        title: 'Ferry service resumes',
        text: 'The ferry resumed service on Monday.\n\nQueues were short.',
        url: 'https://example.org/1',
        source: 'Harbour Gazette',
      },
      { path: `${file}#2`, date: '2021-05-04', text: 'Harbour fees rise in June, the port authority said.' },
    ]);
  });

  it('reads JSON Feed 1.0 items, preferring the full text to the summary', async () => {
    const { articles } = await loadCorpus([join(feeds, 'jsonfeed-1.0.json')]);
    expect(articles).toMatchObject([
      {
        date: '2019-11-12',
        title: 'Dam inspection',
        text: 'Inspectors checked the dam on Tuesday and found no cracks.',
        url: 'https://example.net/a',
        source: 'Valley Notes',
      },
    ]);
  });

  it('reads a Guardian Content API single-item response as one article', async () => {
    const file = join(feeds, 'guardian-content.json');
    const { articles, problems } = await loadCorpus([file]);
    expect(problems).toEqual([]);
    expect(articles).toMatchObject([
      {
        path: `${file}#1`,
        date: '2022-03-02',
        title: 'Ceasefire talks open in the border town',
        url: 'https://www.theguardian.com/world/2022/mar/02/example-story',
        text: 'Delegations met on Wednesday in the border town. Talks will resume on Friday.',
      },
    ]);
  });

  it('still reads an article whose own "content" is its text', async () => {
    const { articles } = await parseText('{"title":"T","content":"Body text.","date":"2024-01-02"}', 'a.json', 'json');
    expect(articles).toMatchObject([{ title: 'T', text: 'Body text.', date: '2024-01-02' }]);
  });
});

describe('where feeds keep their dates', () => {
  it.each([
    ['dcterms:issued', '<dcterms:issued>2021-02-03T10:00:00Z</dcterms:issued>'],
    ['a lower-case pubdate', '<pubdate>Wed, 03 Feb 2021 10:00:00 GMT</pubdate>'],
    ['.NET a10:updated', '<a10:updated>2021-02-03T10:00:00+01:00</a10:updated>'],
    ['a Korean date', '<pubDate>2021년 2월 3일</pubDate>'],
  ])('reads an RSS item dated by %s', async (_name, element) => {
    const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:a10="http://www.w3.org/2005/Atom"><channel><title>W</title><item><title>T</title><description>Body.</description>${element}</item></channel></rss>`;
    const { articles, problems } = await parseText(feed, 'f.rss', 'feed');
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({ date: '2021-02-03', dateSource: 'metadata' });
  });

  it('reads an Atom 0.3 entry dated by issued', async () => {
    const feed = `<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>W</title><entry><title>T</title><summary>Body.</summary><issued>2004-05-06T07:08:09Z</issued></entry></feed>`;
    const { articles } = await parseText(feed, 'f.atom', 'feed');
    expect(articles[0]).toMatchObject({ date: '2004-05-06' });
  });
});
