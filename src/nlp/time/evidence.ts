// When a four-digit number is a year. News copy is full of numbers shaped like years: clock
// times of live blogs ("1905: Welcome to our live coverage", "2000 BST"), page ranges and
// volumes of citations ("126(4), 1850–1855", "30:613, 1977"), quantities ("the deaths of 1800
// Americans") and plurals of things ("We don't need 1040s"). A number is read as a year only
// with evidence; these are the tests, in plain string code (each looks at a few words around
// the number, so its cost is linear in the text).
import type { Day } from './calendar.js';

/**
 * The years a story may name bare: from a generation before publication to a few years after.
 * News names recent years without ceremony ("1989 was a watershed", "the 2008 crisis"), but
 * history is introduced by the calendar ("in 1770", "since 1851", "the 1918 pandemic"), and
 * plans beyond a few years carry their preposition ("by 2030"). Thirty years is the span of
 * living working memory a reporter can assume; five covers the plans and terms of office news
 * reports bare ("the 2012 election").
 */
export const BARE_YEARS_BEFORE = 30;
export const BARE_YEARS_AFTER = 5;

/** True when `year` is outside the span a story names bare years in (see BARE_YEARS_BEFORE). */
export function isFarFromPublication(year: number, dct: Day | null): boolean {
  if (!dct) return false;
  return year < dct.year - BARE_YEARS_BEFORE || year > dct.year + BARE_YEARS_AFTER;
}

/** True when the decade starting at `firstYear` lies wholly outside the bare-year span. */
export function isFarDecade(firstYear: number, dct: Day | null): boolean {
  if (!dct) return false;
  return firstYear + 9 < dct.year - BARE_YEARS_BEFORE || firstYear > dct.year + BARE_YEARS_AFTER;
}

// Words just before a number that make it a calendar year: "in 1770", "since 1990", "born in
// 1957", "the summer of 1969", "fiscal 1989" (prepositions and calendar nouns).
const CALENDAR_WORDS = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'to',
  'through',
  'thru',
  'during',
  'before',
  'after',
  'between',
  'around',
  'circa',
  'c.',
  'ca.',
  'of',
  'year',
  'years',
  'early',
  'mid',
  'late',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'fiscal',
  'calendar',
  'season',
  'class',
  'vintage',
  'census',
  'born',
  'died',
  'founded',
  'established',
  'built',
  'dated',
  'dating',
  'est.',
  'b.',
  'd.',
]);

// A determiner before the number makes it a year used as a name: "the 1918 pandemic", "a 1948
// NHS film", "its 1947 report"; one word may stand between ("her ground-breaking 1980 book").
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'whose',
]);

function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

/**
 * The word that ends just before `index` with only spaces between (lower case, keeping a final
 * '.' and inner hyphens), and where it starts; null when punctuation or a digit stands between.
 */
function wordBefore(text: string, index: number): { word: string; start: number } | null {
  let i = index;
  let spaces = 0;
  while (i > 0 && isSpace(text[i - 1])) {
    i--;
    spaces++;
  }
  if (spaces === 0 || i === 0) return null;
  const end = i;
  if (text[i - 1] === '.') i--;
  while (i > 0 && (isLetter(text[i - 1]!) || (text[i - 1] === '-' && i - 1 > 0 && isLetter(text[i - 2]!)))) i--;
  if (i === end || (text[end - 1] === '.' && i === end - 1)) return null;
  return { word: text.slice(i, end).toLowerCase(), start: i };
}

/** A four-digit number just before `index`, joined by a list or range mark ("1918, 1957"). */
function listedAfterNumber(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && isSpace(text[i - 1])) i--;
  const mark = text.slice(Math.max(0, i - 4), i);
  let j: number;
  if (mark.endsWith(' and') || mark.endsWith(' or') || mark.endsWith(' to')) j = i - mark.trimStart().length - 1;
  else if (text[i - 1] === ',' || text[i - 1] === '–' || text[i - 1] === '-' || text[i - 1] === '/') j = i - 1;
  else return false;
  while (j > 0 && isSpace(text[j - 1])) j--;
  const digits = text.slice(Math.max(0, j - 4), j);
  return digits.length === 4 && [...digits].every(isDigit) && !isDigit(text[j - 5]);
}

// Comparatives that set one time against another ("worse than 1918"); "more than 1800" counts.
const COMPARED_IN_TIME = new Set([
  'worse',
  'better',
  'earlier',
  'later',
  'deadlier',
  'milder',
  'harsher',
  'hotter',
  'colder',
  'warmer',
  'wetter',
  'drier',
]);

