import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Article, LoadResult, Problem } from '../types.js';
import { makeArticle } from './article.js';
import { dateOrPending, type LoadedFile, type PendingDate } from './dates.js';
import { decodeWith, type Decoded } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';

// RSS 2.0, RSS 1.0 (RDF) and Atom. One article per item, `path` = `file#n` (n from 1).

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Atom is sometimes written with an explicit prefix (<atom:feed>); read it as unprefixed Atom.
  transformTagName: (name) => (name.startsWith('atom:') ? name.slice(5) : name),
  // Bodies are kept raw: feeds carry HTML escaped, in CDATA, or (reddit) as bare child
  // elements, and only the raw form tells these apart.
  stopNodes: ['*.description', '*.content:encoded', '*.content', '*.summary', '*.dc:description'],
});

/**
 * Decodes feed bytes by the encoding the file declares (BOM, then the XML declaration); with
 * neither, UTF-8, falling back to windows-1252 for the many old feeds sent as undeclared Latin-1.
 */
export function decodeFeed(bytes: Uint8Array): Decoded & { note?: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 300));
  const declared = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  if (declared) {
    const decoded = decodeWith(declared, bytes);
    // Feeds declaring UTF-8 while sending Latin-1 are common enough to read, with a note.
    if ('problem' in decoded && /^utf-?8$/i.test(declared) && decoded.problem !== 'empty file') {
      const latin = decodeWith('windows-1252', bytes);
      if ('text' in latin) return { ...latin, note: 'declared UTF-8 but is not; read as windows-1252' };
    }
    return decoded;
  }
  const utf8 = decodeWith('utf-8', bytes);
  return 'text' in utf8 ? utf8 : decodeWith('windows-1252', bytes);
}

/** Loads feed bytes: decoding, then {@link parseFeed}. */
export function loadFeed(bytes: Uint8Array, path: string): LoadedFile {
  const decoded = decodeFeed(bytes);
  if ('problem' in decoded) return { articles: [], problems: [{ path, reason: decoded.problem }] };
  const result = parseFeed(decoded.text, path);
  return decoded.note ? { ...result, problems: [{ path, reason: decoded.note }, ...result.problems] } : result;
}

/** True when a document starts like an HTML page rather than XML. */
export function looksLikeHtmlPage(text: string): boolean {
  const start = text.replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '').slice(0, 200);
  return /^<(?:!doctype\s+html|html|head|body)\b/i.test(start);
}

/**
 * A feed cut off after an item: its text up to the last closed item or entry, with the elements
 * still open around it closed; null when no item was closed or the feed's kind is not known.
 */
function closedItems(text: string): string | null {
  const end = Math.max(
    text.lastIndexOf('</item>') + '</item>'.length,
    text.lastIndexOf('</entry>') + '</entry>'.length,
  );
  if (end < '</item>'.length) return null;
  const head = text.slice(0, end);
  if (/<rdf:RDF\b/.test(head)) return `${head}</rdf:RDF>`;
  if (/<rss\b/.test(head)) return `${head}</channel></rss>`;
  if (/<feed\b/.test(head)) return `${head}</feed>`;
  return null;
}

