// Months, seasons, years, decades and centuries.
import { reading, seasonValue, yearOfMonth } from '../anchoring.js';
import { type Day, formatDay, formatMonth, pad } from '../calendar.js';
import {
  calendarCueBefore,
  hasCalendarCueAfter,
  hasCalendarCueBefore,
  hasPluralAfter,
  isCitationNumber,
  isFarDecade,
  isFarFromPublication,
  isNamesNumber,
  isYearAwaited,
  isYearHeading,
} from '../evidence.js';
import {
  MONTH_NAME,
  monthNumber,
  ORDINAL,
  ordinalValue,
  SAFE_MONTH_NAME,
  SEASONS,
  SPOKEN_YEAR,
  yearNumber,
} from '../lexicon.js';
import {
  type Rule,
  B,
  W,
  E,
  EDGE,
  edgeMod,
  rx,
  ci,
  relationOffset,
  lastDay,
  RANGE_YEAR,
  TIME_ZONES,
  MONTH_CUE,
} from './shared.js';

export const monthAndYear: Rule = {
  // "October 1989", "late November 1999", "May of 1990"
  name: 'month and year',
  cue: MONTH_CUE,
  pattern: rx(String.raw`${W}${EDGE}?(${MONTH_NAME}),?\s(?:of\s)?(\d{4}|${SPOKEN_YEAR})(?![\w'])`),
  read: (m) => {
    const month = monthNumber(m[2]!);
    const year = yearNumber(m[3]!);
    if (month === null || year === null) return null;
    const value = formatMonth(year, month);
    const mod = edgeMod(m[1]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DATE', value, mod);
      },
    };
  },
};

// A past verb right before "in <Month>": "arrived in January", "was born in May", "took place in
// June"; not the participles of a plan ("scheduled in", "postponed in", "expected in").
const DIRECT_PAST_BEFORE =
  /\b(?!(?:scheduled|planned|expected|slated|postponed|delayed|deferred|rescheduled|moved|pushed|needed|required|intended|proposed|due)\b)(?:[a-z]{2,}ed|was|were|began|came|went|fell|rose|won|lost|held|left|met|took place|broke out)\s+in\s+$/;

// A past verb of an event with its object before "in <Month>" ("Police arrested him in October",
// "Sales fell sharply in October", "reported a loss in October"); words that open a plan, a
// report or another clause between them stop the search ("agreed to buy it in January", "told
// them of a cutback in September", "said the plant opens in June").
const EVENT_PAST =
  /^(?:[a-z]{2,}ed|fell|rose|took|won|lost|held|left|met|began|came|went|made|gave|sold|bought|broke|ran|struck|paid|spent|sent|built|sank|fought|shot|led|grew|drew|threw|flew|stood|sought|caught|wrote|spoke|became|found|saw|got|kept)$/;
const NOT_AN_EVENT_PAST =
  /^(?:scheduled|planned|expected|slated|postponed|delayed|deferred|rescheduled|moved|pushed|needed|required|intended|proposed|agreed|decided|promised|pledged|vowed|hoped|wanted|announced|reported|predicted|forecasted|warned|added|stated|noted|indicated|suggested|estimated|projected|hundred|need|speed)$/;
const STOPS_THE_EVENT =
  /^(?:to|of|for|that|which|who|when|if|as|and|or|but|would|will|could|should|may|might|must|can|shall|until|till|by|before|after|said|says|told|tells|due|set|is|are|be|been|being|has|have|having)$/;
const DETERMINER_OR_AUXILIARY =
  /^(?:a|an|the|its|their|his|her|our|this|these|those|be|is|are|am|been|being|not|get|gets|getting)$/;

