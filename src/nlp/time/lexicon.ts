// Words of English time expressions, as lookup tables and as regular-expression fragments built
// once from the same tables so the two never disagree.

/** Month names as written in news prose, with the agency abbreviations ("Sept.", "Oct."). */
const MONTH_FORMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['January', 'Jan.', 'Jan']],
  [2, ['February', 'Feb.', 'Feb']],
  [3, ['March', 'Mar.', 'Mar']],
  [4, ['April', 'Apr.', 'Apr']],
  [5, ['May']],
  [6, ['June', 'Jun.', 'Jun']],
  [7, ['July', 'Jul.', 'Jul']],
  [8, ['August', 'Aug.', 'Aug']],
  [9, ['September', 'Sept.', 'Sep.', 'Sept', 'Sep']],
  [10, ['October', 'Oct.', 'Oct']],
  [11, ['November', 'Nov.', 'Nov']],
  [12, ['December', 'Dec.', 'Dec']],
];

export const MONTHS = new Map<string, number>();
for (const [n, forms] of MONTH_FORMS) {
  for (const f of forms) {
    MONTHS.set(f.toLowerCase(), n);
    MONTHS.set(f.replace(/\.$/, '').toLowerCase(), n);
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Title-case and ALL-CAPS forms, longest first so "Sept." wins over "Sep". */
function caseForms(words: readonly string[]): string {
  const all = new Set<string>();
  for (const w of words) {
    all.add(w);
    all.add(w.toUpperCase());
  }
  return [...all]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

/** Any month name, capitalised (lower-case "march" and "may" are verbs). */
export const MONTH_NAME = `(?:${caseForms(MONTH_FORMS.flatMap(([, f]) => f))})`;
/** Month names that are rarely anything else when capitalised ("May" and "March" are left out). */
export const SAFE_MONTH_NAME = `(?:${caseForms(
  MONTH_FORMS.flatMap(([, f]) => f).filter(
    (f) =>
      f !== 'May' && f !== 'March' && f !== 'Mar.' && (f.length > 4 || f.endsWith('.') || f === 'June' || f === 'July'),
  ),
)})`;

export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

const WEEKDAY_FORMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['Monday', 'Mon.']],
  [2, ['Tuesday', 'Tues.', 'Tue.']],
  [3, ['Wednesday', 'Wed.']],
  [4, ['Thursday', 'Thurs.', 'Thu.']],
  [5, ['Friday', 'Fri.']],
  [6, ['Saturday', 'Sat.']],
  [7, ['Sunday', 'Sun.']],
];

const WEEKDAYS = new Map<string, number>();
for (const [n, forms] of WEEKDAY_FORMS) for (const f of forms) WEEKDAYS.set(f.toLowerCase(), n);

export const WEEKDAY_NAME = `(?:${caseForms(WEEKDAY_FORMS.map(([, f]) => f[0]!))})`;

/** ISO weekday number (Monday 1) of a weekday name, plural or not. */
export function weekdayNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/s$/, '');
  return WEEKDAYS.get(w) ?? null;
}

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const NUMBER_WORDS = new Map<string, number>();
SMALL_NUMBERS.forEach((w, i) => NUMBER_WORDS.set(w, i));
TENS.forEach((w, i) => {
  if (w) NUMBER_WORDS.set(w, i * 10);
});
NUMBER_WORDS.set('a', 1);
NUMBER_WORDS.set('an', 1);
NUMBER_WORDS.set('one and a half', 1.5);
NUMBER_WORDS.set('a dozen', 12);
NUMBER_WORDS.set('dozen', 12);
NUMBER_WORDS.set('a hundred', 100);
NUMBER_WORDS.set('one hundred', 100);
NUMBER_WORDS.set('hundred', 100);
NUMBER_WORDS.set('a thousand', 1000);
NUMBER_WORDS.set('one thousand', 1000);
NUMBER_WORDS.set('two thousand', 2000);
NUMBER_WORDS.set('a couple of', 2);
NUMBER_WORDS.set('a couple', 2);
NUMBER_WORDS.set('couple of', 2);

const TENS_WORDS = TENS.filter(Boolean).join('|');
const UNIT_WORDS = SMALL_NUMBERS.slice(1, 10).join('|');
const TEEN_WORDS = SMALL_NUMBERS.slice(10).join('|');

/** A cardinal count: digits, number words up to ninety-nine, "a", "a couple of", "a dozen". */
export const COUNT =
  `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?: 1\\/2)?|(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${TEEN_WORDS}|${UNIT_WORDS}|` +
  `one and a half|a dozen|a hundred|one hundred|two thousand|a thousand|one thousand|a couple(?: of)?|couple of|an?)`;

/** Vague counts: TIMEX3 writes the number as X ("a few days" → PXD). */
export const VAGUE_COUNT = `(?:a few|few|several|many|some|a number of|dozens of|hundreds of|thousands of)`;

/** The number a count phrase stands for; null for a vague count. */
export function countValue(phrase: string): number | null {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(p)) {
    const half = p.endsWith(' 1/2') ? 0.5 : 0;
    const n = Number(p.replace(' 1/2', '').replace(/,/g, ''));
    return Number.isFinite(n) ? n + half : null;
  }
  const direct = NUMBER_WORDS.get(p);
  if (direct !== undefined) return direct;
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(p);
  if (m) {
    const tens = NUMBER_WORDS.get(m[1]!);
    const units = NUMBER_WORDS.get(m[2]!);
    if (tens !== undefined && units !== undefined && tens >= 20 && units < 10) return tens + units;
  }
  return null;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Unit words, singular and plural; "yr" and "mo" appear in tables and headlines. */
