// Durations, sets (recurring times) and the vague references PRESENT_REF/PAST_REF/FUTURE_REF.
import { reading } from '../anchoring.js';
import { pad } from '../calendar.js';
import {
  COUNT,
  countValue,
  durationValue,
  MONTH_NAME,
  monthNumber,
  UNIT,
  unitOf,
  VAGUE_COUNT,
  WEEKDAY_NAME,
  weekdayNumber,
} from '../lexicon.js';
import { type Rule, W, E, QUANTIFIER, quantifierMod, DAY_PART, ci, COUNTED_BEFORE, PLURAL_UNIT } from './shared.js';

export const setEvery: Rule = {
  // "every Monday", "each July", "every day", "every two weeks", "each year", "every Sunday
  // afternoon" (a part of a weekday: XXXX-WXX-7TAF)
  name: 'set every',
  cue: /(?:every|each|per)\s/i,
  pattern: ci(
    String.raw`${W}(?:every|each|per)(?:\sother)?\s(?:(${COUNT})\s)?(${UNIT}|${WEEKDAY_NAME}|${MONTH_NAME}|morning|afternoon|evening|night)(?:\s(morning|afternoon|evening|night))?${E}`,
  ),
  read: (m) => {
    const word = m[2]!;
    const unit = unitOf(word);
    const wd = weekdayNumber(word);
    const month = unit ? null : monthNumber(word);
    const part = DAY_PART[word.toLowerCase()];
    const count = m[1] ? countValue(m[1]) : 1;
    // Only a weekday takes a part of the day after it ("every day morning" is no phrase).
    const weekdayPart = m[3] && wd !== null ? DAY_PART[m[3].toLowerCase()] : undefined;
    const end = m.index + m[0].length - (m[3] && !weekdayPart ? m[3].length + 1 : 0);
    let value: string | null = null;
    if (wd !== null) value = `XXXX-WXX-${wd}${weekdayPart ? `T${weekdayPart}` : ''}`;
    else if (part) value = `XXXX-XX-XXT${part}`;
    else if (unit) value = durationValue(count, unit);
    else if (month !== null) value = `XXXX-${pad(month, 2)}`;
    if (!value) return null;
    const v = value;
    return {
      start: m.index,
      end,
      resolve() {
        return reading('SET', v);
      },
    };
  },
};

const NAME_AFTER = /^\s[A-Z]/;
/** A modal or "to" just before: "they may soon seek" looks ahead whatever the clause's tense. */
const MODAL_BEFORE = /\b(?:will|would|may|might|could|can|shall|should|must|to)\s$/i;
/** The end of a quantity a rate is told of: "20%", "$17.9 million", "10,000 units". */
const QUANTITY_BEFORE = /(?:\d|%|percent|cents?|dollars?|million|billion|\d\sunits)\s$/;

const CAPITALISED_WORD_BEFORE = /(?:^|[^.!?:"“]\s)[A-Z][a-z]*['’]?s?\s$/;

export const setAdverb: Rule = {
  // "daily", "weekly", "annually", "twice a year", "once a month"
  name: 'set adverb',
  cue: /daily|nightly|weekly|monthly|annually|yearly|hourly|times\s|once\s|twice\s/i,
  pattern: ci(
    String.raw`${W}(?:(daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly|semiannually)|(?:once|twice|(?:three|four|five|several|\d+) times)\s(?:a|per|every)\s(day|week|month|year|quarter|hour))${E}`,
  ),
  read: (m) => {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    const values: Readonly<Record<string, string>> = {
      daily: 'P1D',
      nightly: 'P1D',
      day: 'P1D',
      weekly: 'P1W',
      week: 'P1W',
      biweekly: 'P2W',
      monthly: 'P1M',
      month: 'P1M',
      quarterly: 'P3M',
      quarter: 'P3M',
      annually: 'P1Y',
      yearly: 'P1Y',
      year: 'P1Y',
      hourly: 'PT1H',
      hour: 'PT1H',
      semiannually: 'P6M',
    };
    const value = values[word];
    if (!value) return null;
    // "rise 8.5% annually", "10,000 units annually": the adverb of a rate, which news annotators
    // leave unmarked as they do "$5 a year" (see the rate rule).
    if (m[1] && QUANTITY_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
    // "the Daily Telegraph", "the Weekly Standard": a capitalised word before a name is the name.
    if (m[1] && /^[A-Z]/.test(m[1]) && NAME_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2)))
      return null;
    // "Investor's Business Daily", "Politics Daily says", "the China Daily", "Matt Daily": a
    // capitalised word after a capitalised one ends the name.
    if (
      m[1] &&
      /^[A-Z][a-z]/.test(m[1]) &&
      CAPITALISED_WORD_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index))
    )
      return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('SET', value);
      },
    };
  },
};