/** True when the words before "in" at `inAt` tell an event in the past with its object. */
function eventPastBefore(text: string, inAt: number): boolean {
  const window = text.slice(Math.max(0, inAt - 70), inAt);
  const words = window.split(/\s+/).filter(Boolean);
  // The first word may be cut by the window.
  for (let i = words.length - 1, seen = 0; i > 0 && seen < 7; i--, seen++) {
    const raw = words[i]!;
    if (/[,;:!?()“”"]/.test(raw)) return false;
    let end = raw.length;
    while (end > 0 && ".'’".includes(raw[end - 1]!)) end--;
    const word = raw.slice(0, end).toLowerCase();
    if (STOPS_THE_EVENT.test(word)) return false;
    // After a determiner it is an adjective ("the revised figures"); after "be", "is", "not" a
    // passive whose auxiliary tells its tense ("won't be released in July", "is lifted in November").
    if (EVENT_PAST.test(word) && !NOT_AN_EVENT_PAST.test(word) && raw.startsWith(word))
      return !DETERMINER_OR_AUXILIARY.test(words[i - 1]!.toLowerCase());
  }
  return false;
}

// "guidelines to be published in November", "if the leak is plugged in August": a passive has the
// tense of its auxiliary, and a present one is often a condition or a plan.
const IN_BEFORE = /\bin\s$/;
const PASSIVE_TO_COME_BEFORE = /\b(?:be|being|is|are|am|get|gets)\s+(?:not\s+)?[a-z]+\s+in\s+$/;

// "In April, Apache agreed to acquire Mariner", "Obama planned to visit the region in March, but
// had to cancel": a plan made in the past was ahead of its making, not of publication, so its
// month is the nearest one, behind as often as ahead (a September story's April is five months
// back). The future the cue gives is not the month's.
const PLAN_OF_THE_PAST =
  /\b(?:planned|agreed|decided|voted|hoped|wanted|intended|promised|vowed|pledged|threatened|prepared|expected|was|were) to\s/i;
const PLAN_WINDOW = 80;

function planOfThePast(text: string, at: number): boolean {
  return PLAN_OF_THE_PAST.test(text.slice(Math.max(0, at - PLAN_WINDOW), at + PLAN_WINDOW));
}

export const month: Rule = {
  // "in August", "late January", "last March": the year comes from the relation or the tense.
  name: 'month',
  cue: MONTH_CUE,
  pattern: rx(
    String.raw`${W}(?:(early|mid|late|Early|Mid|Late|the end of|the beginning of|the middle of|end of)[- ]?)?(?:(last|this|next|Last|This|Next)\s)?(${SAFE_MONTH_NAME}|(?<=\b(?:in|In|since|Since|until|till|through|by|By|of|during|before|after|from|to|early|mid|late|last|next|this|end of|and|or|between|By|Until|Since|the|The)[- ])(?:May|March|MAY|MARCH))(?!\w|['’](?!s\b)|\.\w|\.?\s\d)`,
  ),
  read: (m) => {
    const month = monthNumber(m[3]!);
    if (month === null) return null;
    const mod = edgeMod(m[1]);
    const relation = m[2]?.toLowerCase();
    const before = m.input.slice(Math.max(0, m.index - 24), m.index);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        // "between January and March 2003": the range's year is written once, at its end.
        const shared = relation
          ? null
          : RANGE_YEAR.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40));
        // A range runs forward: "from October to March 2013" starts in October 2012.
        if (shared) {
          const year = Number(shared[2]) - (month > (monthNumber(shared[1]!) ?? 12) ? 1 : 0);
          return reading('DATE', formatMonth(year, month), mod);
        }
        if (!relation && a.narrativeYear !== null && a.dct && a.narrativeYear < a.dct.year)
          return reading('DATE', formatMonth(a.narrativeYear, month), mod);
        if (!a.dct) return reading('DATE', `XXXX-${pad(month, 2)}`, mod);
        let year: number;
        if (relation === 'last') year = month < a.dct.month ? a.dct.year : a.dct.year - 1;
        else if (relation === 'next') year = month > a.dct.month ? a.dct.year : a.dct.year + 1;
        else if (relation === 'this') year = a.dct.year;
        else
          year = yearOfMonth(
            a.dct,
            month,
            a.tense === 'future' && planOfThePast(m.input, m.index) ? 'present' : a.tense,
          );
        // "Medical teams arrived in January" in a November story: a month told as the time of a
        // past verb right before it has come (a plan's month, "agreed to buy it in January", may
        // lie ahead and keeps the nearest occurrence).
        if (
          !relation &&
          year > a.dct.year - (month > a.dct.month ? 1 : 0) &&
          ((DIRECT_PAST_BEFORE.test(before) && !PASSIVE_TO_COME_BEFORE.test(before)) ||
            (a.tense === 'past' && IN_BEFORE.test(before) && eventPastBefore(m.input, m.index - 3)))
        )
          year = month > a.dct.month ? a.dct.year - 1 : a.dct.year;
        // "its worst since May", "had been sold by June": words that say the month has come put it
        // at or before publication's, however near the next one lies.
        if (!relation && a.pastByWords && year * 12 + month > a.dct.year * 12 + a.dct.month) year -= 1;
        return reading('DATE', formatMonth(year, month), mod);
      },
    };
  },
};

