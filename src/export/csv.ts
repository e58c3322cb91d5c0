import type { TimelineEvent } from '../types.js';
import { resolveSources, type ExportContext } from './context.js';

const COLUMNS = ['date', 'precision', 'approximate', 'summary', 'entities', 'sources', 'urls', 'id'];

/** RFC 4180: every field quoted, quotes doubled, records ended by CRLF (line breaks inside fields kept). */
export function toCsv(events: TimelineEvent[], context: ExportContext): string {
  const rows = events.map((event) => {
    const sources = resolveSources(event, context);
    return [
      event.date,
      event.precision,
      event.approximate ? 'yes' : 'no',
      event.summary,
      event.entities.join('; '),
      sources.map((s) => s.title ?? s.path).join('; '),
      sources
        .map((s) => s.url ?? '')
        .filter((u) => u !== '')
        .join(' '),
      event.id,
    ];
  });
  return [COLUMNS, ...rows]
    .map((row) => row.map(quote).join(','))
    .map((line) => `${line}\r\n`)
    .join('');
}

function quote(field: string): string {
  // Spreadsheets run a cell that starts like a formula (OWASP "CSV injection"): article text
  // must never become one, so such a cell is led by an apostrophe, which they display as text.
  const safe = /^[=+@]|^-[^\d\s]/.test(field) ? `'${field}` : field;
  return `"${safe.replace(/"/g, '""')}"`;
}