/** Parses feed text into articles, one per item; a document that is not a feed is one problem. */
export function parseFeed(text: string, path: string): LoadedFile {
  if (looksLikeHtmlPage(text)) return fail(path, 'not a feed (HTML page)');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const reason = `broken XML: ${valid.err.msg.replace(/\s+/g, ' ')} (line ${valid.err.line}, column ${valid.err.col})`;
    // A download cut off keeps the items it got whole: the feed is read up to its last closed one.
    const whole = closedItems(text);
    if (whole !== null && XMLValidator.validate(whole) === true) {
      const read = parseFeed(whole, path);
      if (read.articles.length > 0) {
        const count = read.articles.length;
        const problem = {
          path,
          reason: `broken XML: cut short inside an element; the ${count === 1 ? 'item' : `${count} items`} before it read`,
        };
        return { ...read, problems: [problem, ...read.problems] };
      }
    }
    return fail(path, reason);
  }
  let doc: XmlNode;
  try {
    doc = parser.parse(text) as XmlNode;
  } catch (error) {
    return fail(path, `broken XML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const rootName = Object.keys(doc).find((key) => !key.startsWith('?') && !key.startsWith('@_') && key !== '#text');
  if (rootName === undefined) return fail(path, 'not a feed (no root element)');
  const root = asNode(doc[rootName]) ?? {};
  const local = rootName.replace(/^.*:/, '').toLowerCase();
  if (local === 'html' || local === 'head' || local === 'body') return fail(path, 'not a feed (HTML page)');
  if (local === 'rss') {
    const channel = asNode(first(root.channel)) ?? {};
    return readItems(path, asList(channel.item), titleText(channel.title), readRssItem);
  }
  if (local === 'rdf') {
    const channel = asNode(first(root.channel)) ?? {};
    // RSS 1.0 items are siblings of the channel, not inside it.
    return readItems(path, asList(root.item), titleText(channel.title), readRssItem);
  }
  if (local === 'feed') return readItems(path, asList(root.entry), atomTitle(root.title), readAtomEntry);
  return fail(path, `not a feed (root element <${rootName}>)`);
}

function fail(path: string, reason: string): LoadResult {
  return { articles: [], problems: [{ path, reason }] };
}

interface ItemFields {
  title: string;
  text: string;
  dateValue: unknown;
  url: string;
}

function readItems(path: string, items: unknown[], source: string, read: (item: XmlNode) => ItemFields): LoadedFile {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  const pendingDates: PendingDate[] = [];
  if (items.length === 0) return fail(path, 'feed has no items');
  items.forEach((raw, index) => {
    const itemPath = `${path}#${index + 1}`;
    const item = asNode(raw);
    if (!item) {
      problems.push({ path: itemPath, reason: 'empty item' });
      return;
    }
    const fields = read(item);
    const article = makeArticle({
      path: itemPath,
      text: fields.text,
      title: fields.title,
      date: null,
      dateSource: 'none',
      url: fields.url || undefined,
      source: source || undefined,
    });
    if (!article) {
      problems.push({ path: itemPath, reason: 'empty item (no title or text)' });
      return;
    }
    articles.push(article);
    if (fields.dateValue !== undefined) dateOrPending(fields.dateValue, 'date', article, pendingDates);
  });
  return { articles, problems, pendingDates };
}

// Where items keep their date, most telling first: RSS, Dublin Core and DCMI terms, Atom inside
// RSS (.NET writes a10:updated), a lower-case pubdate as some generators write it.
const ITEM_DATE_TAGS = [
  'pubDate',
  'dc:date',
  'published',
  'dcterms:issued',
  'dcterms:created',
  'dc:created',
  'pubdate',
  'updated',
  'a10:updated',
  'dcterms:modified',
];
// Atom 1.0, then Atom 0.3 (issued, modified, created), then Dublin Core.
const ENTRY_DATE_TAGS = ['published', 'updated', 'issued', 'modified', 'created', 'dc:date'];

function readRssItem(item: XmlNode): ItemFields {
  const body =
    [item['content:encoded'], item.description, item['dc:description']].map(htmlText).find((t) => t !== '') ?? '';
  const guid = asNode(item.guid);
  const permalink = guid && guid['@_isPermaLink'] !== 'false' ? plainText(guid) : plainText(item.guid);
  return {
    title: titleText(item.title),
    text: body,
    dateValue: firstDefined(...ITEM_DATE_TAGS.map((tag) => item[tag])),
    url:
      asList(item.link)
        .map(plainText)
        .find((l) => l !== '') ||
      (/^https?:/.test(permalink) ? permalink : '') ||
      String(item['@_rdf:about'] ?? ''),
  };
}

function readAtomEntry(entry: XmlNode): ItemFields {
  const body = [entry.content, entry.summary].map(atomText).find((t) => t !== '') ?? '';
  const links = asList(entry.link)
    .map(asNode)
    .filter((l): l is XmlNode => l !== undefined);
  const alternate = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? links[0];
  return {
    title: atomTitle(entry.title),
    text: body,
    dateValue: firstDefined(...ENTRY_DATE_TAGS.map((tag) => entry[tag])),
    url: typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : '',
  };
}

