import type { Article, LoadResult, Problem } from '../types.js';
import { makeArticle } from './article.js';
import { dateOrPending, type LoadedFile, type PendingDate } from './dates.js';
import { htmlToText } from './html.js';

// JSON and JSON Lines exports from news APIs and scrapers (NewsAPI, news-please, Guardian,
// GDELT-style dumps) and JSON Feed (jsonfeed.org 1.0 and 1.1): one article per record,
// `path` = `file#n` (array index or line, from 1).

type Record_ = Record<string, unknown>;

// Field names in order of preference. Bodies come before summaries.
const TITLE_FIELDS = ['title', 'headline', 'webTitle', 'name'];
const DATE_FIELDS = [
  'date',
  'published',
  'publishedAt',
  'pubDate',
  'date_publish',
  'published_at',
  'datePublished',
  'publication_date',
  'publish_date',
  'webPublicationDate',
  // JSON Feed 1.0/1.1 items.
  'date_published',
  'date_modified',
  'pub_date',
  'publishedDate',
  'dateCreated',
  // news-please's last change, GDELT's first sighting: later than publication, still its week.
  'date_modify',
  'seendate',
  'created_at',
  'timestamp',
  'time',
];
const TEXT_FIELDS = [
  'text',
  'body',
  'content',
  'maintext',
  'articleBody',
  'article',
  'content_text',
  'content_html',
  'full_text',
  'bodyText',
  'description',
  'summary',
  'abstract',
  'snippet',
  'lead_paragraph',
  'trailText',
];
const URL_FIELDS = ['url', 'link', 'webUrl', 'href', 'web_url', 'external_url'];
const SOURCE_FIELDS = ['source', 'source_name', 'publisher', 'site_name', 'source_domain', 'domain'];
// Keys under which an object holds its records.
const RECORD_KEYS = [
  'articles',
  'items',
  'results',
  'data',
  'entries',
  'posts',
  'stories',
  'docs',
  'hits',
  'news',
  'response',
  // A single-item API response: the Guardian's {"response": {"content": {…}}}. Last, and only
  // below the top level, as an article's own `content` is usually its text.
  'content',
];

/** JSON Feed's `version` (https://www.jsonfeed.org/version/1.1/). */
const JSON_FEED_VERSION = /^https?:\/\/(?:www\.)?jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/;

/** How a JSON file holding no article records is named (a data file, not an export). */
export const NO_ARTICLES = 'no articles in JSON';

/** Parses a JSON document: an array of records, an object holding one, or a single record. */
export function parseJson(text: string, path: string): LoadedFile {
  let doc: unknown;
  try {
    doc = JSON.parse(stripBom(text));
  } catch (error) {
    return fail(path, `invalid JSON: ${errorMessage(error)}`);
  }
  const records = findRecords(doc, 0);
  if (records === null) {
    return fail(
      path,
      `${NO_ARTICLES} (expected an array of records, or one under ${RECORD_KEYS.slice(0, 4).join('/')})`,
    );
  }
  if (records.length > 0 && !records.some(isRecord))
    return fail(path, `${NO_ARTICLES} (its records are not objects: the first is ${describe(records[0])})`);
  return readRecords(
    records.map((record, index) => [index + 1, record]),
    path,
    jsonFeedTitle(doc),
  );
}

/** The title of a JSON Feed, which names the source of every item; '' for other documents. */
function jsonFeedTitle(doc: unknown): string {
  if (!isRecord(doc) || typeof doc.version !== 'string' || !JSON_FEED_VERSION.test(doc.version)) return '';
  return typeof doc.title === 'string' ? doc.title : '';
}

/** Parses JSON Lines: one record per non-blank line; `file#n` names the line. */
export function parseJsonLines(text: string, path: string): LoadedFile {
  const entries: Array<[number, unknown]> = [];
  const problems: Problem[] = [];
  stripBom(text)
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        entries.push([index + 1, JSON.parse(line)]);
      } catch (error) {
        problems.push({ path: `${path}#${index + 1}`, reason: `invalid JSON: ${errorMessage(error)}` });
      }
    });
  if (entries.length === 0 && problems.length === 0) return fail(path, 'empty file');
  const result = readRecords(entries, path);
  return {
    ...result,
    problems: [...problems, ...result.problems].sort((a, b) => itemNumber(a.path) - itemNumber(b.path)),
  };
}

/** True when text looks like JSON Lines rather than one JSON document. */
export function looksLikeJsonLines(text: string): boolean {
  const lines = stripBom(text)
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines.length > 1 && lines.every((line) => /^\s*\{.*\}\s*$/.test(line));
}

function findRecords(doc: unknown, depth: number): unknown[] | null {
  if (Array.isArray(doc)) return doc;
  if (!isRecord(doc) || depth > 2) return null;
  for (const key of RECORD_KEYS) {
    if (key === 'content' && depth === 0) continue;
    const found = key in doc ? findRecords(doc[key], depth + 1) : null;
    if (found !== null) return found;
  }
  // A lone article, as news-please writes one file per article.
  if (
    TEXT_FIELDS.some((field) => typeof doc[field] === 'string') ||
    TITLE_FIELDS.some((field) => typeof doc[field] === 'string')
  )
    return [doc];
  return null;
}

