import type { TimelineEvent } from '../types.js';
import { resolveSources, sourceLabel, type ExportContext } from './context.js';
import { describeDate, periodOf, type Day, type Period } from './period.js';
import { compareText } from '../compare.js';

// TimelineJS 3 JSON (Knight Lab): `{title, events: [slide]}`, each slide with a `start_date`
// of year and, when known, month and day; text is HTML, so everything is escaped.

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  display_date?: string;
  unique_id?: string;
}

export interface TimelineJsDocument {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

const HEADLINE_MAX = 100;

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function startDate(period: Period): TimelineJsDate {
  const { year, month, day } = period.start;
  switch (period.kind) {
    case 'day':
    case 'week':
      return { year, month, day };
    case 'month':
    case 'quarter':
    case 'season':
    case 'half':
      return { year, month };
    default:
      return { year };
  }
}

/** The last day inside a period, for spans longer than a day. */
function lastDay(period: Period): Day {
  const end = new Date(0);
  end.setUTCFullYear(period.end.year, period.end.month - 1, period.end.day - 1);
  return { year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate() };
}

function headline(summary: string): string {
  const folded = summary.replace(/\s+/g, ' ').trim();
  if (folded.length <= HEADLINE_MAX) return folded;
  const cut = folded.slice(0, HEADLINE_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ') > HEADLINE_MAX / 2 ? cut.lastIndexOf(' ') : HEADLINE_MAX)}…`;
}

// TimelineJS draws one row per group: a few of the story's main actors keep it readable, where a
// group per name gave a row per name.
const GROUP_COUNT = 6;

/** Each event's group: the most-mentioned of the story's leading entities it names, if any. */
function groupsOf(events: readonly TimelineEvent[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const event of events) for (const name of new Set(event.entities)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const leading = [...counts]
    .filter(([, n]) => n > 1)
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, GROUP_COUNT);
  const rank = new Map(leading.map(([name], i) => [name, i]));
  const groups = new Map<string, string>();
  for (const event of events) {
    const best = event.entities.filter((name) => rank.has(name)).sort((a, b) => rank.get(a)! - rank.get(b)!)[0];
    if (best) groups.set(event.id, best);
  }
  return groups;
}

export function toTimelineJs(events: TimelineEvent[], context: ExportContext): TimelineJsDocument {
  const slides: TimelineJsSlide[] = [];
  const groups = groupsOf(events);
  for (const event of events) {
    const period = periodOf(event.date);
    if (!period) continue;
    const sources = resolveSources(event, context);
    const sourceList =
      sources.length === 0
        ? ''
        : `<p>Sources:</p><ul>${sources
            .map(
              (s) =>
                `<li>${s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(sourceLabel(s))}</a>` : escapeHtml(sourceLabel(s))}</li>`,
            )
            .join('')}</ul>`;
    const slide: TimelineJsSlide = {
      start_date: startDate(period),
      text: { headline: escapeHtml(headline(event.summary)), text: `<p>${escapeHtml(event.summary)}</p>${sourceList}` },
      unique_id: event.id,
    };
    const group = groups.get(event.id);
    if (group) slide.group = escapeHtml(group);
    if (period.kind === 'week') {
      const last = lastDay(period);
      slide.end_date = { year: last.year, month: last.month, day: last.day };
    }
    if (event.approximate || period.kind !== 'day')
      slide.display_date = `${event.approximate ? 'About ' : ''}${describeDate(event.date)}`;
    slides.push(slide);
  }
  const document: TimelineJsDocument = { events: slides };
  if (context.title) document.title = { text: { headline: escapeHtml(context.title), text: '' } };
  return document;
}
