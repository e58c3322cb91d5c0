// Quarters, halves and fiscal years: the calendar of earnings reports.
import { quarterOf, reading, shiftValue, yearBefore, yearOfQuarter } from '../anchoring.js';
import { pad } from '../calendar.js';
import { countValue, durationValue, ordinalValue } from '../lexicon.js';
import { type Rule, W, E, rx, ci, relationOffset, lastQuarter } from './shared.js';

export const ordinalQuarter: Rule = {
  // "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1989"
  name: 'ordinal quarter',
  cue: /quarter/i,
  pattern: ci(
    String.raw`${W}(?:the\s)?(?:(\d{4})(?:'s)?\s)?(?:(?:fiscal|calendar)\s)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?:(?:\sof|\sin|,)?\s(?:fiscal\s)?(?:year\s)?(\d{4})|\sof\s(last|this|next)\syear)?${E}`,
  ),
  read: (m) => {
    // "the final quarter" of a calendar year is its fourth.
    const quarter = m[2]!.toLowerCase() === 'final' ? 4 : ordinalValue(m[2]!);
    if (quarter === null || quarter < 1 || quarter > 4) return null;
    const explicitYear = m[1] ?? m[3];
    const relativeYear = m[4];
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        if (explicitYear) return reading('DATE', `${explicitYear}-Q${quarter}`);
        // "the fourth quarter of last year": counted from publication's year.
        if (relativeYear)
          return reading(
            'DATE',
            a.dct ? `${pad(a.dct.year + relationOffset(relativeYear), 4)}-Q${quarter}` : `XXXX-Q${quarter}`,
          );
        if (!a.dct) return reading('DATE', `XXXX-Q${quarter}`);
        return reading('DATE', `${pad(yearOfQuarter(a.dct, quarter, a.tense), 4)}-Q${quarter}`);
      },
    };
  },
};

export const quarterCode: Rule = {
  // "Q3", "Q3 2013", "2013 Q3", and half years the same way: "H1 2023"
  name: 'quarter code',
  cue: /[QH][1-4]/,
  pattern: rx(String.raw`${W}(?:(\d{4})\s)?([QH])([1-4])(?:\s(\d{4}))?(?![\w'])`),
  read: (m) => {
    const unit = m[2] as 'Q' | 'H';
    const n = Number(m[3]);
    const explicitYear = m[1] ?? m[4];
    // A bare "H1" is as often a visa, a road or a flu strain: halves need their year.
    if (unit === 'H' && (n > 2 || !explicitYear)) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        if (explicitYear) return reading('DATE', `${explicitYear}-${unit}${n}`);
        // Only quarters get here: a year-less quarter takes the year publication implies.
        if (!a.dct) return reading('DATE', `XXXX-Q${n}`);
        return reading('DATE', `${pad(yearOfQuarter(a.dct, n, a.tense), 4)}-Q${n}`);
      },
    };
  },
};

export const relativeQuarter: Rule = {
  // "the latest quarter", "last quarter", "this quarter", "the year-earlier quarter", "the quarter"
  name: 'relative quarter',
  cue: /quarter/i,
  pattern: ci(
    String.raw`${W}(?:(the\s)?(latest|most recent|last|previous|past|prior|current|present|this|next|coming|year-earlier|year-ago|year-before)[- ]quarter|(the) quarter)${E}`,
  ),
  read: (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    resolve(a) {
      const relation = (m[2] ?? '').toLowerCase();
      const lastQuarterValue = a.lastQuarter;
      if (!a.dct) return reading('DATE', 'XXXX-QX');
      if (/^year-/.test(relation)) {
        return {
          ...reading('DATE', yearBefore(lastQuarterValue ?? lastQuarter(a.dct), a.dct) ?? 'XXXX-QX'),
          derived: true,
        };
      }
      // "the quarter" is the one last named in this year's results, else the one just ended.
      if (!relation) {
        const named = lastQuarterValue && Number(lastQuarterValue.slice(0, 4)) === a.dct.year ? lastQuarterValue : null;
        return reading('DATE', named ?? lastQuarter(a.dct));
      }
      if (/^(?:latest|most recent|last|previous|past|prior)$/.test(relation))
        return reading('DATE', lastQuarter(a.dct));
      if (/^(?:next|coming)$/.test(relation)) return reading('DATE', shiftValue(a.dct, 'quarter', 1) ?? 'XXXX-QX');
      return reading('DATE', `${pad(a.dct.year, 4)}-Q${quarterOf(a.dct)}`);
    },
  }),
};