const PREPOSITION_OR_POSSESSIVE = /^(?:in|its|their|our|until|till|by|since|before|after|during|through)$/;

export const season: Rule = {
  // "last fall", "the summer of 1998", "this spring", "early winter", "their autumn meetings"
  name: 'season',
  cue: /spring|summer|fall|autumn|winter/i,
  pattern: ci(
    String.raw`${W}${EDGE}?(?:(last|this|next|past|coming|the|in|its|their|our|until|till|by|since|before|after|during|through)\s)?(spring|summer|fall|autumn|winter)(?:(?:\sof)?\s(\d{4}|${SPOKEN_YEAR}|['’]\d\d(?![\w'’]|[.,]\d)))?${E}`,
  ),
  read: (m) => {
    const season = SEASONS.get(m[3]!.toLowerCase())!;
    const relation = m[2]?.toLowerCase();
    const clipped = m[4] !== undefined && /^['’]/.test(m[4]);
    const year = m[4] && !clipped ? yearNumber(m[4]) : null;
    // A season needs a determiner or a year to be a date: "prices fall", "the fall of Rome".
    if (!relation && !m[1] && year === null && !clipped) return null;
    if (
      m[3]!.toLowerCase() === 'fall' &&
      year === null &&
      !clipped &&
      !/^(?:last|this|next|past|coming)$/.test(relation ?? '')
    )
      return null;
    // "the Summer Olympics", "the Winter Games": a capitalised season before a capitalised word
    // (a "Spring" that is no sentence's first word) begins a name.
    if (
      year === null &&
      !clipped &&
      /^[A-Z]/.test(m[3]!) &&
      NAME_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))
    )
      return null;
    // "in spring", "until spring", "their autumn meetings": the preposition and the possessive
    // stay outside.
    const start =
      relation && PREPOSITION_OR_POSSESSIVE.test(relation) && !m[1] ? m.index + relation.length + 1 : m.index;
    const mod = edgeMod(m[1]);
    return {
      start,
      end: m.index + m[0].length,
      resolve(a) {
        if (year !== null) return reading('DATE', `${pad(year, 4)}-${season}`, mod);
        if (clipped) return reading('DATE', `${pad(clippedCentury(Number(m[4]!.slice(1)), a.dct), 4)}-${season}`, mod);
        if (!a.dct) return reading('DATE', `XXXX-${season}`, mod);
        const choice =
          relation === 'last' || relation === 'past'
            ? 'last'
            : relation === 'next' || relation === 'coming'
              ? 'next'
              : relation === 'this'
                ? 'this'
                : a.tense;
        return reading('DATE', seasonValue(a.dct, season, choice), mod);
      },
    };
  },
};

