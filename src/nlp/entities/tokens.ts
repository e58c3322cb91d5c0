// Tokenises raw news text the way CoNLL-2003 was tokenised (the model was trained on it), while
// keeping JavaScript string offsets: punctuation apart, possessive 's apart, hyphenated words,
// initials ("U.S.") and common abbreviations ("Inc.") whole.

/** Token boundaries as parallel arrays, so the tagger's hot loop reads numbers, not objects. */
export interface Tokens {
  starts: number[];
  ends: number[];
}

// Abbreviations whose period belongs to the word (lowercased, without the period).
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
  'plc',
  'vs',
  'no',
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
  'messrs',
  'ave',
  // US states as news agencies abbreviate them ("St. Petersburg, Fla.").
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
]);

function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  // Letters, combining marks and digits beyond ASCII; spaces and punctuation excluded.
  return code >= 0xc0 && !isNonAsciiPunctuation(code);
}

function isNonAsciiPunctuation(code: number): boolean {
  return (
    code === 0xd7 ||
    code === 0xf7 ||
    (code >= 0x2000 && code <= 0x206f) || // general punctuation: quotes, dashes, spaces
    (code >= 0x3000 && code <= 0x303f) ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0xfffd ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// Joiners stay inside a word when a word character follows: al-Saadi, U.S, AT&T, O'Neill, 27,707.
function isJoiner(code: number, prev: number, next: number): boolean {
  if (!isWordChar(next)) return false;
  if (code === 45 || code === 46 || code === 38 || code === 39 || code === 0x2019 || code === 95) return true;
  if (code === 44 || code === 58 || code === 47) return isDigit(prev) && isDigit(next);
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Splits `text[from, to)` into tokens; never throws, whatever the input. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const decimal = code === 46 && i + 1 < to && isDigit(text.charCodeAt(i + 1)); // ".596"
    if (!isWordChar(code) && !decimal) {
      // A detached clitic ("England 's", "I 'm") is one token, as CoNLL writes it.
      const clitic = isApostrophe(code) ? cliticLength(text, i + 1, to) : 0;
      if (clitic > 0) {
        starts.push(i);
        ends.push(i + 1 + clitic);
        i += 1 + clitic;
        continue;
      }
      // Runs of one punctuation mark ("...", "--") are one token.
      let j = i + 1;
      while (j < to && text.charCodeAt(j) === code) j++;
      starts.push(i);
      ends.push(j);
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (isWordChar(c)) j++;
      else if (j + 1 < to && isJoiner(c, text.charCodeAt(j - 1), text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    // A trailing period belongs to initials and known abbreviations.
    if (j < to && text.charCodeAt(j) === 46 && (periodBelongs(text, i, j) || listNumber(text, from, i, j))) j++;
    // Possessive 's and clitics ('m, 're, n't ...) are tokens of their own, as in CoNLL.
    const split = cliticStart(text, i, j);
    if (split > i) {
      starts.push(i, split);
      ends.push(split, j);
    } else {
      starts.push(i);
      ends.push(j);
    }
    i = j;
  }
  return { starts, ends };
}

const CLITICS = new Set(['s', 'm', 're', 've', 'll', 'd', 't']);

// Where a clitic at the end of the word [start, end) begins ("Hezbollah’s", "I'm", "don't"), or -1.
function cliticStart(text: string, start: number, end: number): number {
  for (let k = end - 2; k > start && k >= end - 3; k--) {
    if (!isApostrophe(text.charCodeAt(k))) continue;
    const clitic = text.slice(k + 1, end).toLowerCase();
    if (clitic === 't') return k - 1 > start && (text.charCodeAt(k - 1) | 32) === 110 ? k - 1 : -1; // n't
    return CLITICS.has(clitic) ? k : -1;
  }
  return -1;
}

// Length of a clitic ("s", "ll") starting at `from` and ending a word, else 0.
function cliticLength(text: string, from: number, to: number): number {
  let end = from;
  while (end < to && end - from < 3 && isWordChar(text.charCodeAt(end))) end++;
  if (end === from || (end < to && isWordChar(text.charCodeAt(end)))) return 0;
  return CLITICS.has(text.slice(from, end).toLowerCase()) ? end - from : 0;
}

// "1. Michelle Freeman": a short number opening the line is a list item, period and all.
function listNumber(text: string, from: number, start: number, end: number): boolean {
  if (start !== from || end - start > 2) return false;
  for (let k = start; k < end; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

function periodBelongs(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > 8) return false;
  const word = text.slice(start, end);
  // Initials: "J", "U.S"; not "S.AFRICA" (its last part is a word) nor a lone lowercase letter.
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$|^[A-Z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
