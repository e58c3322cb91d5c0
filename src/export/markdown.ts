import type { TimelineEvent } from '../types.js';
import { resolveSources, sourceLabel, type ExportContext } from './context.js';
import { describeDate } from './period.js';

/** Escapes what Markdown would read as markup inside running text. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

/** A Markdown report: one section per date, in the order given, each event with its sources. */
export function toMarkdown(events: TimelineEvent[], context: ExportContext): string {
  const lines = [`# ${escapeMarkdown(context.title)}`, ''];
  let currentDate: string | undefined;
  for (const event of events) {
    if (event.date !== currentDate) {
      currentDate = event.date;
      lines.push(`## ${escapeMarkdown(describeDate(event.date))}`, '');
    }
    const marks = [event.approximate ? 'approximate' : '', event.mod ? event.mod.toLowerCase().replace(/_/g, ' ') : ''].filter((m) => m !== '');
    lines.push(`- ${escapeMarkdown(event.summary)}${marks.length > 0 ? ` _(${marks.join(', ')})_` : ''}`);
    for (const source of resolveSources(event, context)) {
      const label = escapeMarkdown(sourceLabel(source));
      lines.push(`  - ${source.url ? `[${label}](<${source.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : label}`);
    }
  }
  if (events.length === 0) lines.push('_No dated events._');
  return `${lines.join('\n').trimEnd()}\n`;
}