/**
 * Whether a record is an event of news-tui's own timeline (`events --json`, `export --format
 * json`): a summary, a precision and sources. An export saved beside its articles is not more
 * articles: read back, each event would be an article telling itself again.
 */
function isTimelineEvent(record: unknown): boolean {
  return (
    isRecord(record) &&
    typeof record.summary === 'string' &&
    typeof record.precision === 'string' &&
    Array.isArray(record.sources)
  );
}

function readRecords(entries: Array<[number, unknown]>, path: string, feedTitle = ''): LoadedFile {
  if (entries.length > 0 && entries.every(([, record]) => isTimelineEvent(record)))
    return fail(path, `${NO_ARTICLES} (a news-tui timeline: its records are events, not articles)`);
  const articles: Article[] = [];
  const problems: Problem[] = [];
  const pendingDates: PendingDate[] = [];
  for (const [n, record] of entries) {
    const itemPath = `${path}#${n}`;
    const result = readRecord(record, itemPath, feedTitle);
    if (result.article) articles.push(result.article);
    if (result.pendingDate) pendingDates.push(result.pendingDate);
    problems.push(...result.problems);
  }
  return { articles, problems, pendingDates };
}

/**
 * One record to an article. A field of the wrong type is named and ignored; the record still
 * loads if it has text. A date the first readers cannot read comes back as `pendingDate`.
 */
export function readRecord(
  raw: unknown,
  path: string,
  defaultSource = '',
): { article: Article | null; problems: Problem[]; pendingDate?: PendingDate } {
  if (!isRecord(raw)) return { article: null, problems: [{ path, reason: `not an object (${describe(raw)})` }] };
  // The Guardian API nests the body under `fields` ({bodyText, headline, trailText}).
  const record: Record_ = isRecord(raw.fields) ? { ...raw.fields, ...raw } : raw;
  const problems: Problem[] = [];
  const wrongType = (field: string, expected: string): void => {
    problems.push({ path, reason: `field "${field}" should be ${expected}, not ${describe(record[field])}` });
  };
  const pickString = (fields: string[], nested: Record<string, string[]> = {}): { field?: string; value: string } => {
    for (const field of fields) {
      const value = record[field];
      if (value === undefined || value === null) continue;
      if (typeof value === 'string') {
        if (value.trim() !== '') return { field, value };
        continue;
      }
      // Some APIs nest these: NYT `headline: {main}`, NewsAPI `source: {id, name}`.
      const keys = nested[field];
      const inner =
        keys && isRecord(value)
          ? keys.map((key) => value[key]).find((v) => typeof v === 'string' && v.trim() !== '')
          : undefined;
      if (typeof inner === 'string') return { field, value: inner };
      wrongType(field, keys ? `text or an object with ${keys[0]}` : 'text');
    }
    return { value: '' };
  };

  const title = pickString(TITLE_FIELDS, { headline: ['main', 'print_headline'] }).value;
  const body = pickString(TEXT_FIELDS).value;
  const url = pickString(URL_FIELDS).value;
  const source = pickString(SOURCE_FIELDS, { source: ['name', 'title', 'id'] }).value || defaultSource;

  const article = makeArticle({ path, title, text: bodyText(body), date: null, dateSource: 'none', url, source });
  if (!article) problems.push({ path, reason: 'no text (none of title, text, body, content, description)' });
  const dateField = DATE_FIELDS.find(
    (field) => record[field] !== undefined && record[field] !== null && record[field] !== '',
  );
  if (dateField === undefined) return { article, problems };
  const value = record[dateField];
  if (typeof value !== 'string' && typeof value !== 'number') {
    wrongType(dateField, 'a date string or epoch number');
    return { article, problems };
  }
  const pending: PendingDate[] = [];
  if (article) dateOrPending(value, `field "${dateField}"`, article, pending);
  return { article, problems, pendingDate: pending[0] };
}

/** Bodies are usually plain text; HTML bodies are reduced, and NewsAPI's truncation marker dropped. */
function bodyText(body: string): string {
  const html = /<(?:[abip]|div|br|span|em|strong|ul|li|h\d)\b[^<>]*>/i.test(body);
  const text = html ? htmlToText(body) : body.replace(/\r\n?/g, '\n');
  // Anchored on its literal start, so no run of spaces before it is rescanned.
  const marker = /\[\+\d+ chars\]$/.exec(text);
  return marker ? text.slice(0, marker.index).trimEnd() : text;
}

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function fail(path: string, reason: string): LoadResult {
  return { articles: [], problems: [{ path, reason }] };
}

function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

function itemNumber(path: string): number {
  return Number(/#(\d+)$/.exec(path)?.[1] ?? 0);
}
