import type { Sentence } from '../types.js';
import { photoCreditRanges } from './entities/news-conventions.js';

// Abbreviations that end with a period but rarely end a sentence in news prose.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'co',
  'corp',
  'inc',
  'ltd',
  'bros',
  'no',
  'vs',
  'etc',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'ave',
  'blvd',
  'dept',
  'univ',
  'est',
  'pres',
  'supt',
]);

// A caption is a short line ending in a photo credit: "(Hadi Mizban/AP)", "(Photo: Reuters)".
// The credit is read by code, not by one regex: in `(?:photo:?\s*)?[^()]{2,60}\/` the space after
// "photo" can be read two ways, which recheck shows costs a cube of the line's length.
const CAPTION_MAX_LENGTH = 240;
/** Who took it, after the slash: "AP", " Getty Images", "Hadi Mizban" in "(Hadi Mizban/AP)". */
const CREDIT_AGENCY = /^\s*[a-z][a-z. ]{1,30}$/i;
/** "(Photo …)", "(Picture: …)", "(Image courtesy of …)": at most 60 characters after the word. */
const CREDIT_WORDS = ['photo', 'picture', 'image'];
const CREDIT_WORD_TEXT_MAX = 60;
/** Before the slash: 2 to 60 characters, not counting an opening "Photo:" or "Photograph ". */
const CREDIT_NAME_MIN = 2;
const CREDIT_NAME_MAX = 60;

// Titles that stay joined to the name after them even before "The", "He", … ("Gen. He Lei").
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'st']);
// Words that clearly open a sentence after an abbreviation ("… in the U.S. The next day").
const SENTENCE_OPENER = /(?:The|A|An|In|On|But|He|She|It|They|We|This|That|Its|His|Her)\b/y;
const ALL_CAPS_WORD = /[A-Z]{2,}\b/y;
const TICKER_BEFORE = /\([A-Z\d]{1,6}$/;
const EXCHANGE = /[A-Z]{1,4}\)/y;
const LETTER = /[a-z]/i;