export const rate: Rule = {
  // "$5 a year", "four flights a week", "358,000 a month", "5,000 barrels of oil a day", "5,000
  // barrels (210,000 gallons) a day": the "a year" of a rate. TimeML would
  // make it a SET, but news annotators leave rates unmarked, so the rule claims the words and
  // yields nothing, keeping them from being read as a duration.
  name: 'rate',
  cue: /(?:a|per)\s(?:day|week|month|year|quarter|hour|second)/i,
  pattern: ci(
    // The lookahead first: the lookbehind's long alternation is then tried only where "a" or
    // "per" starts, not at every position of the text.
    String.raw`(?=(?:a|per)\s)(?<=(?:\d|%|percent|cents?|dollars?|million|billion|\d\s?(?:m|bn|mn|k|M|K)|[a-z]{3,}s|feet|\)|\bof\s[a-z]+|\bof\s[a-z]+\s(?!(?:for|is|are|was|were|in|within|about|over|after|before|at|by|and|or|to)\s)[a-z]+)\s)(?:a|per)\s(day|week|month|year|quarter|hour|second)${E}`,
  ),
  read: (m) => {
    // "The blow comes a day after …": a count before "after", "before" … is a span unless a
    // quantity was told just before ("making $2,000 a day before the spill").
    const end = m.index + m[0].length;
    // "… history of inconsistency A year and a day before …": a capital opens a sentence, no rate.
    if (m[0].startsWith('A') && m[0] !== m[0].toUpperCase()) return null;
    if (
      SPAN_SIGNAL_AFTER.test(m.input.slice(end, end + 10)) &&
      !NUMBER_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index))
    )
      return null;
    return {
      start: m.index,
      end,
      resolve() {
        return null;
      },
    };
  },
};
const SPAN_SIGNAL_AFTER = /^\s(?:after|before|earlier|later|ago|off)\b/;
const NUMBER_BEFORE = /\d/;

const QUARTERS_OF = /^\s+of\b/;
/** What a span of quarters follows: "suspend its dividend for three quarters", "its first loss in seven quarters". */
const SPAN_PREPOSITION_BEFORE = /\b(?:for|in|over|during|within|after|than|of)\s+(?:just\s+|only\s+)?$/i;
/** What ends a span of quarters: "three quarters in a row", "two quarters running". */
const QUARTERS_RUN_AFTER = /^\s+(?:in\s+a\s+row|running|straight)\b/i;

/**
 * "About a quarter dispersed", "the other three-quarters has gone", "a quarter million dollars":
 * a quarter is a fraction unless it is a span by its place, after "for", "in", "over" … or
 * before "in a row"; a hyphenated plural ("three-quarters") is always one.
 */
function quarterIsAFraction(m: RegExpExecArray): boolean {
  if (m[4] === '-' && /s$/i.test(m[6]!)) return true;
  const end = m.index + m[0].length;
  if (QUARTERS_RUN_AFTER.test(m.input.slice(end, end + 14))) return false;
  return !SPAN_PREPOSITION_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index));
}

