// Where a query matched inside an event's fields, as offsets into the original text (folding
// keeps offsets), so the UI can mark the matched characters and n/N can step between them.

import type { ParsedQuery, TermPiece } from './query.js';
import { foldText, isWordUnit, trimToWords, wordSpans } from './text.js';

export type MatchField = 'summary' | 'entities' | 'source' | 'date';

export interface FieldMatch {
  field: MatchField;
  /** The text the ranges point into: the summary, one entity name, one source, or the date text. */
  text: string;
  /** `[start, endExclusive]` offsets into `text`, sorted, never overlapping. */
  ranges: Array<[number, number]>;
}

/** Words one typo from a term that no word starts with as typed; null when the term needs none. */
export type TypoLookup = (term: string) => ReadonlySet<string> | null;

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const range of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

function positivePieces(parsed: ParsedQuery): TermPiece[] {
  return parsed.groups.flatMap((group) => group.flat());
}

/**
 * Ranges of `folded` matched by the pieces: the typed part of a word a term begins, the whole
 * word a typo stands for, the anchored part of a field for ^ and $ (when `anchors`).
 */
function rangesIn(
  folded: string,
  pieces: readonly TermPiece[],
  typos: TypoLookup,
  anchors: boolean,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const wordPieces = pieces.filter((piece) => piece.kind === 'prefix' || piece.kind === 'exact');
  if (wordPieces.length > 0) {
    const typoSets = wordPieces.map((piece) => (piece.kind === 'prefix' ? typos(piece.text) : null));
    if (typoSets.every((set) => set === null) && wordPieces.every((piece) => isAllWordUnits(piece.text))) {
      // No typo to look up: the terms' places are found by searching the text for them, not by
      // cutting every word of it out (the search screen highlights a screenful per keystroke).
      for (const piece of wordPieces) addWordStarts(folded, piece, ranges);
      return anchors ? mergeRanges([...ranges, ...anchoredRanges(folded, pieces)]) : mergeRanges(ranges);
    }
    for (const { word, start, end } of wordSpans(folded)) {
      wordPieces.forEach((piece, i) => {
        if (piece.kind === 'exact') {
          if (word === piece.text) ranges.push([start, end]);
        } else if (word.startsWith(piece.text)) ranges.push([start, start + piece.text.length]);
        else if (typoSets[i]?.has(word) === true) ranges.push([start, end]);
      });
    }
  }
  if (anchors) ranges.push(...anchoredRanges(folded, pieces));
  return mergeRanges(ranges);
}

/** The anchored part of a field for ^, $ and ^…$. */
function anchoredRanges(folded: string, pieces: readonly TermPiece[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const { text, start } = trimToWords(folded);
  const end = start + text.length;
  for (const piece of pieces) {
    if (piece.kind === 'start' && text.startsWith(piece.text)) ranges.push([start, start + piece.text.length]);
    if (piece.kind === 'end' && text.endsWith(piece.text)) ranges.push([end - piece.text.length, end]);
    if (piece.kind === 'whole' && text === piece.text) ranges.push([start, end]);
  }
  return ranges;
}

function isAllWordUnits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWordUnit(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/**
 * Where `piece` (word units only) begins a word of `folded`, as `wordSpans` would find it: the
 * typed part of the word for a prefix, the whole word for an exact term.
 */
function addWordStarts(folded: string, piece: TermPiece, into: Array<[number, number]>): void {
  const { text } = piece;
  for (let at = folded.indexOf(text); at >= 0; at = folded.indexOf(text, at + 1)) {
    if (at > 0 && isWordUnit(folded.charCodeAt(at - 1))) continue;
    const after = at + text.length;
    if (piece.kind === 'exact' && after < folded.length && isWordUnit(folded.charCodeAt(after))) continue;
    into.push([at, after]);
  }
}

/** The event's fields as shown and as folded (same lengths, same order). */
interface EventTexts {
  summary: string;
  entities: readonly string[];
  sources: readonly string[];
}

export function highlightEvent(
  original: EventTexts,
  folded: EventTexts,
  parsed: ParsedQuery,
  typos: TypoLookup,
): FieldMatch[] {
  const pieces = positivePieces(parsed);
  const out: FieldMatch[] = [];
  const add = (field: MatchField, text: string, foldedText: string): void => {
    const ranges = rangesIn(foldedText, pieces, typos, true);
    if (ranges.length > 0) out.push({ field, text, ranges });
  };
  add('summary', original.summary, folded.summary);
  original.entities.forEach((entity, i) => add('entities', entity, folded.entities[i]!));
  original.sources.forEach((source, i) => add('source', source, folded.sources[i]!));
  return out;
}

/** Where the query's words occur in any text, e.g. an article body in the reader. */
export function highlightText(text: string, parsed: ParsedQuery, typos: TypoLookup): Array<[number, number]> {
  return rangesIn(foldText(text), positivePieces(parsed), typos, false);
}