export const halfYear: Rule = {
  // "the first half", "the second half of 1990", "first-half"; "the first two quarters of 1990"
  // are its first half (1990-H1).
  name: 'half year',
  cue: /half|two\squarters/i,
  pattern: ci(
    String.raw`${W}(?:the\s)?(?:(first|second|last)[- ]half|(first|last)\stwo\squarters)(?:\sof\s(?:(?:fiscal\s)?(\d{4})|(?:the\s|this\s)?year|(last|next)\syear))?${E}`,
  ),
  read: (m) => {
    const half = (m[1] ?? m[2])!.toLowerCase() === 'first' ? 1 : 2;
    // "lost money in the last two quarters" are the latest two, a span (as "the past two
    // quarters" are); only "the last two quarters of 1990" are its second half.
    if (m[2]?.toLowerCase() === 'last' && m[3] === undefined && m[4] === undefined && !/\sof\s/i.test(m[0]))
      return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        if (m[3]) return reading('DATE', `${m[3]}-H${half}`);
        if (!a.dct) return reading('DATE', `XXXX-H${half}`);
        // "the first half of next year": counted from publication's year.
        if (m[4]) return reading('DATE', `${pad(a.dct.year + relationOffset(m[4]), 4)}-H${half}`);
        const current = a.dct.month <= 6 ? 1 : 2;
        let year = a.dct.year;
        if (a.tense === 'past' && half > current) year -= 1;
        if (a.tense === 'future' && half < current) year += 1;
        return reading('DATE', `${pad(year, 4)}-H${half}`);
      },
    };
  },
};

export const yearEarlier: Rule = {
  // "year-earlier", "year-ago" (adjectives of financial news), "the year-earlier period"
  name: 'year-earlier',
  cue: /year-(?:earlier|ago|before)/i,
  pattern: ci(String.raw`${W}(?:(?:the|a)\s)?year-(?:earlier|ago|before)${E}`),
  read: (m) => {
    // The adjective alone is the expression ("the [year-ago] results"); "the year-ago period"
    // and "the year-ago quarter" are left to the comparison-period rule.
    const start = m.index + (/^(?:the|a)\s/i.exec(m[0])?.[0].length ?? 0);
    return {
      start,
      end: m.index + m[0].length,
      resolve(a) {
        const v = yearBefore(a.lastValue, a.dct);
        if (v) return { ...reading('DATE', v), derived: true };
        return a.dct ? reading('DATE', pad(a.dct.year - 1, 4)) : reading('DATE', 'XXXX');
      },
    };
  },
};

export const fiscalYear: Rule = {
  // "the fiscal year", "the current fiscal year", "fiscal year 1990", "the year ended March 31":
  // a reporting year named by its end is a span of a year (TempEval: DURATION P1Y).
  name: 'fiscal year',
  pattern: ci(
    String.raw`${W}(?:the\s)?(?:(current|latest|past|last|previous|prior|next|coming|full|same|new|this)\s)?(?:(\d{4})\s(?=(?:fiscal|financial|calendar)[- ]))?(?:(fiscal|financial|calendar)[- ])?year(?:\s(\d{4})|(?=\s(?:ended|ending|that ended)\b))?${E}`,
  ),
  read: (m) => {
    const relation = m[1]?.toLowerCase();
    const fiscal = m[3] !== undefined;
    // "the 2012 fiscal year" names its year as "fiscal year 2012" does.
    const named = m[2] ?? m[4];
    const ending =
      named === undefined &&
      /^\s(?:ended|ending|that ended)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (!fiscal && !ending && relation !== 'full' && !named) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        if (named) return reading('DATE', named);
        if (ending || (!relation && fiscal)) return reading('DURATION', 'P1Y');
        if (!a.dct) return reading('DATE', 'XXXX');
        return reading('DATE', pad(a.dct.year + relationOffset(relation ?? 'this'), 4));
      },
    };
  },
};