/**
 * The cue before a number at `index`, if any:
 * - `calendar`: a preposition or calendar word ("in 1770", "since 1990", "born in 1957",
 *   "fiscal 1989") or a prefix of time ("post-1959");
 * - `name`: words that introduce years and counts alike, so a plural after the number decides
 *   ("the pandemic of 1918" / "the deaths of 1800 Americans"): "of", a determiner, a determiner
 *   with up to three lower-case modifiers before a noun ("the far more serious 1918 pandemic"),
 *   or another number it is listed with ("1918, 1957 and 1968"), or a comparison ("like 1957",
 *   "worse than 1918").
 */
export function calendarCueBefore(text: string, index: number): 'calendar' | 'name' | null {
  // "post-1959 politics", "pre-1914", "mid-1850s": a prefix of time.
  if (text[index - 1] === '-') {
    const prefix = text.slice(Math.max(0, index - 5), index - 1).toLowerCase();
    if (/(?:^|[^a-z])(?:post|pre|mid)$/.test(prefix)) return 'calendar';
  }
  let before = wordBefore(text, index);
  if (before && before.word !== 'of' && CALENDAR_WORDS.has(before.word)) return 'calendar';
  if (before && (before.word === 'of' || determines(text, before))) return 'name';
  // "worse than 1918 Spanish flu", "like 1957, when the virus spread": a year compared with is a
  // date as a year named is, and a plural after it still makes a count ("like 1500 others").
  if (before && (before.word === 'like' || before.word === 'unlike')) return 'name';
  if (before?.word === 'than') {
    const comparative = wordBefore(text, before.start);
    if (comparative && COMPARED_IN_TIME.has(comparative.word)) return 'name';
  }
  if (listedAfterNumber(text, index)) return 'name';
  // "Harvard University, BA, 1949", "PhD 1972": a degree's year in a curriculum vitae.
  if (DEGREE_BEFORE.test(text.slice(Math.max(0, index - 10), index))) return 'calendar';
  // "her ground-breaking 1980 book": modifiers between a determiner and a year used as a name.
  const attributive = isSpace(text[index + 4]) && isLetter(text[index + 5] ?? '');
  for (let modifiers = 0; attributive && before && modifiers < 3; modifiers++) {
    const first = text[before.start]!;
    if (first < 'a' || first > 'z' || before.word.endsWith('.')) return null;
    before = wordBefore(text, before.start);
    if (before && determines(text, before)) return 'name';
  }
  return null;
}

/**
 * A determiner, or a possessive that stands where one would ("Cuba's 1959 revolution", "the
 * party's 1957 congress": the possessive "'s" is read by wordBefore as the word "s").
 */
function determines(text: string, word: { word: string; start: number }): boolean {
  if (DETERMINERS.has(word.word)) return true;
  const apostrophe = text[word.start - 1];
  return word.word === 's' && (apostrophe === "'" || apostrophe === '’') && isLetter(text[word.start - 2] ?? '');
}