const VERB_LEAD = /^(?:following|coming)\s/i;
const LAST_LEAD = /^last\s/i;
/** What makes "last" a verb: "could last weeks", "expected to last two years". */
const LAST_IS_A_VERB_BEFORE = /\b(?:to|will|would|could|can|may|might|should|must|shall|not|'ll)\s$/i;

/** The length of a leading verb or preposition ("following ", "coming ", a verb "last ") in `phrase`, else 0. */
function verbBeforeMeasure(phrase: string, before: string): number {
  const lead = VERB_LEAD.exec(phrase) ?? (LAST_IS_A_VERB_BEFORE.test(before) ? LAST_LEAD.exec(phrase) : null);
  return lead ? lead[0].length : 0;
}

const FELT_LENGTH =
  /^(?:long|short|whole|hard|tough|difficult|painful|tumultuous|turbulent|grueling|gruelling|bloody)$/i;

const RATE_AFTER = /^\s(?:a|per)\s(?:day|week|month|year)\b/;

export const duration: Rule = {
  // "three years", "the past two months", "more than four hours", "a two-year", "the first nine months"
  name: 'duration',
  pattern: ci(
    String.raw`${W}${QUANTIFIER}?(the\s)?(?:(?:past|last|next|coming|first|latest|previous|following|final|initial|remaining|same|full|entire)\s)?(${COUNT}|${VAGUE_COUNT})([- ])(?:(more|additional|other|straight|consecutive|successive|full|trading|business|working|calendar|long|short|whole|hard|tough|difficult|painful|tumultuous|turbulent|grueling|gruelling|bloody)\s)?(${UNIT})(?![\w'’]|-old|-\w|\s+old\b)`,
  ),
  read: (m) => {
    const unit = unitOf(m[6]!);
    if (!unit) return null;
    // "three quarters of the shares" is a fraction; "two consecutive quarters of growth" and
    // "several quarters of losses" (no fraction has a vague count) are spans.
    if (
      unit === 'quarter' &&
      !m[5] &&
      countValue(m[3]!) !== null &&
      QUARTERS_OF.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 4))
    )
      return null;
    if (unit === 'quarter' && !m[2] && !m[5] && quarterIsAFraction(m)) return null;
    // "8 long years", "these two tumultuous years" are measures; "a long day", "a tough week" say
    // how a time felt more than how long it was.
    if (m[5] && FELT_LENGTH.test(m[5]) && (countValue(m[3]!) ?? 0) < 2) return null;
    const countWord = m[3]!.toLowerCase();
    // "a second" is an ordinal far more often than a measure of time.
    if (unit === 'second' && (countWord === 'a' || countWord === 'one')) return null;
    const count = countValue(m[3]!);
    // "guarded 24 hours a day", "open seven days a week": a measure per unit is a rate, which the
    // rate rule leaves unmarked as news annotators do ("$5 a year"), its measure with it.
    if (!m[2] && RATE_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
    let start = m.index;
    let mod = quantifierMod(m[1]);
    // TimeML leaves out "over" before a determiner ("over [the past two years]") and the
    // article of a hyphenated adjective ("the [two-week] strike").
    if (m[1] && m[2] && /^over$/i.test(m[1])) {
      start += m[1].length + 1;
      mod = undefined;
    }
    if (m[2] && m[4] === '-' && !m[1]) start += m[2].length;
    // "Following two years of talks", "prophetic, coming a year before", "could last two years":
    // without "the" these are a preposition and verbs, outside the measure.
    if (!m[1] && !m[2]) start += verbBeforeMeasure(m[0], m.input.slice(Math.max(0, m.index - 12), m.index));
    const value = durationValue(count, unit);
    return {
      start,
      end: m.index + m[0].length,
      resolve() {
        return reading('DURATION', value, mod);
      },
    };
  },
};

export const quarterCentury: Rule = {
  // "for a quarter century", "the worst in a quarter-century": 25 years, not a quarter.
  name: 'quarter century',
  cue: /quarter[- ]century/i,
  pattern: ci(String.raw`${W}${QUANTIFIER}?(?:a|one)\squarter[- ]century${E}`),
  read: (m) => {
    const mod = quantifierMod(m[1]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DURATION', 'P25Y', mod);
      },
    };
  },
};

export const andAHalf: Rule = {
  // "a minute and a half", "an hour and a half", "a year and a half", "two and a half days"
  name: 'and a half',
  cue: /\sand\sa\shalf/i,
  pattern: ci(
    String.raw`${W}(?:(?:a|an|one)\s(minute|hour|day|week|month|year)\sand\sa\shalf|(${COUNT})\sand\sa\shalf\s(minutes|hours|days|weeks|months|years))${E}`,
  ),
  read: (m) => {
    const unit = unitOf((m[1] ?? m[3])!);
    const count = m[2] ? countValue(m[2]) : 1;
    if (!unit || count === null) return null;
    const value = durationValue(count + 0.5, unit);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DURATION', value);
      },
    };
  },
};

export const recentUnits: Rule = {
  // "recent years", "recent days": TempEval marks these as the past in general.
  name: 'recent units',
  cue: /(?:recent|past)\s/i,
  // "recent weeks and months": a second vague unit joined to the first is one span (TimeBank).
  pattern: ci(String.raw`${W}(?:the\s)?(?:recent|past)\s(${PLURAL_UNIT})(?:\s(?:and|or)\s(?:${PLURAL_UNIT}))?${E}`),
  read: (m) => {
    // TempEval: "recent years" and "recent days" are the past at large, while "recent weeks"
    // and "recent months" are measured spans of unknown length.
    const unit = unitOf(m[1]!);
    const measured = unit === 'week' || unit === 'month' || unit === 'quarter';
    const value = measured ? (unit === 'week' ? 'PXW' : 'PXM') : 'PAST_REF';
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading(measured ? 'DURATION' : 'DATE', value);
      },
    };
  },
};

