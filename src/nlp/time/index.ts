// Time expressions of one article, normalised to TIMEX3 values in the HeidelTime tradition:
// recognition by precompiled rules, then resolution in text order against the publication date,
// the tense of each clause and the last day mentioned.
import type { Sentence, TimeExpression } from '../../types.js';
import type { Anchoring } from './anchoring.js';
import { type Day, dayNumber, isValidDay, parseDay, weekday } from './calendar.js';
import { liveBlogClockTimes as findLiveBlogClockTimes, liveBlogEntryClocks } from './evidence.js';
import { precisionOf } from './precision.js';
import { type Candidate, RULES, WORD_START_GUARD } from './rules/index.js';
import { localTense, type SentenceTense, sentenceTense, tenseAt } from './tense.js';

export { precisionOf } from './precision.js';

/** Every rule's matches, in rule order, with the rule's place in RULES beside each. */
function candidates(text: string): { found: Candidate[]; priorities: number[] } {
  const found: Candidate[] = [];
  const priorities: number[] = [];
  RULES.forEach((rule, priority) => {
    if (rule.cue && !rule.cue.test(text)) return;
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const guarded = re.source.startsWith('\\b');
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (guarded && m.index > 0 && WORD_START_GUARD.test(text[m.index - 1]!)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const c = rule.read(m);
      if (c && c.end > c.start) {
        found.push(c);
        priorities.push(priority);
      }
    }
  });
  return { found, priorities };
}

/**
 * Greedy choice of non-overlapping spans, longest first, then earlier rules, then earlier
 * positions (TimeML marks the maximal expression); returned in text order. The sorts compare
 * numbers in typed arrays: comparing the candidates themselves, objects of many shapes from many
 * rules, took most of the time on texts dense with dates.
 */
function choose({ found, priorities }: { found: Candidate[]; priorities: number[] }, textLength: number): Candidate[] {
  const n = found.length;
  const starts = new Float64Array(n);
  const lengths = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = found[i]!.start;
    lengths[i] = found[i]!.end - found[i]!.start;
  }
  const order = new Uint32Array(n).map((_, i) => i);
  order.sort((a, b) => lengths[b]! - lengths[a]! || priorities[a]! - priorities[b]! || starts[a]! - starts[b]!);
  // One flag per character keeps the overlap test linear in the span, whatever the text's length.
  const taken = new Uint8Array(textLength);
  const kept: number[] = [];
  for (const k of order) {
    const start = starts[k]!;
    const end = start + lengths[k]!;
    let free = true;
    for (let i = start; i < end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, start, end);
    kept.push(k);
  }
  const inTextOrder = Uint32Array.from(kept).sort((a, b) => starts[a]! - starts[b]!);
  return Array.from(inTextOrder, (k) => found[k]!);
}

// A year written in digits carries over to months named later in the same sentence, as in a
// narrative of past events ("in March 2003 … by the end of March"); across sentences, news
// returns to publication's year.
const NAMED_WEEKDAY =
  /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|\b(?:yesterday|today|tomorrow|tonight)\b/i;
const NEXT_BEFORE_WEEKDAY = /^next\s/i;
const WRITTEN_YEAR = /\b(?:1[6-9]|20)\d\d\b/;

/** The sentence holding `offset`, searched from `from` on (callers walk forward). */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number, from: number): number {
  let i = from;
  while (i < sentences.length && sentences[i]!.end <= offset) i++;
  return i;
}

/** TIMEX3 values other than fully specified calendar values: references, durations, X forms. */
const REFERENCE = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF)$/;
// Without lookaheads, so that recheck proves it linear by automaton: "P" alone and a "T" with no
// time after it are refused in code (isValidValue).
const DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;
const COUNTED_UNITS = /^P\d+[QEC]$/;
// PXX: a span of unknown length and unit ("for a while").
const VAGUE_DURATION = /^P(?:X[XYMWDQEC]|TX[HMS])$/;
const PARTIAL_DATE =
  /^(?:XXXX(?:-XX(?:-XX)?|-WXX(?:-[1-7]|-WE)?|-(?:Q[1-4X]|H[12]|SP|SU|FA|WI))?|XXX|XX)(?:T(?:MO|AF|EV|NI|(?:[01]\d|2[0-4]):[0-5]\d))?$/;
const YEARLESS_DAY = /^XXXX-(\d\d)(?:-(\d\d))?$/;
const DAY_OF_KNOWN_MONTH = /^\d{4}-(?:0[1-9]|1[0-2])-XX$/;
const PART_OF_DAY = /^(\d{4}-\d\d-\d\d)T(?:MO|AF|EV|NI)$/;
const WEEKEND = /^(\d{4}-W\d\d)-WE$/;

