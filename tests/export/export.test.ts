import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  exportTimeline,
  parseExportFormat,
  periodOf,
  type ExportContext,
  type ResolvedSource,
  type TimelineJsDocument,
} from '../../src/export/index.js';
import { foldLine } from '../../src/export/ical.js';
import type { TimelineEvent } from '../../src/types.js';

const events: TimelineEvent[] = [
  {
    id: 'ev-strike',
    date: '2024-02-07',
    precision: 'day',
    approximate: false,
    summary:
      'A US drone strike hit a car in Baghdad, killing three members of Kataib Hezbollah; a "high-ranking" commander among them.',
    sources: [
      { path: 'a.txt', articleId: 'art-a', start: 0, end: 50 },
      { path: 'a.txt', articleId: 'art-a', start: 60, end: 90 },
      { path: 'feed.rss#2', articleId: 'art-b', start: 0, end: 10 },
    ],
    entities: ['Baghdad', 'Kataib Hezbollah'],
  },
  {
    id: 'ev-talks',
    date: '2024-01',
    precision: 'month',
    mod: 'END',
    approximate: true,
    summary:
      'Talks on the withdrawal of US forces began, São Paulo-style, with commas, semicolons; and\nline breaks — plus a long tail of words to force folding past seventy-five octets: ééééééééééééééééé.',
    sources: [{ path: 'b.txt', articleId: 'art-b', start: 5, end: 40 }],
    entities: [],
  },
  {
    id: 'ev-week',
    date: '2024-W06',
    precision: 'week',
    approximate: true,
    summary: 'A week of protests.',
    sources: [],
    entities: [],
  },
  {
    id: 'ev-year',
    date: '2023',
    precision: 'year',
    approximate: true,
    summary: 'Attacks on bases rose.',
    sources: [],
    entities: [],
  },
  {
    id: 'ev-unknown',
    date: 'PAST_REF',
    precision: 'day',
    approximate: true,
    summary: 'Long ago.',
    sources: [],
    entities: [],
  },
];

const context: ExportContext = {
  title: 'Baghdad, February 2024',
  articles: new Map([
    [
      'art-a',
      { title: 'Drone strike in Baghdad', path: 'a.txt', url: 'https://example.com/a?x=1,2', source: 'Example News' },
    ],
    ['art-b', { title: 'Talks begin', path: 'b.txt' }],
  ]),
  generatedAt: new Date('2024-03-01T12:00:00Z'),
};

describe('iCalendar export', () => {
  const ics = exportTimeline(events, 'ics', context);

  it('parses with ical.js into all-day events with the right spans and stable UIDs', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['ev-strike@news-tui', '2024-02-07', '2024-02-08', true],
      ['ev-talks@news-tui', '2024-01-01', '2024-02-01', true],
      ['ev-week@news-tui', '2024-02-05', '2024-02-12', true],
      ['ev-year@news-tui', '2023-01-01', '2024-01-01', true],
    ]);
    expect(vevents[1]!.summary).toBe(events[1]!.summary.replace(/\s+/g, ' '));
    expect(vevents[0]!.description).toContain('Example News: Drone strike in Baghdad <https://example.com/a?x=1,2>');
    // X-WR-CALNAME is TEXT by convention; ical.js leaves unknown X- values escaped.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Baghdad\\, February 2024');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n ');
  });

  it('folds between characters, never inside a multi-byte one', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });

  it('gives the same UIDs on every export', () => {
    const again = exportTimeline(events, 'ics', { ...context, generatedAt: new Date('2025-01-01T00:00:00Z') });
    expect(again.match(/^UID:.*$/gm)).toEqual(ics.match(/^UID:.*$/gm));
  });
});

