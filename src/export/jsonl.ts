import type { TimelineEvent } from '../types.js';
import { resolveSources, type ExportContext } from './context.js';

/** JSON Lines: one event per line, its sources carrying their article's title and url. */
export function toJsonLines(events: TimelineEvent[], context: ExportContext): string {
  return events.map((event) => `${JSON.stringify({ ...event, sources: resolveSources(event, context) })}\n`).join('');
}
