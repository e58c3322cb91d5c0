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

/** True when a string carries markup or entities worth reducing. A tag's body stops at the next
 * `<`, so no unclosed `<x` rescans the rest of the text. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?[a-zA-Z][^<>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});/.test(s);
}
