// Text as the search engine sees it: folded to lower case without accents, one UTF-16 unit
// for one, so offsets into the folded text are offsets into the original; and cut into words.

const foldedUnits = new Map<number, string>();

function foldUnit(code: number): string {
  let folded = foldedUnits.get(code);
  if (folded === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    // "É" → "e" + U+0301: keep the base letter. A letter whose lower case or decomposition
    // is not one unit plus marks (the Turkish "İ", ligatures) keeps its own lower case.
    const base = lower.length === 1 ? lower.normalize('NFD') : '';
    folded =
      base.length >= 1 && isCombiningMarks(base, 1) ? base[0]! : lower.length === 1 ? lower : String.fromCharCode(code);
    foldedUnits.set(code, folded);
  }
  return folded;
}

// U+0300–U+036F, the combining diacritical marks NFD splits accents into.
function isCombiningMarks(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300 || code > 0x36f) return false;
  }
  return true;
}

/**
 * Lower case without accents, so "jose" finds "José", and exactly as long as `text`, so a
 * range found in the folded text highlights the same characters of the original.
 */
export function foldText(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 128;
  if (ascii) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 128 ? String.fromCharCode(code).toLowerCase() : foldUnit(code);
  }
  return out;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;
const wordUnits = new Map<number, boolean>();

/** Whether a UTF-16 unit belongs to a word: letters and digits of any script. */
export function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  // Surrogates: treated as word units so that letters outside the BMP stay whole.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = wordUnits.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code));
    wordUnits.set(code, known);
  }
  return known;
}

/** A word of a folded text and where it stands. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * The words of a folded text: maximal runs of letters and digits. An apostrophe ends a word
 * ("obama's" is "obama" and "s"), so a query for the name finds the possessive.
 */
export function wordSpans(folded: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && isWordUnit(folded.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      spans.push({ word: folded.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return spans;
}

/** Calls `visit` with each word of a folded text, as `wordSpans` finds them. */
export function forEachWord(folded: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && isWordUnit(folded.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      visit(folded.slice(start, i));
      start = -1;
    }
  }
}

/** The words of a folded text, without their places. */
export function wordsOf(folded: string): string[] {
  const words: string[] = [];
  forEachWord(folded, (word) => words.push(word));
  return words;
}

/** `folded` without the characters that are not part of a word at either end. */
export function trimToWords(folded: string): { text: string; start: number } {
  let start = 0;
  let end = folded.length;
  while (start < end && !isWordUnit(folded.charCodeAt(start))) start++;
  while (end > start && !isWordUnit(folded.charCodeAt(end - 1))) end--;
  return { text: folded.slice(start, end), start };
}