describe('CSV export', () => {
  it('round-trips through csv-parse with a header, quotes, commas and line breaks intact', () => {
    const csv = exportTimeline(events, 'csv', context);
    expect(csv.split('\r\n')[0]).toBe('"date","precision","approximate","summary","entities","sources","urls","id"');
    const rows = parseCsv(csv, { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(events.length);
    expect(rows.map((r) => r.summary)).toEqual(events.map((e) => e.summary));
    expect(rows[0]).toMatchObject({
      date: '2024-02-07',
      approximate: 'no',
      entities: 'Baghdad; Kataib Hezbollah',
      sources: 'Drone strike in Baghdad; Talks begin',
      urls: 'https://example.com/a?x=1,2',
      id: 'ev-strike',
    });
  });
});

describe('CSV export and spreadsheets', () => {
  it('never lets article text become a formula, and keeps negative numbers as they are', () => {
    const risky = [
      { ...events[0]!, summary: '=HYPERLINK("http://evil","x")' },
      { ...events[0]!, id: 'n', summary: '-3 degrees in Kyiv' },
    ];
    const rows = parseCsv(exportTimeline(risky, 'csv', context), { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]!.summary).toBe('\'=HYPERLINK("http://evil","x")');
    expect(rows[1]!.summary).toBe('-3 degrees in Kyiv');
  });
});

describe('TimelineJS export', () => {
  it('matches the documented shape: title slide, events with numeric start dates and HTML text', () => {
    const doc = JSON.parse(exportTimeline(events, 'timelinejs', context)) as TimelineJsDocument;
    expect(doc.title).toEqual({ text: { headline: 'Baghdad, February 2024', text: '' } });
    expect(doc.events.map((e) => e.start_date)).toEqual([
      { year: 2024, month: 2, day: 7 },
      { year: 2024, month: 1 },
      { year: 2024, month: 2, day: 5 },
      { year: 2023 },
    ]);
    for (const slide of doc.events) {
      expect(typeof slide.text.headline).toBe('string');
      expect(typeof slide.text.text).toBe('string');
      expect(Number.isInteger(slide.start_date.year)).toBe(true);
    }
    expect(doc.events[0]!.text.text).toContain('&quot;high-ranking&quot;');
    expect(doc.events[0]!.text.text).toContain(
      '<a href="https://example.com/a?x=1,2">Example News: Drone strike in Baghdad</a>',
    );
    expect(doc.events[1]!.display_date).toBe('About January 2024');
    expect(doc.events[2]!.end_date).toEqual({ year: 2024, month: 2, day: 11 });
    expect(new Set(doc.events.map((e) => e.unique_id)).size).toBe(doc.events.length);
  });

  it("groups slides by the story's leading actors, leaving the rest ungrouped", () => {
    const told = (id: string, entities: string[]): TimelineEvent => ({ ...events[0]!, id, entities });
    const doc = JSON.parse(
      exportTimeline(
        [told('a', ['Baghdad', 'Hamas']), told('b', ['Hamas']), told('c', ['Baghdad', 'Hamas']), told('d', ['Gaza'])],
        'timelinejs',
        context,
      ),
    ) as TimelineJsDocument;
    expect(doc.events.map((e) => e.group)).toEqual(['Hamas', 'Hamas', 'Hamas', undefined]);
  });
});

describe('Markdown export', () => {
  it('groups events under readable date headings and lists their sources as links', () => {
    const md = exportTimeline(events, 'md', context);
    expect(md).toContain('# Baghdad, February 2024\n');
    expect(md).toContain('## 7 February 2024\n');
    expect(md).toContain('## January 2024\n');
    expect(md).toContain('## Week 6, 2024\n');
    expect(md).toContain('  - [Example News: Drone strike in Baghdad](<https://example.com/a?x=1,2>)');
    expect(md).toContain('_(approximate, end)_');
    expect(md.match(/Drone strike in Baghdad/g)).toHaveLength(1);
  });

  it('gathers events of one date under one heading even when they arrive apart', () => {
    const md = exportTimeline(
      [events[0]!, events[3]!, { ...events[0]!, id: 'again', summary: 'Later the same day.' }],
      'md',
      context,
    );
    expect(md.match(/^## 7 February 2024$/gm)).toHaveLength(1);
    expect(md).toMatch(
      /## 7 February 2024\n\n- A US drone[^\n]*\n(?: {2}- [^\n]*\n)*- Later the same day\.\n(?: {2}- [^\n]*\n)*\n## 2023\n/,
    );
  });
});

describe('JSON Lines export', () => {
  it('writes one parseable event per line with resolved sources', () => {
    const lines = exportTimeline(events, 'json', context).trimEnd().split('\n');
    expect(lines).toHaveLength(events.length);
    const first = JSON.parse(lines[0]!) as Omit<TimelineEvent, 'sources'> & { sources: ResolvedSource[] };
    expect(first.id).toBe('ev-strike');
    expect(first.sources.map((s) => s.title)).toEqual(['Drone strike in Baghdad', 'Talks begin']);
  });
});

describe('calendar periods', () => {
  it.each([
    ['2024-02-29', '2024-02-29', '2024-03-01'],
    ['2024-12', '2024-12-01', '2025-01-01'],
    ['2013-Q3', '2013-07-01', '2013-10-01'],
    ['2013-WI', '2013-12-01', '2014-03-01'],
    ['2021-W01', '2021-01-04', '2021-01-11'],
    ['199', '1990-01-01', '2000-01-01'],
  ])('maps %s to the days it covers', (value, start, end) => {
    const period = periodOf(value)!;
    const day = (d: { year: number; month: number; day: number }): string =>
      `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    expect([day(period.start), day(period.end)]).toEqual([start, end]);
  });

  it('reads format names as typed', () => {
    expect(['markdown', 'ICS', 'jsonl', 'timeline', 'pdf'].map(parseExportFormat)).toEqual([
      'md',
      'ics',
      'json',
      'timelinejs',
      null,
    ]);
  });
});

describe('links in exports', () => {
  const hostile: ExportContext = {
    title: 'Links',
    articles: new Map([
      ['art-a', { title: 'Drone strike in Baghdad', path: 'a.txt', url: 'javascript:alert(1)' }],
      ['art-b', { title: 'Talks begin', path: 'b.txt', url: 'HTTPS://example.com/b' }],
    ]),
  };

  it.each(['timelinejs', 'md', 'ics', 'csv', 'json'] as const)(
    'in %s, only web links: a javascript: link keeps its title and loses its link',
    (format) => {
      const text = exportTimeline(events, format, hostile);
      expect(text).not.toContain('javascript:');
      expect(text).toContain('Drone strike in Baghdad');
      expect(text).toContain('HTTPS://example.com/b');
    },
  );
});