const DECADE_LISTED_BEFORE = /\d0['’]?s,?\s(?:and|or|to|through)\s$/;

export const decade: Rule = {
  // "the 1990s", "the mid-1980s", "'80s": TIMEX3 writes a decade as its first three digits. Half
  // of a decade is the decade with its edge: "the last half of the '80s" → 198, mod END.
  name: 'decade',
  cue: /0['’]?s/i,
  pattern: ci(
    String.raw`${B}(?:(early|mid|late)[- ]?|the\s(first|second|last|latter)\shalf\sof\sthe\s)?(?:(1[0-9]|20)(\d)0'?s|['’](\d)0s)${E}`,
  ),
  read: (m) => {
    const value = m[3] ? `${m[3]}${m[4]}` : `19${m[5]}`;
    const half = m[2]?.toLowerCase();
    const mod = half ? (half === 'first' ? 'START' : 'END') : edgeMod(m[1]);
    // "We don't need 1040s": a far decade is a decade only after "the", "in", "since" ….
    // "the 1920s and 1930s": a decade listed after another is one too.
    const cued =
      Boolean(m[1] ?? m[2]) ||
      hasCalendarCueBefore(m.input, m.index) ||
      DECADE_LISTED_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index));
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        return !cued && isFarDecade(Number(value) * 10, a.dct) ? null : reading('DATE', value, mod);
      },
    };
  },
};

export const decadeInWords: Rule = {
  // Decades in words: "the nineties", "the mid-eighties" (of the twentieth century).
  name: 'decade in words',
  cue: /ties/i,
  pattern: ci(
    String.raw`${W}the\s(?:(early|mid|late)[- ]?)?(?:nineteen[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${E}`,
  ),
  read: (m) => {
    const tens =
      ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(
        m[2]!.toLowerCase(),
      ) + 2;
    const value = `19${tens}`;
    const mod = edgeMod(m[1]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DATE', value, mod);
      },
    };
  },
};

export const century: Rule = {
  // "the 20th century", "the early 19th century"
  name: 'century',
  cue: /century/i,
  pattern: ci(String.raw`${W}(?:the\s)?(?:(early|mid|late)[- ]?)?(${ORDINAL})[- ]century${E}`),
  read: (m) => {
    const n = ordinalValue(m[2]!);
    if (n === null || n < 1) return null;
    const value = pad(n - 1, 2);
    const mod = edgeMod(m[1]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DATE', value, mod);
      },
    };
  },
};

// A number before a counted noun or a currency is a quantity, not a year: "1609 comments", "2000
// troops", "closed at 1995 pence".
const COUNTED_NOUNS = [
  'people',
  'persons',
  'comments',
  'votes',
  'troops',
  'soldiers',
  'deaths',
  'cases',
  'workers',
  'jobs',
  'members',
  'residents',
  'homes',
  'houses',
  'students',
  'patients',
  'children',
  'civilians',
  'refugees',
  'views',
  'words',
  'pages',
  'signatures',
  'seats',
  'employees',
  'barrels',
  'tons',
  'tonnes',
  'miles',
  'points',
  'units',
  'shares',
  'copies',
  'followers',
  'dollars',
  'euros',
  'pounds',
  'pence',
  'cents',
  'yen',
  'yuan',
  'rupees',
  'francs',
  'pesos',
  'roubles',
  'rubles',
  'acres',
  'kilometres',
  'kilometers',
  'metres',
  'meters',
  'feet',
].join('|');

