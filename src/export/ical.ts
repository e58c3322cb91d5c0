import type { TimelineEvent } from '../types.js';
import { resolveSources, sourceLabel, type ExportContext } from './context.js';
import { compactDay, describeDate, periodOf } from './period.js';

// RFC 5545 iCalendar: one all-day VEVENT per event spanning its period (a day, a month, a
// year…), stable UIDs from the event id so re-exports update rather than duplicate.

/** RFC 5545 §3.3.11 TEXT escaping. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; continuation lines 74 after their leading space.
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function timestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function toIcs(events: TimelineEvent[], context: ExportContext): string {
  const stamp = timestamp(context.generatedAt ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//news-tui//timeline export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(context.title)}`,
  ];
  for (const event of events) {
    const period = periodOf(event.date);
    // An event with no calendar place cannot be put in a calendar.
    if (!period) continue;
    const sources = resolveSources(event, context);
    const description = [
      event.approximate
        ? `Approximate date: ${describeDate(event.date)}${event.mod ? ` (${event.mod.toLowerCase().replace(/_/g, ' ')})` : ''}`
        : '',
      event.summary,
      sources.length > 0
        ? `Sources:\n${sources.map((s) => `- ${sourceLabel(s)}${s.url ? ` <${s.url}>` : ''}`).join('\n')}`
        : '',
    ]
      .filter((part) => part !== '')
      .join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@news-tui`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDay(period.start)}`,
      `DTEND;VALUE=DATE:${compactDay(period.end)}`,
      `SUMMARY:${escapeText(oneLine(event.summary))}`,
      `DESCRIPTION:${escapeText(description)}`,
    );
    if (event.entities.length > 0) lines.push(`CATEGORIES:${event.entities.map(escapeText).join(',')}`);
    const url = sources.find((s) => s.url)?.url;
    if (url) lines.push(`URL:${url.replace(/[\r\n]/g, '')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines
    .map(foldLine)
    .map((line) => `${line}\r\n`)
    .join('');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