export const comingUnits: Rule = {
  // "coming months", "future quarters": TempEval marks the future at large.
  name: 'coming units',
  cue: /(?:coming|future|upcoming)\s/i,
  pattern: ci(String.raw`${W}(?:the\s)?(?:coming|future|upcoming)\s(${PLURAL_UNIT})${E}`),
  read: (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    resolve() {
      return reading('DATE', 'FUTURE_REF');
    },
  }),
};

export const bareUnits: Rule = {
  // "days after", "for weeks", "in years": an unknown number of units. "within weeks or months":
  // two vague units joined are one vague span, as TimeBank marks it (value of the first).
  name: 'bare units',
  cue: /(?:day|week|month|year)s|centuries/i,
  // Only calendar units and centuries: bare "minutes", "decades", "quarters" (living quarters) are
  // seldom marked by annotators and often not about time at all.
  pattern: ci(
    String.raw`${W}(?:(?:the\s)?(?:past|last|next|coming|first|final)\s)?(days|weeks|months|years|centuries)(?:\s(?:or|and)\s(?:days|weeks|months|years|decades|centuries))?${E}`,
  ),
  read: (m) => {
    const unit = unitOf(m[1]!);
    if (!unit) return null;
    // "52 years old", "six months of pay": a counted unit the duration rule declined.
    if (COUNTED_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index))) return null;
    const value = durationValue(null, unit);
    // "a process expected to last weeks": the verb is no part of the measure.
    const start =
      m.index + (LAST_LEAD.test(m[0]) ? verbBeforeMeasure(m[0], m.input.slice(Math.max(0, m.index - 12), m.index)) : 0);
    return {
      start,
      end: m.index + m[0].length,
      resolve() {
        return reading('DURATION', value);
      },
    };
  },
};

export const longAdjective: Rule = {
  // "a day-long meeting", "a decades-long battle", "a two-year-long inquiry", "the worst
  // single-day decline": an adjective of length is a duration (TIMEX3 P1D, PXY), as "a two-year
  // inquiry" is.
  name: 'long adjective',
  cue: /-long|single-/i,
  pattern: ci(String.raw`${W}(?:(?:(${COUNT})[- ])?(${UNIT})-long|(single)-(day|week|month|year))${E}`),
  read: (m) => {
    const unitWord = m[2] ?? m[4]!;
    const unit = unitOf(unitWord);
    if (!unit) return null;
    const plural = /s$/i.test(unitWord) && unit !== 'second';
    const count = m[1] ? countValue(m[1]) : plural ? null : 1;
    const value = durationValue(count, unit);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DURATION', value);
      },
    };
  },
};

export const withinClockUnits: Rule = {
  // "losing them in minutes", "in just minutes", "within hours": bare clock units are a span of
  // time after "in" or "within" (TIMEX3 PTXM); elsewhere ("minutes apart", "the minutes of the
  // meeting") the bare-units rule leaves them alone.
  name: 'within clock units',
  cue: /minutes|hours/i,
  pattern: ci(
    String.raw`(?<=\b(?:in|within)\s(?:just\s|only\s|a\smatter\sof\s)?)(minutes|hours)(?![\w'’-]|\s(?:of|apart|ago|later|earlier|before|after)\b)`,
  ),
  read: (m) => {
    const value = m[1]!.toLowerCase() === 'minutes' ? 'PTXM' : 'PTXH';
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve() {
        return reading('DURATION', value);
      },
    };
  },
};

export const vagueSpan: Rule = {
  // "for a while", "for some time", "to stay for a fairly lengthy period": a span whose length
  // and unit are unknown (TIMEX3 DURATION PXX).
  name: 'vague span',
  cue: /while|some\stime|(?:long|lengthy|short|brief)\s(?:time|period)/i,
  pattern: ci(
    String.raw`(?<=\bfor\s)(?:a\swhile|(?:quite\s)?some\stime|a\s(?:(?:fairly|very|rather)\s)?(?:long|lengthy|short|brief)\s(?:time|period|while))${E}`,
  ),
  read: (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    resolve() {
      return reading('DURATION', 'PXX');
    },
  }),
};