const STREET_AFTER =
  /^\s(?:[A-Z][\w.'-]*\s){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|Drive|Lane|Place|Court|Highway|Parkway|Square)(?!\w)/;
const NUMBER_LABEL_BEFORE =
  /(?:\b(?:Resolution|Article|Highway|Route|Interstate|Flight|Room|Suite|Section|Chapter|Rule|Title|Proposition|Amendment|Form|Model|Gate|Pier|Platform|Channel|Precinct|Local|Bus|Train|Box|Item|Lot|Exhibit|Clause|Paragraph|Page|No\.|Nos\.|Number|resolution|article|highway|route|flight|room|section|chapter|bus|train|item|lot|exhibit|clause|paragraph|page)|#)\s?$/;
const TIME_PREPOSITION_BEFORE = /\b(?:in|since|by|until|of|from|during|before|after)\s+$/i;

// A four-digit number before a time zone, or before "hours", is not a year ("2000 hours").
const CLOCK_ZONES = `${TIME_ZONES}|hours`;

// The first clock time of a range whose second carries the zone: "between 1900 and 2200 BST".
const CLOCK_RANGE_AFTER = new RegExp(String.raw`\s?(?:-|–|to|and|until)\s?\d{4}\s?(?:${CLOCK_ZONES})\b`, 'y');

// "the 1957 and 1964 elections", "in 1994, 1995 and 1997": the number listed before this one.
const YEAR_LISTED_BEFORE = /(?<![\d,.])((?:1[6-9]|20)\d\d)(?:,\s|,?\s(?:and|or)\s)$/;

export const year: Rule = {
  // "1990", "fiscal 1989", "the end of 1990", "early 2024"
  name: 'year',
  cue: /(?:1[6-9]|20)\d\d/,
  pattern: ci(
    // "post-1959" and "mid-1996" are years; "1988-89" and "$1990" are not.
    String.raw`(?<![\w'’$/.]|\d-)${EDGE}?(?:(fiscal|calendar|the year|fiscal year|FY)\s?)?(?<![\w$.,'’/]|\d-)(1[6-9]\d\d|20\d\d)(?![\w%/]|['’](?!s\b)|[.,:]\d|-\d|\s?(?:percent|%)|\s(?:${COUNTED_NOUNS})\b|\s?(?:${CLOCK_ZONES})\b)`,
  ),
  read: (m) => {
    const value = m[3]!;
    const mod = edgeMod(m[1]);
    const end = m.index + m[0].length;
    const digits = end - 4;
    const text = m.input;
    // "at 1600 Pennsylvania Avenue": a house number, unless a preposition of time precedes it.
    if (
      !m[1] &&
      !m[2] &&
      STREET_AFTER.test(text.slice(end, end + 48)) &&
      !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))
    )
      return null;
    // "Resolution 1973", "Flight 1549", "item 2012": a number that labels a thing.
    if (!m[1] && !m[2] && NUMBER_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) return null;
    // "the Russell 2000", "Windows 2000": a number after a name is part of the name.
    if (!m[1] && !m[2] && isNamesNumber(text, digits)) return null;
    // "126(4), 1850–1855", "30:613, 1977": pages and volumes of a citation.
    if (isCitationNumber(text, digits)) return null;
    CLOCK_RANGE_AFTER.lastIndex = end;
    if (CLOCK_RANGE_AFTER.test(text)) return null;
    const cue =
      m[1] || m[2] || hasCalendarCueAfter(text, end) || isYearHeading(text, digits) || isYearAwaited(text, digits, end)
        ? 'calendar'
        : calendarCueBefore(text, m.index);
    // "the deaths of 1800 Americans": unless the calendar vouches, a number before a plural counts.
    const counted = cue !== 'calendar' && hasPluralAfter(text, end);
    const listedAfter = YEAR_LISTED_BEFORE.exec(text.slice(Math.max(0, m.index - 14), m.index))?.[1];
    return {
      start: m.index,
      end,
      resolve(a) {
        // "1905: Welcome to our live coverage": an entry of a live blog, timed on its day.
        if (a.liveBlogClockTimes.has(digits))
          return a.dct ? reading('TIME', `${formatDay(a.dct)}T${value.slice(0, 2)}:${value.slice(2)}`) : null;
        // A year far from publication needs a calendar cue, and a count is no year.
        // "the 1957 and 1964 elections": a number listed right after one just read as a year is one.
        const listed = listedAfter !== undefined && a.lastValue === listedAfter;
        if (isFarFromPublication(Number(value), a.dct) && (cue === null || counted) && !listed) return null;
        return reading('DATE', value, mod);
      },
    };
  },
};

export const yearRange: Rule = {
  // "ruled 1957-1971", "(1957–1971)", "the 2008-2009 season": TimeML marks each year of a range
  // (the year rule leaves a year touching a hyphen alone: "1988-89" is a fiscal year). The match
  // is the first year; the second is read by the same rule from its own match, the hyphen behind.
  name: 'year range',
  cue: /\d[-–](?:1[6-9]|20)\d\d/,
  pattern: rx(
    String.raw`(?:(?<![\w'’$/.,:-])(1[6-9]\d\d|20\d\d)(?=[-–](?:1[6-9]|20)\d\d(?![\w%/]|[-–.,:]\d))|(?<=(?<![\w'’$/.,:-])(?:1[6-9]|20)\d\d[-–])(1[6-9]\d\d|20\d\d)(?![\w%/]|[-–.,:]\d))`,
  ),
  read: (m) => {
    const first = m[1] !== undefined;
    const value = m[1] ?? m[2]!;
    const otherAt = first ? m.index + 5 : m.index - 5;
    const other = Number(m.input.slice(otherAt, otherAt + 4));
    const [from, to] = first ? [Number(value), other] : [other, Number(value)];
    // A range runs forward and within a lifetime; pages of a citation are no years.
    if (!(from < to && to - from <= 100) || isCitationNumber(m.input, first ? m.index : otherAt)) return null;
    return {
      start: m.index,
      end: m.index + 4,
      resolve() {
        return reading('DATE', value);
      },
    };
  },
};

export const clippedYearRange: Rule = {
  // "the 2007-09 recession", "the 1990-91 season", "the 1918-19 pandemic", "1999-2000" is the
  // year range rule's: a range whose second year is written with its century clipped is marked
  // as the full range is, each year apart (the second one on its two digits).
  name: 'clipped year range',
  cue: /\d[-–]\d\d/,
  pattern: rx(
    String.raw`(?:(?<![\w'’$/.,:-])(1[6-9]\d\d|20\d\d)(?=[-–]\d\d(?![\w%/'’]|[-–.,:]\d))|(?<=(?<![\w'’$/.,:-])(?:1[6-9]|20)\d\d[-–])(\d\d)(?![\w%/'’]|[-–.,:]\d))`,
  ),
  read: (m) => {
    const first = m[1] !== undefined;
    const fromAt = first ? m.index : m.index - 5;
    const from = Number(m.input.slice(fromAt, fromAt + 4));
    const clipped = Number(m.input.slice(fromAt + 5, fromAt + 7));
    // A range runs forward ("1914-45", "1975-90"); across a century only by a few years ("1999-00"
    // ends in 2000, "1996-67" is a slip); pages of a citation are no years.
    const rolled = clipped <= from % 100;
    const to = from - (from % 100) + clipped + (rolled ? 100 : 0);
    if ((rolled && to - from > 10) || isCitationNumber(m.input, fromAt)) return null;
    const value = String(first ? from : to);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DATE', value);
      },
    };
  },
};