/** Atom text constructs: `type="text"` as is; `html` and `xhtml` reduced from markup. */
function atomText(value: unknown): string {
  const type = asNode(value)?.['@_type'];
  if (type === 'text') return foldSpaces(decodeXmlEntities(unwrapCdata(plainText(value))));
  return htmlText(value);
}

/** A raw body (stop node) as text: CDATA and escaped HTML alike reduced through HTML. */
function htmlText(value: unknown): string {
  const html = rawBodyToHtml(plainText(value));
  if (!looksLikeHtml(html)) return foldSpaces(html);
  return htmlToText(html)
    .split('\n\n')
    .map(markupReadAgain)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

// Markup no reader writes as prose: a comment opener, or a closing tag of an element pages use
// for text; shown as is, or still escaped.
const SHOWN_MARKUP = /<!--|<\/(?:[pabi]|div|span|em|strong|li|ul|ol|table|tr|td|h[1-6]|blockquote)>/i;
const ESCAPED_MARKUP = /&lt;!--|&lt;\/(?:[pabi]|div|span|em|strong|li|ul|ol|table|tr|td|h[1-6]|blockquote)&gt;/i;

/**
 * Some feeds escape part of a body once more than the rest (reddit's self posts beside bare
 * markup), so once read, a paragraph still shows its tags. It is read once more, never again,
 * so no body can make this loop.
 */
function markupReadAgain(paragraph: string): string {
  if (ESCAPED_MARKUP.test(paragraph)) return htmlToText(decodeXmlEntities(paragraph));
  return SHOWN_MARKUP.test(paragraph) ? htmlToText(paragraph) : paragraph;
}

/** Atom titles are not raw (only bodies are), so entities are already decoded once. */
function atomTitle(value: unknown): string {
  return asNode(value)?.['@_type'] === 'text' ? plainText(value).replace(/\s+/g, ' ') : titleText(value);
}

function titleText(value: unknown): string {
  const title = plainText(value);
  return (looksLikeHtml(title) ? htmlToText(title) : title).replace(/\s+/g, ' ').trim();
}

function foldSpaces(s: string): string {
  // Runs first, so at most one space is left beside a line break: no quantifier there to rescan.
  return s
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/**
 * The HTML a raw element body stands for: CDATA sections verbatim; outside them, escaped markup
 * (`&lt;p&gt;`) is unescaped once, while bare child elements are already markup.
 */
const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/** Text and CDATA sections in order. Found with indexOf rather than a lazy regex, which rescans
 * the rest of the text from every unclosed `<![CDATA[` (quadratic on a hostile feed). */
function cdataParts(raw: string): Array<{ text: string; cdata: boolean }> {
  const parts: Array<{ text: string; cdata: boolean }> = [];
  let at = 0;
  for (;;) {
    const open = raw.indexOf(CDATA_OPEN, at);
    const close = open < 0 ? -1 : raw.indexOf(CDATA_CLOSE, open + CDATA_OPEN.length);
    // No closed section after this point: whatever opens later cannot close either.
    if (close < 0) break;
    if (open > at) parts.push({ text: raw.slice(at, open), cdata: false });
    parts.push({ text: raw.slice(open + CDATA_OPEN.length, close), cdata: true });
    at = close + CDATA_CLOSE.length;
  }
  if (at < raw.length) parts.push({ text: raw.slice(at), cdata: false });
  return parts;
}

function rawBodyToHtml(raw: string): string {
  return cdataParts(raw)
    .map((part) => (part.cdata || /<[a-z]/i.test(part.text) ? part.text : decodeXmlEntities(part.text)))
    .join('');
}

function unwrapCdata(raw: string): string {
  return cdataParts(raw)
    .map((part) => part.text)
    .join('');
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlEntities(s: string): string {
  return s.replace(
    /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/g,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (name) return XML_ENTITIES[name]!;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    },
  );
}

/** The text content of a parsed element: a string, or an object's `#text`. */
function plainText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return plainText(value[0]);
  const node = asNode(value);
  if (node && '#text' in node) return plainText(node['#text']);
  return '';
}

function asNode(value: unknown): XmlNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : undefined;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function firstDefined(...values: unknown[]): unknown {
  const found = values.map(plainTextOrUndefined).find((v) => v !== undefined);
  return found;
}

function plainTextOrUndefined(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = plainText(value);
  return text === '' ? undefined : text;
}