// Capitalised words that introduce a year as the calendar does: "Since 1957", "Spring 2009",
// "Fiscal 1989", "Christmas 2008", "AD 2000".
const CALENDAR_NAMES = new Set([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september'],
  ...['october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.'],
  ...['sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'christmas', 'easter', 'thanksgiving', 'ad', 'a.d.'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'fy'],
  // Function words capitalised at the start of a sentence or title: "For 1988, BellSouth earned".
  ...['for', 'at', 'on', 'as', 'with', 'over', 'under', 'about', 'into', 'within', 'throughout'],
  ...['against', 'toward', 'towards', 'amid', 'across', 'beyond', 'despite', 'unlike', 'like', 'than'],
  ...['and', 'but', 'or', 'nor', 'so', 'then', 'also', 'only', 'even', 'yet', 'still', 'not', 'just'],
  ...['when', 'while', 'where', 'if', 'unless', 'because', 'though', 'although', 'whether', 'what'],
  ...['all', 'both', 'each', 'every', 'no', 'some', 'any', 'these', 'those', 'including', 'overall'],
]);

/**
 * True when the number at `index` is the number of a name: "the Russell 2000 index", "Windows
 * 2000", "Euro 2008". A capitalised word right before it that is no calendar word makes the
 * number part of the name (TIMEX3 marks a year only where the text uses it as a date), whatever
 * follows ("Windows 2000 was released", "Euro 2008's final").
 */
export function isNamesNumber(text: string, index: number): boolean {
  const before = wordBefore(text, index);
  if (!before || before.word.length < 2) return false;
  const first = text[before.start]!;
  if (first < 'A' || first > 'Z' || DEGREE_BEFORE.test(text.slice(Math.max(0, index - 10), index))) return false;
  return !CALENDAR_WORDS.has(before.word) && !DETERMINERS.has(before.word) && !CALENDAR_NAMES.has(before.word);
}

/** True when some calendar cue, of either kind, stands before the number at `index`. */
export function hasCalendarCueBefore(text: string, index: number): boolean {
  return calendarCueBefore(text, index) !== null;
}

const DEGREE_BEFORE =
  /(?:^|[\s,(])(?:BA|BS|BSc|BBA|BEng|MA|MS|MSc|MBA|MPA|MPP|MFA|MEng|MPhil|DPhil|PhD|Ph\.D\.|EdD|JD|LLB|LLM),?\s$/;

/**
 * A year that an event waits for: "it will be 2015 before any trials begin and at least 2028
 * before appeals are exhausted", "it will be 2030 until the plant opens": "be" or "at least" (or
 * "as late as", "as early as") before the number and "before" or "until" after it.
 */
export function isYearAwaited(text: string, start: number, end: number): boolean {
  return (
    AWAITED_AFTER.test(text.slice(end, end + 8)) && BE_BEFORE_AWAITED.test(text.slice(Math.max(0, start - 24), start))
  );
}
const AWAITED_AFTER = /^ (?:before|until) /;
const BE_BEFORE_AWAITED =
  /(?:\b(?:be|been|is|was)|['’]s)\s(?:(?:at\sleast|as\slate\sas|as\searly\sas)\s)?$|\b(?:at\sleast|as\slate\sas|as\searly\sas)\s$/;

/**
 * A calendar cue after the number ending at `end`: the possessive of a year ("1957's"), or a
 * singular verb it is the subject of ("1957 was a turning point"; a count takes the plural:
 * "1800 were killed").
 */
export function hasCalendarCueAfter(text: string, end: number): boolean {
  const next = text.slice(end, end + 3);
  if (next.startsWith("'s") || next.startsWith('’s')) return true;
  if (SINGULAR_VERB_AFTER.test(text.slice(end, end + 5))) return true;
  // "(1963 to 1965)", "from 1972 through 1974": the first year of a range of years, the later
  // one within a lifetime of it.
  const range = YEAR_RANGE_AFTER.exec(text.slice(end, end + 14));
  if (!range) return false;
  const first = Number(text.slice(end - 4, end));
  const last = Number(range[1]);
  return last > first && last - first <= YEAR_RANGE_MAX;
}
const SINGULAR_VERB_AFTER = /^ (?:was|is|has|had) /;
const YEAR_RANGE_AFTER = /^\s(?:to|through|until|and)\s(1[6-9]\d\d|20\d\d)(?![\d,])/;
const YEAR_RANGE_MAX = 60;

/**
 * A plural noun right after the number: "1800 Americans", "1040s"-style things counted. Years
 * name things in the singular ("the 1918 pandemic"); a far number before a plural counts them.
 */
export function hasPluralAfter(text: string, end: number): boolean {
  if (!isSpace(text[end])) return false;
  let i = end + 1;
  const start = i;
  while (i < text.length && isLetter(text[i]!)) i++;
  const word = text.slice(start, i);
  // Not the singular nouns that end in s: "politics", "process", "virus", "crisis".
  return word.length >= 4 && word.endsWith('s') && !/(?:ics|ss|us|is)$/.test(word);
}

/**
 * A citation's volume, issue or page before the number: "126(4), 1850–1855", "30:613, 1977",
 * "pp. 1850", "vol. 1999", and the second number of the range that follows such a reference.
 */
export function isCitationNumber(text: string, index: number): boolean {
  let i = index;
  // The second number of a page range: step over "1850–".
  if ((text[i - 1] === '–' || text[i - 1] === '-') && isDigit(text[i - 2])) {
    i -= 2;
    while (i > 0 && isDigit(text[i - 1])) i--;
  }
  while (i > 0 && isSpace(text[i - 1])) i--;
  const before = wordBefore(text, index);
  if (before && /^(?:pp?\.|vol\.|volume|issue|no\.|nos\.|page|pages)$/.test(before.word)) return true;
  if (text[i - 1] !== ',' && text[i - 1] !== ':') return false;
  i--;
  // "126(4)," or "30:613,": a number with an issue in brackets, or volume:page.
  if (text[i - 1] === ')') {
    let j = i - 2;
    while (j > 0 && isDigit(text[j])) j--;
    return text[j] === '(' && j < i - 2 && isDigit(text[j - 1]);
  }
  let j = i;
  while (j > 0 && isDigit(text[j - 1])) j--;
  return j < i && text[j - 1] === ':' && isDigit(text[j - 2]);
}

/** True when `hhmm` (four digits) reads as a 24-hour clock time, 0000–2359. */
export function isClockTime(hhmm: string): boolean {
  return Number(hhmm.slice(0, 2)) <= 23 && Number(hhmm.slice(2, 4)) <= 59;
}

export interface EntryOpener {
  index: number;
  hhmm: string;
}

/**
 * Four-digit numbers that open a live-blog entry: at the start of the text or of a sentence
 * (after . ! ? or a closing quote), or after "tweets" (the blog's credit line), followed by ":"
 * or by a capitalised word ("1905: Welcome …", "1600 United Nations …").
 */
export function entryOpeners(text: string): EntryOpener[] {
  const found: EntryOpener[] = [];
  const number = /\d{4}/g;
  let m: RegExpExecArray | null;
  while ((m = number.exec(text))) {
    if (opensEntry(text, m.index)) found.push({ index: m.index, hhmm: m[0] });
  }
  return found;
}

/** True when the four digits at `index` open an entry (see entryOpeners). */
export function opensEntry(text: string, index: number): boolean {
  const end = index + 4;
  if (isDigit(text[index - 1]) || isDigit(text[end])) return false;
  const after = text[end];
  const entry = (after === ':' && isSpace(text[end + 1])) || (isSpace(after) && /[A-Z]/.test(text[end + 1] ?? ''));
  if (!entry) return false;
  let i = index;
  while (i > 0 && isSpace(text[i - 1])) i--;
  if (i === 0) return true;
  if (i < index && '.!?”"’\''.includes(text[i - 1]!)) return true;
  return i < index && text.slice(Math.max(0, i - 6), i) === 'tweets';
}

// A 12-hour clock time that opens an entry: "3.40 pm: The White House …", "10:05am - BP says".
const CLOCK_ENTRY = /(?:^|[.!?”"’'])\s*(\d{1,2}[.:][0-5]\d ?[ap]\.?m\.?) ?[:–—-]\s/gi;
const LIVE_BLOG_ENTRIES = 3;

/**
 * The 12-hour clock times that open the entries of a live blog ("3.40 pm: …"), by offset, when
 * at least three do: each entry is timed on the blog's day, whatever day its text names before.
 */
export function liveBlogEntryClocks(text: string): ReadonlySet<number> {
  const found = new Set<number>();
  for (const m of text.matchAll(CLOCK_ENTRY)) found.add(m.index + m[0].indexOf(m[1]!));
  return found.size >= LIVE_BLOG_ENTRIES ? found : NO_ENTRIES;
}
const NO_ENTRIES: ReadonlySet<number> = new Set();

/** A heading of a chronology: "1918: The Spanish flu …" opening a sentence, outside a live blog. */
export function isYearHeading(text: string, index: number): boolean {
  return text[index + 4] === ':' && opensEntry(text, index);
}

/**
 * The entry openers of a live blog, or none: at least three, every one a valid clock time, in
 * time order (either way: blogs run newest first or oldest first), and at least one that cannot
 * be a bare year of the story (1905 in a 2010 blog). A run of years in order ("2008 … 2009 …
 * 2010") reads as years.
 */
export function liveBlogClockTimes(text: string, dct: Day | null): ReadonlySet<number> {
  const openers = entryOpeners(text);
  if (!dct || openers.length < 3 || !openers.every((o) => isClockTime(o.hhmm))) return new Set();
  const values = openers.map((o) => Number(o.hhmm));
  const rising = values.every((v, k) => k === 0 || v >= values[k - 1]!);
  const falling = values.every((v, k) => k === 0 || v <= values[k - 1]!);
  if (!rising && !falling) return new Set();
  if (!values.some((v) => v >= 1600 && isFarFromPublication(v, dct))) return new Set();
  return new Set(openers.map((o) => o.index));
}