export const spokenYear: Rule = {
  // Spoken years of broadcast transcripts: "nineteen ninety-six", "the year two thousand".
  name: 'spoken year',
  cue: /nineteen|twenty|two thousand/i,
  pattern: ci(String.raw`${W}(?:(early|mid|late)[- ])?(?:the\syear\s)?(${SPOKEN_YEAR})${E}`),
  read: (m) => {
    const year = yearNumber(m[2]!);
    if (year === null) return null;
    const value = pad(year, 4);
    const mod = edgeMod(m[1]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DATE', value, mod);
      },
    };
  },
};

export const clippedYear: Rule = {
  // "since '82", "in '58", "October '87", "the '58 Buick", "'58 and '59": a year written with its
  // century clipped is a date when a preposition, a determiner, a month or another year, clipped
  // or not ("1957 and '58"), introduces it ("the '80s" is the decade rule's). Its century is the latest that does not put
  // it after publication.
  name: 'clipped year',
  cue: /['’]\d\d/,
  pattern: rx(
    String.raw`(?:${W}(${MONTH_NAME})\s|(?<=\b(?:in|In|since|Since|of|from|until|till|by|before|after|through|spring|summer|autumn|fall|winter|the|The|his|her|its|their)\s|(?:['’]|(?<!\d)(?:1[6-9]|20))\d\d(?:,\s|\s(?:and|or|to)\s|[-–])))['’](\d\d)(?![\w'’]|[.,]\d)`,
  ),
  read: (m) => {
    const month = m[1] ? monthNumber(m[1]) : null;
    const yy = Number(m[2]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        const year = clippedCentury(yy, a.dct);
        return reading('DATE', month === null ? String(year) : formatMonth(year, month));
      },
    };
  },
};

