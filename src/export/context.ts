import type { Article, EventSource, TimelineEvent } from '../types.js';

/** What an export needs besides the events: a title and the articles the events cite. */
export interface ExportContext {
  title: string;
  /** Articles by `Article.id`, to name and link each event's sources. */
  articles?: ReadonlyMap<string, Pick<Article, 'title' | 'path'> & Partial<Pick<Article, 'url' | 'source' | 'date'>>>;
  /** The moment the file is made (iCalendar DTSTAMP); defaults to now. */
  generatedAt?: Date;
}

export interface ResolvedSource {
  path: string;
  articleId: string;
  start: number;
  end: number;
  title?: string;
  url?: string;
  source?: string;
}

/** An event's sources with their article's title, url and outlet, once per article. */
export function resolveSources(event: TimelineEvent, context: ExportContext): ResolvedSource[] {
  const seen = new Set<string>();
  const resolved: ResolvedSource[] = [];
  for (const source of event.sources) {
    if (seen.has(source.articleId)) continue;
    seen.add(source.articleId);
    resolved.push(resolveOne(source, context));
  }
  return resolved;
}

const WEB_LINK = /^https?:\/\//i;

function resolveOne(source: EventSource, context: ExportContext): ResolvedSource {
  const article = context.articles?.get(source.articleId);
  const resolved: ResolvedSource = { ...source };
  if (article?.title) resolved.title = article.title;
  // Only a web link becomes one: an export is published and clicked ("javascript:…" in a feed
  // item would run in the page that shows a TimelineJS timeline), as the UI opens only these.
  if (article?.url && WEB_LINK.test(article.url)) resolved.url = article.url;
  if (article?.source) resolved.source = article.source;
  return resolved;
}

/** How a source is named to a reader: its outlet and title, else its file. */
export function sourceLabel(source: ResolvedSource): string {
  const title = source.title ?? source.path;
  return source.source ? `${source.source}: ${title}` : title;
}
