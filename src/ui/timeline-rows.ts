import type { TimelineEvent } from '../types.js';
import { dateHeading } from './date-label.js';

export type TimelineRow = { kind: 'heading'; label: string } | { kind: 'event'; position: number };

/** Interleaves date headings with the events (by position in `events`), one heading per day or
 * coarser date; the cursor moves over events only. */
export function timelineRows(events: readonly TimelineEvent[]): { rows: TimelineRow[]; rowOfEvent: number[] } {
  const rows: TimelineRow[] = [];
  const rowOfEvent: number[] = [];
  let lastHeading = '';
  events.forEach((event, position) => {
    const heading = dateHeading(event.date);
    if (heading !== lastHeading) {
      rows.push({ kind: 'heading', label: heading });
      lastHeading = heading;
    }
    rowOfEvent.push(rows.length);
    rows.push({ kind: 'event', position });
  });
  return { rows, rowOfEvent };
}

/** Timeline events mentioning an entity (by canonical name), or all of them. */
export function filterByEntity(events: readonly TimelineEvent[], entity: string | null): TimelineEvent[] {
  if (entity === null) return [...events];
  return events.filter((event) => event.entities.includes(entity));
}
