import { openingHeadline } from '../corpus/headline.js';
import type { AnalyzedArticle } from '../types.js';
import { entityThemeKey, type ThemeKey } from './theme.js';

export interface Segment {
  text: string;
  style: ThemeKey | null;
  /** Part of the event being read: drawn with the theme's `event` style on top. */
  inEvent: boolean;
  /** A word the active search matched ('current': the one `n`/`N` went to). */
  match?: 'match' | 'current';
}

export interface ReaderLine {
  /** Offset in the article text where the line starts. */
  start: number;
  segments: Segment[];
}

/** Paints each character's meaning: caption, entity type, time expression (which wins). */
function paint(article: AnalyzedArticle): Array<ThemeKey | null> {
  const styles: Array<ThemeKey | null> = new Array(article.text.length).fill(null);
  const fill = (start: number, end: number, key: ThemeKey): void => {
    for (let i = Math.max(0, start); i < Math.min(end, styles.length); i++) styles[i] = key;
  };
  for (const sentence of article.sentences) if (sentence.caption) fill(sentence.start, sentence.end, 'caption');
  for (const entity of article.entities) fill(entity.start, entity.end, entityThemeKey(entity.type));
  for (const time of article.times) fill(time.start, time.end, 'date');
  return styles;
}

/** Line ranges [start, end) of the text wrapped at word boundaries to `width` columns. */
export function wrapRanges(text: string, width: number): Array<[number, number]> {
  const columns = Math.max(10, width);
  const ranges: Array<[number, number]> = [];
  let paragraphStart = 0;
  while (paragraphStart <= text.length) {
    let paragraphEnd = text.indexOf('\n', paragraphStart);
    if (paragraphEnd < 0) paragraphEnd = text.length;
    let lineStart = paragraphStart;
    if (paragraphEnd === paragraphStart) ranges.push([paragraphStart, paragraphStart]);
    while (lineStart < paragraphEnd) {
      while (lineStart < paragraphEnd && text[lineStart] === ' ') lineStart++;
      if (lineStart >= paragraphEnd) break;
      let lineEnd = Math.min(paragraphEnd, lineStart + columns);
      if (lineEnd < paragraphEnd) {
        const lastSpace = text.lastIndexOf(' ', lineEnd);
        if (lastSpace > lineStart) lineEnd = lastSpace;
      }
      ranges.push([lineStart, lineEnd]);
      lineStart = lineEnd;
    }
    paragraphStart = paragraphEnd + 1;
  }
  return ranges;
}

/**
 * The headline a scraped page runs into its lead, when the corpus made it the article's title:
 * the reader draws it as the title line and starts the text at the lead, so it is not read twice.
 */
export function runInHeadline(article: {
  title: string;
  text: string;
}): { headline: string; leadStart: number } | null {
  const run = openingHeadline(article.text);
  return run !== null && article.title.startsWith(run.headline.slice(0, 40)) ? run : null;
}

export function layoutArticle(
  article: AnalyzedArticle,
  width: number,
  highlight: { start: number; end: number } | null,
  matches: ReadonlyArray<readonly [number, number]> = [],
  currentMatch = -1,
): ReaderLine[] {
  const styles = paint(article);
  const { text } = article;
  // 0: no match, 1: a match, 2: the current match.
  const matched = new Uint8Array(text.length);
  matches.forEach(([from, to], m) => matched.fill(m === currentMatch ? 2 : 1, Math.max(0, from), to));
  const MATCH_KINDS = [undefined, 'match', 'current'] as const;
  // Offsets stay the article's: only the lines before the lead are left out.
  const from = runInHeadline(article)?.leadStart ?? 0;
  const ranges = wrapRanges(text.slice(from), width).map(([start, end]) => [start + from, end + from] as const);
  return ranges.map(([start, end]) => {
    const segments: Segment[] = [];
    let runStart = start;
    const inEvent = (i: number): boolean => highlight !== null && i >= highlight.start && i < highlight.end;
    for (let i = start + 1; i <= end; i++) {
      if (
        i === end ||
        styles[i] !== styles[runStart] ||
        inEvent(i) !== inEvent(runStart) ||
        matched[i] !== matched[runStart]
      ) {
        const match = MATCH_KINDS[matched[runStart] ?? 0];
        segments.push({
          text: text.slice(runStart, i),
          style: styles[runStart] ?? null,
          inEvent: inEvent(runStart),
          ...(match ? { match } : {}),
        });
        runStart = i;
      }
    }
    return { start, segments };
  });
}

/** The index of the line holding `offset` (the last line starting at or before it). */
export function lineAt(lines: readonly ReaderLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}