/** The year of a year written with its century clipped ("'58"): the latest not after publication. */
function clippedCentury(yy: number, dct: Day | null): number {
  return dct && 2000 + yy <= dct.year ? 2000 + yy : 1900 + yy;
}

export const monthOfRelativeYear: Rule = {
  // "July last year", "March of next year"
  name: 'month of relative year',
  cue: /(?:last|this|next)\syear/,
  pattern: rx(String.raw`${W}${EDGE}?(${MONTH_NAME})\s(?:of\s)?(last|this|next)\syear${E}`),
  read: (m) => {
    const month = monthNumber(m[2]!);
    if (month === null) return null;
    const offset = relationOffset(m[3]!);
    const mod = edgeMod(m[1]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        return reading('DATE', a.dct ? formatMonth(a.dct.year + offset, month) : `XXXX-${pad(month, 2)}`, mod);
      },
    };
  },
};

export const monthOfAnaphoricYear: Rule = {
  // "June of that year", "March of the following year": a month in the year last mentioned.
  name: 'month of anaphoric year',
  cue: /\s(?:that|the same|the following|the next|the previous|the prior)\syear/,
  pattern: rx(
    String.raw`${W}${EDGE}?(${MONTH_NAME})\s(?:of\s)?(that|the same|the following|the next|the previous|the prior)\syear${E}`,
  ),
  read: (m) => {
    const month = monthNumber(m[2]!);
    if (month === null) return null;
    const offset = /following|next/.test(m[3]!) ? 1 : /previous|prior/.test(m[3]!) ? -1 : 0;
    const mod = edgeMod(m[1]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        const base = lastDay(a);
        return base
          ? reading('DATE', formatMonth(base.year + offset, month), mod)
          : reading('DATE', `XXXX-${pad(month, 2)}`, mod);
      },
    };
  },
};

export const yearEnd: Rule = {
  // "year-end", "year's end", "the end of the year": the year, mod END; "by year-end", a point,
  // is the year's last day, as TimeBank writes it (1989-12-31). Told in the past ("since
  // year-end", "had closed at year-end"), it is the last year-end before publication.
  name: 'year end',
  cue: /year[\s-]end|year['’]s end|end of th(?:e|is) year/i,
  pattern: ci(
    String.raw`${W}(?:(around|about)\s)?(?:(year-end)|year\send|year's end|the end of the year|the end of this year)${E}`,
  ),
  read: (m) => {
    const point =
      m[2] !== undefined && !m[1] && !NOUN_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2));
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        if (!a.dct) return reading('DATE', 'XXXX', 'END');
        const closed = a.tense === 'past' && !(a.dct.month === 12 && a.dct.day === 31);
        const year = closed && !/this year/i.test(m[0]) ? a.dct.year - 1 : a.dct.year;
        return point ? reading('DATE', `${pad(year, 4)}-12-31`) : reading('DATE', pad(year, 4), 'END');
      },
    };
  },
};
// "year-end results", "year-end net": an adjective before a noun, not the day itself.
// A capitalised word right after: "the Summer Olympics".
const NAME_AFTER = /^ [A-Z][a-z]/;
const NOUN_AFTER = /^ [a-z]/;