/** True for the TIMEX3 values this module may emit; guards against ever emitting an invalid one. */
export function isValidValue(value: string): boolean {
  if (precisionOf(value) !== null) return true;
  const weekend = WEEKEND.exec(value);
  if (weekend) return precisionOf(weekend[1]!) === 'week';
  const part = PART_OF_DAY.exec(value);
  if (part) return precisionOf(part[1]!) === 'day';
  if (
    REFERENCE.test(value) ||
    COUNTED_UNITS.test(value) ||
    VAGUE_DURATION.test(value) ||
    PARTIAL_DATE.test(value) ||
    DAY_OF_KNOWN_MONTH.test(value)
  )
    return true;
  const yearless = YEARLESS_DAY.exec(value);
  // A month and day without a year must exist in some year: 02-29 does, 02-30 never.
  if (yearless) return isValidDay(2000, Number(yearless[1]), yearless[2] === undefined ? 1 : Number(yearless[2]));
  return DURATION.test(value) && value !== 'P' && !value.endsWith('T');
}

/**
 * The year each month and day (month * 100 + day) is written with anywhere in the article, the
 * first writing first: "advice on March 7 … sent on March 7 2003" names one day, whichever
 * mention carries the year. Only dates that read alone (no anchoring) are counted.
 */
function writtenDays(chosen: readonly Candidate[], text: string, dct: Day | null): Map<number, number> {
  const days = new Map<number, number>();
  const alone: Anchoring = {
    dct,
    tense: 'present',
    pastByWords: false,
    reference: dct,
    lastValue: null,
    lastValueNear: false,
    lastQuarter: null,
    weekdays: new Map(),
    narrativeYear: null,
    framingYear: null,
    datedDays: new Map(),
    liveBlogClockTimes: new Set(),
  };
  for (const c of chosen) {
    const words = text.slice(c.start, c.end);
    if (!WRITTEN_YEAR.test(words) || !FULL_DATE_WORDS.test(words)) continue;
    const r = c.resolve(alone);
    const day = r && !r.derived ? parseDay(r.value) : null;
    // A day written past publication is a plan or a later reader's comment ("Posted 2 May 2012"
    // under a 2009 story), not the year of a day the story reports.
    if (!day || (dct && dayNumber(day) > dayNumber(dct))) continue;
    if (!days.has(day.month * 100 + day.day)) days.set(day.month * 100 + day.day, day.year);
  }
  return days;
}