export const comparisonPeriod: Rule = {
  // Comparison periods of earnings reports: "this year's third quarter", "the year-ago third
  // quarter", "last year's quarter", "the same period last year", "the quarter a year ago".
  name: 'comparison period',
  cue: /(?:quarter|period|half|months)/i,
  pattern: ci(
    String.raw`${W}(?:(this|last|next)\syear['’]s|the\s(?:comparable\s)?(?:year-ago|year-earlier|year-before|same|corresponding|comparable))\s(?:(first|second|third|fourth)[- ](?:fiscal\s)?quarter|(quarter|period|first half|second half)|(nine|six|three) months)(?:\s(a year (?:ago|earlier)|(?:of\s)?last year|(?:in\s)?(\d{4})))?${E}`,
  ),
  read: (m) => {
    const relation = m[1]?.toLowerCase();
    const quarter = m[2] ? ordinalValue(m[2]) : null;
    const periodWord = m[3]?.toLowerCase();
    const months = m[4] ? countValue(m[4]) : null;
    const trailer = m[5]?.toLowerCase();
    const explicitYear = m[6];
    // "the same quarter" alone is only a comparison when a year follows.
    if (!relation && /the\s(?:same|corresponding|comparable)\s(?!year)/i.test(m[0]) && !trailer && !/year-/.test(m[0]))
      return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        if (months !== null) return reading('DURATION', durationValue(months, 'month'));
        if (!a.dct) return reading('DATE', quarter ? `XXXX-Q${quarter}` : 'XXXX');
        const yearShift = relation === 'this' ? 0 : relation === 'next' ? 1 : -1;
        const year = explicitYear ? Number(explicitYear) : a.dct.year + yearShift;
        if (quarter) return reading('DATE', `${pad(year, 4)}-Q${quarter}`);
        if (periodWord === 'first half' || periodWord === 'second half')
          return reading('DATE', `${pad(year, 4)}-H${periodWord === 'first half' ? 1 : 2}`);
        const last = a.lastQuarter ?? lastQuarter(a.dct);
        if (relation === 'this') return reading('DATE', last);
        return { ...reading('DATE', `${pad(year, 4)}-${last.slice(5)}`), derived: true };
      },
    };
  },
};

export const yearNamedPeriod: Rule = {
  // "the 1988 quarter", "the 1989 period": the quarter being compared, in the year named.
  name: 'year-named period',
  cue: /\d\s(?:fiscal\s)?(?:quarter|period)/i,
  pattern: ci(String.raw`${W}the\s(\d{4})\s(?:fiscal\s)?(quarter|period)${E}`),
  read: (m) => {
    const year = m[1]!;
    const quarterWord = m[2]!.toLowerCase() === 'quarter';
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        const q = a.lastQuarter ? a.lastQuarter.slice(5) : null;
        if (q) return { ...reading('DATE', `${year}-${q}`), derived: true };
        return quarterWord ? reading('DATE', `${year}-QX`) : reading('DATE', year);
      },
    };
  },
};

export const reportingPeriod: Rule = {
  // "the latest period", "the current period": the quarter of the results being reported.
  name: 'reporting period',
  cue: /period/i,
  pattern: ci(String.raw`${W}(?:the\s)?(?:latest|most recent|current)\s(?:period|fiscal period)${E}`),
  read: (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    resolve(a) {
      if (!a.dct) return reading('DATE', 'XXXX-QX');
      const named = a.lastQuarter && Number(a.lastQuarter.slice(0, 4)) === a.dct.year ? a.lastQuarter : null;
      return reading('DATE', named ?? lastQuarter(a.dct));
    },
  }),
};

export const quarterSet: Rule = {
  // "the second and fourth quarters", "fourth quarters": a quarter that recurs every year.
  name: 'quarter set',
  cue: /quarters/i,
  pattern: ci(String.raw`${W}(?:the\s)?(first|second|third|fourth)[- ]quarters${E}`),
  read: (m) => {
    const q = ordinalValue(m[1]!);
    if (q === null) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('SET', `XXXX-Q${q}`);
      },
    };
  },
};
