import { createHash } from 'node:crypto';
import { splitSentences } from '../nlp/sentences.js';
import type { Article, DateSource } from '../types.js';
import { openingHeadline } from './headline.js';
import { printableLine, sanitizeText } from './sanitize.js';

const TITLE_MAX = 200;
// The lead lies near the top: the first window nearly always holds it whole; the second is for
// bodies that open with a long run of captions. Splitting whole articles was a fifth of the
// time of loading 10,000 of them.
const LEAD_WINDOWS = [1000, 4000];
const WINDOW_EDGE = 100;

/** A short, stable id for an article body: the same text reached twice is one article. */
export function articleId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** The lead sentence of a body (captions skipped when something else exists), cut to ~200 chars. */
export function leadSentence(text: string): string {
  for (const window of LEAD_WINDOWS) {
    const last = window === LEAD_WINDOWS.at(-1) || text.length <= window;
    const sentences = splitSentences(text.slice(0, window));
    const lead = sentences.find((s) => !s.caption);
    // Sure of a lead only when it ends clear of the window's edge, where it may have been cut.
    if (lead && (last || lead.end < window - WINDOW_EDGE)) return shorten(text.slice(lead.start, lead.end));
    if (last) return sentences[0] ? shorten(text.slice(sentences[0].start, sentences[0].end)) : '';
  }
  return '';
}

/** Folds white space and cuts at a word boundary so titles fit one line. */
export function shorten(s: string, max = TITLE_MAX): string {
  const folded = s.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface ArticleFields {
  path: string;
  text: string;
  date: string | null;
  dateSource: DateSource;
  title?: string;
  url?: string;
  source?: string;
}

/**
 * Builds an Article from loader output; every field is sanitised here so no loader can let an
 * escape sequence through. An empty body falls back to the title so the item is still readable.
 */
export function makeArticle(fields: ArticleFields): Article | null {
  const title = fields.title === undefined ? '' : shorten(sanitizeText(fields.title));
  let text = sanitizeText(fields.text);
  if (!/\S/.test(text)) text = title;
  if (!/\S/.test(text)) return null;
  // Field order as in types.ts, for readable JSON output.
  const article: Article = {
    id: articleId(text),
    // A file name with controls in it is shown in a visible form of that name, not another name.
    path: printableLine(fields.path),
    date: fields.date,
    dateSource: fields.date === null ? 'none' : fields.dateSource,
    // A scraped page opens with its headline run into the lead: the headline is the title.
    title: title || shorten(openingHeadline(text)?.headline ?? '') || leadSentence(text),
    text,
  };
  const url = fields.url === undefined ? '' : sanitizeText(fields.url).trim();
  const source = fields.source === undefined ? '' : shorten(sanitizeText(fields.source));
  if (url) article.url = url;
  if (source) article.source = source;
  return article;
}
