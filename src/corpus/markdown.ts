import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Article, Problem } from '../types.js';
import { makeArticle } from './article.js';
import { dateFromFileName, dateOrPending, type LoadedFile, type PendingDate } from './dates.js';
import { parseHouse } from './house.js';
import { sanitizeText } from './sanitize.js';

// Markdown with YAML front matter (`title`, `date`, `source`, `url`), as static-site generators
// and note apps write articles. The body is kept as written, markup included.
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * The text of the first ATX heading (`## Title ##`: one to six `#`, a blank, the text, optional
 * closing `#`s). Plain string code: a line of thousands of `#` or blanks is read once.
 */
export function firstHeading(body: string): string {
  for (let start = 0; start < body.length;) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    let i = start;
    while (i < end && i - start < 7 && body[i] === '#') i++;
    const level = i - start;
    if (level >= 1 && level <= 6 && (body[i] === ' ' || body[i] === '\t')) {
      let last = end;
      while (last > i && (body[last - 1] === ' ' || body[last - 1] === '\t' || body[last - 1] === '#')) last--;
      const text = body.slice(i, last).trim();
      if (text !== '') return text;
    }
    start = end + 1;
  }
  return '';
}

export function parseMarkdown(raw: string, path: string): LoadedFile {
  const clean = sanitizeText(raw);
  const match = FRONT_MATTER.exec(clean);
  // Without front matter a Markdown file is an ordinary article (house header or not).
  if (!match) return parseHouse(raw, path);
  const problems: Problem[] = [];
  let meta: Record<string, unknown> = {};
  try {
    const parsed: unknown = parseYaml(match[1]!);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      meta = parsed as Record<string, unknown>;
    else if (parsed !== null && parsed !== undefined)
      problems.push({ path, reason: 'front matter is not a mapping of fields' });
  } catch (error) {
    problems.push({
      path,
      reason: `invalid front matter: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    });
  }
  const text = (k: string): string => {
    const value = meta[k];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    problems.push({ path, reason: `front matter "${k}" should be text` });
    return '';
  };

  // Dated from the file name until the front matter's date is read (here, or by the second reader).
  const date = dateFromFileName(basename(path));
  const dateSource: Article['dateSource'] = date === null ? 'none' : 'filename';
  const body = clean.slice(match[0].length).replace(/^\n+/, '');
  const heading = firstHeading(body);
  const article = makeArticle({
    path,
    text: body,
    title: text('title') || heading,
    date,
    dateSource,
    url: text('url') || text('link') || undefined,
    source: text('source') || undefined,
  });
  if (!article) return { articles: [], problems: [...problems, { path, reason: 'empty article (front matter only)' }] };
  const pendingDates: PendingDate[] = [];
  if (meta.date !== undefined && meta.date !== null)
    dateOrPending(meta.date, 'front matter "date"', article, pendingDates);
  return { articles: [article], problems, pendingDates };
}
