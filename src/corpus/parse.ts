import { extname } from 'node:path';
import type { LoadResult } from '../types.js';
import type { LoadedFile } from './dates.js';
import { decodeText } from './decode.js';
import { parseHouse } from './house.js';

// Each other format's module is imported when the first file of that format is read: the XML,
// HTML and YAML parsers behind feeds, JSON exports and front matter are ~250 KB of code that a
// folder of house-format articles never needs (~10 ms of start-up).
const feedModule = () => import('./feed.js');
const jsonModule = () => import('./json.js');
const markdownModule = () => import('./markdown.js');
// chrono-node and its locales (~300 KB), for dates the RFC 2822 / ISO readers cannot read.
const writtenDateModule = () => import('./written-date.js');

export type Format = 'house' | 'feed' | 'json' | 'jsonl' | 'markdown';

const BY_EXTENSION: Record<string, Format> = {
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.xml': 'feed',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** The format of a file: by extension, else by how its content starts. */
export function detectFormat(path: string, bytes: Uint8Array): Format {
  const byName = BY_EXTENSION[extname(path).toLowerCase()];
  if (byName) return byName;
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\s+/, '');
  if (/^<(?:\?xml|rss\b|feed\b|rdf:RDF\b)/.test(start)) return 'feed';
  if (start.startsWith('---')) return 'markdown';
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  return 'house';
}

export interface ParseOptions {
  /**
   * The file was found in a folder, not named: Markdown without front matter or a date header
   * (a README) and JSON holding no article records (a data file) are then not articles, and are
   * skipped without a problem.
   */
  walked?: boolean;
}

/** Turns one file's bytes into articles and problems, choosing the format by name and content. */
export async function parseFile(bytes: Uint8Array, path: string, options: ParseOptions = {}): Promise<LoadResult> {
  const format = detectFormat(path, bytes);
  if (format === 'feed') return settleDates((await feedModule()).loadFeed(bytes, path), path);
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { articles: [], problems: [{ path, reason: decoded.problem }] };
  if (options.walked && format === 'markdown' && !/^\uFEFF?(?:---[ \t]*\r?\n| date )/.test(decoded.text))
    return { articles: [], problems: [] };
  const parsed = await parseText(decoded.text, path, format);
  const result = decoded.note ? { ...parsed, problems: [{ path, reason: decoded.note }, ...parsed.problems] } : parsed;
  if (
    options.walked &&
    (format === 'json' || format === 'jsonl') &&
    result.articles.length === 0 &&
    result.problems.length === 1 &&
    result.problems[0]!.reason.startsWith((await jsonModule()).NO_ARTICLES)
  ) {
    return { articles: [], problems: [] };
  }
  return result;
}

/** Parses decoded text in a known format. */
export async function parseText(text: string, path: string, format: Format): Promise<LoadResult> {
  return settleDates(await parseLoaded(text, path, format), path);
}

/**
 * Gives the dates the first readers left a second reading, then names those still unread: one
 * problem for one item (where it is), one line with a count for a file with several, never a
 * line per item.
 */
async function settleDates(loaded: LoadedFile, path: string): Promise<LoadResult> {
  const { articles, problems, pendingDates = [] } = loaded;
  if (pendingDates.length === 0) return { articles, problems };
  const { readWrittenDate } = pendingDates.some((p) => p.unrecognised)
    ? await writtenDateModule()
    : { readWrittenDate: () => null };
  // A file repeats its unreadable forms ("n/a" on every item): each is read once.
  const read = new Map<string, string | null>();
  const readOnce = (value: string): string | null => {
    const known = read.get(value);
    if (known !== undefined) return known;
    const date = readWrittenDate(value);
    read.set(value, date);
    return date;
  };
  const unread = pendingDates.filter((pending) => {
    const date = pending.unrecognised ? readOnce(pending.value) : null;
    if (date === null) return true;
    pending.article.date = date;
    pending.article.dateSource = 'metadata';
    return false;
  });
  const [first] = unread;
  if (first === undefined) return { articles, problems };
  const problem =
    unread.length === 1
      ? { path: first.article.path, reason: `${first.field}: ${first.error}` }
      : {
          path,
          reason: `${unread.length} items with unreadable dates, loaded undated (the first, ${/#\d+$/.exec(first.article.path)?.[0] ?? 'one'}: ${first.field}: ${first.error})`,
        };
  return { articles, problems: [...problems, problem] };
}

async function parseLoaded(text: string, path: string, format: Format): Promise<LoadedFile> {
  switch (format) {
    case 'feed':
      return (await feedModule()).loadFeed(new TextEncoder().encode(text), path);
    case 'json': {
      const { looksLikeJsonLines, parseJson, parseJsonLines } = await jsonModule();
      // A `.json` file that is really JSON Lines is common in scraper output.
      return looksLikeJsonLines(text) ? parseJsonLines(text, path) : parseJson(text, path);
    }
    case 'jsonl':
      return (await jsonModule()).parseJsonLines(text, path);
    case 'markdown':
      return (await markdownModule()).parseMarkdown(text, path);
    case 'house': {
      const trimmed = text.trimStart();
      // Text piped to stdin may be JSON; a plain article never starts with a brace.
      if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && path === '-') return parseLoaded(text, path, 'json');
      return parseHouse(text, path);
    }
  }
}

/** Reads what arrived on stdin: one article, a JSON document, a JSON Lines stream or a feed. */
export function loadStdin(bytes: Uint8Array | string): Promise<LoadResult> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return parseFile(data, '-');
}
