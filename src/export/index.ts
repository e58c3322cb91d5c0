// Export front door: a timeline to a file format, as a string; writing it is the caller's job.
import type { TimelineEvent } from '../types.js';
import type { ExportContext } from './context.js';
import { toCsv } from './csv.js';
import { toIcs } from './ical.js';
import { toJsonLines } from './jsonl.js';
import { toMarkdown } from './markdown.js';
import { toTimelineJs } from './timelinejs.js';

export type { ExportContext, ResolvedSource } from './context.js';
export type { TimelineJsDate, TimelineJsDocument, TimelineJsSlide } from './timelinejs.js';
export { describeDate, periodOf, type Period } from './period.js';

export type ExportFormat = 'md' | 'csv' | 'ics' | 'timelinejs' | 'json';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'csv', 'ics', 'timelinejs', 'json'];

/** The usual file extension for each format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  md: '.md',
  csv: '.csv',
  ics: '.ics',
  timelinejs: '.json',
  json: '.jsonl',
};

/**
 * Renders events (in the order given) as Markdown, CSV (RFC 4180), iCalendar (RFC 5545),
 * TimelineJS JSON or JSON Lines (`json`). Events whose date has no calendar place are left out of
 * the iCalendar and TimelineJS output only.
 */
export function exportTimeline(events: TimelineEvent[], format: ExportFormat, context: ExportContext): string {
  switch (format) {
    case 'md':
      return toMarkdown(events, context);
    case 'csv':
      return toCsv(events, context);
    case 'ics':
      return toIcs(events, context);
    case 'timelinejs':
      return `${JSON.stringify(toTimelineJs(events, context), null, 2)}\n`;
    case 'json':
      return toJsonLines(events, context);
  }
}

/** Reads a format name as typed on a command line (`markdown`, `ical`, `jsonl` accepted). */
export function parseExportFormat(name: string): ExportFormat | null {
  const aliases: Record<string, ExportFormat> = {
    md: 'md',
    markdown: 'md',
    csv: 'csv',
    ics: 'ics',
    ical: 'ics',
    icalendar: 'ics',
    timelinejs: 'timelinejs',
    timeline: 'timelinejs',
    json: 'json',
    jsonl: 'json',
    ndjson: 'json',
  };
  return aliases[name.toLowerCase()] ?? null;
}
