// Time expressions of one article, normalised to TIMEX3 values in the HeidelTime tradition:
// recognition by precompiled rules, then resolution in text order against the publication date,
// the tense of each clause and the last day mentioned.
import type { Sentence, TimeExpression } from '../../types.js';
import type { Anchoring } from './anchoring.js';
import { type Day, parseDay } from './calendar.js';
import { precisionOf } from './precision.js';
import { type Candidate, RULES } from './rules.js';
import { type TenseCue, tenseAt, tenseCues } from './tense.js';

export { precisionOf } from './precision.js';

interface Placed extends Candidate {
  priority: number;
}

/** Every rule's matches; longer spans first, then earlier rules, then earlier positions. */
function candidates(text: string): Placed[] {
  const found: Placed[] = [];
  RULES.forEach((rule, priority) => {
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = rule.read(m);
      if (c && c.end > c.start) found.push({ ...c, priority });
    }
  });
  return found;
}

/** Greedy choice of non-overlapping spans, longest first (TimeML marks the maximal expression). */
function choose(found: Placed[]): Placed[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const kept: Placed[] = [];
  for (const c of found) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The sentence holding `offset`, searched from `from` on (callers walk forward). */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number, from: number): number {
  let i = from;
  while (i < sentences.length && sentences[i]!.end <= offset) i++;
  return i;
}

/** Values that are calendar dates or one of TIMEX3's other legal forms. */
const OTHER_VALUE = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|E|C|L)|PT(?:\d+H)?(?:\d+M)?(?:\d+S)?|PT[X\d]+[HMS]|XXXX(?:-XX(?:-XX)?)?(?:T(?:MO|AF|EV|NI))?|XXXX-\d\d(?:-\d\d)?|XXXX-WXX(?:-[1-7]|-WE)?(?:T(?:MO|AF|EV|NI))?|XXXX-(?:Q[1-4X]|H[12]|SP|SU|FA|WI)|XXX|XX|XXXX-XX-XXT\d\d:\d\d)$/;

export function isValidValue(value: string): boolean {
  if (precisionOf(value) !== null) return true;
  if (/^\d{4}-W\d\d-WE$/.test(value)) return precisionOf(value.slice(0, -3)) !== null;
  return OTHER_VALUE.test(value) && value !== 'PT';
}

/**
 * Time expressions of an article: sorted by start, non-overlapping, offsets into `text`.
 * `publicationDate` (`YYYY-MM-DD`) anchors relative expressions; without it they keep X's.
 */
export function findTimeExpressions(text: string, publicationDate: string | null, sentences: Sentence[]): TimeExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const dct: Day | null = parseDay(publicationDate);
  const chosen = choose(candidates(text));
  const out: TimeExpression[] = [];
  let reference: Day | null = dct;
  let lastValue: string | null = null;
  let sentenceIndex = 0;
  let cuesFor = -1;
  let cues: TenseCue[] = [];
  for (const c of chosen) {
    sentenceIndex = sentenceIndexAt(sentences, c.start, sentenceIndex);
    const sentence = sentences[sentenceIndex];
    if (sentenceIndex !== cuesFor) {
      cuesFor = sentenceIndex;
      cues = sentence && sentence.start <= c.start ? tenseCues(text, sentence.start, sentence.end) : [];
    }
    const anchoring: Anchoring = { dct, tense: tenseAt(cues, c.start, c.end), reference, lastValue };
    const r = c.resolve(anchoring);
    if (!r || !isValidValue(r.value)) continue;
    const expression: TimeExpression = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: r.type, value: r.value };
    if (r.mod) expression.mod = r.mod;
    out.push(expression);
    if (r.type === 'DATE' || r.type === 'TIME') {
      const precision = precisionOf(r.value);
      if (precision !== null) lastValue = r.value;
      const day = parseDay(r.value);
      if (day) reference = day;
    }
  }
  return out;
}