export const UNIT = `(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)`;

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w.startsWith('sec')) return 'second';
  if (w.startsWith('min')) return 'minute';
  if (w.startsWith('hour')) return 'hour';
  if (w.startsWith('day')) return 'day';
  if (w.startsWith('week')) return 'week';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('quarter')) return 'quarter';
  if (w.startsWith('year')) return 'year';
  if (w.startsWith('decade')) return 'decade';
  if (w.startsWith('centur')) return 'century';
  return null;
}

/**
 * TIMEX3 duration for a count of units; an unknown count becomes X ("PXD"). Decades and centuries
 * are written in years and quarters in months, as the TempEval-3 corpus mostly does.
 */
export function durationValue(count: number | null, unit: Unit): string {
  if (count === null) {
    switch (unit) {
      case 'second':
        return 'PTXS';
      case 'minute':
        return 'PTXM';
      case 'hour':
        return 'PTXH';
      case 'day':
        return 'PXD';
      case 'week':
        return 'PXW';
      case 'month':
        return 'PXM';
      case 'quarter':
        return 'PXQ';
      case 'year':
        return 'PXY';
      case 'decade':
        return 'PXE';
      case 'century':
        return 'PXC';
    }
  }
  if (unit === 'decade') return durationValue(count * 10, 'year');
  if (unit === 'century') return durationValue(count * 100, 'year');
  if (unit === 'quarter') return Number.isInteger(count) ? `P${count}Q` : durationValue(count * 3, 'month');
  if (unit === 'week' && !Number.isInteger(count)) return durationValue(count * 7, 'day');
  // A fraction is written with the next smaller unit: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
  const whole = Math.floor(count);
  const smaller: Readonly<Record<string, [string, number, boolean]>> = {
    year: ['M', 12, false],
    month: ['D', 30, false],
    week: ['D', 7, false],
    day: ['H', 24, true],
    hour: ['M', 60, true],
    minute: ['S', 60, true],
    second: ['S', 1, true],
  };
  const letter: Readonly<Record<string, string>> = {
    year: 'Y',
    month: 'M',
    week: 'W',
    day: 'D',
    hour: 'H',
    minute: 'M',
    second: 'S',
  };
  const timeUnit = unit === 'hour' || unit === 'minute' || unit === 'second';
  const rest = Math.round((count - whole) * smaller[unit]![1]);
  const head = whole > 0 ? `${whole}${letter[unit]}` : '';
  if (rest === 0) return timeUnit ? `PT${whole}${letter[unit]}` : `P${whole}${letter[unit]}`;
  const [restLetter, , restIsTime] = smaller[unit]!;
  if (timeUnit) return `PT${head}${rest}${restLetter}`;
  return restIsTime ? `P${head}T${rest}${restLetter}` : `P${head}${rest}${restLetter}`;
}

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
  ['fifth', 5],
  ['5th', 5],
  ['sixth', 6],
  ['6th', 6],
  ['seventh', 7],
  ['7th', 7],
  ['eighth', 8],
  ['8th', 8],
  ['ninth', 9],
  ['9th', 9],
  ['tenth', 10],
  ['10th', 10],
  ['eleventh', 11],
  ['11th', 11],
  ['twelfth', 12],
  ['12th', 12],
  ['thirteenth', 13],
  ['13th', 13],
  ['fourteenth', 14],
  ['14th', 14],
  ['fifteenth', 15],
  ['15th', 15],
  ['sixteenth', 16],
  ['16th', 16],
  ['seventeenth', 17],
  ['17th', 17],
  ['eighteenth', 18],
  ['18th', 18],
  ['nineteenth', 19],
  ['19th', 19],
  ['twentieth', 20],
  ['20th', 20],
  ['twenty-first', 21],
  ['21st', 21],
  ['last', -1],
  ['final', -1],
]);

export const ORDINAL = `(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|\\d{1,2}(?:st|nd|rd|th))`;

export function ordinalValue(word: string): number | null {
  return ORDINALS.get(word.toLowerCase()) ?? null;
}

const YEAR_UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const YEAR_TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** Years as read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand and one". */
export const SPOKEN_YEAR =
  `(?:(?:nineteen|twenty)[- ](?:hundred|${YEAR_TEENS}|(?:${TENS_WORDS})(?:[- ](?:${YEAR_UNITS}))?|oh[- ](?:${YEAR_UNITS}))` +
  `|two thousand(?:\\s(?:and\\s)?(?:${YEAR_UNITS}|ten))?)`;

/** The year a written ("1998") or spoken ("nineteen ninety-eight") year stands for. */
export function yearNumber(phrase: string): number | null {
  if (/^\d{4}$/.test(phrase)) return Number(phrase);
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and');
  if (words[0] === 'two' && words[1] === 'thousand') {
    const tail = words.length > 2 ? countValue(words[2]!) : 0;
    return tail === null ? null : 2000 + tail;
  }
  const century = countValue(words[0] ?? '');
  if (century !== 19 && century !== 20) return null;
  const rest = words.slice(1);
  if (rest[0] === 'hundred') return century * 100;
  if (rest[0] === 'oh') {
    const unit = countValue(rest[1] ?? '');
    return unit === null ? null : century * 100 + unit;
  }
  const tail = countValue(rest.join(' '));
  return tail === null || tail >= 100 ? null : century * 100 + tail;
}
