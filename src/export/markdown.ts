import type { TimelineEvent } from '../types.js';
import { resolveSources, sourceLabel, type ExportContext } from './context.js';
import { describeDate } from './period.js';

/** Escapes what Markdown would read as markup inside running text. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/([\\`*_[\]<>|#])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A Markdown report: one section per date (dates in the order they first appear), each event with its sources. */
export function toMarkdown(events: TimelineEvent[], context: ExportContext): string {
  const byDate = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const group = byDate.get(event.date);
    if (group) group.push(event);
    else byDate.set(event.date, [event]);
  }
  const sections = [...byDate].map(([date, group]) =>
    [`## ${escapeMarkdown(describeDate(date))}`, '', ...group.flatMap((event) => eventLines(event, context))].join(
      '\n',
    ),
  );
  if (sections.length === 0) sections.push('_No dated events._');
  return `${[`# ${escapeMarkdown(context.title)}`, ...sections].join('\n\n')}\n`;
}

function eventLines(event: TimelineEvent, context: ExportContext): string[] {
  const marks = [
    event.approximate ? 'approximate' : '',
    event.mod ? event.mod.toLowerCase().replace(/_/g, ' ') : '',
  ].filter((m) => m !== '');
  const lines = [`- ${escapeMarkdown(event.summary)}${marks.length > 0 ? ` _(${marks.join(', ')})_` : ''}`];
  for (const source of resolveSources(event, context)) {
    const label = escapeMarkdown(sourceLabel(source));
    lines.push(`  - ${source.url ? `[${label}](<${source.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : label}`);
  }
  return lines;
}
