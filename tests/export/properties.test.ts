import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportTimeline, type ExportContext } from '../../src/export/index.js';
import type { TimelineEvent } from '../../src/types.js';

// Text with the characters each format must escape: quotes, commas, semicolons, backslashes,
// line breaks, multi-byte and astral characters.
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    ',',
    ';',
    ':',
    '"',
    "'",
    '\\',
    '\n',
    '\r\n',
    'é',
    '東',
    '😀',
    '<',
    '&',
    '*',
    '#',
  ),
  minLength: 1,
  maxLength: 120,
});
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const eventArb = fc.record({
  id: fc.string({ unit: fc.constantFrom('a', 'b', '1', '-'), minLength: 1, maxLength: 12 }),
  date: day,
  summary: text,
  entity: text,
  title: text,
});

function build(records: Array<{ id: string; date: string; summary: string; entity: string; title: string }>): {
  events: TimelineEvent[];
  context: ExportContext;
} {
  const events = records.map((r, i): TimelineEvent => ({
    id: `${r.id}-${i}`,
    date: r.date,
    precision: 'day',
    approximate: false,
    summary: r.summary,
    sources: [{ path: `f${i}.txt`, articleId: `art${i}`, start: 0, end: 1 }],
    entities: [r.entity],
  }));
  const articles = new Map(
    records.map((r, i) => [`art${i}`, { title: r.title, path: `f${i}.txt`, url: `https://example.com/${i}` }]),
  );
  return {
    events,
    context: { title: records[0]?.title ?? 'T', articles, generatedAt: new Date('2024-01-01T00:00:00Z') },
  };
}

describe('export properties', () => {
  it('writes iCalendar that ical.js reads back, summary for summary, with no line over 75 octets', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 5 }), (records) => {
        const { events, context } = build(records);
        const ics = exportTimeline(events, 'ics', context);
        for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
        expect(vevents.map((e) => e.summary)).toEqual(events.map((e) => e.summary.replace(/\s+/g, ' ').trim()));
        expect(vevents.map((e) => e.startDate.toString())).toEqual(events.map((e) => e.date));
      }),
      { numRuns: 150 },
    );
  });

  it('writes CSV that csv-parse reads back field for field', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 5 }), (records) => {
        const { events, context } = build(records);
        const rows = parseCsv(exportTimeline(events, 'csv', context), { columns: true }) as Array<
          Record<string, string>
        >;
        expect(rows.map((r) => [r.summary, r.entities, r.sources, r.date])).toEqual(
          events.map((e, i) => [e.summary, e.entities[0], records[i]!.title, e.date]),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('writes TimelineJS and JSON Lines that parse as JSON', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 5 }), (records) => {
        const { events, context } = build(records);
        expect(() => JSON.parse(exportTimeline(events, 'timelinejs', context))).not.toThrow();
        const lines = exportTimeline(events, 'json', context)
          .split('\n')
          .filter((l) => l !== '');
        expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(events.map((e) => e.id));
      }),
    );
  });
});