// What opens a sentence before the date that frames it: "In 2011, …", "By early March 2003, …".
const FRAME_OPENER = /^["“]?(?:In|By|During|Since|Back in|As of)(?: (?:early|mid|late))? $/;

/** Whether the date at [start, end) opens its sentence as its frame, set off by a comma. */
function frames(text: string, sentenceStart: number, start: number, end: number): boolean {
  return text[end] === ',' && start - sentenceStart <= 16 && FRAME_OPENER.test(text.slice(sentenceStart, start));
}

// A chronology's entry: a day, then a dash, a colon or a bar, then what happened ("April 22 -
// The rig sinks", "20 April: A surge in oil and gas", "May 11/12 - Executives appear").
const ENTRY_SEPARATOR = /^(?:\/\d{1,2})?\s?(?:[-–—:|]|--)\s/;

/** The expression from `start` to `end` opens its sentence as a chronology's entry. */
function opensChronologyEntry(text: string, sentenceStart: number, start: number, end: number): boolean {
  return (
    start - sentenceStart <= 3 &&
    /^[\s*•-]*$/.test(text.slice(sentenceStart, start)) &&
    ENTRY_SEPARATOR.test(text.slice(end, end + 7))
  );
}

/** A day named by its month and number alone: "March 7", "Sept. 30", "7 March". */
const BARE_MONTH_DAY = /^(?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+)$/;

/** A date written out with its month's name ("March 7 2003", "7 March 2003"), not computed. */
const FULL_DATE_WORDS = /^(?:\d{1,2}(?:st|nd|rd|th)? )?[A-Z][a-z]+\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?\d{4}$/;

/**
 * Time expressions of an article: sorted by start, non-overlapping, offsets into `text`.
 * `publicationDate` (`YYYY-MM-DD`) anchors relative expressions; without it they keep X's.
 */
export function findTimeExpressions(
  text: string,
  publicationDate: string | null,
  sentences: Sentence[],
): TimeExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const dct: Day | null = parseDay(publicationDate);
  const chosen = choose(candidates(text), text.length);
  const liveBlogClockTimes = findLiveBlogClockTimes(text, dct);
  const liveBlogEntries = liveBlogEntryClocks(text);
  const out: TimeExpression[] = [];
  let reference: Day | null = dct;
  let lastValue: string | null = null;
  let lastValueSentence = -2;
  let lastQuarter: string | null = null;
  const weekdays = new Map<number, Day>();
  const datedDays = writtenDays(chosen, text, dct);
  let writtenYear: { year: number; end: number } | null = null;
  let framing: { year: number; sentence: number } | null = null;
  let entry: { day: Day; sentence: number } | null = null;
  let sentenceIndex = 0;
  let cuesFor = -1;
  let cues: SentenceTense | null = null;
  for (const c of chosen) {
    sentenceIndex = sentenceIndexAt(sentences, c.start, sentenceIndex);
    const sentence = sentences[sentenceIndex];
    if (sentenceIndex !== cuesFor) {
      cuesFor = sentenceIndex;
      cues = sentence && sentence.start <= c.start ? sentenceTense(text, sentence.start, sentence.end) : null;
    }
    const local = localTense(text, c.start);
    const read = local ?? (cues ? tenseAt(cues, text, c.start, c.end) : 'present');
    // A photo's caption tells a moment already past in the present tense ("Smoke rises over
    // Baghdad on Wednesday"): its weekday is the last one, not the next, nor a schedule.
    const tense = read === 'present' && sentence?.caption === true && sentence.start <= c.start ? 'past' : read;
    const narrativeYear = writtenYear && sentence && writtenYear.end >= sentence.start ? writtenYear.year : null;
    const anchoring: Anchoring = {
      dct,
      tense,
      pastByWords: local === 'past',
      reference,
      lastValue,
      lastValueNear: sentenceIndex - lastValueSentence <= 1,
      lastQuarter,
      weekdays,
      narrativeYear,
      framingYear: framing && framing.sentence === sentenceIndex ? framing.year : null,
      datedDays,
      liveBlogClockTimes,
      liveBlogEntries,
      entryDay: entry && entry.sentence === sentenceIndex ? entry.day : null,
    };
    const r = c.resolve(anchoring);
    if (!r) continue;
    // Most values are calendar values: their precision is read once, and vouches for them.
    const precision = precisionOf(r.value);
    if (precision === null && !isValidValue(r.value)) continue;
    const end = r.end !== undefined && r.end > c.start && r.end < c.end ? r.end : c.end;
    const expression: TimeExpression = {
      start: c.start,
      end,
      text: text.slice(c.start, end),
      type: r.type,
      value: r.value,
    };
    if (r.mod) expression.mod = r.mod;
    out.push(expression);
    if (r.type === 'DATE' || r.type === 'TIME') {
      if (precision !== null && !r.derived) {
        lastValue = r.value;
        lastValueSentence = sentenceIndex;
      }
      // The period a results story reports is the one its lead names; a quarter told in passing
      // later ("after a flat second quarter") is not what "the year-earlier period" compares.
      if (precision === 'quarter' && !r.derived && lastQuarter === null) lastQuarter = r.value;
      const yearWritten = WRITTEN_YEAR.test(expression.text);
      if (precision !== null && !r.derived && yearWritten)
        writtenYear = { year: Number(r.value.slice(0, 4)), end: c.end };
      if (precision !== null && !r.derived && yearWritten && sentence && frames(text, sentence.start, c.start, c.end))
        framing = { year: Number(r.value.slice(0, 4)), sentence: sentenceIndex };
      const day = parseDay(r.value);
      if (
        day &&
        !r.derived &&
        sentence &&
        r.type === 'DATE' &&
        opensChronologyEntry(text, sentence.start, c.start, end)
      )
        entry = { day, sentence: sentenceIndex };
      if (day) {
        reference = day;
        // Only a day named by its weekday or as "yesterday"/"today" stands for that weekday later
        // ("Tuesday … on Tuesday"); "April 21" may fall on a Tuesday the story never calls so.
        // "next Tuesday" stays out: its day is told by the relation, and a bare "Tuesday" told
        // in the past later ("agreed a sale on Tuesday") is the last one, not that one.
        if (NAMED_WEEKDAY.test(expression.text) && !NEXT_BEFORE_WEEKDAY.test(expression.text))
          weekdays.set(weekday(day), day);
        // "on March 7 2003 … advice on March 7": the same day named again keeps its written year.
        if (!r.derived && yearWritten) datedDays.set(day.month * 100 + day.day, day.year);
        // "delivered on March 7 … March 7, the day he sent it": a bare day named again is the
        // same day, whatever the tense of the sentence that names it again.
        else if (!r.derived && BARE_MONTH_DAY.test(expression.text) && !datedDays.has(day.month * 100 + day.day))
          datedDays.set(day.month * 100 + day.day, day.year);
      }
    }
  }
  return out;
}