export const oneDay: Rule = {
  // "will one day be", "may someday": an unspecified time to come.
  name: 'one day',
  cue: /one\sday/i,
  pattern: ci(String.raw`(?<=\b(?:will|would|could|may|might|can|shall)\s)one\sday${E}`),
  read: (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    resolve() {
      return reading('DATE', 'FUTURE_REF');
    },
  }),
};

const NOT_A_NOUN_AFTER_CURRENT =
  /^(?:\s?["”’),.;:!?]|\s(?:that|which|is|was|were|are|will|would|could|can|may|might|to|of|in|into|at|from|with|and|or|but|flowing|threatening|carries|carrying|sweeps|takes|circulates|moves?|pushed|has|had)\b|\s*$)/;
const NAME_WORD_BEFORE = /\b[A-Z][A-Za-z]*["“]?\s$/;
const COORDINATED_TIME_AFTER = /^\s(?:and|or)\s(?:future|former|past|previous|prospective|upcoming)\b/;

/** True when "current" is the noun (water, electricity), not the adjective of the present. */
function currentIsANoun(word: string, before: string, after: string): boolean {
  // "the Loop Current", "the Yucatan Current": capitalised after a name; a sentence may open with
  // the adjective ("Current estimates of the spill …").
  if (word === 'Current' && NAME_WORD_BEFORE.test(before)) return true;
  return NOT_A_NOUN_AFTER_CURRENT.test(after) && !COORDINATED_TIME_AFTER.test(after);
}

export const reference: Rule = {
  // TIMEX3 guidelines: "now", "currently" → PRESENT_REF; "recently", "the past", "at the time,"
  // ending its phrase or before a pronoun's clause ("saying at the time he was willing") →
  // PAST_REF ("the time Howes was captured" is anchored on that event);
  // "the future", "soon" → FUTURE_REF.
  name: 'reference',
  cue: /now|current|present|these days|time being|recent|lately|formerly|the past|once upon|the time|future|term|coming years|someday|soon/i,
  pattern: ci(
    String.raw`${W}(?:(now|currently|presently|at present|nowadays|these days|(?<=\b[Ff]or\s)the time being|current(?!\s(?:${UNIT}|fiscal|period)))|(recently|lately|formerly|the past|once upon a time|(?<=\b[Aa]t\s)the time(?=\s?[,.;:!?]|\s(?:he|she|it|they|we|I|you|there)\s))|(the future|the near future|the (?:near|short|long|longer) term|the coming years|someday|(?<!as\s)soon(?!\s(?:as|after)\b)))${E}`,
  ),
  read: (m) => {
    // "the Future Combat System", "the Current Account Act": capitalised inside a name.
    if (/^the [A-Z]/.test(m[0]) && NAME_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2)))
      return null;
    // "Now, he says, …": the sentence-opening "Now" set off by a comma turns the argument (a
    // discourse marker) rather than naming the present.
    if (m[1] === 'Now' && m.input[m.index + m[0].length] === ',') return null;
    // "the Loop Current", "an ocean current that could carry the oil", "move with the current,":
    // TimeML marks "current" as the adjective of a present state ("the current crisis"), not the
    // noun for flowing water or power.
    if (
      /^current$/i.test(m[0]) &&
      currentIsANoun(
        m[0],
        m.input.slice(Math.max(0, m.index - 16), m.index),
        m.input.slice(m.index + m[0].length, m.index + m[0].length + 24),
      )
    )
      return null;
    // "the future of offshore drilling", "It is too soon to tell": what lies ahead for something,
    // and a judgement of timing, name no time (TimeBank leaves "the future of our peoples" and
    // "an approach to the future" untagged).
    const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (m[3] && /^the future$/i.test(m[0]) && /^\sof\b/.test(after)) return null;
    if (m[3] && /^soon$/i.test(m[0]) && /\btoo\s$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index))) return null;
    const value = m[1] ? 'PRESENT_REF' : m[2] ? 'PAST_REF' : 'FUTURE_REF';
    // "soon" is ahead of the telling only outside the past: "the trickle soon became a flood",
    // "he was soon released" count from an event told, as "soon after the vote" does.
    const soon = /^soon$/i.test(m[0]) && !MODAL_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index));
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve(a) {
        return soon && a.tense === 'past' ? null : reading('DATE', value);
      },
    };
  },
};
