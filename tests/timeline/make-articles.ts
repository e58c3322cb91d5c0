import type { AnalyzedArticle, ArticleEvent, Precision, TimeExpression, TimeMod } from '../../src/types.js';

export interface EventSpec {
  text: string;
  date: string;
  precision?: Precision;
  mod?: TimeMod;
  entities?: string[];
  lead?: boolean;
}

/** A hand-made analysed article whose text is its events' texts, one sentence each. */
export function analyzed(
  id: string,
  date: string | null,
  specs: EventSpec[],
  times: TimeExpression[] = [],
): AnalyzedArticle {
  let text = '';
  const events: ArticleEvent[] = specs.map((spec, i) => {
    const start = text.length;
    text += spec.text + ' ';
    const precision = spec.precision ?? 'day';
    const event: ArticleEvent = {
      start,
      end: start + spec.text.length,
      date: spec.date,
      precision,
      approximate: spec.mod !== undefined || precision !== 'day',
      text: spec.text,
      entities: spec.entities ?? [],
      lead: spec.lead ?? i === 0,
    };
    if (spec.mod) event.mod = spec.mod;
    return event;
  });
  return {
    id,
    path: `/corpus/${id}.txt`,
    date,
    dateSource: date === null ? 'none' : 'header',
    title: specs[0]?.text ?? '',
    text,
    sentences: events.map((e) => ({ start: e.start, end: e.end, caption: false })),
    entities: [],
    times,
    events,
  };
}
