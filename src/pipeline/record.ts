// An article's analysis without the article: what workers send back and what the cache stores.
// Keeping the text out means the main thread holds each article's text once (the loaded one),
// and a cached entry is a fraction of the article's size.
import type { AnalyzedArticle, Article, ArticleEvent, EntityMention, Sentence, TimeExpression } from '../types.js';

/** Mentions, times and events whose `text` can be read back from the article omit it. */
type Derivable<T extends { text: string }> = Omit<T, 'text'> & { text?: string };

export interface AnalysisRecord {
  /** Sentences as flat triples: start, end, 1 for a caption else 0. */
  sentences: number[];
  entities: Array<Derivable<EntityMention>>;
  times: Array<Derivable<TimeExpression>>;
  events: Array<Derivable<ArticleEvent>>;
}

/** Event texts are their span with white space folded (src/nlp/events.ts). Most spans have
 * nothing to fold; testing first skips building a second string for each of them. */
function foldedSpan(text: string, start: number, end: number): string {
  const span = text.slice(start, end);
  return /[^\S ]| {2}|^ | $/.test(span) ? span.replace(/\s+/g, ' ').trim() : span;
}

function omitWhen<T extends { text: string; start: number; end: number }>(
  items: readonly T[],
  derive: (start: number, end: number) => string,
): Array<Derivable<T>> {
  return items.map((item) => {
    if (item.text !== derive(item.start, item.end)) return item;
    const rest: Derivable<T> = { ...item };
    delete rest.text;
    return rest;
  });
}

// Records handed to fromRecord are fresh (parsed from disk or cloned from a worker) and used
// once, so their items are completed in place rather than copied.
function restore<T extends { text: string; start: number; end: number }>(
  items: ReadonlyArray<Derivable<T>>,
  derive: (start: number, end: number) => string,
): T[] {
  for (const item of items) if (item.text === undefined) item.text = derive(item.start, item.end);
  return items as T[];
}

export function toRecord(analyzed: AnalyzedArticle): AnalysisRecord {
  const { text } = analyzed;
  const slice = (start: number, end: number): string => text.slice(start, end);
  const sentences: number[] = [];
  for (const s of analyzed.sentences) sentences.push(s.start, s.end, s.caption ? 1 : 0);
  return {
    sentences,
    entities: omitWhen(analyzed.entities, slice),
    times: omitWhen(analyzed.times, slice),
    events: omitWhen(analyzed.events, (start, end) => foldedSpan(text, start, end)),
  };
}

/** The analysed article: the loaded article (its text shared, not copied) plus the record,
 * which becomes part of it (do not reuse a record after this). */
export function fromRecord(article: Article, record: AnalysisRecord): AnalyzedArticle {
  const { text } = article;
  const slice = (start: number, end: number): string => text.slice(start, end);
  const sentences: Sentence[] = [];
  for (let k = 0; k + 2 < record.sentences.length; k += 3) {
    sentences.push({
      start: record.sentences[k]!,
      end: record.sentences[k + 1]!,
      caption: record.sentences[k + 2] === 1,
    });
  }
  return {
    ...article,
    sentences,
    entities: restore<EntityMention>(record.entities, slice),
    times: restore<TimeExpression>(record.times, slice),
    events: restore<ArticleEvent>(record.events, (start, end) => foldedSpan(text, start, end)),
  };
}

function spans(items: unknown, more: (item: Record<string, unknown>) => boolean): boolean {
  if (!Array.isArray(items)) return false;
  for (const item of items as unknown[]) {
    if (typeof item !== 'object' || item === null) return false;
    const i = item as Record<string, unknown>;
    if (
      typeof i.start !== 'number' ||
      typeof i.end !== 'number' ||
      (i.text !== undefined && typeof i.text !== 'string') ||
      !more(i)
    )
      return false;
  }
  return true;
}

/** A shape check for records read from disk: a damaged entry is a miss, never a crash later. */
export function isRecord(value: unknown): value is AnalysisRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    Array.isArray(r.sentences) &&
    (r.sentences as unknown[]).every((n) => typeof n === 'number') &&
    spans(r.entities, (m) => typeof m.name === 'string' && typeof m.type === 'string') &&
    spans(r.times, (t) => typeof t.value === 'string' && typeof t.type === 'string') &&
    spans(r.events, (e) => typeof e.date === 'string' && Array.isArray(e.entities))
  );
}
