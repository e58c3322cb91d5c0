import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Article, LoadResult, Problem } from '../types.js';
import { makeArticle } from './article.js';
import { dateFromFileName, parseMetadataDate } from './dates.js';
import { parseHouse } from './house.js';
import { sanitizeText } from './sanitize.js';

// Markdown with YAML front matter (`title`, `date`, `source`, `url`), as static-site generators
// and note apps write articles. The body is kept as written, markup included.
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function parseMarkdown(raw: string, path: string): LoadResult {
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

  let date: string | null = null;
  let dateSource: Article['dateSource'] = 'none';
  if (meta.date !== undefined && meta.date !== null) {
    const parsed = parseMetadataDate(meta.date);
    if ('date' in parsed) {
      date = parsed.date;
      dateSource = 'metadata';
    } else problems.push({ path, reason: `front matter "date": ${parsed.error}` });
  }
  if (date === null) {
    date = dateFromFileName(basename(path));
    if (date !== null) dateSource = 'filename';
  }
  const body = clean.slice(match[0].length).replace(/^\n+/, '');
  const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1] ?? '';
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
  return { articles: [article], problems };
}
