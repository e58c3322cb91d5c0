import { basename } from 'node:path';
import type { Article, LoadResult, Problem } from '../types.js';
import { makeArticle } from './article.js';
import { dateFromFileName, parseIsoDay } from './dates.js';
import { sanitizeText } from './sanitize.js';

// The house format: " date YYYY-MM-DD " then the body. The header may also end at a line break.
// Scrapers and editors vary it: blank lines or a tab before it, tabs around the date, "DATE".
// Without white space before it, it counts only when a digit follows, as hand-written files
// often drop the space while prose beginning "date palms…" must stay prose; so does "DATE"
// written in capitals.
const HEADER_WORD = /^date[ \t]+/i;

/** The header's date as written, where the header starts and where the body starts, or null. */
function readHeader(text: string): { date: string; start: number; end: number } | null {
  let at = 0;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  const word = HEADER_WORD.exec(text.slice(at, at + 64));
  if (!word) return null;
  const from = at + word[0].length;
  let to = from;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  const date = text.slice(from, to);
  const plain = at > 0 && text.startsWith('date', at);
  if (!plain && !/^\d/.test(date)) return null;
  // The separator after the date belongs to the header: one space or tab, or the line break.
  const start = at > 0 && text[at - 1] === ' ' ? at - 1 : at;
  return { date, start, end: to < text.length && /[ \t\n]/.test(text[to]!) ? to + 1 : to };
}

/**
 * Reads one house-format article. A malformed header date is a problem, and the article still
 * loads, dated from its file name if that holds a date, else undated.
 */
export function parseHouse(raw: string, path: string): LoadResult {
  const clean = sanitizeText(raw);
  const problems: Problem[] = [];
  const header = readHeader(clean);
  let body = clean;
  let date: string | null = null;
  let dateSource: Article['dateSource'] = 'none';
  if (header) {
    body = clean.slice(header.end);
    const parsed = parseIsoDay(header.date);
    if ('date' in parsed) {
      date = parsed.date;
      dateSource = 'header';
    } else {
      const written = clean.slice(header.start, header.end).replace(/\n$/, '');
      problems.push({ path, reason: `malformed date header "${written}": ${parsed.error}` });
    }
  }
  if (date === null) {
    date = dateFromFileName(basename(path));
    if (date !== null) dateSource = 'filename';
  }
  const article = makeArticle({ path, text: body, date, dateSource });
  if (!article)
    return { articles: [], problems: [...problems, { path, reason: 'empty article (no text after the header)' }] };
  return { articles: [article], problems };
}