function isAbbreviation(text: string, periodIndex: number): boolean {
  let start = periodIndex;
  while (start > 0 && /[.a-z]/i.test(text[start - 1]!)) start--;
  const word = text.slice(start, periodIndex).toLowerCase();
  if (word.length === 0) return false;
  // Initials ("J. Smith", "U.S.") and known abbreviations.
  if (/^[a-z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

/** The letters just before `index`, at most four back: "Gen" in "Maj. Gen.". */
function lettersBefore(text: string, index: number): string {
  let start = index;
  while (start > Math.max(0, index - 4) && LETTER.test(text[start - 1]!)) start--;
  return text.slice(start, index).toLowerCase();
}

/** Whether `pattern` (sticky) matches at `index` of `text`; no copy of the rest of the line. */
function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

function startsWithWord(text: string, word: string): boolean {
  return text.slice(0, word.length).toLowerCase() === word;
}

/** The lengths an opening "photo", "photograph", with or without ':' and space, may take: 0 and
 * a range after each form. */
function photoPrefixRanges(name: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [[0, 0]];
  for (const word of ['photo', 'photograph']) {
    if (!startsWithWord(name, word)) continue;
    for (const base of name[word.length] === ':' ? [word.length, word.length + 1] : [word.length]) {
      let end = base;
      while (end < name.length && /\s/.test(name[end]!)) end++;
      ranges.push([base, end]);
    }
  }
  return ranges;
}

/** Whether the line ends in a credit in brackets with no brackets inside: "(name/agency)" or
 * "(photo …)". */
function endsWithCredit(line: string): boolean {
  const text = line.trimEnd();
  if (!text.endsWith(')')) return false;
  const open = text.lastIndexOf('(');
  if (open < 0) return false;
  const credit = text.slice(open + 1, -1);
  if (credit.includes(')') || credit.includes('\n')) return false;
  const word = CREDIT_WORDS.find((w) => startsWithWord(credit, w));
  if (word !== undefined && credit.length - word.length <= CREDIT_WORD_TEXT_MAX) return true;
  const slash = credit.lastIndexOf('/');
  if (slash < 0 || !CREDIT_AGENCY.test(credit.slice(slash + 1))) return false;
  const name = credit.slice(0, slash);
  // Some length of the opening "Photo: " leaves a name of 2 to 60 characters.
  return photoPrefixRanges(name).some(
    ([shortest, longest]) => name.length - longest <= CREDIT_NAME_MAX && name.length - shortest >= CREDIT_NAME_MIN,
  );
}

// How a broadcaster's page labels its pictures' text: "Image caption, Security forces …".
const CAPTION_LABELS = ['image caption', 'image source', 'media caption', 'picture caption'];
// A credit of an agency alone, in brackets: "(Reuters)", "(AP)", "(Getty Images)".
const AGENCY_CREDITS = new Set(['reuters', 'ap', 'afp', 'epa', 'pa', 'getty images', 'bloomberg']);

function isCaption(line: string): boolean {
  const lower = line.slice(0, 20).toLowerCase();
  if (CAPTION_LABELS.some((label) => lower.startsWith(label) && /[,:]/.test(line.charAt(label.length)))) return true;
  if (line.length > CAPTION_MAX_LENGTH) return false;
  const open = line.lastIndexOf('(');
  const credit = line.endsWith(')') && open > 0 ? line.slice(open + 1, -1).toLowerCase() : '';
  return endsWithCredit(line) || AGENCY_CREDITS.has(credit);
}

/** Splits an article body into sentences with offsets; line breaks always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const caption = isCaption(line.trim());
      for (const { start, end, caption: credited } of withCreditsApart(line, splitLine(line)))
        sentences.push({ start: lineStart + start, end: lineStart + end, caption: caption || credited });
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/**
 * The line's sentences with each photo credit run into the text apart: a scraped page runs its
 * picture's caption and credit into the lead ("… testify in front of the US Congress. Photograph:
 * Haraz Ghanbari/AP BP's out-of-control well will …"). The credit is a caption, and so is the
 * sentence it closes (the picture's caption, often after the headline and standfirst); the text
 * after the credit starts a sentence: the lead.
 */
function withCreditsApart(
  line: string,
  spans: Array<[number, number]>,
): Array<Omit<Sentence, 'caption'> & { caption: boolean }> {
  const credits = photoCreditRanges(line).sort((a, b) => a[0] - b[0]);
  if (credits.length === 0) return spans.map(([start, end]) => ({ start, end, caption: false }));
  const out: Array<{ start: number; end: number; caption: boolean }> = [];
  let next = 0;
  for (const [start, end] of spans) {
    let from = start;
    for (; next < credits.length && credits[next]![0] < end; next++) {
      const [a, b] = credits[next]!;
      if (a < from) continue;
      // What the credit closes: the text before it in this sentence, else the sentence before.
      const before = line.slice(from, a).trim();
      if (before) out.push({ ...trimmed(line, from, a), caption: true });
      else if (out.length > 0) out[out.length - 1]!.caption = true;
      const creditEnd = withoutOpener(line, a, Math.min(b, end));
      out.push({ ...trimmed(line, a, creditEnd), caption: true });
      from = creditEnd;
    }
    if (line.slice(from, end).trim()) out.push({ ...trimmed(line, from, end), caption: false });
  }
  return out;
}

// A credit without a slash ends after a name of two capitalised words at most: "Photograph: Nasa
// The final …" takes the lead's first word with it.
const LEAD_OPENERS = new Set(['The', 'A', 'An', 'In', 'On', 'But', 'He', 'She', 'It', 'They', 'We', 'This', 'That']);

/** The credit [from, to) without a lead's opening word at its end. */
function withoutOpener(line: string, from: number, to: number): number {
  const text = line.slice(from, to).trimEnd();
  const space = text.lastIndexOf(' ');
  return space > 0 && LEAD_OPENERS.has(text.slice(space + 1)) ? from + space : to;
}

/** The span [from, to) of `line` without the white space at either end. */
function trimmed(line: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return { start, end };
}

/** Sentence spans within one line, trimmed of surrounding white space. */
function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(line[s]!)) s++;
    while (e > s && /\s/.test(line[e - 1]!)) e--;
    if (e > s) spans.push([s, e]);
    start = end;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Absorb closing quotes and brackets that belong to the sentence. Whatever is decided here
    // holds for every mark of the run, so the scan goes on after it: a run of 80,000 dots is read once.
    let end = i + 1;
    while (end < line.length && /[!"').?\]’”]/.test(line[end]!)) end++;
    const last = i;
    i = end - 1;
    if (end < line.length && !/\s/.test(line[end]!)) continue;
    let next = end;
    while (next < line.length && /\s/.test(line[next]!)) next++;
    if (next >= line.length) break;
    const following = line[next]!;
    if (!/[\d"'(A-Z[‘“]/.test(following)) continue;
    // A stock ticker with its exchange, spaced as some archives write it: "BP Plc (BP. L) fell".
    if (ch === '.' && TICKER_BEFORE.test(line.slice(Math.max(0, last - 8), last)) && matchesAt(EXCHANGE, line, next))
      continue;
    if (ch === '.' && end === last + 1 && isAbbreviation(line, last) && !matchesAt(ALL_CAPS_WORD, line, next)) {
      // "Mr. Smith" continues; "… in the U.S. The next day" is ambiguous: keep it joined
      // unless the next word is clearly a sentence opener.
      if (!matchesAt(SENTENCE_OPENER, line, next)) continue;
      if (TITLES.has(lettersBefore(line, last))) continue;
    }
    push(end);
  }
  push(line.length);
  return spans;
}
