import type { AnalyzedArticle, EntitySummary, KeyDate, Problem, Story, TimelineEvent } from '../types.js';
import { dateLabel, timelineSpan } from '../ui/date-label.js';
import { printableLine } from '../corpus/sanitize.js';

// JSON shapes are an interface (shared/tools/score.mjs reads them): add fields, never rename.
export function articleJson(article: AnalyzedArticle): string {
  return JSON.stringify({
    path: article.path,
    date: article.date,
    title: article.title,
    url: article.url,
    text: article.text,
    entities: article.entities.map(({ start, end, text, type, name }) => ({ start, end, text, type, name })),
    times: article.times.map(({ start, end, text, type, value, mod }) => ({
      start,
      end,
      text,
      type,
      value,
      mod: mod ?? null,
    })),
    events: article.events.map(({ start, end, date, precision, mod, approximate, text, entities }) => ({
      start,
      end,
      date,
      precision,
      mod: mod ?? null,
      approximate,
      text,
      entities,
    })),
  });
}

export function eventJson(event: TimelineEvent): string {
  return JSON.stringify({
    id: event.id,
    date: event.date,
    precision: event.precision,
    mod: event.mod ?? null,
    approximate: event.approximate,
    summary: event.summary,
    sources: event.sources.map(({ path, start, end }) => ({ path, start, end })),
    entities: event.entities,
  });
}

export function keyDateJson(keyDate: KeyDate): string {
  return JSON.stringify(keyDate);
}

export function entityJson(entity: EntitySummary): string {
  return JSON.stringify(entity);
}

export function problemLine(problem: Problem): string {
  // Loaders clean both already; a problem made elsewhere (the cache, a worker) is cleaned here.
  return `news-tui: ${printableLine(problem.path)}: ${printableLine(problem.reason)}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function eventText(event: TimelineEvent): string {
  return `${dateLabel(event).padEnd(18)} ${event.summary}  [${plural(new Set(event.sources.map((s) => s.articleId)).size, 'source')}]`;
}

export function keyDateText(keyDate: KeyDate): string {
  return `${keyDate.date}  ${keyDate.score.toFixed(2).padStart(7)}  ${plural(keyDate.events, 'event').padEnd(10)} ${keyDate.summary}`;
}

export function entityText(entity: EntitySummary): string {
  return `${entity.type.padEnd(6)} ${String(entity.mentions).padStart(5)}  ${entity.name}`;
}

export function articleText(article: AnalyzedArticle): string {
  const lines = [`${article.date ?? 'undated'}  ${article.path}`, `  ${article.title}`];
  for (const event of article.events) lines.push(`  ${dateLabel(event).padEnd(18)} ${event.text}`);
  return lines.join('\n');
}

/** The first line of the text timeline: what was opened and what it holds. */
export function storySummary(story: Story): string {
  return summaryLine(story.name, story.articles.length, story.timeline.length, timelineSpan(story.timeline));
}

/** "oil spill: 3 articles, 12 events, 2010-04 – 2010-09-19" */
export function summaryLine(name: string, articles: number, events: number, span: string): string {
  return `${printableLine(name)}: ${plural(articles, 'article')}, ${plural(events, 'event')}, ${span}`;
}
