import { basename } from 'node:path';
import type { Article, LoadResult, Problem } from '../types.js';
import { makeArticle } from './article.js';
import { dateFromFileName, parseIsoDay } from './dates.js';
import { sanitizeText } from './sanitize.js';

// The house format: " date YYYY-MM-DD " then the body. The header may also end at a line break.
// Without its leading space it still counts when a digit follows, as hand-written files often
// drop the space, while prose beginning "date palms…" must stay prose.
const HEADER = /^(?: date (\S*)|date (\d\S*))(?: |\n|$)/;

/**
 * Reads one house-format article. A malformed header date is a problem, and the article still
 * loads, dated from its file name if that holds a date, else undated.
 */
export function parseHouse(raw: string, path: string): LoadResult {
  const clean = sanitizeText(raw);
  const problems: Problem[] = [];
  const header = HEADER.exec(clean);
  let body = clean;
  let date: string | null = null;
  let dateSource: Article['dateSource'] = 'none';
  if (header) {
    body = clean.slice(header[0].length);
    const parsed = parseIsoDay(header[1] ?? header[2]!);
    if ('date' in parsed) {
      date = parsed.date;
      dateSource = 'header';
    } else {
      problems.push({ path, reason: `malformed date header "${header[0].replace(/\n$/, '')}": ${parsed.error}` });
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
