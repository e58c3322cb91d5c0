import { Parser } from 'htmlparser2';

// Elements whose content is never prose.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'select',
  'button',
]);
// Elements that end a paragraph.
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'figure',
  'figcaption',
  'hr',
  'address',
  'details',
  'summary',
  'form',
  'fieldset',
  'center',
]);
const PARAGRAPH = '\u2029';

/**
 * Reduces an HTML fragment to readable text: entities decoded, scripts and styles dropped,
 * block elements as blank-line-separated paragraphs, `<br>` as a line break, other white space
 * folded as a browser would.
 */
export function htmlToText(html: string): string {
  // The parser keeps its open elements so that closing one costs their number: markup nested
  // thousands deep (no page is; a hostile item is) would take minutes. Such markup is read
  // by a plain scan of its tags instead.
  if (nestingDepth(html, MAX_NESTING) > MAX_NESTING) return stripTags(html);
  let out = '';
  let skipping = 0;
  let preformatted = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        if (name === 'pre') preformatted++;
        if (name === 'br') out += '\n';
        else if (name === 'td' || name === 'th') out += ' ';
        else if (BLOCKS.has(name)) out += PARAGRAPH;
      },
      ontext(text) {
        if (skipping > 0) return;
        out += preformatted > 0 ? text : text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        if (name === 'pre') preformatted = Math.max(0, preformatted - 1);
        if (BLOCKS.has(name)) out += PARAGRAPH;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return out
    .replace(/\u00a0/g, ' ')
    .split(PARAGRAPH)
    .map((paragraph) =>
      paragraph
        // Runs first, so at most one blank is left beside a line break: nothing there to rescan.
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/[ \t]?\n[ \t]?/g, '\n')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

// Deeper than any page nests its elements (browsers stop at 512).
const MAX_NESTING = 512;
// Elements that never hold others, so never deepen the nesting.
const VOID = new Set([
  'br',
  'img',
  'hr',
  'meta',
  'link',
  'input',
  'wbr',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'param',
]);

/** The name of the tag opening at `at` (after '<' or '</'), lower-cased. */
function tagName(html: string, at: number): string {
  let end = at;
  while (end < html.length && /[a-z0-9]/i.test(html[end]!)) end++;
  return html.slice(at, end).toLowerCase();
}

/** How deep the elements nest, counted up to `limit` and a step past it: one scan of the tags. */
function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  for (let at = html.indexOf('<'); at >= 0 && depth <= limit; at = html.indexOf('<', at + 1)) {
    if (html[at + 1] === '/') depth = Math.max(0, depth - 1);
    else if (/[a-z]/i.test(html[at + 1] ?? '')) {
      const close = html.indexOf('>', at);
      if (close < 0) break;
      if (html[close - 1] !== '/' && !VOID.has(tagName(html, at + 1))) depth++;
    }
  }
  return depth;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Markup reduced by a scan of its tags: block elements end paragraphs, the five named entities and numeric ones decoded. */
function stripTags(html: string): string {
  let out = '';
  let from = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', from)) {
    out += html.slice(from, at);
    const close = html.indexOf('>', at);
    if (close < 0) {
      from = html.length;
      break;
    }
    const name = tagName(html, at + (html[at + 1] === '/' ? 2 : 1));
    if (BLOCKS.has(name)) out += '\n\n';
    else if (name === 'br') out += '\n';
    else out += ' ';
    from = close + 1;
  }
  out += html.slice(from);
  return out
    .replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-z]{2,6});/g, (entity, body: string) => {
      if (body.startsWith('#')) {
        const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return NAMED_ENTITIES[body] ?? entity;
    })
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/[ \t]+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** True when a string carries markup or entities worth reducing. A tag's body stops at the next
 * `<`, so no unclosed `<x` rescans the rest of the text. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?[a-zA-Z][^<>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});/.test(s);
}
